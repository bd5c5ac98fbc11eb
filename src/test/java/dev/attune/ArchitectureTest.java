package dev.attune;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import dev.attune.app.ArchFixtureCommandPrints;
import dev.attune.app.Main;
import dev.attune.deck.ArchFixtureCycleDeck;
import dev.attune.deck.ArchFixtureStarImportsTheStore;
import dev.attune.deck.parts.ArchFixtureCyclePart;
import dev.attune.report.ArchFixtureDrawsWithoutNamingAwt;
import dev.attune.report.ArchFixtureKeepsItsOwnDatabase;
import dev.attune.session.ArchFixtureLoadsSwingByName;
import dev.attune.session.ArchFixtureSpeaksForItself;
import dev.attune.speech.Speaker;
import dev.attune.speech.Utterance;
import dev.attune.speech.VoiceProfile;
import dev.attune.store.ArchFixtureSyncsToTheCloud;
import dev.attune.ui.ArchFixtureMakesItsOwnSpeaker;
import dev.attune.ui.checkin.ArchFixtureScreenUsesTheKit;
import dev.attune.ui.home.ArchFixtureHomeKnowsTheWindow;
import dev.attune.ui.kit.ArchFixtureKitUsesAScreen;
import dev.attune.ui.kit.ArchFixtureReadsTheHistory;
import dev.attune.yaml.ArchFixtureCycleYaml;
import java.lang.invoke.MethodHandles;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The packages are the architecture (STYLE.md; README, "Architecture"). Each rule is checked with
 * ArchUnit on the compiled main classes, so a star import, a name written out in full or a type
 * that is only ever held in a {@code var} counts like any import. Each rule is also run, as the
 * very same object, on fixture classes that break it ({@code ArchFixture*} in the test sources, in
 * the packages whose rules they break), to prove it can fail and names the culprit.
 */
class ArchitectureTest {
  static final String ATTUNE = "dev.attune";
  static final Set<String> PACKAGES =
      Set.of("app", "deck", "disk", "report", "session", "speech", "store", "ui", "yaml");

