package org.moisson.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;

/**
 * What both backends share for {@link SearchIndex#suggest}, so they complete alike: the terms indexed
 * for keywords and places (one per word start of the folded value, "sea surface" → "sea surface",
 * "surface", each followed by {@link #SEPARATOR} and the value as shown), the title shown for a
 * dataset, and the argument checks.
 */
public final class CompletionTerms {
  /** Between the folded completion and the value it stands for. */
  public static final char SEPARATOR = '\0';
  private static final int MAX_VALUE_LENGTH = 256;

  private CompletionTerms() {}

  /** The completion terms of one value. */
  public static List<String> of(String value) {
    String folded = Folding.fold(value);
    if (folded.isEmpty()) return List.of();
    Set<String> out = new LinkedHashSet<>();
    int from = 0;
    while (from >= 0) {
      out.add(folded.substring(from) + SEPARATOR + value);
      int space = folded.indexOf(' ', from);
      from = space < 0 ? -1 : space + 1;
    }
    return List.copyOf(out);
  }

  /** Place values as the port defines them: stripped, not blank, not longer than facet values. */
  public static List<String> places(Dataset ds) {
    return ds.spatial().places().stream().filter(p -> p != null && !p.isBlank()).map(String::strip)
        .filter(p -> p.length() <= MAX_VALUE_LENGTH).distinct().toList();
  }

  /** The first title of the dataset with every word but the last, and a word beginning with the last. */
  public static String matchingTitle(Dataset ds, List<String> words) {
    String last = words.get(words.size() - 1);
    for (LangText t : ds.titles()) {
      List<String> has = Folding.words(t.value());
      if (has.containsAll(words.subList(0, words.size() - 1)) && has.stream().anyMatch(w -> w.startsWith(last))) {
        return t.value();
      }
    }
    return ds.title(null);
  }

  /** The checks {@link SearchIndex#suggest} makes of its arguments, whatever the backend. */
  public static void check(SuggestKind kind, int limit) {
    if (kind == null) throw new IllegalArgumentException("kind is required");
    if (limit < 1 || limit > SearchIndex.MAX_SUGGESTIONS) {
      throw new InvalidQueryException("limit must be between 1 and " + SearchIndex.MAX_SUGGESTIONS + ", not " + limit);
    }
  }

  /** The value a completion term stands for. */
  public static String value(String term) {
    return term.substring(term.indexOf(SEPARATOR) + 1);
  }
}
