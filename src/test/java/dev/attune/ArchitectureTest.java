package dev.attune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are the architecture (see STYLE.md). This reads every main source file and fails on
 * a reference that crosses a fence, in an import or written out in full.
 */
class ArchitectureTest {
  static final Path MAIN = Path.of("src/main/java/dev/attune");
  static final Set<String> PACKAGES =
      Set.of("app", "deck", "report", "session", "speech", "store", "ui", "yaml");

  static final String SWING = "javax.swing.";
  static final String AWT = "java.awt.";
  static final String FLATLAF = "com.formdev.";
  static final String JDBC = "java.sql.";
  static final String SQLITE = "org.sqlite.";
  static final String FREETTS = "com.sun.speech.";
  static final String SOUND = "javax.sound.";
  static final String PDFBOX = "org.apache.pdfbox.";
  static final String XCHART = "org.knowm.xchart.";
  static final String CSV = "org.apache.commons.csv.";

  /** Which packages may use each outside library. */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          SWING, Set.of("ui", "app"),
          AWT, Set.of("ui", "app"),
          FLATLAF, Set.of("ui", "app"),
          JDBC, Set.of("store"),
          SQLITE, Set.of("store"),
          FREETTS, Set.of("speech"),
          SOUND, Set.of("speech"),
          PDFBOX, Set.of("report"),
          // ui draws the pain chart; app hands it to report as PNG bytes.
          XCHART, Set.of("ui"),
          CSV, Set.of("report"));

  /** Which Attune packages each package may use. */
  static final Map<String, Set<String>> ATTUNE =
      Map.of(
          "yaml", Set.of(),
          "deck", Set.of("yaml"),
          "session", Set.of("deck"),
          "speech", Set.of("yaml"),
          "store", Set.of("deck", "session"),
          // report never sees store: it takes the plain records store returns, from session.
          "report", Set.of("deck", "session"),
          "ui", Set.of("deck", "session", "speech"),
          "app", Set.of("deck", "report", "session", "speech", "store", "ui"));

  /** The only types of {@code speech} that {@code ui} may see: the interfaces and values. */
  static final Set<String> SPEECH_FOR_UI = Set.of("Speaker", "Utterance", "VoiceProfile");

  static final Pattern ATTUNE_REF = Pattern.compile("dev\\.attune\\.([a-z]+)\\.([A-Z]\\w*)");

  record Source(String pkg, Path file, String code) {}

  static List<Source> sources() throws IOException {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file).getName(0).toString();
        sources.add(new Source(pkg, file, withoutComments(Files.readString(file))));
      }
    }
    return sources;
  }

  /** Comments may name what a package must not use; only code counts. */
  static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
  }

  @Test
  void everyPackage_isKnownAndSaysWhatItOwns() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      Set<String> found = Set.copyOf(dirs.map(d -> d.getFileName().toString()).toList());
      assertEquals(PACKAGES, found);
    }
    for (String pkg : PACKAGES) {
      assertTrue(Files.exists(MAIN.resolve(pkg).resolve("package-info.java")), pkg);
    }
  }

  @Test
  void librariesStayInsideTheirPackages() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source source : sources()) {
      for (Map.Entry<String, Set<String>> rule : ALLOWED.entrySet()) {
        if (source.code().contains(rule.getKey()) && !rule.getValue().contains(source.pkg())) {
          violations.add(source.file() + " uses " + rule.getKey() + "*");
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void attunePackagesDependOnlyDownwards() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source source : sources()) {
      Matcher m = ATTUNE_REF.matcher(source.code());
      while (m.find()) {
        String target = m.group(1);
        if (target.equals(source.pkg())) {
          continue;
        }
        if (!ATTUNE.get(source.pkg()).contains(target)) {
          violations.add(source.file() + " uses dev.attune." + target + "." + m.group(2));
        } else if (source.pkg().equals("ui")
            && target.equals("speech")
            && !SPEECH_FOR_UI.contains(m.group(2))) {
          violations.add(source.file() + " uses the concrete speech class " + m.group(2));
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void noNetworkCode_anywhere() throws IOException {
    List<String> violations = new ArrayList<>();
    Pattern network =
        Pattern.compile(
            "java\\.net\\.(Socket|ServerSocket|URL|HttpURLConnection|http\\.)|java\\.nio\\.channels\\.(Socket|ServerSocket)");
    for (Source source : sources()) {
      if (network.matcher(source.code()).find()) {
        violations.add(source.file().toString());
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theFenceCatchesAStrayImport() {
    String stray =
        withoutComments(
            "package x;\n// javax.swing.JButton in a comment is fine\nimport java.sql.Connection;\n");
    assertTrue(stray.contains(JDBC));
    assertTrue(!stray.contains(SWING));
  }
}
