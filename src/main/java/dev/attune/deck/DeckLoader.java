package dev.attune.deck;

import static dev.attune.yaml.FileProblems.shown;

import dev.attune.yaml.SafeYaml;
import dev.attune.yaml.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads deck files and checks them, reporting every problem with its file and line. Thread-safe and
 * stateless.
 */
public final class DeckLoader {
  /** The decks packed into the jar, in the order Home offers them. */
  public static final List<String> BUNDLED = List.of("before", "during", "after", "followup");

  /** Most options a prompt may list; the engine adds Skip, Not today and sometimes Done. */
  public static final int MAX_OPTIONS = 9;

  private static final Set<String> DECK_FIELDS =
      Set.of("id", "title", "intro", "closing", "board", "prompts", "signals");
  private static final Set<String> PROMPT_FIELDS =
      Set.of(
          "id",
          "text",
          "for",
          "options",
          "multi",
          "summary",
          "when",
          "private",
          "phrase",
          "exercise",
          "rounds",
          "inhale",
          "hold",
          "exhale",
          "help",
          "daily");
  private static final Set<String> OPTION_FIELDS =
      Set.of("id", "label", "phrase", "say", "exclusive");

  /** Ids of the options the engine adds to every prompt. */
  private static final Set<String> RESERVED = Set.of("skip", "not_today", "done");

  private static final Set<String> CONDITION_FIELDS = Set.of("prompt", "is", "not");
  private static final Set<String> PLACEHOLDERS = Set.of("who", "Who", "whose", "Whose", "choices");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

