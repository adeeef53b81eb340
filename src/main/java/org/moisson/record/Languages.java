package org.moisson.record;

import java.util.Locale;
import java.util.Map;

/** Language tags as sources write them ("en-US", "fre", "French") folded to ISO 639-1 codes. */
public final class Languages {
  private static final Map<String, String> THREE_LETTER = Map.ofEntries(
      Map.entry("eng", "en"), Map.entry("fre", "fr"), Map.entry("fra", "fr"), Map.entry("ger", "de"),
      Map.entry("deu", "de"), Map.entry("spa", "es"), Map.entry("ita", "it"), Map.entry("por", "pt"),
      Map.entry("dut", "nl"), Map.entry("nld", "nl"), Map.entry("english", "en"),
      Map.entry("french", "fr"), Map.entry("français", "fr"), Map.entry("german", "de"),
      Map.entry("spanish", "es"), Map.entry("italian", "it"));

  private Languages() {}

  public static String normalise(String tag) {
    if (tag == null || tag.isBlank()) return null;
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int uri = t.lastIndexOf('/');
    if (uri >= 0) t = t.substring(uri + 1); // EU vocabulary URIs end in ENG, FRA…
    String mapped = THREE_LETTER.get(t);
    if (mapped != null) return mapped;
    int dash = t.indexOf('-');
    if (dash > 0) t = t.substring(0, dash);
    int underscore = t.indexOf('_');
    if (underscore > 0) t = t.substring(0, underscore);
    return t;
  }
}
