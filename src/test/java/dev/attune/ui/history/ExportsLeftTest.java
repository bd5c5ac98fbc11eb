package dev.attune.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every export is named on screen while they fit; heard, the first five; the rest counted. */
class ExportsLeftTest {
  static final String ASKED = "Delete everything?";

  static List<Path> exports(int inHome, int onStick) {
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= inHome; i++) {
      files.add(Path.of("/home/sam/attune-answers-" + i + ".csv"));
    }
    for (int i = 1; i <= onStick; i++) {
      files.add(Path.of("/media/stick/report-" + i + ".pdf"));
    }
    return files;
  }

  @Test
  void none_leavesTheQuestionAsItIs() {
    assertEquals("", ExportsLeft.shown(List.of()));
    assertEquals(ASKED, ExportsLeft.heard(ASKED, List.of()));
  }

  @Test
  void eight_areAllShown_oneALine_andFiveHeard_thenTheRestCountedWithTheirFolders() {
    List<Path> files = exports(6, 2);
    List<String> lines = List.of(ExportsLeft.shown(files).split("\n"));
    assertEquals("These exports are outside Attune's folder and are not deleted:", lines.get(0));
    assertEquals(files.stream().map(Path::toString).toList(), lines.subList(1, 9), "every one");
    assertEquals(List.of("Delete them yourself if you want them gone."), lines.subList(9, 10));
    assertEquals(10, lines.size(), lines::toString);
    assertEquals(
        ASKED
            + " These exports are outside Attune's folder and are not deleted:"
            + " /home/sam/attune-answers-1.csv, /home/sam/attune-answers-2.csv,"
            + " /home/sam/attune-answers-3.csv, /home/sam/attune-answers-4.csv,"
            + " /home/sam/attune-answers-5.csv, and 3 more, in /home/sam, /media/stick."
            + " Delete them yourself if you want them gone.",
        ExportsLeft.heard(ASKED, files));
  }

  @Test
  void five_areAllHeard() {
    String heard = ExportsLeft.heard(ASKED, exports(5, 0));
    assertEquals(5, heard.split("\\.csv").length - 1, heard);
    assertEquals(-1, heard.indexOf("more"), heard);
  }

  @Test
  void moreThanFit_showTheFirstSeven_thenHowManyMoreAndWhere() {
    String shown = ExportsLeft.shown(exports(10, 2));
    List<String> lines = List.of(shown.split("\n"));
    assertEquals("/home/sam/attune-answers-7.csv", lines.get(7));
    assertEquals("and 5 more, in /home/sam, /media/stick", lines.get(8));
    assertEquals("Delete them yourself if you want them gone.", lines.get(9));
    assertEquals(10, lines.size(), shown);
  }
}