  /** Loads a bundled deck from the class path. */
  public Deck bundled(String name) throws DeckException {
    String file = shown(name) + ".yaml";
    if (!BUNDLED.contains(name)) {
      throw new DeckException(
          file,
          List.of(
              new DeckException.Problem(
                  0,
                  "there is no deck called '"
                      + shown(name)
                      + "'. The decks are: "
                      + String.join(", ", BUNDLED))));
    }
    try (InputStream in = DeckLoader.class.getResourceAsStream("/dev/attune/decks/" + file)) {
      if (in == null) {
        throw new DeckException(
            file, List.of(new DeckException.Problem(0, "the deck file is missing from Attune")));
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      // The JDK's words would name the inside of Attune's own file; these say what to do.
      throw new DeckException(
          file,
          List.of(
              new DeckException.Problem(
                  0, "cannot be read, because part of Attune is damaged. Install Attune again.")));
    }
  }

  /**
   * Parses and validates deck text.
   *
   * @param file the file name used in messages; its base name must equal the deck id
   */
  public Deck parse(String yaml, String file) throws DeckException {
    List<DeckException.Problem> problems = new ArrayList<>();
    Optional<Node> root;
    try {
      root = SafeYaml.compose(yaml, file);
    } catch (YamlProblem e) {
      throw new DeckException(file, List.of(new DeckException.Problem(e.line(), e.getMessage())));
    }
    if (root.isEmpty()) {
      throw new DeckException(file, List.of(new DeckException.Problem(0, "is empty")));
    }
    Deck deck = readDeck(root.get(), file, problems);
    if (!problems.isEmpty() || deck == null) {
      throw new DeckException(file, problems);
    }
    return deck;
  }

  private Deck readDeck(Node node, String file, List<DeckException.Problem> problems) {
    Optional<YamlMap> maybe = YamlMap.of(node, "the deck", problems);
    if (maybe.isEmpty()) {
      return null;
    }
    YamlMap map = maybe.get();
    map.allowOnly(DECK_FIELDS, "the deck");
    String id = map.text("id", true, "the deck");
    String expected = file.replaceFirst("\\.ya?ml$", "");
    if (!id.isEmpty() && !id.equals(expected)) {
      map.problemAt(
          "id", "the deck id '" + shown(id) + "' should match its file name '" + expected + "'");
    }
    String title = map.text("title", true, "the deck");
    boolean board = map.flag("board", "the deck");
    List<Prompt> prompts = new ArrayList<>();
    List<Option> signals = new ArrayList<>();
    if (board) {
      if (map.has("prompts")) {
        map.problemAt("prompts", "a board has signals, not prompts");
      }
      signals = readOptions(map, "signals", "the board", false, false, problems);
      if (signals.isEmpty()) {
        map.problem("a board needs a list of signals");
      } else if (signals.size() > MAX_OPTIONS) {
        map.problemAt(
            "signals",
            "a board has at most "
                + MAX_OPTIONS
                + " signals, one per digit; this has "
                + signals.size());
      }
    } else {
      if (map.has("signals")) {
        map.problemAt("signals", "only a board (board: true) has signals");
      }
      List<Node> items = map.list("prompts", "the deck");
      if (items.isEmpty()) {
        map.problem("the deck needs a list of prompts");
      }
      Set<String> ids = new HashSet<>();
      for (Node item : items) {
        Prompt prompt = readPrompt(item, prompts, problems);
        if (prompt != null && !ids.add(prompt.id())) {
          problems.add(
              new DeckException.Problem(
                  YamlMap.line(item), "two prompts have the id '" + shown(prompt.id()) + "'"));
        } else if (prompt != null) {
          prompts.add(prompt);
        }
      }
    }
    if (!problems.isEmpty() || !Ids.valid(id)) {
      if (!id.isEmpty() && !Ids.valid(id)) {
        map.problemAt(
            "id", "the deck id '" + shown(id) + "' must be lower case letters and digits");
      }
      return null;
    }
    return new Deck(
        id,
        title,
        map.text("intro", false, "the deck"),
        map.text("closing", false, "the deck"),
        board,
        prompts,
        signals,
        file);
  }

  private Prompt readPrompt(Node node, List<Prompt> earlier, List<DeckException.Problem> problems) {
    Optional<YamlMap> maybe = YamlMap.of(node, "a prompt", problems);
    if (maybe.isEmpty()) {
      return null;
    }
    YamlMap map = maybe.get();
    int before = problems.size();
    String id = map.text("id", true, "a prompt");
    String what = id.isEmpty() ? "a prompt" : "prompt '" + shown(id) + "'";
    map.allowOnly(PROMPT_FIELDS, what);
    if (!id.isEmpty() && !Ids.valid(id)) {
      map.problemAt("id", "the id '" + shown(id) + "' must be lower case letters, digits and _");
    }
    String text = map.text("text", true, what);
    Audience audience = readAudience(map, what);
    boolean isPrivate = map.flag("private", what);
    String exerciseName = map.text("exercise", false, what);
    Prompt.Kind kind = Prompt.Kind.CHOICE;
    if (isPrivate && !exerciseName.isEmpty()) {
      map.problem(what + " cannot be both private and an exercise");
    } else if (isPrivate) {
      kind = Prompt.Kind.PRIVATE;
    } else if (!exerciseName.isEmpty()) {
      kind = Prompt.Kind.EXERCISE;
    }
    boolean multi = map.flag("multi", what);
    int beforeOptions = problems.size();
    List<Option> options = readOptions(map, "options", what, multi, true, problems);
    boolean optionsTold = problems.size() > beforeOptions;
    String phrase = map.text("phrase", kind == Prompt.Kind.PRIVATE, what);
    Optional<Exercise> exercise = Optional.empty();
    switch (kind) {
      case CHOICE:
        if (options.isEmpty() && !map.has("options")) {
          map.problem(what + " needs a list of options");
        } else if (options.isEmpty() && !optionsTold) {
          // options: [] (found by DeckPropertiesTest): no option, and nothing said about one.
          map.problemAt("options", what + " lists no options; give it at least one");
        } else if (options.size() > MAX_OPTIONS) {
          map.problemAt(
              "options",
              what + " has " + options.size() + " options; at most " + MAX_OPTIONS + " fit");
        }
        break;
      case PRIVATE:
        rejectOptions(map, what, "a private prompt always offers Yes, Maybe and No");
        if (multi) {
          map.problemAt("multi", what + ": a private prompt takes one answer");
        }
        break;
      default:
        rejectOptions(map, what, "an exercise offers Start and Skip by itself");
        exercise = readExercise(map, exerciseName, what);
        break;
    }
    String summary = map.text("summary", false, what);
    checkTemplate(map, summary, what);
    Optional<Condition> when = readCondition(map, earlier, audience, what, problems);
    if (problems.size() > before) {
      return null;
    }
    return new Prompt(
        id,
        text,
        audience,
        kind,
        options,
        multi,
        summary,
        when,
        phrase,
        exercise,
        map.text("help", false, what),
        map.flag("daily", what));
  }

  private static void rejectOptions(YamlMap map, String what, String why) {
    if (map.has("options")) {
      map.problemAt("options", what + " lists options, but " + why);
    }
  }

  private static Audience readAudience(YamlMap map, String what) {
    String value = map.text("for", false, what);
    if (value.isEmpty()) {
      return Audience.EVERYONE;
    }
    for (Audience audience : Audience.values()) {
      if (audience.key().equals(value)) {
        return audience;
      }
    }
    map.problemAt(
        "for",
        what
            + ": 'for' should be pain, partner, everyone or together, not '"
            + shown(value.toLowerCase(Locale.ROOT))
            + "'");
    return Audience.EVERYONE;
  }

  private static Optional<Exercise> readExercise(YamlMap map, String name, String what) {
    if (!"breathing".equals(name)) {
      map.problemAt(
          "exercise", what + ": the only exercise is 'breathing', not '" + shown(name) + "'");
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Exercise(
              map.number("rounds", 8, what),
              map.number("inhale", 4, what),
              map.number("hold", 1, what),
              map.number("exhale", 6, what)));
    } catch (IllegalArgumentException e) {
      map.problem(what + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static void checkTemplate(YamlMap map, String template, String what) {
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        map.problemAt(
            "summary",
            what
                + ": the summary uses {"
                + shown(m.group(1))
                + "}; use {who}, {Who}, {whose}, {Whose} or {choices}");
      }
    }
  }

  private List<Option> readOptions(
      YamlMap parent,
      String field,
      String what,
      boolean multi,
      boolean needsPhrase,
      List<DeckException.Problem> problems) {
    List<Option> options = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : parent.list(field, what)) {
      Optional<YamlMap> maybe = YamlMap.of(item, "an option of " + what, problems);
      if (maybe.isEmpty()) {
        continue;
      }
      YamlMap map = maybe.get();
      String id = map.text("id", true, "an option of " + what);
      String owner = "option '" + shown(id) + "' of " + what;
      map.allowOnly(OPTION_FIELDS, owner);
      String label = map.text("label", true, owner);
      if (needsPhrase && !map.has("phrase")) {
        map.problem(owner + " needs a 'phrase' for the summary (\"\" to say nothing)");
      }
      String phrase = map.has("phrase") ? map.text("phrase", false, owner) : label;
      boolean exclusive = map.flag("exclusive", owner);
      if (exclusive && !multi) {
        map.problemAt("exclusive", owner + ": 'exclusive' only makes sense with multi: true");
      }
      if (!Ids.valid(id)) {
        if (!id.isEmpty()) {
          map.problemAt("id", owner + ": the id must be lower case letters, digits and _");
        }
        continue;
      }
      if (RESERVED.contains(id)) {
        map.problemAt("id", owner + ": '" + id + "' is kept for the option Attune adds by itself");
        continue;
      }
      if (!ids.add(id)) {
        map.problemAt("id", what + " has two options with the id '" + shown(id) + "'");
        continue;
      }
      if (!label.isEmpty()) {
        options.add(new Option(id, label, phrase, map.text("say", false, owner), exclusive));
      }
    }
    return options;
  }

