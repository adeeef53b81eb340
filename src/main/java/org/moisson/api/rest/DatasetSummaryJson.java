package org.moisson.api.rest;

import java.util.List;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.search.SearchResult;
import org.moisson.vocabulary.ConceptTree;

/** A search hit in the REST API: what a client needs to list a dataset and send people to its source. */
record DatasetSummaryJson(String id, String title, String description, List<IdentifierJson> identifiers,
    String landingPage, String source, List<String> sources, String publisher, List<String> creators,
    String issued, String resourceType, String licence, SpatialJson spatial, List<Period> temporal,
    List<String> keywords, List<String> themes, List<ConceptTree.Ref> concepts, String url) {

  record IdentifierJson(String scheme, String value, String url) {
    static IdentifierJson of(Identifier i) {
      return new IdentifierJson(i.scheme().name().toLowerCase(java.util.Locale.ROOT), i.value(), i.url());
    }
  }

  record SpatialJson(List<BoundingBox> boxes, List<Point> points, List<String> places) {}

  /** @param concepts the dataset's concepts as {@link ConceptTree#conceptsOf} gives them */
  static DatasetSummaryJson of(SearchResult.Hit hit, String lang, String baseUrl, List<ConceptTree.Ref> concepts) {
    Dataset d = hit.dataset();
    return new DatasetSummaryJson(hit.id(), d.title(lang), d.description(lang),
        d.identifiers().stream().map(IdentifierJson::of).toList(), landingPage(d),
        hit.sources().isEmpty() ? null : hit.sources().get(0), hit.sources(),
        d.publisher() == null ? null : d.publisher().name(),
        d.creators().stream().map(a -> a.name()).toList(), d.issued(),
        d.resourceType() == null ? null : d.resourceType().general(),
        d.licence() == null ? null : d.licence().name(),
        new SpatialJson(d.spatial().boxes(), d.spatial().points(), d.spatial().places()), d.temporal(),
        d.keywords().stream().map(Keyword::label).distinct().toList(), d.themes(), concepts,
        baseUrl + "/datasets/" + hit.id());
  }

  /** The page at the source: the landing page, else the DOI or handle resolver. */
  static String landingPage(Dataset d) {
    if (d.landingPage() != null) return d.landingPage();
    return d.identifiers().stream().map(Identifier::url).filter(u -> u != null).findFirst().orElse(null);
  }
}
