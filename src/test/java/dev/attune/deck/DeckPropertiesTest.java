package dev.attune.deck;

import static dev.attune.PlainMessages.assertNamesFile;
import static dev.attune.PlainMessages.cut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.Nasty;
import dev.attune.yaml.Trees;
import dev.attune.yaml.Trees.Style;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Properties of the deck loader on random input (jqwik), beside {@link DeckFuzzTest}'s mutations of
 * the bundled decks: random bytes and text; decks made at random and written in every YAML style;
 * the same decks broken in one place; and random YAML trees. Whatever the input, {@link
 * DeckLoader#parse} gives a deck or a {@link DeckException} naming the file in plain words, within
 * seconds; a valid deck keeps every fact; a broken one is refused at the line of the mistake,
 * naming the field or value.
 */
class DeckPropertiesTest {
  private static final DeckLoader LOADER = new DeckLoader();

  /** Far longer than any parse takes; a hang fails the try instead of stopping the build. */
  private static final Duration HANG = Duration.ofSeconds(10);

  static final List<String> SEEDS = bundled();

  // ---- 1. Random bytes and text ----

  @Property(tries = 300)
  void randomBytes_giveADeckOrADeckExceptionNamingTheFile(@ForAll("bytes") byte[] bytes) {
    // As the loader reads a deck: bytes decoded as UTF-8, bad sequences becoming U+FFFD.
    String text = new String(bytes, StandardCharsets.UTF_8);
    deckOrRefusal(text, "before.yaml");
  }

  @Property(tries = 300)
  void randomText_givesADeckOrADeckExceptionNamingTheFile(@ForAll("text") String text) {
    deckOrRefusal(text, "during.yaml");
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Nasty.bytes(SEEDS);
  }

  @Provide
  Arbitrary<String> text() {
    return Nasty.text(SEEDS);
  }

  // ---- 2. Random structure ----

  @Property(tries = 200)
  void validDecks_loadWithEveryFactKept(@ForAll("decks") DeckSpec spec, @ForAll("styles") Style s) {
    String yaml = Trees.write(build(spec, s).root(), s);
    Object result = parse(yaml, spec.file());
    if (result instanceof DeckException e) {
      throw new AssertionError("a valid deck was refused: " + e.getMessage() + "\n" + cut(yaml));
    }
    assertKept(spec, (Deck) result, yaml);
  }

  @Property(tries = 400)
  void brokenDecks_areRefusedAtTheLineOfTheMistake_namingTheFieldOrValue(
      @ForAll("decks") DeckSpec spec,
      @ForAll("styles") Style s,
      @ForAll("breakages") Breakage breakage) {
    Built built = build(spec, s);
    Expectation expected = breakage.apply(built, s);
    String yaml = Trees.write(built.root(), s);
    Object result = parse(yaml, spec.file());
    DeckException e =
        assertInstanceOf(
            DeckException.class,
            result,
            () -> "not refused after " + expected.what() + ":\n" + cut(yaml));
    assertNamesFile(e, spec.file(), yaml);
    Set<Integer> lines = expected.lines(Trees.read(yaml));
    assertTrue(
        e.problems().stream()
            .anyMatch(p -> lines.contains(p.line()) && expected.mentionedIn(p.message())),
        () ->
            "after "
                + expected.what()
                + ", no problem at line "
                + lines
                + " naming "
                + expected.words()
                + ": "
                + cut(e.getMessage())
                + "\n"
                + cut(yaml));
  }

  @Property(tries = 200)
  void randomTrees_giveADeckOrProblemsAtLinesOfTheFile(
      @ForAll("trees") Tuple.Tuple2<Node, Style> t) {
    String yaml = Trees.write(t.get1(), t.get2());
    Object result = parse(yaml, "tree.yaml");
    if (result instanceof DeckException e) {
      assertNamesFile(e, "tree.yaml", yaml);
      long lineCount = yaml.lines().count();
      for (DeckException.Problem p : e.problems()) {
        assertTrue(
            p.line() <= lineCount && (p.line() >= 1 || yaml.isBlank()),
            () -> "line " + p.line() + " of " + lineCount + ": " + p + "\n" + cut(yaml));
      }
    }
  }

  @Provide
  Arbitrary<Style> styles() {
    return Style.any();
  }

  @Provide
  Arbitrary<Tuple.Tuple2<Node, Style>> trees() {
    List<String> keys = new ArrayList<>();
    keys.addAll(DECK_TYPES.keySet());
    keys.addAll(PROMPT_TYPES.keySet());
    keys.addAll(OPTION_TYPES.keySet());
    keys.addAll(CONDITION_TYPES.keySet());
    return Style.any().flatMap(s -> Trees.random(keys, 4, s).map(n -> Tuple.of(n, s)));
  }

  // ---- What the properties found, each as a plain test of its smallest input ----

  @Test
  void anEmptyListOfOptions_isRefusedAtItsLine() {
    // Was an IllegalArgumentException from the Prompt constructor: the loader said nothing about
    // "options: []", so the prompt was built without options.
    DeckException e =
        assertThrows(
            DeckException.class,
            () ->
                LOADER.parse(
                    "id: a\ntitle: T\nprompts:\n  - id: p\n    text: Q\n    options: []\n",
                    "a.yaml"));
    assertEquals(
        "a.yaml, line 6: prompt 'p' lists no options; give it at least one", e.getMessage());
  }

  @Test
  void anEmojiAtChar1024_loads() throws DeckException {
    // SnakeYAML's reader read one char past its buffer there; the deck was refused as "could not
    // be read as YAML (IndexOutOfBoundsException)".
    String deck =
        "#"
            + "a".repeat(1023)
            + "\ud83d\ude00\nid: a\ntitle: T\nprompts:\n"
            + "  - {id: p, text: Q, options: [{id: o, label: O, phrase: o}]}\n";
    assertEquals("T", LOADER.parse(deck, "a.yaml").title());
  }

  @Test
  void aLongUnknownField_isEchoedCutTo200Characters() {
    String field = "k".repeat(300);
    DeckException e =
        assertThrows(
            DeckException.class,
            () ->
                LOADER.parse(
                    "id: a\ntitle: T\n"
                        + field
                        + ": 1\nprompts:\n  - {id: p, text: Q, options: [{id: o, label: O, phrase: o}]}\n",
                    "a.yaml"));
    assertTrue(
        e.getMessage().startsWith("a.yaml, line 3: unknown field '" + "k".repeat(200) + "…' in"),
        e.getMessage());
  }

  // ---- Parsing ----

  /** The deck, or the DeckException; anything else thrown fails the try, as does a hang. */
  private static Object parse(String text, String file) {
    return assertTimeoutPreemptively(
        HANG,
        () -> {
          try {
            return LOADER.parse(text, file);
          } catch (DeckException e) {
            return e;
          }
        });
  }

  private static void deckOrRefusal(String text, String file) {
    Object result = parse(text, file);
    if (result instanceof DeckException e) {
      assertNamesFile(e, file, text);
    } else {
      assertEquals(file.replace(".yaml", ""), ((Deck) result).id());
    }
  }

  // ---- Decks made at random ----

  enum Kind {
    CHOICE,
    PRIVATE,
    EXERCISE
  }

  /** An option or a board's signal; a prompt's option always has a phrase (maybe ""). */
  record OptionSpec(
      String id, String label, Optional<String> phrase, Optional<String> say, boolean exclusive) {
    /** As an option of a prompt that takes one answer: 'exclusive' is for several. */
    OptionSpec single() {
      return new OptionSpec(id, label, phrase, say, false);
    }
  }

  record Cond(String prompt, List<String> ids, boolean negated) {}

  /** A prompt's wish for a condition, resolved against the prompts before it. */
  record Wish(boolean wanted, int target, int mask, boolean negated) {}

  record PromptSpec(
      String id,
      String text,
      String audience,
      Kind kind,
      boolean multi,
      List<OptionSpec> options,
      Optional<String> phrase,
      Optional<String> summary,
      Optional<String> help,
      boolean daily,
      Optional<Cond> when,
      Optional<List<Integer>> breathing) {

    PromptSpec withWhen(Optional<Cond> cond) {
      return new PromptSpec(
          id, text, audience, kind, multi, options, phrase, summary, help, daily, cond, breathing);
    }
  }

  record DeckSpec(
      String id,
      String title,
      Optional<String> intro,
      Optional<String> closing,
      boolean board,
      List<PromptSpec> prompts,
      List<OptionSpec> signals) {
    String file() {
      return id + ".yaml";
    }
  }

  @Provide
  Arbitrary<DeckSpec> decks() {
    Arbitrary<Tuple.Tuple2<PromptSpec, Wish>> prompt =
        Combinators.combine(prompts(), wishes()).as(Tuple::of);
    Arbitrary<DeckSpec> promptDecks =
        Combinators.combine(
                ids(false),
                words(),
                words().optional(0.3),
                words().optional(0.3),
                prompt.list().ofMinSize(1).ofMaxSize(6).uniqueElements(p -> p.get1().id()))
            .as(
                (id, title, intro, closing, drafts) ->
                    new DeckSpec(id, title, intro, closing, false, resolve(drafts), List.of()));
    Arbitrary<DeckSpec> boards =
        Combinators.combine(
                ids(false),
                words(),
                words().optional(0.3),
                options(false, false).list().ofMinSize(1).ofMaxSize(9).uniqueElements(o -> o.id()))
            .as(
                (id, title, intro, signals) ->
                    new DeckSpec(id, title, intro, Optional.empty(), true, List.of(), signals));
    return Arbitraries.frequencyOf(Tuple.of(5, promptDecks), Tuple.of(1, boards));
  }

  /** Gives prompts the conditions they wish for, on earlier choice prompts' options. */
  private static List<PromptSpec> resolve(List<Tuple.Tuple2<PromptSpec, Wish>> drafts) {
    List<PromptSpec> prompts = new ArrayList<>();
    for (Tuple.Tuple2<PromptSpec, Wish> draft : drafts) {
      PromptSpec p = draft.get1();
      Wish wish = draft.get2();
      List<PromptSpec> choices =
          prompts.stream().filter(e -> e.kind() == Kind.CHOICE).collect(Collectors.toList());
      if (wish.wanted() && !choices.isEmpty() && !"together".equals(p.audience())) {
        PromptSpec target = choices.get(wish.target() % choices.size());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < target.options().size(); i++) {
          if ((wish.mask() >> i & 1) == 1) {
            ids.add(target.options().get(i).id());
          }
        }
        if (ids.isEmpty()) {
          ids.add(target.options().get(0).id());
        }
        p = p.withWhen(Optional.of(new Cond(target.id(), ids, wish.negated())));
      }
      prompts.add(p);
    }
    return prompts;
  }

  private static Arbitrary<Wish> wishes() {
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 31),
            Arbitraries.of(true, false))
        .as(Wish::new);
  }

  private static Arbitrary<PromptSpec> prompts() {
    Arbitrary<String> audience = Arbitraries.of("", "pain", "partner", "everyone", "together");
    Arbitrary<Tuple.Tuple3<Optional<String>, Optional<String>, Boolean>> extras =
        Combinators.combine(
                summaries().optional(0.5), words().optional(0.3), Arbitraries.of(true, false))
            .as(Tuple::of);
    Arbitrary<List<OptionSpec>> options =
        options(true, true)
            .list()
            .ofMinSize(1)
            .ofMaxSize(DeckLoader.MAX_OPTIONS)
            .uniqueElements(o -> o.id());
    Arbitrary<PromptSpec> choice =
        Combinators.combine(ids(), words(), audience, Arbitraries.of(true, false), options, extras)
            .as(
                (id, text, who, multi, opts, x) ->
                    new PromptSpec(
                        id,
                        text,
                        who,
                        Kind.CHOICE,
                        multi,
                        multi ? opts : opts.stream().map(OptionSpec::single).toList(),
                        Optional.empty(),
                        x.get1(),
                        x.get2(),
                        x.get3(),
                        Optional.empty(),
                        Optional.empty()));
    Arbitrary<PromptSpec> secret =
        Combinators.combine(ids(), words(), audience, phrases(), extras)
            .as(
                (id, text, who, phrase, x) ->
                    new PromptSpec(
                        id,
                        text,
                        who,
                        Kind.PRIVATE,
                        false,
                        List.of(),
                        Optional.of(phrase),
                        x.get1(),
                        x.get2(),
                        x.get3(),
                        Optional.empty(),
                        Optional.empty()));
    Arbitrary<List<Integer>> breathing =
        Combinators.combine(
                Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(1, 12))
            .as(List::of);
    Arbitrary<PromptSpec> exercise =
        Combinators.combine(ids(), words(), audience, breathing.optional(0.7), extras)
            .as(
                (id, text, who, timing, x) ->
                    new PromptSpec(
                        id,
                        text,
                        who,
                        Kind.EXERCISE,
                        false,
                        List.of(),
                        Optional.empty(),
                        x.get1(),
                        x.get2(),
                        x.get3(),
                        Optional.empty(),
                        timing));
    return Arbitraries.frequencyOf(Tuple.of(6, choice), Tuple.of(1, secret), Tuple.of(1, exercise));
  }

  private static Arbitrary<OptionSpec> options(boolean needsPhrase, boolean multi) {
    Arbitrary<String> id = ids().filter(i -> !Set.of("skip", "not_today", "done").contains(i));
    return Combinators.combine(
            id,
            words(),
            needsPhrase ? phrases().map(Optional::of) : phrases().optional(0.5),
            words().optional(0.3),
            multi ? Arbitraries.of(true, false) : Arbitraries.just(false))
        .as(OptionSpec::new);
  }

  /** Ids of letters, digits and _, starting with a letter; now and then long. */
  static Arbitrary<String> ids() {
    return ids(true);
  }

  /** A deck's id is its file's name, which every message starts with: never long. */
  static Arbitrary<String> ids(boolean mayBeLong) {
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withChars('_')
            .ofMaxLength(9);
    Arbitrary<String> normal =
        Combinators.combine(Arbitraries.chars().range('a', 'z'), rest).as((c, r) -> c + r);
    Arbitrary<String> long_ =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(201).ofMaxLength(300);
    return mayBeLong ? Arbitraries.frequencyOf(Tuple.of(20, normal), Tuple.of(1, long_)) : normal;
  }

  /**
   * Text that is not blank: printable ASCII and some letters beyond, an emoji now and then, and now
   * and then longer than any value a message may echo.
   */
  static Arbitrary<String> words() {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('é', 'ß', 'İ', 'ı', '中', '文', '\u00a0')
            .ofMinLength(1)
            .ofMaxLength(40);
    return Arbitraries.frequencyOf(
            Tuple.of(16, plain),
            Tuple.of(2, plain.map(s -> s + "\ud83d\ude00")),
            Tuple.of(
                1, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(201).ofMaxLength(500)))
        .filter(s -> !s.isBlank());
  }

  private static Arbitrary<String> phrases() {
    return Arbitraries.oneOf(Arbitraries.just(""), words());
  }

  private static Arbitrary<String> summaries() {
    return Combinators.combine(
            words().map(w -> w.replace("{", "").replace("}", "")).filter(w -> !w.isBlank()),
            Arbitraries.of("", " {who}", " {Who}", " {whose}", " {Whose}", " {choices}"))
        .as((w, placeholder) -> w + placeholder);
  }

  // ---- Decks as YAML trees ----

  enum Type {
    TEXT,
    LIST,
    FLAG,
    NUMBER,
    MAP
  }

  static final Map<String, Type> DECK_TYPES =
      Map.of(
          "id", Type.TEXT,
          "title", Type.TEXT,
          "intro", Type.TEXT,
          "closing", Type.TEXT,
          "board", Type.FLAG,
          "prompts", Type.LIST,
          "signals", Type.LIST);
  static final Map<String, Type> PROMPT_TYPES =
      Map.ofEntries(
          Map.entry("id", Type.TEXT),
          Map.entry("text", Type.TEXT),
          Map.entry("for", Type.TEXT),
          Map.entry("options", Type.LIST),
          Map.entry("multi", Type.FLAG),
          Map.entry("summary", Type.TEXT),
          Map.entry("when", Type.MAP),
          Map.entry("private", Type.FLAG),
          Map.entry("phrase", Type.TEXT),
          Map.entry("exercise", Type.TEXT),
          Map.entry("rounds", Type.NUMBER),
          Map.entry("inhale", Type.NUMBER),
          Map.entry("hold", Type.NUMBER),
          Map.entry("exhale", Type.NUMBER),
          Map.entry("help", Type.TEXT),
          Map.entry("daily", Type.FLAG));
  static final Map<String, Type> OPTION_TYPES =
      Map.of(
          "id", Type.TEXT,
          "label", Type.TEXT,
          "phrase", Type.TEXT,
          "say", Type.TEXT,
          "exclusive", Type.FLAG);
  static final Map<String, Type> CONDITION_TYPES =
      Map.of("prompt", Type.TEXT, "is", Type.LIST, "not", Type.LIST);

  enum Where {
    DECK,
    PROMPT,
    OPTION,
    SIGNAL,
    CONDITION
  }

  /** A mapping of the tree, where it is, and which of its fields must be there. */
  record Place(MappingNode map, Where where, List<Integer> path, Set<String> required) {
    Map<String, Type> types() {
      switch (where) {
        case DECK:
          return DECK_TYPES;
        case PROMPT:
          return PROMPT_TYPES;
        case CONDITION:
          return CONDITION_TYPES;
        default:
          return OPTION_TYPES;
      }
    }

    List<Integer> pathTo(int tuple) {
      List<Integer> p = new ArrayList<>(path);
      p.add(tuple);
      return p;
    }
  }

  record Built(MappingNode root, List<Place> places) {
    List<Place> at(Where where) {
      return places.stream().filter(p -> p.where() == where).collect(Collectors.toList());
    }
  }

  static Built build(DeckSpec spec, Style s) {
    List<Place> places = new ArrayList<>();
    List<Object> root =
        new ArrayList<>(List.of("id", text(spec.id(), s), "title", text(spec.title(), s)));
    spec.intro().ifPresent(v -> root.addAll(List.of("intro", text(v, s))));
    spec.closing().ifPresent(v -> root.addAll(List.of("closing", text(v, s))));
    if (spec.board()) {
      root.addAll(List.of("board", text("true", s)));
      List<Node> signals = new ArrayList<>();
      for (int i = 0; i < spec.signals().size(); i++) {
        signals.add(
            option(spec.signals().get(i), s, places, List.of(root.size() / 2, i), Where.SIGNAL));
      }
      root.addAll(List.of("signals", Trees.list(s, signals)));
    } else {
      List<Node> prompts = new ArrayList<>();
      for (int i = 0; i < spec.prompts().size(); i++) {
        prompts.add(prompt(spec.prompts().get(i), s, places, List.of(root.size() / 2, i)));
      }
      root.addAll(List.of("prompts", Trees.list(s, prompts)));
    }
    MappingNode map = Trees.map(s, root.toArray());
    places.add(
        new Place(
            map,
            Where.DECK,
            List.of(),
            Set.of("id", "title", spec.board() ? "signals" : "prompts")));
    return new Built(map, places);
  }

  private static Node prompt(PromptSpec p, Style s, List<Place> places, List<Integer> path) {
    List<Object> kv = new ArrayList<>(List.of("id", text(p.id(), s), "text", text(p.text(), s)));
    Set<String> required = new HashSet<>(Set.of("id", "text"));
    if (!p.audience().isEmpty()) {
      kv.addAll(List.of("for", text(p.audience(), s)));
    }
    switch (p.kind()) {
      case CHOICE:
        if (p.multi()) {
          kv.addAll(List.of("multi", text("true", s)));
        }
        List<Node> options = new ArrayList<>();
        int at = kv.size() / 2;
        for (int i = 0; i < p.options().size(); i++) {
          options.add(option(p.options().get(i), s, places, append(path, at, i), Where.OPTION));
        }
        kv.addAll(List.of("options", Trees.list(s, options)));
        required.add("options");
        break;
      case PRIVATE:
        kv.addAll(List.of("private", text("true", s), "phrase", text(p.phrase().orElseThrow(), s)));
        required.add("phrase");
        break;
      default:
        kv.addAll(List.of("exercise", text("breathing", s)));
        p.breathing()
            .ifPresent(
                b -> {
                  String[] names = {"rounds", "inhale", "hold", "exhale"};
                  for (int i = 0; i < 4; i++) {
                    kv.addAll(List.of(names[i], text(Integer.toString(b.get(i)), s)));
                  }
                });
        break;
    }
    p.summary().ifPresent(v -> kv.addAll(List.of("summary", text(v, s))));
    p.help().ifPresent(v -> kv.addAll(List.of("help", text(v, s))));
    if (p.daily()) {
      kv.addAll(List.of("daily", text("true", s)));
    }
    if (p.when().isPresent()) {
      Cond c = p.when().get();
      List<Node> ids = c.ids().stream().map(i -> text(i, s)).collect(Collectors.toList());
      String which = c.negated() ? "not" : "is";
      MappingNode cond = Trees.map(s, "prompt", text(c.prompt(), s), which, Trees.list(s, ids));
      places.add(
          new Place(cond, Where.CONDITION, append(path, kv.size() / 2), Set.of("prompt", which)));
      kv.addAll(List.of("when", cond));
    }
    MappingNode map = Trees.map(s, kv.toArray());
    places.add(new Place(map, Where.PROMPT, path, required));
    return map;
  }

  private static Node option(
      OptionSpec o, Style s, List<Place> places, List<Integer> path, Where where) {
    List<Object> kv = new ArrayList<>(List.of("id", text(o.id(), s), "label", text(o.label(), s)));
    o.phrase().ifPresent(v -> kv.addAll(List.of("phrase", text(v, s))));
    o.say().ifPresent(v -> kv.addAll(List.of("say", text(v, s))));
    if (o.exclusive()) {
      kv.addAll(List.of("exclusive", text("true", s)));
    }
    MappingNode map = Trees.map(s, kv.toArray());
    Set<String> required =
        where == Where.OPTION ? Set.of("id", "label", "phrase") : Set.of("id", "label");
    places.add(new Place(map, where, path, required));
    return map;
  }

  private static Node text(String value, Style s) {
    return Trees.text(value, s);
  }

  private static List<Integer> append(List<Integer> path, Integer... more) {
    List<Integer> p = new ArrayList<>(path);
    p.addAll(List.of(more));
    return p;
  }

  // ---- What a valid deck must keep ----

  private static void assertKept(DeckSpec spec, Deck deck, String yaml) {
    String where = "\n" + cut(yaml);
    assertEquals(spec.id(), deck.id(), where);
    assertEquals(spec.title().strip(), deck.title(), where);
    assertEquals(spec.intro().map(String::strip).orElse(""), deck.intro(), where);
    assertEquals(spec.closing().map(String::strip).orElse(""), deck.closing(), where);
    assertEquals(spec.board(), deck.board(), where);
    assertOptions(spec.signals(), deck.signals(), where);
    assertEquals(spec.prompts().size(), deck.prompts().size(), where);
    for (int i = 0; i < spec.prompts().size(); i++) {
      PromptSpec p = spec.prompts().get(i);
      Prompt got = deck.prompts().get(i);
      assertEquals(p.id(), got.id(), where);
      assertEquals(p.text().strip(), got.text(), where);
      assertEquals(
          p.audience().isEmpty()
              ? Audience.EVERYONE
              : Audience.valueOf(p.audience().toUpperCase(Locale.ROOT)),
          got.audience(),
          where);
      assertEquals(p.kind().name(), got.kind().name(), where);
      assertEquals(p.multi(), got.multi(), where);
      assertOptions(p.options(), got.options(), where);
      assertEquals(p.phrase().map(String::strip).orElse(""), got.phrase(), where);
      assertEquals(p.summary().map(String::strip).orElse(""), got.summary(), where);
      assertEquals(p.help().map(String::strip).orElse(""), got.help(), where);
      assertEquals(p.daily(), got.daily(), where);
      assertEquals(
          p.when().map(c -> new Condition(c.prompt(), Set.copyOf(c.ids()), c.negated())),
          got.when(),
          where);
      if (p.kind() == Kind.EXERCISE) {
        List<Integer> b = p.breathing().orElse(List.of(8, 4, 1, 6));
        assertEquals(
            new Exercise(b.get(0), b.get(1), b.get(2), b.get(3)), got.exercise().orElseThrow());
      }
    }
  }

  private static void assertOptions(List<OptionSpec> specs, List<Option> got, String where) {
    assertEquals(specs.size(), got.size(), where);
    for (int i = 0; i < specs.size(); i++) {
      OptionSpec o = specs.get(i);
      Option g = got.get(i);
      String label = o.label().strip();
      assertEquals(
          new Option(
              o.id(),
              label,
              o.phrase().map(String::strip).orElse(label),
              o.say().map(String::strip).orElse(""),
              o.exclusive()),
          g,
          where);
    }
  }

  // ---- Breaking a deck in one place ----

  enum Damage {
    UNKNOWN_FIELD,
    KEY_NOT_TEXT,
    WRONG_TYPE,
    WRONG_VALUE,
    MISSING_FIELD,
    FIELD_TWICE,
    ID_TWICE
  }

  /**
   * One mistake: which kind, in which mapping and field (picked by number from those there), and a
   * word to use for a key or value.
   */
  record Breakage(Damage damage, int place, int field, int variant, String word) {

    Expectation apply(Built built, Style s) {
      Damage d = damage;
      if (d == Damage.ID_TWICE && siblingsWithIds(built).isEmpty()) {
        d = Damage.UNKNOWN_FIELD;
      }
      if (d == Damage.ID_TWICE) {
        List<Place> pair = siblingsWithIds(built).get(place % siblingsWithIds(built).size());
        Place first = pair.get(0);
        Place second = pair.get(1);
        String id = value(first.map(), "id");
        int at = Trees.indexOf(second.map(), "id");
        second.map().getValue().set(at, new NodeTuple(Trees.text("id", s), Trees.text(id, s)));
        return new Expectation(
            "giving two " + second.where() + "s the id " + id,
            List.of(second.path(), second.pathTo(at)),
            List.of(second.pathTo(at)),
            List.of(id));
      }
      List<Place> places = built.places();
      Place p = places.get(place % places.size());
      List<NodeTuple> tuples = p.map().getValue();
      List<String> present = Trees.keys(p.map());
      if (d == Damage.MISSING_FIELD) {
        List<String> required = present.stream().filter(p.required()::contains).sorted().toList();
        if (!required.isEmpty()) {
          String key = required.get(field % required.size());
          tuples.remove(Trees.indexOf(p.map(), key));
          return new Expectation(
              "leaving out " + key + " from a " + p.where(),
              List.of(p.path()),
              List.of(),
              List.of(key));
        }
        d = Damage.UNKNOWN_FIELD;
      }
      if (d == Damage.WRONG_VALUE) {
        List<String> fields =
            present.stream().filter(k -> wrongValue(p, k) != null).sorted().toList();
        if (!fields.isEmpty()) {
          String key = fields.get(field % fields.size());
          int at = Trees.indexOf(p.map(), key);
          Node wrong = wrongValue(p, key);
          tuples.set(at, new NodeTuple(tuples.get(at).getKeyNode(), restyle(wrong, s)));
          List<String> words = new ArrayList<>(List.of(key));
          if (wrong instanceof ScalarNode sc) {
            words.add(sc.getValue().strip());
          }
          if (p.where() == Where.CONDITION) {
            words.add("condition"); // "the condition of prompt 'x' lists no options"
          }
          return new Expectation(
              "giving " + key + " of a " + p.where() + " a wrong value",
              List.of(p.path(), p.pathTo(at)),
              List.of(p.pathTo(at)),
              words);
        }
        d = Damage.WRONG_TYPE;
      }
      if (d == Damage.WRONG_TYPE && !present.isEmpty()) {
        String key = present.get(field % present.size());
        int at = Trees.indexOf(p.map(), key);
        Node wrong = wrongType(p.types().get(key), s);
        tuples.set(at, new NodeTuple(tuples.get(at).getKeyNode(), wrong));
        return new Expectation(
            "giving " + key + " of a " + p.where() + " the wrong type of value",
            List.of(p.path(), p.pathTo(at)),
            List.of(p.pathTo(at)),
            key.equals("when") ? List.of(key, "condition") : List.of(key));
      }
      if (d == Damage.FIELD_TWICE && !present.isEmpty()) {
        NodeTuple twice = tuples.get(field % tuples.size());
        String key = ((ScalarNode) twice.getKeyNode()).getValue();
        // A key of its own; the value is the same node, which the emitter writes as an alias.
        tuples.add(new NodeTuple(Trees.text(key, s), twice.getValueNode()));
        return new Expectation(
            "giving a " + p.where() + " the field " + key + " twice",
            List.of(),
            List.of(p.pathTo(tuples.size() - 1)),
            List.of("'" + key + "' appears twice"));
      }
      if (d == Damage.KEY_NOT_TEXT) {
        Node key = Trees.list(s, List.of(Trees.text(word, s)));
        tuples.add(variant % (tuples.size() + 1), new NodeTuple(key, Trees.text(word, s)));
        int at = variant % tuples.size();
        return new Expectation(
            "giving a " + p.where() + " a list for a field name",
            List.of(),
            List.of(p.pathTo(at)),
            List.of("plain words"));
      }
      String key = p.types().containsKey(word) ? "x" + word : word;
      int at = variant % (tuples.size() + 1);
      tuples.add(at, new NodeTuple(Trees.text(key, s), Trees.text(word, s)));
      return new Expectation(
          "giving a " + p.where() + " the unknown field " + key,
          List.of(),
          List.of(p.pathTo(at)),
          List.of("unknown field '" + key));
    }

    /** A value of the right type but wrong, or null when the field takes any text. */
    private Node wrongValue(Place p, String key) {
      String bad = "X" + word;
      switch (key) {
        case "id":
          return p.where() == Where.OPTION && variant % 3 == 0 ? text("skip") : text(bad);
        case "for":
        case "exercise":
        case "prompt":
          return text(bad);
        case "board":
        case "multi":
        case "private":
        case "daily":
        case "exclusive":
          return text(variant % 2 == 0 ? "maybe" : bad);
        case "rounds":
        case "inhale":
        case "hold":
        case "exhale":
          // Out of range for every one of the four, or not a whole number.
          return text(List.of("-1", "31", "99999999999", "1.5", bad).get(variant % 5));
        case "summary":
          return text("{" + bad.replace("{", "").replace("}", "") + "}");
        case "title":
        case "text":
        case "label":
          return text(variant % 2 == 0 ? "" : "   ");
        case "prompts":
        case "options":
        case "signals":
          return emptyList();
        case "is":
        case "not":
          return variant % 2 == 0
              ? emptyList()
              : new SequenceNode(Tag.SEQ, List.of(text(bad)), FlowStyle.FLOW);
        default:
          return null;
      }
    }

    private Node wrongType(Type type, Style s) {
      Node scalar = Trees.text(variant % 2 == 0 ? word : "", s);
      Node map = Trees.map(s, "x" + word, Trees.text(word, s));
      Node list = Trees.list(s, List.of(Trees.text(word, s)));
      switch (type) {
        case TEXT:
          return variant % 2 == 0 ? map : list;
        case LIST:
          return variant % 2 == 0 ? scalar : map;
        case MAP:
          return variant % 2 == 0 ? scalar : list;
        default:
          return variant % 2 == 0 ? map : list;
      }
    }

    private static Node text(String value) {
      return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }

    private static Node emptyList() {
      return new SequenceNode(Tag.SEQ, List.of(), FlowStyle.FLOW);
    }

    private static Node restyle(Node node, Style s) {
      if (node instanceof ScalarNode sc) {
        return Trees.text(sc.getValue(), s);
      }
      return node;
    }

    private static String value(MappingNode map, String key) {
      Node v = map.getValue().get(Trees.indexOf(map, key)).getValueNode();
      return ((ScalarNode) v).getValue();
    }

    /** Pairs of prompts, or of options of one prompt, that both have an id. */
    private static List<List<Place>> siblingsWithIds(Built built) {
      List<List<Place>> pairs = new ArrayList<>();
      for (Where where : List.of(Where.PROMPT, Where.OPTION, Where.SIGNAL)) {
        List<Place> all = built.at(where);
        for (Place a : all) {
          for (Place b : all) {
            if (a.path().size() == b.path().size()
                && a.path()
                    .subList(0, a.path().size() - 1)
                    .equals(b.path().subList(0, b.path().size() - 1))
                && a.path().get(a.path().size() - 1) < b.path().get(b.path().size() - 1)) {
              pairs.add(List.of(a, b));
            }
          }
        }
      }
      return pairs;
    }
  }

  /**
   * What a breakage must be refused with: a problem at the line of one of {@code nodes} (a mapping,
   * or a pair's value) or of one of {@code keys} (a pair's key), whose message has one of {@code
   * words} (the field, or the value, cut to what a message may echo).
   */
  record Expectation(
      String what, List<List<Integer>> nodes, List<List<Integer>> keys, List<String> words) {

    Set<Integer> lines(Node root) {
      Set<Integer> lines = new HashSet<>();
      nodes.forEach(p -> lines.add(Trees.line(Trees.at(root, p, false))));
      keys.forEach(p -> lines.add(Trees.line(Trees.at(root, p, true))));
      return lines;
    }

    boolean mentionedIn(String message) {
      return words.stream()
          .map(w -> w.length() > 100 ? w.substring(0, 100) : w)
          .anyMatch(w -> !w.isEmpty() && message.contains(w));
    }
  }

  @Provide
  Arbitrary<Breakage> breakages() {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withCharRange('A', 'Z')
                    .withChars('_', '-', ' ', 'é', '中')
                    .ofMinLength(1)
                    .ofMaxLength(12)),
            Tuple.of(
                1,
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(250).ofMaxLength(400)));
    return Combinators.combine(
            Arbitraries.of(Damage.class),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000),
            word)
        .as(Breakage::new);
  }

  private static List<String> bundled() {
    List<String> decks = new ArrayList<>();
    for (String name : DeckLoader.BUNDLED) {
      try (InputStream in =
          DeckPropertiesTest.class.getResourceAsStream("/dev/attune/decks/" + name + ".yaml")) {
        decks.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return decks;
  }
}
