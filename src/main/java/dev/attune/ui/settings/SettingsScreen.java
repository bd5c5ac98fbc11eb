package dev.attune.ui.settings;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings as big buttons: each tap moves a setting to its next value and says the new value. Six a
 * page, then More settings and Home.
 */
public final class SettingsScreen implements Screen {
  private static final int PER_PAGE = 6;

  /**
   * One setting: what it is called now, and what a tap does.
   *
   * @param speaksForItself an action (names, passphrase, restore, a word) that says what happened
   * @param preview after the new value, the voice describes itself in its own voice
   */
  private record Item(String label, Runnable next, boolean speaksForItself, boolean preview) {
    /** A setting with values: a tap moves to the next one and says it. */
    Item(String label, Runnable next) {
      this(label, next, false, false);
    }

    /** An action (names, passphrase, restore, a word) that says what happened by itself. */
    static Item action(String label, Runnable run) {
      return new Item(label, run, true, false);
    }
  }

  private final SettingsArea area;
  private final Screens screens;
  private final Tuning tuning;

  /** The settings' first page, for the switch page's Back; {@code null} on the main settings. */
  private final SettingsScreen main;

  private int page;

  /** The setting changed last: scanning starts on it again, to step through its values. */
  private int scanFrom = -1;

  public SettingsScreen(SettingsArea area) {
    this(area, null);
  }

  private SettingsScreen(SettingsArea area, SettingsScreen main) {
    this.area = area;
    this.screens = area.screens();
    this.tuning = area.tuning();
    this.main = main;
  }

  private static String onOff(boolean on) {
    return Messages.get(on ? "settings.on" : "settings.off");
  }

  private Item mode(Preferences p) {
    return new Item(
        Messages.format(
            "settings.mode",
            Messages.get(p.scanning() ? "settings.mode.scanning" : "settings.mode.direct")),
        () -> tuning.update(p.withScanning(!p.scanning())));
  }

  private static String seconds(int millis) {
    return millis == 0
        ? Messages.get("settings.off")
        : Messages.format("settings.seconds", millis / 1000.0);
  }

  /** How a switch drives scanning, each a tap to its next value. */
  private List<Item> switchItems() {
    Preferences p = tuning.preferences();
    Switching w = p.switching();
    java.util.function.Consumer<Switching> set = to -> tuning.update(p.withSwitching(to));
    List<Item> items = new ArrayList<>();
    items.add(mode(p));
    items.add(
        Item.action(
            switches(w),
            () -> trial(SettingsScreen::switches, w.withTwoSwitches(!w.twoSwitches()))));
    items.add(
        new Item(
            Messages.format("settings.pace", w.paceMillis() / 1000.0),
            () -> set.accept(w.withPace(nextOf(Switching.PACES, w.paceMillis())))));
    items.add(
        new Item(
            w.loops() == 0
                ? Messages.get("switch.loops.endless")
                : Messages.format("switch.loops", w.loops()),
            () -> set.accept(w.withLoops(nextOf(Switching.LOOPS, w.loops())))));
    items.add(
        new Item(
            Messages.format("switch.dwell", seconds(w.dwellMillis())),
            () -> set.accept(w.withDwell(nextOf(Switching.DWELLS, w.dwellMillis())))));
    items.add(
        new Item(
            Messages.format("switch.accept", seconds(w.acceptMillis())),
            () -> set.accept(w.withAccept(nextOf(Switching.ACCEPTS, w.acceptMillis())))));
    items.add(
        new Item(
            Messages.format("switch.ignore", seconds(w.ignoreMillis())),
            () -> set.accept(w.withIgnore(nextOf(Switching.IGNORES, w.ignoreMillis())))));
    items.add(
        Item.action(
            keys(w),
            () ->
                trial(
                    SettingsScreen::keys,
                    w.withKeys(
                        Switching.Keys.values()[
                            (w.keys().ordinal() + 1) % Switching.Keys.values().length]))));
    items.add(Item.action(click(w), () -> trial(SettingsScreen::click, w.withClick(!w.click()))));
    return items;
  }

  private static String switches(Switching w) {
    return Messages.get(w.twoSwitches() ? "switch.two" : "switch.one");
  }

  private static String keys(Switching w) {
    return Messages.get("switch.keys." + w.keys().name());
  }

  private static String click(Switching w) {
    return Messages.format("switch.click", onOff(w.click()));
  }

  /**
   * Changes how the switch works on trial: kept only if chosen with the new setup (see {@link
   * SwitchTrial}).
   *
   * @param label the setting in words, to say its new value
   */
  private void trial(java.util.function.Function<Switching, String> label, Switching next) {
    Switching before = tuning.preferences().switching();
    tuning.update(tuning.preferences().withSwitching(next));
    new SwitchTrial(area, before, label.apply(next), this).begin();
  }

  /** The value after {@code current} in the list's own order, wrapping round. */
  private static int nextOf(List<Integer> values, int current) {
    int at = values.indexOf(current);
    return values.get((at + 1) % values.size());
  }

