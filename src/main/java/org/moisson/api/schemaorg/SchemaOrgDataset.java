package org.moisson.api.schemaorg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moisson.cite.Citation;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Dataset} JSON-LD of a dataset page, following science-on-schema.org (SOSO)
 * and Google's Dataset guidance, so search engines (Google Dataset Search) and harvesters find the
 * dataset and its source. Checked against the SOSO and Google SHACL shapes (SchemaOrgShaclTest).
 *
 * <p>The context is inline with the {@code http://schema.org/} vocabulary the SOSO shapes expect, so
 * no consumer has to fetch a remote context. Where Google's shapes allow one value (identifier,
 * sameAs, spatialCoverage, temporalCoverage, license) one is given: the strongest identifier, one
 * place holding every geometry, the whole period from the earliest start to the latest end.
 */
public final class SchemaOrgDataset {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  /** Google Dataset Search reads descriptions of 50 to 5,000 characters. */
  private static final int MIN_DESCRIPTION = 50;
  private static final int MAX_DESCRIPTION = 5000;

  private SchemaOrgDataset() {}

  /** JSON-LD safe to put inside a {@code <script>} element ("<" escaped). */
  public static String jsonLd(Dataset d, String pageUrl, String catalogueName, String catalogueUrl) {
    return JSON.writeValueAsString(graph(d, pageUrl, catalogueName, catalogueUrl)).replace("<", "\\u003c");
  }

