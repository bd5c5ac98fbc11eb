package dev.attune.report;

import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;

/**
 * Breaks "no AWT outside ui and app" without ever writing {@code java.awt}: {@code ImageIO.read}
 * returns a {@code java.awt.image.BufferedImage}, held in a {@code var}. The old regex test read
 * the text and saw nothing; the compiled class calls {@code BufferedImage.getWidth()}.
 */
public final class ArchFixtureDrawsWithoutNamingAwt {
  private ArchFixtureDrawsWithoutNamingAwt() {}

  public static int width(InputStream png) throws IOException {
    var image = ImageIO.read(png);
    return image.getWidth();
  }
}