  private List<Item> items() {
    if (main != null) {
      return switchItems();
    }
    Preferences p = tuning.preferences();
    List<String> voices = tuning.voices();
    List<Item> items = new ArrayList<>();
    items.add(mode(p));
    items.add(
        Item.action(
            Messages.get("switch.title"), () -> screens.show(new SettingsScreen(area, this))));
    items.add(
        new Item(
            Messages.format("settings.voice", p.voice()),
            () -> {
              int at = voices.indexOf(p.voice());
              tuning.update(p.withVoice(voices.get((at + 1) % voices.size())));
            },
            false,
            true));
    items.add(
        new Item(
            Messages.format("settings.rate", p.ratePercent()),
            () -> tuning.update(p.withRate(Preferences.next(Preferences.RATES, p.ratePercent())))));
    items.add(
        new Item(
            Messages.format("settings.volume", p.volumePercent()),
            () ->
                tuning.update(
                    p.withVolume(Preferences.next(Preferences.VOLUMES, p.volumePercent())))));
    items.add(
        new Item(
            Messages.format("settings.textSize", p.textPercent()),
            () ->
                tuning.update(
                    p.withTextSize(Preferences.next(Preferences.TEXT_SIZES, p.textPercent())))));
    items.add(
        new Item(
            Messages.format("settings.dim", onOff(p.dim())),
            () -> tuning.update(p.withDim(!p.dim()))));
    items.add(
        new Item(
            Messages.format("settings.voiceOn", onOff(p.voiceOn())),
            () -> tuning.update(p.withVoiceOn(!p.voiceOn()))));
    items.add(
        new Item(
            Messages.format("settings.curtain", onOff(tuning.curtainOn())), tuning::toggleCurtain));
    items.add(
        Item.action(Messages.get("names.title"), () -> screens.show(new NamesScreen(area, this))));
    items.add(
        Item.action(
            Messages.format("settings.passphrase", onOff(area.locking().passphraseSet())),
            () -> screens.show(new PassphraseScreen(area, this))));
    items.add(
        Item.action(Messages.get("restore.title"), () -> new RestoreScreen(area, this).open()));
    items.add(Item.action(Messages.get("word.title"), this::sayAWord));
    items.add(Item.action(Messages.get("own.title"), () -> new OwnVoiceScreen(area, this).open()));
    items.add(
        new Item(
            Messages.format("settings.lockAfter", p.lockAfterMinutes()),
            () ->
                tuning.update(
                    p.withLockAfter(
                        Preferences.next(Preferences.LOCK_AFTER, p.lockAfterMinutes())))));
    items.add(
        Item.action(Messages.get("notices.title"), () -> new NoticesScreen(area, this).open()));
    return items;
  }

  private List<Item> page() {
    List<Item> all = items();
    int pages = (all.size() + PER_PAGE - 1) / PER_PAGE;
    int from = Math.floorMod(page, pages) * PER_PAGE;
    return all.subList(from, Math.min(all.size(), from + PER_PAGE));
  }

  @Override
  public ScreenModel model() {
    List<Item> items = page();
    List<ScreenModel.Button> buttons = new ArrayList<>();
    int count = items.size() + 2;
    for (int i = 0; i < items.size(); i++) {
      buttons.add(
          new ScreenModel.Button(
              items.get(i).label(),
              Messages.get("settings.change")
                  + " "
                  + Messages.format("checkin.option", i + 1, count),
              false));
    }
    buttons.add(
        new ScreenModel.Button(
            Messages.get("settings.more"),
            Messages.format("checkin.option", count - 1, count),
            false));
    buttons.add(
        new ScreenModel.Button(last(), Messages.format("checkin.option", count, count), false));
    return new ScreenModel(
        main == null ? "settings" : "settings:switch",
        Messages.get(main == null ? "home.settings" : "switch.title"),
        text(),
        buttons,
        "",
        false,
        0,
        2);
  }

  @Override
  public Utterance enter() {
    Utterance.Builder b = Utterance.builder().say(text()).pause(200);
    List<Item> items = page();
    for (int i = 0; i < items.size(); i++) {
      b.option(i + 1, items.get(i).label());
    }
    b.option(items.size() + 1, Messages.get("settings.more"));
    return b.option(items.size() + 2, last()).build();
  }

  @Override
  public void choose(int index) {
    List<Item> items = page();
    scanFrom = index < items.size() ? index : -1;
    if (index < items.size()) {
      items.get(index).next().run();
      if (screens.current() != this) {
        return;
      }
      if (items.get(index).speaksForItself()) {
        screens.refresh(Utterance.builder().build());
        return;
      }
      String now = page().get(index).label();
      String preview = items.get(index).preview() ? tuning.voiceDescription() : "";
      screens.refresh(
          Utterance.builder().tone(Utterance.Earcon.CHOSEN).say(now + ".").say(preview).build());
    } else if (index == items.size()) {
      page++;
      screens.show(this, Utterance.builder().build());
    } else {
      back();
    }
  }

  private String text() {
    return Messages.get(main == null ? "settings.text" : "switch.text");
  }

  /** The last button: Home, or back to the settings from the switch page. */
  private String last() {
    return Messages.get(main == null ? "summary.home" : "switch.back");
  }

  @Override
  public int scanFrom() {
    return scanFrom;
  }

  @Override
  public void back() {
    if (main == null) {
      screens.home();
    } else {
      screens.show(main);
    }
  }

  /** "Say this word": hear how the voice says a word, and where its sounds come from. */
  private void sayAWord() {
    screens.ask(Messages.get("word.ask"), false, this::sayAWord);
  }

  private void sayAWord(java.util.Optional<char[]> typed) {
    String word = typed.map(String::new).orElse("").strip();
    if (word.isEmpty()) {
      return;
    }
    area.background()
        .run(
            this,
            () -> tuning.pronounce(word),
            how ->
                screens.tell(Messages.format("word.says", word, how), Messages.get("notices.word")),
            error ->
                screens.tell(
                    Messages.format("word.failed", word), Messages.get("notices.wordFailed")));
  }
}
