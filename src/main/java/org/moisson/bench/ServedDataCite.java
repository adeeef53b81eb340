package org.moisson.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Identifier;
import org.moisson.record.Period;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The DataCite REST API's /dois: JSON:API items of kernel-4 attributes, cursor paging by links.next. */
final class ServedDataCite implements ServedProtocol {
  private static final String CURSOR = "page[cursor]";

  @Override
  public String protocol() {
    return "datacite";
  }

  @Override
  public String path() {
    return "/datacite";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("pageSize", String.valueOf(LocalProvider.PAGE));
  }

  @Override
  public String key(String path, Map<String, String> q) {
    return path.endsWith("/dois") ? q.get(CURSOR) : null;
  }

  @Override
  public Map<String, Reply> render(ProviderCorpus corpus, String base) {
    return new LinkedHashMap<>(corpus.pages(LocalProvider.PAGE, protocol(), (from, page) -> {
      ObjectNode root = ServedJson.object();
      ArrayNode data = root.putArray("data");
      for (Dataset d : page) data.add(item(d));
      long next = from + page.size();
      root.putObject("meta").put("total", corpus.size());
      ObjectNode links = root.putObject("links");
      if (next < corpus.size()) {
        links.put("next", base + "/dois?page%5Bcursor%5D=c" + next + "&page%5Bsize%5D=" + LocalProvider.PAGE);
      }
      return Map.of(from == 0 ? "1" : "c" + from, ServedJson.reply(root));
    }));
  }

  private static ObjectNode item(Dataset d) {
    String doi = ServedJson.doi(d);
    ObjectNode item = ServedJson.object().put("id", doi).put("type", "dois");
    ObjectNode a = item.putObject("attributes").put("doi", doi).put("state", "findable")
        .put("url", "https://bench.moisson.invalid/" + doi).put("updated", "2026-01-01T00:00:00Z")
        .put("publicationYear", d.year()).put("version", d.version());
    ArrayNode creators = a.putArray("creators");
    d.creators().forEach(c -> agent(creators.addObject(), c));
    ArrayNode titles = a.putArray("titles");
    d.titles().forEach(t -> titles.addObject().put("title", t.value()).put("lang", t.lang()));
    if (d.publisher() != null) a.putObject("publisher").put("name", d.publisher().name());
    ArrayNode subjects = a.putArray("subjects");
    d.keywords().forEach(k -> subjects.addObject().put("subject", k.label()).put("subjectScheme", k.scheme())
        .put("valueUri", k.uri()));
    ArrayNode dates = a.putArray("dates");
    if (d.issued() != null) dates.addObject().put("date", d.issued()).put("dateType", "Issued");
    Period p = ServedJson.period(d);
    if (p != null) {
      dates.addObject().put("date", (p.start() == null ? "" : p.start()) + "/" + (p.end() == null ? "" : p.end()))
          .put("dateType", "Coverage");
    }
    if (!d.languages().isEmpty()) a.put("language", d.languages().get(0));
    if (d.resourceType() != null) a.putObject("types").put("resourceTypeGeneral", d.resourceType().general())
        .put("resourceType", d.resourceType().detail());
    ArrayNode descriptions = a.putArray("descriptions");
    d.descriptions().forEach(t -> descriptions.addObject().put("description", t.value()).put("lang", t.lang())
        .put("descriptionType", "Abstract"));
    ArrayNode geo = a.putArray("geoLocations");
    for (BoundingBox b : d.spatial().boxes()) {
      geo.addObject().putObject("geoLocationBox").put("westBoundLongitude", b.west()).put("eastBoundLongitude", b.east())
          .put("southBoundLatitude", b.south()).put("northBoundLatitude", b.north());
    }
    d.spatial().points().forEach(pt -> geo.addObject().putObject("geoLocationPoint").put("pointLongitude", pt.lon())
        .put("pointLatitude", pt.lat()));
    d.spatial().places().forEach(place -> geo.addObject().put("geoLocationPlace", place));
    ArrayNode rights = a.putArray("rightsList");
    if (d.licence() != null) rights.addObject().put("rights", d.licence().label()).put("rightsUri", d.licence().uri())
        .put("rightsIdentifier", d.licence().id());
    ArrayNode related = a.putArray("relatedIdentifiers");
    d.related().forEach(r -> related.addObject().put("relatedIdentifier", r.identifier())
        .put("relatedIdentifierType", r.identifierType()).put("relationType", r.relationType()));
    return item;
  }

  private static void agent(ObjectNode o, Agent c) {
    o.put("name", c.name()).put("nameType", c.kind() == Agent.Kind.PERSON ? "Personal" : "Organizational")
        .put("givenName", c.givenName()).put("familyName", c.familyName());
    ArrayNode ids = o.putArray("nameIdentifiers");
    c.identifiers().stream().filter(id -> id.scheme() == Identifier.Scheme.ORCID).forEach(id -> ids.addObject()
        .put("nameIdentifier", id.url()).put("nameIdentifierScheme", "ORCID"));
    ArrayNode aff = o.putArray("affiliation");
    c.affiliations().forEach(af -> aff.addObject().put("name", af.name()));
  }
}
