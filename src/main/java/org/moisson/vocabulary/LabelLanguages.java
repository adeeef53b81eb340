package org.moisson.vocabulary;

import java.util.Map;
import java.util.Set;
import org.moisson.record.Languages;

/** The languages of thesaurus labels kept, and the fallback from the page's language to English. */
final class LabelLanguages {
  /** Labels in other languages (INSPIRE carries 23) are dropped at load: the portal speaks these. */
  static final Set<String> KEPT = Set.of("fr", "en", "");
  static final String FALLBACK = "en";

  private LabelLanguages() {}

  /** The value in {@code lang}, else English, else untagged, else any; null for an empty map. */
  static String pick(Map<String, String> byLang, String lang) {
    if (byLang.isEmpty()) return null;
    if (lang != null && byLang.containsKey(lang)) return byLang.get(lang);
    if (byLang.containsKey(FALLBACK)) return byLang.get(FALLBACK);
    if (byLang.containsKey("")) return byLang.get("");
    return byLang.values().iterator().next();
  }

  /** "fr-FR" or "fre" → "fr"; untagged → "". */
  static String base(String tag) {
    String code = Languages.normalise(tag);
    return code == null ? "" : code;
  }
}
