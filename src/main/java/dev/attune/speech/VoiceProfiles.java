package dev.attune.speech;

import static dev.attune.yaml.FileProblems.shown;

import dev.attune.disk.Cause;
import dev.attune.yaml.FileProblems;
import dev.attune.yaml.SafeYaml;
import dev.attune.yaml.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads voice profiles: the bundled ones from the class path ({@code /dev/attune/voices/}) and a
 * person's own from {@code <data dir>/voices/*.yaml}. Stateless and thread-safe.
 *
 * <p>A profile file is a YAML mapping with exactly the fields {@code base_voice}, {@code rate},
 * {@code pitch}, {@code pitch_range}, {@code volume} and {@code description}; its id is the file
 * name without {@code .yaml}. See {@code voices/calm.yaml}.
 */
public final class VoiceProfiles {

  /** The profile Attune speaks with until someone chooses another. */
  public static final String DEFAULT_ID = "calm";

  /** The profiles packed into the jar, in the order the settings screen offers them. */
  public static final List<String> BUNDLED = List.of("calm", "clear", "bright");

  static final String CLASSPATH_DIR = "/dev/attune/voices/";

  private static final Set<String> FIELDS =
      Set.of("base_voice", "rate", "pitch", "pitch_range", "volume", "description");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final String YAML = ".yaml";

  private VoiceProfiles() {}

  /**
   * What {@link #load} found.
   *
   * @param profiles by id, bundled ones first in {@link #BUNDLED} order, then the user's by id
   * @param problems one per user file that could not be used; the rest loaded anyway
   */
  public record Loaded(Map<String, VoiceProfile> profiles, List<VoiceFileException> problems) {
    public Loaded {
      profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
      problems = List.copyOf(problems);
    }

    /** The profile with this id, else the default one (which is always there). */
    public VoiceProfile orDefault(String id) {
      VoiceProfile found = profiles.get(id);
      return found != null ? found : profiles.get(DEFAULT_ID);
    }
  }

  /**
   * The bundled profiles plus every {@code *.yaml} in {@code userDir}; a user profile with a
   * bundled id replaces it. A missing {@code userDir} simply adds nothing.
   *
   * @throws VoiceFileException only when a bundled profile is broken, which the tests rule out
   */
  public static Loaded load(Path userDir) throws VoiceFileException {
    return load(userDir, MAX_BYTES);
  }

  /**
   * A voice profile is a few lines; a bigger file is left out with a message, never read. The YAML
   * reader slows with the square of a file's size (a 2 MB file took 12 s, a 40 MB one never ended),
   * and profiles are read while Attune opens.
   */
  public static final int MAX_BYTES = 64 * 1024;

  static Loaded load(Path userDir, int maxBytes) throws VoiceFileException {
    Map<String, VoiceProfile> profiles = new LinkedHashMap<>();
    for (VoiceProfile profile : bundled()) {
      profiles.put(profile.id(), profile);
    }
    List<VoiceFileException> problems = new ArrayList<>();
    Map<String, VoiceProfile> users = new TreeMap<>();
    for (Path file : userFiles(userDir, problems)) {
      String name = file.getFileName().toString();
      try {
        long size = Files.size(file);
        if (size > maxBytes) {
          problems.add(
              new VoiceFileException(
                  Cause.shown(file),
                  0,
                  "too big: "
                      + (size + 1023) / 1024
                      + " KiB, where a voice profile may be at most "
                      + maxBytes / 1024
                      + " KiB, so it was left out. Shorten it, or move it out of the folder."));
          continue;
        }
        VoiceProfile profile = parse(Files.readString(file, StandardCharsets.UTF_8), name);
        users.put(profile.id(), profile);
      } catch (VoiceFileException e) {
        problems.add(e);
      } catch (IOException | RuntimeException e) {
        problems.add(new VoiceFileException(name, 0, "cannot be read: " + reason(e)));
      }
    }
    profiles.putAll(users);
    return new Loaded(profiles, problems);
  }

  /** The bundled profiles, in {@link #BUNDLED} order. */
  public static List<VoiceProfile> bundled() throws VoiceFileException {
    List<VoiceProfile> profiles = new ArrayList<>();
    for (String id : BUNDLED) {
      profiles.add(bundled(id));
    }
    return profiles;
  }

  /** The default bundled profile; a broken one is a packaging bug, so this throws unchecked. */
  public static VoiceProfile bundledDefault() {
    try {
      return bundled(DEFAULT_ID);
    } catch (VoiceFileException e) {
      throw new SpeechException("The bundled voice profile is broken: " + e.getMessage(), e);
    }
  }