  /** Attune's main classes as compiled: no test class, so no fixture either. */
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ATTUNE);

  /** The only types of {@code speech} that {@code ui} may see (with their nested types). */
  static final String SPEECH_API = "speech: Speaker, Utterance, VoiceProfile";

  static final DescribedPredicate<JavaClass> SPEECH_FOR_UI =
      belongToAnyOf(Speaker.class, Utterance.class, VoiceProfile.class)
          .as("Speaker, Utterance, VoiceProfile");

  /**
   * Which Attune package may depend on which. A package includes its sub-packages ({@code
   * dev.attune.ui..} is also {@code ui.kit}, {@code ui.checkin}), so splitting one keeps its fence.
   * {@code app} may use every package and no package may use {@code app}. Only dependencies between
   * Attune's own classes count here; libraries have their own rule.
   */
  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          // A fixture check imports a few classes, leaving most layers empty; the package check
          // below is what notices a package that is gone.
          .withOptionalLayers(true)
          .layer("app")
          .definedBy("dev.attune.app..")
          .layer("ui")
          .definedBy("dev.attune.ui..")
          .layer("report")
          .definedBy("dev.attune.report..")
          .layer("store")
          .definedBy("dev.attune.store..")
          .layer("session")
          .definedBy("dev.attune.session..")
          .layer("deck")
          .definedBy("dev.attune.deck..")
          .layer(SPEECH_API)
          .definedBy(SPEECH_FOR_UI)
          .layer("speech")
          .definedBy(resideInAPackage("dev.attune.speech..").and(not(SPEECH_FOR_UI)))
          .layer("yaml")
          .definedBy("dev.attune.yaml..")
          // Why the disk said no, in words: every layer that touches files may use it.
          .layer("disk")
          .definedBy("dev.attune.disk..")
          .whereLayer("disk")
          .mayNotAccessAnyLayer()
          .whereLayer("yaml")
          .mayOnlyAccessLayers("disk")
          .whereLayer("deck")
          .mayOnlyAccessLayers("yaml", "disk")
          .whereLayer("session")
          .mayOnlyAccessLayers("deck")
          .whereLayer("speech")
          .mayOnlyAccessLayers(SPEECH_API, "yaml", "disk")
          .whereLayer(SPEECH_API)
          .mayOnlyAccessLayers("speech", "yaml", "disk")
          .whereLayer("store")
          .mayOnlyAccessLayers("deck", "session", "disk")
          // report never sees store: it takes the plain records store returns, from session.
          .whereLayer("report")
          .mayOnlyAccessLayers("deck", "session", "disk")
          // ui sees interfaces and values; only app creates concrete speakers and stores.
          .whereLayer("ui")
          .mayOnlyAccessLayers("deck", "session", SPEECH_API)
          .ensureAllClassesAreContainedInArchitecture();

  /**
   * Inside {@code ui}: {@code kit} uses no other part of it; an area uses {@code kit} ({@code
   * settings} also {@code history} and {@code lock}); only {@code nav} knows every area, and no
   * area knows {@code nav}. Screens are given {@code kit}'s interfaces, never the window.
   */
  static final ArchRule UI_INSIDE =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("nav")
          .definedBy("dev.attune.ui.nav..")
          .layer("settings")
          .definedBy("dev.attune.ui.settings..")
          .layer("history")
          .definedBy("dev.attune.ui.history..")
          .layer("lock")
          .definedBy("dev.attune.ui.lock..")
          .layer("other areas")
          .definedBy("dev.attune.ui.home..", "dev.attune.ui.checkin..", "dev.attune.ui.board..")
          .layer("kit")
          .definedBy("dev.attune.ui.kit..")
          .whereLayer("kit")
          .mayNotAccessAnyLayer()
          .whereLayer("other areas")
          .mayOnlyAccessLayers("kit")
          .whereLayer("history")
          .mayOnlyAccessLayers("kit")
          .whereLayer("lock")
          .mayOnlyAccessLayers("kit")
          .whereLayer("settings")
          .mayOnlyAccessLayers("kit", "history", "lock");

  /** Each outside library, only inside the packages that own it. */
  static final ArchRule LIBRARIES =
      CompositeArchRule.of(
              only(
                  List.of("speech"),
                  "com.sun.speech..", // FreeTTS
                  "de.dfki.lt.freetts..", // FreeTTS
                  "javax.speech..", // the JSAPI inside the FreeTTS jar
                  "javax.sound.."))
          .and(only(List.of("store"), "java.sql..", "org.sqlite.."))
          .and(only(List.of("ui", "app"), "com.formdev.."))
          .and(only(List.of("report"), "org.apache.pdfbox..", "org.apache.fontbox..")) // PDFBox
          .and(only(List.of("report"), "org.apache.commons.csv.."))
          .and(only(List.of("ui"), "org.knowm.xchart.."))
          // Decks and voice profiles are YAML files: deck and speech read them through yaml's
          // SafeYaml and walk the node trees it returns.
          .and(only(List.of("yaml", "deck", "speech"), "org.snakeyaml.."))
          .and(only(List.of("app"), "org.apache.commons.cli.."));

  static ArchRule only(List<String> owners, String... libraries) {
    String[] inside = owners.stream().map(p -> ATTUNE + "." + p + "..").toArray(String[]::new);
    return noClasses()
        .that()
        .resideOutsideOfPackages(inside)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(libraries);
  }

  /** Windows stay in ui (and app, which starts them): everything else is testable headless. */
  static final ArchRule NO_SWING_OR_AWT =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.attune.ui..", "dev.attune.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.swing..", "java.awt..");

  /**
   * Everything stays on this computer. No exception is needed: main code uses nothing from {@code
   * java.net}, not even {@code URI} or {@code URL} (resources are read as streams).
   */
  static final ArchRule NO_NETWORK =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net..", "javax.net..", "java.rmi..", "jdk.net..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(
              SocketChannel.class,
              ServerSocketChannel.class,
              DatagramChannel.class,
              AsynchronousSocketChannel.class,
              AsynchronousServerSocketChannel.class,
              NetworkChannel.class)
          .because("Attune keeps everything on this computer: no network, no account");

  /** No cycle between the top packages, each taken with its sub-packages. */
  static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
      slices().matching("dev.attune.(*)..").should().beFreeOfCycles();

  /**
   * No cycle between any two packages, sub-packages included: when {@code ui} is split, {@code
   * ui.kit} and {@code ui.checkin} may not use each other both ways, nor {@code ui} and one of its
   * sub-packages (shared parts go down into {@code ui.kit}, not up into {@code ui}).
   */
  static final ArchRule NO_CYCLES_BETWEEN_SUB_PACKAGES =
      slices().matching("dev.attune.(**)").should().beFreeOfCycles();

  /**
   * Both: each sees cycles the other cannot (a cycle through a sub-package, or inside one top
   * package).
   */
  static final ArchRule NO_CYCLES =
      CompositeArchRule.of(NO_CYCLES_BETWEEN_PACKAGES).and(NO_CYCLES_BETWEEN_SUB_PACKAGES);

  /**
   * Only the command line prints ({@code System.out}, {@code System.err}, or {@code
   * printStackTrace()}, which writes to {@code System.err}); everything else logs (the log never
   * holds answers) or writes to the {@code PrintStream} Main hands it.
   */
  static final ArchRule ONLY_MAIN_PRINTS =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Main.class.getName())
          .should(ACCESS_STANDARD_STREAMS);

  /**
   * A class named in a string is no dependency: the class file holds only the string, so neither
   * ArchUnit nor any other dependency check can see what it loads. Main code never loads a class by
   * name, and this rule keeps it so, which is what lets the rules above be trusted.
   */
  static final ArchRule NO_CLASS_LOADED_BY_NAME =
      noClasses()
          .should()
          .callMethodWhere(target(owner(type(Class.class))).and(target(name("forName"))))
          .orShould()
          .callMethodWhere(
              target(owner(assignableTo(ClassLoader.class))).and(target(name("loadClass"))))
          .orShould()
          .callMethodWhere(
              target(owner(type(MethodHandles.Lookup.class))).and(target(name("findClass"))))
          .because("a class loaded by name hides its dependency from every other rule");

  /** Checks {@code rule} on just these fixtures: it must fail, naming each one and the offence. */
  static void assertCaught(ArchRule rule, List<Class<?>> fixtures, String... offences) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    AssertionError error = assertThrows(AssertionError.class, () -> rule.check(classes));
    String message = error.getMessage();
    for (Class<?> fixture : fixtures) {
      assertTrue(message.contains(fixture.getName()), fixture.getName() + " in:\n" + message);
    }
    for (String offence : offences) {
      assertTrue(message.contains(offence), offence + " in:\n" + message);
    }
  }

  /** Packages of {@code classes} with no {@code package-info.java} under {@code sources}. */
  static Set<String> withoutPackageInfo(JavaClasses classes, Path sources) {
    Set<String> missing = new TreeSet<>();
    for (JavaClass c : classes) {
      Path dir = sources.resolve(c.getPackageName().replace('.', '/'));
      if (!Files.exists(dir.resolve("package-info.java"))) {
        missing.add(c.getPackageName());
      }
    }
    return missing;
  }

  @Nested
  class Packages {
    @Test
    void theMainClasses_areImported_andNoTestClass() {
      assertTrue(MAIN.contain(Main.class), "the rules see the main classes");
      assertTrue(MAIN.size() > 100, "all of them: " + MAIN.size());
      assertFalse(MAIN.contain(ArchitectureTest.class));
      assertFalse(MAIN.contain(ArchFixtureStarImportsTheStore.class));
    }

    @Test
    void everyPackage_isKnown_andHasAPackageInfo() {
      Set<String> top = new TreeSet<>();
      for (JavaClass c : MAIN) {
        String pkg = c.getPackageName();
        assertTrue(pkg.startsWith(ATTUNE + "."), c.getName() + " is outside the packages");
        top.add(pkg.substring(ATTUNE.length() + 1).split("\\.")[0]);
      }
      assertEquals(new TreeSet<>(PACKAGES), top);
      assertEquals(Set.of(), withoutPackageInfo(MAIN, Path.of("src/main/java")));
    }

    @Test
    void aPackageWithoutPackageInfo_isFound() {
      // The fixture's test package dev.attune.ui.kit has no package-info.java.
      JavaClasses fixture = new ClassFileImporter().importClasses(ArchFixtureReadsTheHistory.class);
      assertEquals(
          Set.of("dev.attune.ui.kit"), withoutPackageInfo(fixture, Path.of("src/test/java")));
    }
  }

  @Nested
  class Layering {
    @Test
    void holds() {
      LAYERS.check(MAIN);
    }

    @Test
    void catchesAStarImport_aConcreteSpeakerInUi_andASubPackageOfUi() {
      assertCaught(
          LAYERS,
          List.of(
              ArchFixtureStarImportsTheStore.class,
              ArchFixtureMakesItsOwnSpeaker.class,
              ArchFixtureReadsTheHistory.class),
          "<dev.attune.store.Database>",
          "<dev.attune.speech.SilentSpeaker.<init>()>",
          "<dev.attune.store.SqliteHistory>");
    }
  }

  @Nested
  class InsideUi {
    @Test
    void holds() {
      UI_INSIDE.check(MAIN);
    }

    @Test
    void catchesAnAreaThatKnowsTheWindow_andAKitThatKnowsAnArea() {
      assertCaught(
          UI_INSIDE,
          List.of(ArchFixtureHomeKnowsTheWindow.class, ArchFixtureKitUsesAScreen.class),
          "<dev.attune.ui.nav.Controller.tapped()>",
          "<dev.attune.ui.checkin.ArchFixtureScreenUsesTheKit>");
    }
  }

  @Nested
  class Libraries {
    @Test
    void holds() {
      LIBRARIES.check(MAIN);
    }

    @Test
    void catchesJdbcInReport_andFreeTtsWrittenOutInSession() {
      assertCaught(
          LIBRARIES,
          List.of(ArchFixtureKeepsItsOwnDatabase.class, ArchFixtureSpeaksForItself.class),
          "<java.sql.DriverManager.getConnection(java.lang.String)>",
          "<com.sun.speech.freetts.VoiceManager.getInstance()>");
    }
  }

  @Nested
  class SwingAndAwt {
    @Test
    void holds() {
      NO_SWING_OR_AWT.check(MAIN);
    }

    @Test
    void catchesAwt_thatTheSourceNeverNames() {
      assertCaught(
          NO_SWING_OR_AWT,
          List.of(ArchFixtureDrawsWithoutNamingAwt.class),
          "<java.awt.image.BufferedImage.getWidth()>");
    }

    @Test
    void cannotSee_aClassLoadedByName() {
      // The limit of any dependency rule: Class.forName("javax.swing.JButton") holds Swing only
      // in a string, which is no dependency, so this rule passes the fixture. That is why
      // NO_CLASS_LOADED_BY_NAME exists (see LoadingByName).
      JavaClasses reflective =
          new ClassFileImporter().importClasses(ArchFixtureLoadsSwingByName.class);
      assertDoesNotThrow(() -> NO_SWING_OR_AWT.check(reflective));
    }
  }

  @Nested
  class Network {
    @Test
    void holds() {
      NO_NETWORK.check(MAIN);
    }

    @Test
    void catchesASocketBehindAStarImport_andAUdpChannel() {
      assertCaught(
          NO_NETWORK,
          List.of(ArchFixtureSyncsToTheCloud.class),
          "<java.net.Socket.<init>(java.lang.String, int)>",
          "<java.nio.channels.DatagramChannel.open()>");
    }
  }

  @Nested
  class Cycles {
    @Test
    void holds() {
      NO_CYCLES.check(MAIN);
    }

    @Test
    void catchesACycleBetweenPackages_andBetweenSubPackages() {
      assertCaught(
          NO_CYCLES,
          List.of(
              ArchFixtureCycleDeck.class,
              ArchFixtureCycleYaml.class,
              ArchFixtureCyclePart.class,
              ArchFixtureKitUsesAScreen.class,
              ArchFixtureScreenUsesTheKit.class),
          "Cycle detected: Slice deck",
          "Cycle detected: Slice ui.checkin");
    }

    @Test
    void eachHalf_seesACycleTheOtherCannot() {
      JavaClasses throughASubPackage =
          new ClassFileImporter()
              .importClasses(
                  ArchFixtureCycleDeck.class,
                  ArchFixtureCycleYaml.class,
                  ArchFixtureCyclePart.class);
      JavaClasses insideUi =
          new ClassFileImporter()
              .importClasses(ArchFixtureKitUsesAScreen.class, ArchFixtureScreenUsesTheKit.class);

      assertThrows(
          AssertionError.class, () -> NO_CYCLES_BETWEEN_PACKAGES.check(throughASubPackage));
      assertDoesNotThrow(() -> NO_CYCLES_BETWEEN_SUB_PACKAGES.check(throughASubPackage));
      assertThrows(AssertionError.class, () -> NO_CYCLES_BETWEEN_SUB_PACKAGES.check(insideUi));
      assertDoesNotThrow(() -> NO_CYCLES_BETWEEN_PACKAGES.check(insideUi));
    }
  }

  @Nested
  class Printing {
    @Test
    void holds() {
      ONLY_MAIN_PRINTS.check(MAIN);
    }

    @Test
    void main_printsIndeed_soTheExemptionIsNeeded() {
      // With holds(), this shows the exemption is exactly as wide as it must be: Main alone.
      ArchRule mainPrints =
          noClasses()
              .that()
              .haveFullyQualifiedName(Main.class.getName())
              .should(ACCESS_STANDARD_STREAMS);
      assertThrows(AssertionError.class, () -> mainPrints.check(MAIN));
    }

    @Test
    void catchesAnotherCommandBesideMain_printing() {
      assertCaught(
          ONLY_MAIN_PRINTS,
          List.of(ArchFixtureCommandPrints.class),
          "<java.lang.System.out>",
          "<java.lang.System.err>",
          "<java.lang.RuntimeException.printStackTrace()>");
    }
  }

  @Nested
  class LoadingByName {
    @Test
    void holds() {
      NO_CLASS_LOADED_BY_NAME.check(MAIN);
    }

    @Test
    void catchesSwingLoadedByName() {
      assertCaught(
          NO_CLASS_LOADED_BY_NAME,
          List.of(ArchFixtureLoadsSwingByName.class),
          "<java.lang.Class.forName(java.lang.String)>");
    }
  }
}
