package org.moisson.record;

import java.util.List;

/** A text with its language (ISO 639-1 code, or null when the source did not say). */
public record LangText(String lang, String value) {

  public LangText {
    if (value == null) throw new IllegalArgumentException("text needs a value");
    lang = Languages.normalise(lang);
  }

  public static LangText of(String lang, String value) {
    return value == null || value.isBlank() ? null : new LangText(lang, value.strip());
  }

  /** The text in {@code lang}, else one without a language, else the first; null for an empty list. */
  public static String pick(List<LangText> texts, String lang) {
    if (texts.isEmpty()) return null;
    for (LangText t : texts) if (lang != null && lang.equals(t.lang())) return t.value();
    for (LangText t : texts) if (t.lang() == null) return t.value();
    return texts.get(0).value();
  }
}
