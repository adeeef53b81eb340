package org.moisson.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.search.Facet;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.vocabulary.Concept;
import org.moisson.vocabulary.ConceptTree;
import org.springframework.stereotype.Component;

/** The platform's themes as the home page shows them: cards linking to each theme's page, with counts. */
@Component
class HomeThemes {
  private final ConceptTree tree;
  private final SearchIndex index;

  HomeThemes(ConceptTree tree, SearchIndex index) {
    this.tree = tree;
    this.index = index;
  }

  /** A theme card: its page, label and description in the page's language, and its datasets. */
  public record Card(String slug, String href, String label, String description, long count) {}

  List<Card> cards(String lang) {
    SearchResult r = index.search(SearchQuery.all().facets(Set.of(Facet.CONCEPT)).page(1, 0));
    Map<String, Long> counts = new HashMap<>();
    r.facets().getOrDefault(Facet.CONCEPT, List.of()).forEach(c -> counts.put(c.value(), c.count()));
    return tree.themes().stream().map(c -> card(c, lang, counts)).toList();
  }

  private Card card(Concept c, String lang, Map<String, Long> counts) {
    String slug = tree.slug(c);
    return new Card(slug, "/themes/" + slug, c.label(lang), c.definition(lang), counts.getOrDefault(c.uri(), 0L));
  }
}
