package org.moisson.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moisson.search.Folding;

/**
 * Concepts whose label (preferred or alternative, French, English or untagged) has a word beginning
 * with what is typed: "aero" finds "Aérosols" and "Épaisseur optique des aérosols". A sorted array
 * of folded label suffixes, one per word start, searched by binary search: a lookup costs a few
 * microseconds however many thesauri are loaded.
 */
final class ConceptSuggester {
  /** A two-letter prefix in a large thesaurus matches thousands of labels; this many are enough to rank. */
  private static final int MAX_SCANNED = 20_000;

  private final String[] keys;
  private final String[] uris;

  ConceptSuggester(Thesaurus thesaurus) {
    List<String[]> entries = new ArrayList<>();
    for (Concept c : thesaurus.concepts()) {
      Set<String> labels = new LinkedHashSet<>(c.prefLabels().values());
      c.altLabels().values().forEach(labels::addAll);
      for (String label : labels) {
        String folded = Folding.fold(label);
        for (int from = 0; from >= 0 && from < folded.length(); ) {
          entries.add(new String[] {folded.substring(from), c.uri()});
          int space = folded.indexOf(' ', from);
          from = space < 0 ? -1 : space + 1;
        }
      }
    }
    entries.sort((a, b) -> a[0].compareTo(b[0]));
    keys = entries.stream().map(e -> e[0]).toArray(String[]::new);
    uris = entries.stream().map(e -> e[1]).toArray(String[]::new);
  }

  /** URIs of the concepts with a label word beginning with the folded prefix; empty for a blank one. */
  Set<String> find(String prefix) {
    String p = Folding.fold(prefix);
    Set<String> out = new LinkedHashSet<>();
    if (p.isEmpty()) return out;
    int i = Arrays.binarySearch(keys, p);
    if (i < 0) i = -i - 1;
    for (int n = 0; i < keys.length && n < MAX_SCANNED && keys[i].startsWith(p); i++, n++) out.add(uris[i]);
    return out;
  }
}
