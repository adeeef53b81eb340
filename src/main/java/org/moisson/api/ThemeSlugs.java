package org.moisson.api;

import java.text.Normalizer;
import java.util.Locale;

/** A theme label as a URL and set-name segment: "Continental surfaces" → "continental-surfaces". */
public final class ThemeSlugs {
  private ThemeSlugs() {}

  public static String of(String label) {
    String folded = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "theme" : slug;
  }
}
