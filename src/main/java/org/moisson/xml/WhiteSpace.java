package org.moisson.xml;

/**
 * White-space folding, as {@code s.replaceAll("\\s+", " ")} does it but without a regular
 * expression: mappers fold every text they read, and compiling and running a pattern over whole
 * descriptions was a fair share of mapping a record.
 */
public final class WhiteSpace {
  private WhiteSpace() {}

  /** Every run of the characters {@code \s} matches (space, tab, line feed, VT, form feed, CR) becomes one space. */
  public static String fold(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) break;
      i++;
    }
    if (i == n) return s;
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        sb.append(' ');
        while (i < n && isSpace(s.charAt(i))) i++;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