  static Map<String, Object> graph(Dataset d, String pageUrl, String catalogueName, String catalogueUrl) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("@vocab", "http://schema.org/");
    for (String iri : List.of("url", "sameAs", "contentUrl")) context.put(iri, Map.of("@type", "@id"));
    m.put("@context", context);
    m.put("@type", "Dataset");
    m.put("@id", pageUrl);
    String title = d.title(null);
    m.put("name", title == null ? pageUrl : title);
    List<String> alternates = d.titles().stream().map(LangText::value).filter(t -> !t.equals(title)).distinct().toList();
    put(m, "alternateName", alternates);
    m.put("description", description(d, title));
    m.put("url", d.landingPage() != null ? d.landingPage() : pageUrl);
    Identifier primary = primary(d);
    m.put("identifier", primary == null ? pageUrl : identifier(primary));
    if (primary != null && primary.url() != null) m.put("sameAs", primary.url());
    put(m, "creator", d.creators().stream().map(SchemaOrgDataset::agent).toList());
    if (d.publisher() != null) m.put("publisher", agent(d.publisher()));
    put(m, "datePublished", d.issued());
    put(m, "dateModified", d.modified());
    List<String> keywords = new ArrayList<>(d.keywords().stream().map(Keyword::label).distinct().toList());
    d.themes().stream().filter(t -> !keywords.contains(t)).forEach(keywords::add);
    put(m, "keywords", keywords);
    if (d.licence() != null) put(m, "license", d.licence().link() != null ? d.licence().link() : d.licence().name());
    if (d.accessRights() != null) m.put("isAccessibleForFree", open(d.accessRights()));
    put(m, "version", d.version());
    put(m, "inLanguage", d.languages());
    put(m, "spatialCoverage", place(d));
    put(m, "temporalCoverage", period(d.temporal()));
    put(m, "distribution", d.distributions().stream().map(SchemaOrgDataset::distribution)
        .filter(x -> x.containsKey("contentUrl")).toList());
    m.put("citation", Citation.text(d, pageUrl.substring(pageUrl.lastIndexOf('/') + 1), pageUrl));
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put("@type", "DataCatalog");
    catalog.put("name", catalogueName);
    catalog.put("url", catalogueUrl);
    m.put("includedInDataCatalog", catalog);
    return m;
  }

  /**
   * The source's description when it is long enough to be read by Google, else one written from the
   * record's own fields (title, type, publisher, year, keywords), never from anything it lacks.
   */
  static String description(Dataset d, String title) {
    String own = d.description(null);
    if (own != null && own.strip().length() >= MIN_DESCRIPTION) {
      String s = own.strip();
      return s.length() <= MAX_DESCRIPTION ? s : s.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
    StringBuilder s = new StringBuilder();
    if (own != null && !own.isBlank()) s.append(own.strip()).append(own.strip().endsWith(".") ? " " : ". ");
    String type = d.resourceType() == null || d.resourceType().general() == null ? "Dataset" : d.resourceType().general();
    s.append(type).append(" \"").append(title == null ? "untitled" : title).append('"');
    if (d.publisher() != null) s.append(", published by ").append(d.publisher().name());
    if (d.year() != null) s.append(" in ").append(d.year());
    s.append('.');
    List<String> kw = d.keywords().stream().map(Keyword::label).distinct().limit(10).toList();
    if (!kw.isEmpty()) s.append(" Keywords: ").append(String.join(", ", kw)).append('.');
    if (s.length() < MIN_DESCRIPTION) s.append(" Described in the Moisson research data catalogue.");
    return s.length() <= MAX_DESCRIPTION ? s.toString() : s.substring(0, MAX_DESCRIPTION - 1) + "…";
  }

  private static boolean open(String accessRights) {
    String a = accessRights.toLowerCase(java.util.Locale.ROOT);
    return a.equals("open") || a.contains("openaccess") || a.contains("public") || a.contains("c_abf2");
  }

  private static Identifier primary(Dataset d) {
    for (Identifier.Scheme s : List.of(Identifier.Scheme.DOI, Identifier.Scheme.HANDLE, Identifier.Scheme.ARK,
        Identifier.Scheme.URN, Identifier.Scheme.URL)) {
      for (Identifier i : d.identifiers()) if (i.scheme() == s) return i;
    }
    return null;
  }

  /** A DOI as the PropertyValue SOSO recommends; other identifiers by their URL, else as text. */
  private static Object identifier(Identifier i) {
    if (i.scheme() != Identifier.Scheme.DOI) return i.url() != null ? i.url() : i.value();
    Map<String, Object> pv = new LinkedHashMap<>();
    pv.put("@id", i.url());
    pv.put("@type", "PropertyValue");
    pv.put("propertyID", "https://registry.identifiers.org/registry/doi");
    pv.put("value", "doi:" + i.value());
    pv.put("url", i.url());
    return pv;
  }

  private static Map<String, Object> agent(Agent a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@type", a.kind() == Agent.Kind.ORGANIZATION ? "Organization" : "Person");
    m.put("name", a.name());
    put(m, "givenName", a.givenName());
    put(m, "familyName", a.familyName());
    if (a.orcid() != null) {
      m.put("@id", "https://orcid.org/" + a.orcid());
      m.put("identifier", "https://orcid.org/" + a.orcid());
    }
    put(m, "affiliation", a.affiliations().stream().map(af -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("@type", "Organization");
      o.put("name", af.name());
      if (af.ror() != null) o.put("identifier", af.ror().startsWith("http") ? af.ror() : "https://ror.org/" + af.ror());
      return o;
    }).toList());
    return m;
  }

  /** One Place holding every geometry (SOSO's pattern for several shapes) and the place names. */
  private static Map<String, Object> place(Dataset d) {
    List<Object> geo = new ArrayList<>();
    for (BoundingBox b : d.spatial().boxes()) {
      geo.add(Map.of("@type", "GeoShape", "box", b.south() + " " + b.west() + " " + b.north() + " " + b.east()));
    }
    for (Point p : d.spatial().points()) {
      geo.add(Map.of("@type", "GeoCoordinates", "latitude", p.lat(), "longitude", p.lon()));
    }
    for (Polygon poly : d.spatial().polygons()) {
      StringBuilder s = new StringBuilder();
      poly.ring().forEach(p -> s.append(s.length() == 0 ? "" : " ").append(p.lat()).append(' ').append(p.lon()));
      if (!poly.ring().isEmpty()) geo.add(Map.of("@type", "GeoShape", "polygon", s.toString()));
    }
    if (geo.isEmpty() && d.spatial().places().isEmpty()) return null;
    Map<String, Object> place = new LinkedHashMap<>();
    place.put("@type", "Place");
    if (!d.spatial().places().isEmpty()) place.put("name", String.join("; ", d.spatial().places()));
    if (!geo.isEmpty()) place.put("geo", geo.size() == 1 ? geo.get(0) : geo);
    return place;
  }

  /** The whole time covered, as one ISO 8601 interval; ".." for an open end. */
  private static String period(List<Period> periods) {
    String start = null, end = null;
    boolean openEnd = false;
    for (Period p : periods) {
      if (p.start() != null && (start == null || p.start().compareTo(start) < 0)) start = p.start();
      if (p.end() == null) openEnd = true;
      else if (end == null || p.end().compareTo(end) > 0) end = p.end();
    }
    if (start == null && end == null) return null;
    return (start == null ? ".." : start) + "/" + (openEnd || end == null ? ".." : end);
  }

  private static Map<String, Object> distribution(Distribution dist) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@type", "DataDownload");
    put(m, "name", dist.title());
    put(m, "contentUrl", dist.downloadUrl() != null ? dist.downloadUrl() : dist.accessUrl());
    put(m, "encodingFormat", dist.mediaType() != null ? dist.mediaType() : dist.format());
    if (dist.byteSize() != null) m.put("contentSize", dist.byteSize() + " B");
    return m;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value == null) return;
    if (value instanceof List<?> l && l.isEmpty()) return;
    m.put(key, value);
  }
}
