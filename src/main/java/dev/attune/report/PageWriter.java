package dev.attune.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays text, an image and table rows down one page, top to bottom, in Helvetica. Text Helvetica
 * cannot encode (a name in another script) is shown as "?" rather than failing the report.
 */
final class PageWriter {
  static final float MARGIN = 48;
  static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float SIZE = 9.5f;
  private static final float LEADING = 12.5f;
  private static final float ROW = 11.5f;
  private static final float[] COLUMNS = {68, 78, 58, 148, 147};

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDPageContentStream content;
  private float y;

  PageWriter(PDPageContentStream content, PDRectangle page) {
    this.content = content;
    this.y = page.getHeight() - MARGIN;
  }

  void title(String text) throws IOException {
    y -= 18;
    text(bold, 17, MARGIN, text);
    y -= 10;
  }

  void heading(String text) throws IOException {
    y -= LEADING;
    text(bold, 11, MARGIN, text);
    y -= 3;
  }

  void line(String text) throws IOException {
    y -= LEADING;
    text(regular, SIZE, MARGIN, fit(regular, SIZE, text, WIDTH));
  }

  /** Wraps at word boundaries over as many lines as it needs. */
  void paragraph(String text) throws IOException {
    for (String line : wrap(regular, SIZE, safe(regular, text), WIDTH)) {
      line(line);
    }
  }

  void gap() {
    y -= LEADING / 2;
  }

  void image(PDImageXObject image, float height) throws IOException {
    y -= height;
    content.drawImage(image, MARGIN, y, WIDTH, height);
  }

  boolean roomForRows(int rows) {
    // Keep the last line free for "and N more".
    return y - rows * ROW - LEADING >= MARGIN;
  }

  void row(boolean header, String... cells) throws IOException {
    y -= ROW;
    PDType1Font font = header ? bold : regular;
    float x = MARGIN;
    for (int i = 0; i < cells.length && i < COLUMNS.length; i++) {
      text(font, SIZE, x, fit(font, SIZE, cells[i], COLUMNS[i] - 6));
      x += COLUMNS[i];
    }
  }

  private void text(PDType1Font font, float size, float x, String text) throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(safe(font, text));
    content.endText();
  }

  /** Cuts {@code text} to {@code width}, ending with "..." when it was cut. */
  static String fit(PDType1Font font, float size, String text, float width) throws IOException {
    String safe = safe(font, text);
    if (width(font, size, safe) <= width) {
      return safe;
    }
    String cut = safe;
    while (!cut.isEmpty() && width(font, size, cut + "...") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.strip() + "...";
  }

  static List<String> wrap(PDType1Font font, float size, String text, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(font, size, tried) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(tried);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(PDType1Font font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Replaces each character the font cannot encode with "?". */
  static String safe(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              out.append(encodable(font, c) ? c : "?");
            });
    return out.toString();
  }

  private static boolean encodable(PDType1Font font, String c) {
    try {
      font.encode(c);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      // Not in WinAnsi: the caller shows "?" instead.
      return false;
    }
  }
}
