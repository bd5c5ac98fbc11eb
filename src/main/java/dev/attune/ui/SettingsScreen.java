package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings as big buttons: each tap moves a setting to its next value and says the new value. Six a
 * page, then More settings and Home.
 */
final class SettingsScreen implements Screen {
  private static final int PER_PAGE = 6;

  /** One setting: what it is called now, and what a tap does. */
  private record Item(String label, Runnable next, boolean speaksForItself) {
    /** A setting with values: a tap moves to the next one and says it. */
    Item(String label, Runnable next) {
      this(label, next, false);
    }

    /** An action (names, passphrase, restore, a word) that says what happened by itself. */
    static Item action(String label, Runnable run) {
      return new Item(label, run, true);
    }
  }

  private final Controller controller;
  private int page;

  SettingsScreen(Controller controller) {
    this.controller = controller;
  }

  private List<Item> items() {
    Preferences p = controller.preferences();
    List<String> voices = new ArrayList<>(controller.services().voices().keySet());
    List<Item> items = new ArrayList<>();
    items.add(
        new Item(
            "Mode: " + (p.scanning() ? "scanning" : "direct"),
            () -> controller.update(p.withScanning(!p.scanning()))));
    items.add(
        new Item(
            "Scan pace: " + seconds(p.scanPaceMillis()),
            () ->
                controller.update(
                    p.withScanPace(Preferences.next(Preferences.PACES, p.scanPaceMillis())))));
    items.add(
        new Item(
            "Voice: " + p.voice(),
            () -> {
              int at = voices.indexOf(p.voice());
              controller.update(p.withVoice(voices.get((at + 1) % voices.size())));
            }));
    items.add(
        new Item(
            "Speech speed: " + p.ratePercent() + " percent",
            () ->
                controller.update(
                    p.withRate(Preferences.next(Preferences.RATES, p.ratePercent())))));
    items.add(
        new Item(
            "Volume: " + p.volumePercent() + " percent",
            () ->
                controller.update(
                    p.withVolume(Preferences.next(Preferences.VOLUMES, p.volumePercent())))));
    items.add(
        new Item(
            "Text size: " + p.textPercent() + " percent",
            () ->
                controller.update(
                    p.withTextSize(Preferences.next(Preferences.TEXT_SIZES, p.textPercent())))));
    items.add(new Item("Dim: " + onOff(p.dim()), () -> controller.update(p.withDim(!p.dim()))));
    items.add(
        new Item(
            "Attune voice: " + onOff(p.voiceOn()),
            () -> controller.update(p.withVoiceOn(!p.voiceOn()))));
    items.add(
        new Item(
            "Curtain: " + onOff(controller.curtainOn()),
            () -> controller.command(Command.CURTAIN, 0)));
    items.add(
        Item.action(
            Messages.get("names.title"),
            () -> controller.show(new NamesScreen(controller, this), Utterance.builder().build())));
    items.add(
        Item.action(
            "Passphrase: " + onOff(controller.passphraseSet()),
            () ->
                controller.show(
                    new PassphraseScreen(controller, this), Utterance.builder().build())));
    items.add(
        Item.action(
            Messages.get("restore.title"), () -> new RestoreScreen(controller, this).open()));
    items.add(Item.action(Messages.get("word.title"), this::sayAWord));
    items.add(
        Item.action(Messages.get("own.title"), () -> new OwnVoiceScreen(controller, this).open()));
    items.add(
        new Item(
            "Lock after " + p.lockAfterMinutes() + " minutes untouched",
            () ->
                controller.update(
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
      if (controller.current() != this) {
        return;
      }
      if (items.get(index).speaksForItself()) {
        controller.refresh(Utterance.builder().build());
        return;
      }
      String now = page().get(index).label();
      String preview = now.startsWith("Voice:") ? controller.voiceDescription() : "";
      controller.refresh(
          Utterance.builder().tone(Utterance.Earcon.CHOSEN).say(now + ".").say(preview).build());
    } else if (index == items.size()) {
      page++;
      controller.show(this, Utterance.builder().build());
    } else {
      controller.home();
    }
  }

  @Override
  public void back() {
    controller.home();
  }

  /** "Say this word": hear how the voice says a word, and where its sounds come from. */
  private void sayAWord() {
    java.util.Optional<char[]> typed = controller.ask(Messages.get("word.ask"), false);
    String word = typed.map(String::new).orElse("").strip();
    if (word.isEmpty()) {
      return;
    }
    controller.background(
        this,
        () -> controller.services().pronounce().apply(word),
        how -> controller.tell(Messages.format("word.says", word, how)),
        error -> controller.tell(Messages.format("word.failed", word)));
  }

  private static String seconds(int millis) {
    return String.format(Locale.ROOT, "%.1f seconds", millis / 1000.0);
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
