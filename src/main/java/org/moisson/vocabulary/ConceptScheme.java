package org.moisson.vocabulary;

import java.util.List;
import java.util.Map;

/** A loaded concept scheme: its titles by language and its top concepts in order. */
public record ConceptScheme(String uri, Map<String, String> titles, List<String> topConcepts) {
  public ConceptScheme {
    titles = Map.copyOf(titles);
    topConcepts = List.copyOf(topConcepts);
  }

  /** The title in {@code lang}, else English, else any; the URI when it has none. */
  public String title(String lang) {
    String t = LabelLanguages.pick(titles, lang);
    return t == null ? uri : t;
  }
}
