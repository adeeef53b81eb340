package org.moisson.vocabulary;

import java.util.List;
import java.util.Map;

/**
 * A SKOS concept as loaded: labels by language ("" for a label without one), its place in the
 * hierarchy (URIs of loaded concepts only), and its mappings to concepts of other schemes.
 *
 * @param scheme URI of the concept scheme it belongs to
 * @param notation skos:notation, which also orders siblings; null when absent
 * @param hiddenLabels labels matched but never shown (the theme scheme keeps GCMD paths there)
 */
public record Concept(String uri, String scheme, String notation, Map<String, String> prefLabels,
    Map<String, List<String>> altLabels, List<String> hiddenLabels, Map<String, String> definitions,
    List<String> broader, List<String> narrower, List<String> exactMatch, List<String> closeMatch) {

  public Concept {
    prefLabels = Map.copyOf(prefLabels);
    altLabels = Map.copyOf(altLabels);
    hiddenLabels = List.copyOf(hiddenLabels);
    definitions = Map.copyOf(definitions);
    broader = List.copyOf(broader);
    narrower = List.copyOf(narrower);
    exactMatch = List.copyOf(exactMatch);
    closeMatch = List.copyOf(closeMatch);
  }

  /** The preferred label in {@code lang}, else in English, else without language, else any; the URI when none. */
  public String label(String lang) {
    String l = LabelLanguages.pick(prefLabels, lang);
    return l == null ? uri : l;
  }

  /** The definition in {@code lang} with the same fallbacks as {@link #label}; null when none. */
  public String definition(String lang) {
    return LabelLanguages.pick(definitions, lang);
  }

  /** Every label a keyword may match: preferred, alternative and hidden, in every language. */
  List<String> matchLabels() {
    List<String> all = new java.util.ArrayList<>(prefLabels.values());
    altLabels.values().forEach(all::addAll);
    all.addAll(hiddenLabels);
    return all;
  }
}
