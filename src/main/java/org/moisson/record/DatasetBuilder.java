package org.moisson.record;

import java.util.ArrayList;
import java.util.List;

/** Mutable builder for {@link Dataset}, so mappers can fill fields as they meet them. */
public final class DatasetBuilder {
  public final List<Identifier> identifiers = new ArrayList<>();
  public final List<LangText> titles = new ArrayList<>();
  public final List<LangText> descriptions = new ArrayList<>();
  public final List<Agent> creators = new ArrayList<>();
  public final List<Agent> contributors = new ArrayList<>();
  public Agent publisher;
  public String issued;
  public String modified;
  public final List<TypedDate> dates = new ArrayList<>();
  public ResourceType resourceType;
  public final List<Keyword> keywords = new ArrayList<>();
  public final List<String> themes = new ArrayList<>();
  public final List<BoundingBox> boxes = new ArrayList<>();
  public final List<Point> points = new ArrayList<>();
  public final List<Polygon> polygons = new ArrayList<>();
  public final List<String> places = new ArrayList<>();
  public final List<Period> temporal = new ArrayList<>();
  public Licence licence;
  public String accessRights;
  public final List<Distribution> distributions = new ArrayList<>();
  public String landingPage;
  public final List<RelatedResource> related = new ArrayList<>();
  public final List<Funding> funding = new ArrayList<>();
  public String version;
  public final List<String> languages = new ArrayList<>();

  DatasetBuilder() {}

  DatasetBuilder(Dataset d) {
    identifiers.addAll(d.identifiers());
    titles.addAll(d.titles());
    descriptions.addAll(d.descriptions());
    creators.addAll(d.creators());
    contributors.addAll(d.contributors());
    publisher = d.publisher();
    issued = d.issued();
    modified = d.modified();
    dates.addAll(d.dates());
    resourceType = d.resourceType();
    keywords.addAll(d.keywords());
    themes.addAll(d.themes());
    boxes.addAll(d.spatial().boxes());
    points.addAll(d.spatial().points());
    polygons.addAll(d.spatial().polygons());
    places.addAll(d.spatial().places());
    temporal.addAll(d.temporal());
    licence = d.licence();
    accessRights = d.accessRights();
    distributions.addAll(d.distributions());
    landingPage = d.landingPage();
    related.addAll(d.related());
    funding.addAll(d.funding());
    version = d.version();
    languages.addAll(d.languages());
  }

  /** Adds an identifier unless an equal one is already there. */
  public DatasetBuilder identifier(Identifier id) {
    if (id != null && !identifiers.contains(id)) identifiers.add(id);
    return this;
  }

  public DatasetBuilder keyword(Keyword k) {
    if (k != null && !k.label().isBlank() && !keywords.contains(k)) keywords.add(k);
    return this;
  }

  public Dataset build() {
    return new Dataset(identifiers, titles, descriptions, creators, contributors, publisher, issued,
        modified, dates, resourceType, keywords, themes,
        new Spatial(boxes, points, polygons, places), temporal, licence, accessRights,
        distributions, landingPage, related, funding, version, languages);
  }
}
