package dev.attune;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of damaged input for the property tests of every parser: random bytes, invalid UTF-8,
 * NULs, byte order marks, huge lines, and text made of the pieces that mean something to YAML or to
 * a tab-separated line. Each shrinks towards fewer and shorter pieces, so a failure is reported
 * with a small input.
 */
public final class Nasty {
  private Nasty() {}

  /** Text fragments that mean something to YAML, to a line-based file, or to text handling. */
  public static final List<String> FRAGMENTS =
      List.of(
          ":",
          ": ",
          "- ",
          "-",
          "? ",
          ",",
          "[",
          "]",
          "{",
          "}",
          "#",
          "&a ",
          "*a",
          "!",
          "!!str ",
          "!!binary ",
          "!<tag:x> ",
          "|",
          "|-",
          ">",
          "'",
          "\"",
          "\\",
          "%YAML 1.2\n",
          "%TAG ! x:\n",
          "---\n",
          "...\n",
          "`",
          "@",
          "\t",
          "\r",
          "\r\n",
          "\n",
          "\n\n",
          " ",
          "  ",
          "\u0000",
          "\u0007",
          "\u001b[2J",
          "\u0085",
          "\u00a0",
          "\u2028",
          "\u2029",
          "\ufeff",
          "\ufffe",
          "\ufffd",
          "\ud83d\ude00",
          "\u202e",
          "ß",
          "İ",
          "ı",
          "e\u0301",
          "中文",
          "~",
          "null",
          "true",
          "no",
          "0x1F",
          ".nan",
          "-.inf",
          "1e400",
          "99999999999999999999",
          "-1",
          "0",
          "<<: *a\n",
          "{who}",
          "{x}",
          "a",
          "id",
          "id: ",
          "x.wav",
          "x.wav\t",
          "ah1",
          "v ah1 l");

  /** Byte sequences that are not UTF-8, or not where they stand. */
  static final List<byte[]> INVALID_UTF8 =
      List.of(
          bytes(0x80),
          bytes(0xbf),
          bytes(0xc0, 0x80),
          bytes(0xc1, 0xbf),
          bytes(0xe2, 0x82),
          bytes(0xed, 0xa0, 0x80),
          bytes(0xed, 0xbf, 0xbf),
          bytes(0xf0, 0x9f, 0x98),
          bytes(0xf4, 0x90, 0x80, 0x80),
          bytes(0xf5),
          bytes(0xfe),
          bytes(0xff));

  /** Byte order marks: UTF-8's, UTF-16's both ways, UTF-32's, and UTF-8's twice. */
  static final List<byte[]> BOMS =
      List.of(
          bytes(0xef, 0xbb, 0xbf),
          bytes(0xfe, 0xff),
          bytes(0xff, 0xfe),
          bytes(0x00, 0x00, 0xfe, 0xff),
          bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf));

  /**
   * Damaged bytes of every kind. {@code seeds} are valid files of the parser under test: some
   * inputs are those, damaged in a few places, so the parser gets past its first line.
   */
  public static Arbitrary<byte[]> bytes(List<String> seeds) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)),
        Tuple.of(3, pieces(60).map(Nasty::join)),
        Tuple.of(4, mutated(seeds)),
        Tuple.of(1, hugeLine()),
        Tuple.of(
            1,
            Combinators.combine(Arbitraries.of(BOMS), Arbitraries.of(seeds))
                .as((bom, seed) -> concat(bom, seed.getBytes(StandardCharsets.UTF_8)))));
  }

  /**
   * Damaged text, for parsers handed a string: the bytes above as the app decodes them (bad UTF-8
   * becomes U+FFFD), and strings no decoder makes: lone surrogates, and a character outside the
   * Basic Multilingual Plane anywhere near a reader's 1024-character buffer edge.
   */
  public static Arbitrary<String> text(List<String> seeds) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, bytes(seeds).map(b -> new String(b, StandardCharsets.UTF_8))),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(400)),
        Tuple.of(
            2,
            Combinators.combine(
                    Arbitraries.of(seeds),
                    Arbitraries.integers().between(1016, 1032),
                    Arbitraries.of("\ud83d\ude00", "\ud83d\ude00", "\ud800", "\udc00"))
                .as(Nasty::paddedTo)));
  }

  /** One line, 5,000 to 80,000 characters long, alone or as a field's value. */
  public static Arbitrary<byte[]> hugeLine() {
    return Combinators.combine(
            Arbitraries.of("", "a: ", "- ", "x.wav\t", "#", "word "),
            Arbitraries.of("x", "é", "\u0000", "\ud83d\ude00", "[", "a "),
            Arbitraries.integers().between(5_000, 80_000))
        .as((head, unit, length) -> (head + unit.repeat(length / unit.length())))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  /** 0 to {@code most} pieces: fragments, invalid UTF-8, random characters and random bytes. */
  private static Arbitrary<List<byte[]>> pieces(int most) {
    Arbitrary<byte[]> piece =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(FRAGMENTS).map(Nasty::utf8)),
            Tuple.of(2, Arbitraries.of(INVALID_UTF8)),
            Tuple.of(2, Arbitraries.strings().all().ofMaxLength(8).map(Nasty::utf8)),
            Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(8)));
    return piece.list().ofMaxSize(most);
  }

  /** A seed with 1 to 6 pieces put in, over or instead of what stood there. */
  private static Arbitrary<byte[]> mutated(List<String> seeds) {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 40),
                pieces(3).map(Nasty::join))
            .as(Edit::new);
    return Combinators.combine(Arbitraries.of(seeds), edit.list().ofMinSize(1).ofMaxSize(6))
        .as(
            (seed, edits) -> {
              byte[] text = utf8(seed);
              for (Edit e : edits) {
                text = e.apply(text);
              }
              return text;
            });
  }

  /** Inserts, overwrites or cuts at a place chosen as a fraction of the length. */
  private record Edit(int where, int kind, int cut, byte[] piece) {
    byte[] apply(byte[] text) {
      int at = (int) ((long) where * text.length / 1_000_000);
      int end = Math.min(text.length, at + (kind == 0 ? 0 : cut));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(text, 0, at);
      if (kind != 2) {
        out.write(piece, 0, piece.length);
      }
      out.write(text, end, text.length - end);
      return out.toByteArray();
    }
  }

  /** {@code seed} after a comment that puts {@code odd} at char {@code at}. */
  private static String paddedTo(String seed, int at, String odd) {
    return "#" + "a".repeat(at - 1) + odd + "\n" + seed;
  }

  private static byte[] join(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(p -> out.write(p, 0, p.length));
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return join(List.of(a, b));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
