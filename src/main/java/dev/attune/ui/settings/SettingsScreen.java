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
  private int page;

  public SettingsScreen(SettingsArea area) {
    this.area = area;
    this.screens = area.screens();
    this.tuning = area.tuning();
  }

  private static String onOff(boolean on) {
    return Messages.get(on ? "settings.on" : "settings.off");
  }

  private List<Item> items() {
    Preferences p = tuning.preferences();
    List<String> voices = tuning.voices();
    List<Item> items = new ArrayList<>();
    items.add(
        new Item(
            Messages.format(
                "settings.mode",
                Messages.get(p.scanning() ? "settings.mode.scanning" : "settings.mode.direct")),
            () -> tuning.update(p.withScanning(!p.scanning()))));
    items.add(
        new Item(
            Messages.format("settings.pace", p.scanPaceMillis() / 1000.0),
            () ->
                tuning.update(
                    p.withScanPace(Preferences.next(Preferences.PACES, p.scanPaceMillis())))));
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
        new ScreenModel.Button(
            Messages.get("summary.home"), Messages.format("checkin.option", count, count), false));
    return new ScreenModel(
        "settings",
        Messages.get("home.settings"),
        Messages.get("settings.text"),
        buttons,
        "",
        false,
        0,
        2);
  }

  @Override
  public Utterance enter() {
    Utterance.Builder b = Utterance.builder().say(Messages.get("settings.text")).pause(200);
    List<Item> items = page();
    for (int i = 0; i < items.size(); i++) {
      b.say((i + 1) + ", " + items.get(i).label() + ".", Utterance.Style.CUE);
    }
    b.say((items.size() + 1) + ", " + Messages.get("settings.more") + ".", Utterance.Style.CUE);
    return b.say(
            (items.size() + 2) + ", " + Messages.get("summary.home") + ".", Utterance.Style.CUE)
        .build();
  }

  @Override
  public void choose(int index) {
    List<Item> items = page();
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
      screens.home();
    }
  }

  @Override
  public void back() {
    screens.home();
  }

  /** "Say this word": hear how the voice says a word, and where its sounds come from. */
  private void sayAWord() {
    java.util.Optional<char[]> typed = screens.ask(Messages.get("word.ask"), false);
    String word = typed.map(String::new).orElse("").strip();
    if (word.isEmpty()) {
      return;
    }
    area.background()
        .run(
            this,
            () -> tuning.pronounce(word),
            how -> screens.tell(Messages.format("word.says", word, how)),
            error -> screens.tell(Messages.format("word.failed", word)));
  }
}
