package org.moisson.vocabulary;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.search.Facet;
import org.moisson.search.Folding;
import org.moisson.search.InvalidQueryException;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.search.SuggestKind;
import org.springframework.stereotype.Component;

/**
 * What the search box proposes as a person types: thesaurus concepts, frequent keywords, places and
 * dataset titles, grouped by kind. Concepts come from memory, ranked by how many datasets they
 * classify (counts read once per index change); the rest from {@link SearchIndex#suggest}.
 *
 * <pre>{@code
 * suggestions.suggest("aero", "fr"); // concepts [Aérosols (12), Épaisseur optique des aérosols (4)…], keywords…
 * }</pre>
 */
@Component
public class Suggestions {
  /** Completion starts at the second letter. */
  public static final int MIN_LENGTH = 2;
  public static final int MAX_LENGTH = 100;
  static final int CONCEPTS = 8;
  static final int KEYWORDS = 8;
  static final int PLACES = 5;
  static final int TITLES = 5;

  public record Answer(String q, List<ConceptSuggestion> concepts, List<ValueSuggestion> keywords,
      List<ValueSuggestion> places, List<TitleSuggestion> titles) {}

  public record ConceptSuggestion(String uri, String label, String scheme, long count) {}

  public record ValueSuggestion(String value, long count) {}

  public record TitleSuggestion(String id, String title) {}

  private record Counts(long watermark, Map<String, Long> byConcept) {}

  private final Thesaurus thesaurus;
  private final SearchIndex index;
  private final ConceptSuggester concepts;
  private volatile Counts counts = new Counts(-1, Map.of());

  Suggestions(Thesaurus thesaurus, SearchIndex index) {
    this.thesaurus = thesaurus;
    this.index = index;
    this.concepts = new ConceptSuggester(thesaurus);
  }

  /**
   * @param lang labels' language (English when a concept has none in it); null for English
   * @throws InvalidQueryException when q is missing or longer than {@link #MAX_LENGTH}
   */
  public Answer suggest(String q, String lang) {
    if (q == null) throw new InvalidQueryException("parameter 'q' is required");
    if (q.length() > MAX_LENGTH) {
      throw new InvalidQueryException("parameter 'q' must be at most " + MAX_LENGTH + " characters");
    }
    String typed = q.strip();
    if (Folding.fold(typed).length() < MIN_LENGTH) return new Answer(typed, List.of(), List.of(), List.of(), List.of());
    return new Answer(typed, concepts(typed, lang),
        index.suggest(typed, SuggestKind.KEYWORD, KEYWORDS).stream().map(s -> new ValueSuggestion(s.value(), s.count())).toList(),
        index.suggest(typed, SuggestKind.PLACE, PLACES).stream().map(s -> new ValueSuggestion(s.value(), s.count())).toList(),
        index.suggest(typed, SuggestKind.TITLE, TITLES).stream().map(s -> new TitleSuggestion(s.id(), s.value())).toList());
  }

  private List<ConceptSuggestion> concepts(String typed, String lang) {
    Set<String> found = concepts.find(typed);
    if (found.isEmpty()) return List.of();
    Map<String, Long> n = counts().byConcept();
    return found.stream().map(thesaurus::concept).flatMap(java.util.Optional::stream)
        .map(c -> new ConceptSuggestion(c.uri(), c.label(lang),
            thesaurus.scheme(c.scheme()).map(s -> s.title(lang)).orElse(c.scheme()), n.getOrDefault(c.uri(), 0L)))
        .sorted(Comparator.comparingLong(ConceptSuggestion::count).reversed()
            .thenComparing(s -> Folding.fold(s.label())).thenComparing(ConceptSuggestion::uri))
        .limit(CONCEPTS).toList();
  }

  /** Datasets per concept, read again when the index has changed since. */
  private Counts counts() {
    long mark = index.watermark();
    Counts c = counts;
    if (c.watermark() == mark) return c;
    SearchResult r = index.search(SearchQuery.all().facets(Set.of(Facet.CONCEPT)).page(1, 0));
    Map<String, Long> byConcept = new HashMap<>();
    r.facets().getOrDefault(Facet.CONCEPT, List.of()).forEach(f -> byConcept.put(f.value(), f.count()));
    c = new Counts(mark, Map.copyOf(byConcept));
    counts = c;
    return c;
  }
}
