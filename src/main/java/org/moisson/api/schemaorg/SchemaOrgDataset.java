package org.moisson.api.schemaorg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.Period;
import org.moisson.record.Point;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Dataset} JSON-LD of a dataset page, following science-on-schema.org, so search
 * engines (Google Dataset Search) and harvesters find the dataset and its source.
 */
public final class SchemaOrgDataset {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SchemaOrgDataset() {}

  /** JSON-LD safe to put inside a {@code <script>} element ("<" escaped). */
  public static String jsonLd(Dataset d, String pageUrl, String catalogueName, String catalogueUrl) {
    return JSON.writeValueAsString(graph(d, pageUrl, catalogueName, catalogueUrl)).replace("<", "\\u003c");
  }

  static Map<String, Object> graph(Dataset d, String pageUrl, String catalogueName, String catalogueUrl) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", Map.of("@vocab", "https://schema.org/"));
    m.put("@type", "Dataset");
    m.put("@id", pageUrl);
    m.put("name", d.title(null));
    put(m, "description", d.description(null));
    m.put("url", d.landingPage() != null ? d.landingPage() : pageUrl);
    List<Object> ids = new ArrayList<>();
    List<String> sameAs = new ArrayList<>();
    for (Identifier i : d.identifiers()) {
      if (i.scheme() == Identifier.Scheme.DOI) {
        Map<String, Object> pv = new LinkedHashMap<>();
        pv.put("@type", "PropertyValue");
        pv.put("propertyID", "https://registry.identifiers.org/registry/doi");
        pv.put("value", "doi:" + i.value());
        pv.put("url", i.url());
        ids.add(pv);
      } else if (i.url() != null) {
        ids.add(i.url());
      } else {
        ids.add(i.value());
      }
      if (i.url() != null) sameAs.add(i.url());
    }
    put(m, "identifier", ids);
    put(m, "sameAs", sameAs);
    put(m, "creator", d.creators().stream().map(SchemaOrgDataset::agent).toList());
    if (d.publisher() != null) m.put("publisher", agent(d.publisher()));
    put(m, "datePublished", d.issued());
    put(m, "dateModified", d.modified());
    put(m, "keywords", d.keywords().stream().map(Keyword::label).distinct().toList());
    if (d.licence() != null) put(m, "license", d.licence().link() != null ? d.licence().link() : d.licence().name());
    if (d.accessRights() != null) m.put("isAccessibleForFree", d.accessRights().equalsIgnoreCase("open"));
    put(m, "version", d.version());
    put(m, "inLanguage", d.languages());
    put(m, "spatialCoverage", places(d));
    put(m, "temporalCoverage", d.temporal().stream().map(SchemaOrgDataset::period).toList());
    put(m, "distribution", d.distributions().stream().map(SchemaOrgDataset::distribution).toList());
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put("@type", "DataCatalog");
    catalog.put("name", catalogueName);
    catalog.put("url", catalogueUrl);
    m.put("includedInDataCatalog", catalog);
    return m;
  }

  private static Map<String, Object> agent(Agent a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@type", a.kind() == Agent.Kind.ORGANIZATION ? "Organization" : "Person");
    m.put("name", a.name());
    put(m, "givenName", a.givenName());
    put(m, "familyName", a.familyName());
    if (a.orcid() != null) m.put("identifier", "https://orcid.org/" + a.orcid());
    put(m, "affiliation", a.affiliations().stream().map(af -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("@type", "Organization");
      o.put("name", af.name());
      put(o, "identifier", af.ror());
      return o;
    }).toList());
    return m;
  }

  private static List<Object> places(Dataset d) {
    List<Object> out = new ArrayList<>();
    for (BoundingBox b : d.spatial().boxes()) {
      out.add(place(Map.of("@type", "GeoShape", "box", b.south() + " " + b.west() + " " + b.north() + " " + b.east())));
    }
    for (Point p : d.spatial().points()) {
      out.add(place(Map.of("@type", "GeoCoordinates", "latitude", p.lat(), "longitude", p.lon())));
    }
    for (String name : d.spatial().places()) {
      out.add(Map.of("@type", "Place", "name", name));
    }
    return out;
  }

  private static Map<String, Object> place(Map<String, Object> geo) {
    return Map.of("@type", "Place", "geo", geo);
  }

  private static String period(Period p) {
    return (p.start() == null ? ".." : p.start()) + "/" + (p.end() == null ? ".." : p.end());
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
