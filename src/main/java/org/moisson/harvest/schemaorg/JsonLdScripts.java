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
  private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("\\btype\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WRAPPER = Pattern.compile("^(?:<!--|<!\\[CDATA\\[)\\s*(.*?)\\s*(?:-->|]]>)$", Pattern.DOTALL);

  private JsonLdScripts() {}

  /** The blocks' texts, in page order (a block too large is left to the pipeline's size check, which says so). */
  static List<String> extract(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = SCRIPT.matcher(html);
    while (m.find() && out.size() < MAX_BLOCKS) {
      Matcher t = TYPE.matcher(m.group(1));
      if (!t.find()) continue;
      String type = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
      if (!type.strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) continue;
      String content = m.group(2).strip();
      Matcher w = WRAPPER.matcher(content);
      if (w.matches()) content = w.group(1);
      if (!content.isEmpty()) out.add(content);
    }
    return out;
  }
}