  static VoiceProfile bundled(String id) throws VoiceFileException {
    String file = id + YAML;
    try (InputStream in = VoiceProfiles.class.getResourceAsStream(CLASSPATH_DIR + file)) {
      if (in == null) {
        throw new VoiceFileException(file, 0, "is missing from Attune's bundled voices");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      throw new VoiceFileException(file, 0, "cannot be read: " + reason(e));
    }
  }

  /**
   * Parses and checks one profile file.
   *
   * @param file the file name, used in messages; without {@code .yaml} it is the profile id
   */
  public static VoiceProfile parse(String yaml, String file) throws VoiceFileException {
    String id = file.endsWith(YAML) ? file.substring(0, file.length() - YAML.length()) : file;
    Optional<String> badId = VoiceProfile.checkId(id);
    if (badId.isPresent()) {
      throw new VoiceFileException(file, 0, badId.get() + "; rename the file");
    }
    Node root = compose(yaml, file);
    if (!(root instanceof MappingNode)) {
      throw new VoiceFileException(
          file,
          line(root),
          "should be a list of fields such as 'rate: 140', one a line; the fields are: "
              + fieldList());
    }
    List<FileProblems.Problem> problems = new ArrayList<>();
    Map<String, Node> fields = fields((MappingNode) root, problems);
    String baseVoice = text(fields, "base_voice", root, problems);
    double rate = number(fields, "rate", root, VoiceProfile::checkRate, problems);
    double pitch = number(fields, "pitch", root, VoiceProfile::checkPitch, problems);
    double range = number(fields, "pitch_range", root, VoiceProfile::checkPitchRange, problems);
    double volume = number(fields, "volume", root, VoiceProfile::checkVolume, problems);
    String description = text(fields, "description", root, problems);
    if (baseVoice != null) {
      VoiceProfile.checkBaseVoice(baseVoice)
          .ifPresent(
              p -> problems.add(new FileProblems.Problem(line(fields.get("base_voice")), p)));
    }
    if (description != null) {
      VoiceProfile.checkDescription(description)
          .ifPresent(
              p -> problems.add(new FileProblems.Problem(line(fields.get("description")), p)));
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
      throw new VoiceFileException(file, problems);
    }
    return new VoiceProfile(id, baseVoice, rate, pitch, range, volume, description.strip());
  }

  private static Node compose(String yaml, String file) throws VoiceFileException {
    Optional<Node> root;
    try {
      root = SafeYaml.compose(yaml, file);
    } catch (YamlProblem e) {
      throw new VoiceFileException(file, e.line(), e.getMessage());
    }
    if (root.isEmpty()) {
      throw new VoiceFileException(file, 0, "is empty; it needs the fields " + fieldList());
    }
    return root.get();
  }

  private static Map<String, Node> fields(MappingNode map, List<FileProblems.Problem> problems) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode)) {
        problems.add(new FileProblems.Problem(line(key), "field names must be plain words"));
        continue;
      }
      String name = ((ScalarNode) key).getValue();
      if (!FIELDS.contains(name)) {
        problems.add(
            new FileProblems.Problem(
                line(key),
                "unknown field '" + shown(name) + "'; the fields allowed are: " + fieldList()));
      } else if (fields.put(name, tuple.getValueNode()) != null) {
        problems.add(new FileProblems.Problem(line(key), "the field '" + name + "' appears twice"));
      }
    }
    return fields;
  }

  /** The text of a required field, or null after reporting why there is none. */
  private static String text(
      Map<String, Node> fields, String name, Node root, List<FileProblems.Problem> problems) {
    Node value = fields.get(name);
    if (value == null) {
      problems.add(new FileProblems.Problem(line(root), "the field '" + name + "' is missing"));
      return null;
    }
    if (!(value instanceof ScalarNode)) {
      problems.add(new FileProblems.Problem(line(value), "'" + name + "' should be plain text"));
      return null;
    }
    return ((ScalarNode) value).getValue().strip();
  }

  private static double number(
      Map<String, Node> fields,
      String name,
      Node root,
      Function<Double, Optional<String>> check,
      List<FileProblems.Problem> problems) {
    String text = text(fields, name, root, problems);
    if (text == null) {
      return Double.NaN;
    }
    int line = line(fields.get(name));
    if (!NUMBER.matcher(text).matches()) {
      problems.add(
          new FileProblems.Problem(
              line, "'" + name + "' should be a number such as 140, not '" + shown(text) + "'"));
      return Double.NaN;
    }
    double value = Double.parseDouble(text);
    check.apply(value).ifPresent(p -> problems.add(new FileProblems.Problem(line, p)));
    return value;
  }

  private static List<Path> userFiles(Path dir, List<VoiceFileException> problems) {
    List<Path> files = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + YAML)) {
      for (Path file : stream) {
        if (Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    } catch (NoSuchFileException e) {
      return files;
    } catch (IOException e) {
      problems.add(new VoiceFileException(Cause.shown(dir), 0, "cannot be read: " + reason(e)));
    }
    files.sort(null);
    return files;
  }

  private static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  private static String fieldList() {
    return "base_voice, rate, pitch, pitch_range, volume, description";
  }

  /** Why a file could not be read, in plain words: never file content or an exception's name. */
  private static String reason(Exception e) {
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "it is not plain text (UTF-8). Save it as UTF-8 text, or move it out of the folder.";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "Attune is not allowed to read it. Check its permissions.";
    }
    if (e instanceof IOException) {
      return "the disk reported a problem. Check the file, or move it out of the folder.";
    }
    return "its contents are not what a voice profile holds. Compare it with calm.yaml.";
  }
}
