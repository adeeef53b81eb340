package org.moisson.harvest.schemaorg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <script type="application/ld+json">} blocks of an HTML page, found by a tolerant scan
 * rather than an HTML parser: script content is raw text in HTML (no entities, no nested tags), so
 * its end is the first {@code </script>}, and pages that break every other rule still get this one
 * right, since browsers depend on it too. Attributes in any order and quoting; a block wrapped in an
 * HTML comment or CDATA section (old CMS habits) is unwrapped.
 */
final class JsonLdScripts {
  static final int MAX_BLOCKS = 20;
  private static final String OPEN = "<script";
  private static final String CLOSE = "</script";
  private static final Pattern TYPE = Pattern.compile("\\btype\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WRAPPER = Pattern.compile("^(?:<!--|<!\\[CDATA\\[)\\s*(.*?)\\s*(?:-->|]]>)$", Pattern.DOTALL);

  private JsonLdScripts() {}

  /** The blocks' texts, in page order (a block too large is left to the pipeline's size check, which says so). */
  static List<String> extract(String html) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (out.size() < MAX_BLOCKS) {
      int open = openTag(html, from);
      if (open < 0) break;
      int attributesEnd = html.indexOf('>', open + OPEN.length());
      if (attributesEnd < 0) break;
      int close = closeTag(html, attributesEnd + 1);
      if (close < 0) break;
      from = html.indexOf('>', close + CLOSE.length()) + 1;
      Matcher t = TYPE.matcher(html.substring(open + OPEN.length(), attributesEnd));
      if (!t.find()) continue;
      String type = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
      if (!type.strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) continue;
      String content = html.substring(attributesEnd + 1, close).strip();
      Matcher w = WRAPPER.matcher(content);
      if (w.matches()) content = w.group(1);
      if (!content.isEmpty()) out.add(content);
    }
    return out;
  }

  // Found by indexOf and compared in place: a lazy regular expression over the whole page tried the
  // end tag at every character of it: 6% of a schema.org harvest's samples on 4 KB pages.

  /** The next {@code <script} (any case) that ends there as a word, or -1. */
  private static int openTag(String html, int from) {
    for (int i = tag(html, OPEN, from); i >= 0; i = tag(html, OPEN, i + 1)) {
      int next = i + OPEN.length();
      if (next < html.length() && !isWordChar(html.charAt(next))) return i;
    }
    return -1;
  }

  /** The next {@code </script} (any case) followed by optional white space and {@code >}, or -1. */
  private static int closeTag(String html, int from) {
    for (int i = tag(html, CLOSE, from); i >= 0; i = tag(html, CLOSE, i + 1)) {
      int j = i + CLOSE.length();
      while (j < html.length() && isSpace(html.charAt(j))) j++;
      if (j < html.length() && html.charAt(j) == '>') return i;
    }
    return -1;
  }

  private static int tag(String html, String name, int from) {
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i, name, 0, name.length())) return i;
    }
    return -1;
  }

  /** As {@code \b} reads a word in Java 17's regular expressions. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** As {@code \s} (ASCII white space). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