  private Optional<Condition> readCondition(
      YamlMap prompt,
      List<Prompt> earlier,
      Audience audience,
      String what,
      List<DeckException.Problem> problems) {
    Optional<Node> node = prompt.node("when");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (audience == Audience.TOGETHER) {
      prompt.problemAt("when", what + ": a 'together' prompt cannot have a condition");
      return Optional.empty();
    }
    Optional<YamlMap> maybe = YamlMap.of(node.get(), "the condition of " + what, problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = maybe.get();
    String owner = "the condition of " + what;
    map.allowOnly(CONDITION_FIELDS, owner);
    String target = map.text("prompt", true, owner);
    if (map.has("is") == map.has("not")) {
      map.problem(owner + " needs exactly one of 'is' or 'not'");
      return Optional.empty();
    }
    boolean negated = map.has("not");
    List<String> ids = map.words(negated ? "not" : "is", owner);
    Optional<Prompt> referred = earlier.stream().filter(p -> p.id().equals(target)).findFirst();
    if (referred.isEmpty()) {
      map.problemAt(
          "prompt",
          owner
              + " refers to '"
              + shown(target)
              + "', which is not an earlier prompt of this deck");
      return Optional.empty();
    }
    if (referred.get().kind() == Prompt.Kind.PRIVATE) {
      map.problemAt(
          "prompt",
          owner
              + " refers to the private prompt '"
              + shown(target)
              + "'. A private answer must never change what is asked next, or the next question"
              + " would give it away. Refer to a prompt that is not private.");
      return Optional.empty();
    }
    for (String id : ids) {
      if (referred.get().option(id).isEmpty()) {
        map.problemAt(
            negated ? "not" : "is",
            owner
                + " names the option '"
                + shown(id)
                + "', which prompt '"
                + shown(target)
                + "' does not have");
      }
    }
    if (ids.isEmpty()) {
      map.problem(owner + " lists no options");
      return Optional.empty();
    }
    return Optional.of(new Condition(target, Set.copyOf(ids), negated));
  }
}
