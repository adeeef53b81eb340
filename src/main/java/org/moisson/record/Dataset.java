package org.moisson.record;

import java.util.List;

/**
 * A normalised dataset description, aligned on DCAT-AP 3 and DataCite kernel 4. Mappers build it
 * from a raw payload; everything downstream (store, index, pages, machine interfaces) reads it.
 *
 * <p>Lists are never null (empty instead); single values may be null when the source says nothing.
 * Dates are ISO 8601 strings at the precision the source gave ("2014", "2014-05", "2014-05-03" or a
 * full timestamp), because inventing a day the source did not state would be false metadata.
 */
public record Dataset(
    List<Identifier> identifiers,
    List<LangText> titles,
    List<LangText> descriptions,
    List<Agent> creators,
    List<Agent> contributors,
    Agent publisher,
    String issued,
    String modified,
    List<TypedDate> dates,
    ResourceType resourceType,
    List<Keyword> keywords,
    List<String> themes,
    Spatial spatial,
    List<Period> temporal,
    Licence licence,
    String accessRights,
    List<Distribution> distributions,
    String landingPage,
    List<RelatedResource> related,
    List<Funding> funding,
    String version,
    List<String> languages) {

  public Dataset {
    identifiers = copy(identifiers);
    titles = copy(titles);
    descriptions = copy(descriptions);
    creators = copy(creators);
    contributors = copy(contributors);
    dates = copy(dates);
    keywords = copy(keywords);
    themes = copy(themes);
    spatial = spatial == null ? Spatial.EMPTY : spatial;
    temporal = copy(temporal);
    distributions = copy(distributions);
    related = copy(related);
    funding = copy(funding);
    languages = copy(languages);
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  public static DatasetBuilder builder() {
    return new DatasetBuilder();
  }

  public DatasetBuilder toBuilder() {
    return new DatasetBuilder(this);
  }

  /** The title in the given language, else the first one; null when the record has none. */
  public String title(String lang) {
    return LangText.pick(titles, lang);
  }

  public String description(String lang) {
    return LangText.pick(descriptions, lang);
  }

  /** The DOI when there is one, as "10.xxx/yyy". */
  public String doi() {
    return identifiers.stream().filter(i -> i.scheme() == Identifier.Scheme.DOI)
        .map(Identifier::value).findFirst().orElse(null);
  }

  /** Year of publication, from issued, else from the earliest other date; null when none parses. */
  public Integer year() {
    Integer y = Dates.year(issued);
    if (y != null) return y;
    return dates.stream().map(d -> Dates.year(d.value())).filter(v -> v != null).min(Integer::compare)
        .orElse(Dates.year(modified));
  }
}
