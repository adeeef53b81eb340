package org.moisson.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's ASCII folding ("é" → "e", "ﬁ" → "fi", "⑽" → "(10)"), read from a table. Lucene's
 * {@link ASCIIFoldingFilter#foldToASCII(char[], int, char[], int, int)} is one switch of 14 KB of
 * bytecode, over the JIT's limit for huge methods, so the JVM interprets it: about 240 ns a word
 * with an accent against 20 once compiled (9% of the indexing samples of a synthetic harvest). Its
 * folding is per character, so a table of each character's folding, built from it once, gives
 * exactly its results.
 */
final class AsciiFolding {
  /** Per character from U+0080, what it folds to; null for a character left as it is. */
  private static final char[][] FOLDED = table();

  private AsciiFolding() {}

  private static char[][] table() {
    char[][] table = new char[Character.MAX_VALUE + 1 - 0x80][];
    char[] in = new char[1];
    char[] out = new char[8];
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      in[0] = (char) c;
      int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
      if (n != 1 || out[0] != c) table[c - 0x80] = Arrays.copyOf(out, n);
    }
    return table;
  }

  /** Whether any of the first length characters is outside ASCII, the only ones folding changes. */
  static boolean needed(char[] in, int length) {
    for (int i = 0; i < length; i++) {
      if (in[i] >= '\u0080') return true;
    }
    return false;
  }

  /**
   * Folds length characters of in from inPos into out from outPos, as
   * ASCIIFoldingFilter.foldToASCII does; out needs room for four characters per character in.
   *
   * @return the position in out after the last character written
   */
  static int fold(char[] in, int inPos, char[] out, int outPos, int length) {
    int o = outPos;
    for (int i = inPos, end = inPos + length; i < end; i++) {
      char c = in[i];
      char[] folded = c < '\u0080' ? null : FOLDED[c - 0x80];
      if (folded == null) {
        out[o++] = c;
      } else {
        for (char f : folded) out[o++] = f;
      }
    }
    return o;
  }

  /** The token filter, in place of {@link ASCIIFoldingFilter} without preserveOriginal. */
  static final class Filter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] output = new char[64];

    Filter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      int length = term.length();
      if (needed(term.buffer(), length)) {
        if (output.length < 4 * length) output = new char[Math.max(4 * length, output.length * 2)];
        int n = fold(term.buffer(), 0, output, 0, length);
        term.copyBuffer(output, 0, n);
      }
      return true;
    }
  }
}
