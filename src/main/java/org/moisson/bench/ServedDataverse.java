package org.moisson.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Period;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A Dataverse installation: its Search API, paged by start, and each dataset's native JSON. */
final class ServedDataverse implements ServedProtocol {
  @Override
  public String protocol() {
    return "dataverse";
  }

  @Override
  public String path() {
    return "/dataverse";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("pageSize", String.valueOf(LocalProvider.PAGE));
  }

  @Override
  public String key(String path, Map<String, String> q) {
    if (path.endsWith("/api/search")) return "search " + q.getOrDefault("start", "0");
    return path.contains("/api/datasets/:persistentId") ? q.get("persistentId") : null;
  }

  @Override
  public Map<String, Reply> render(ProviderCorpus corpus, String base) {
    return new LinkedHashMap<>(corpus.pages(LocalProvider.PAGE, protocol(), (from, page) -> {
      Map<String, Reply> out = new LinkedHashMap<>();
      ObjectNode search = ServedJson.object().put("status", "OK");
      ObjectNode data = search.putObject("data").put("q", "*").put("total_count", corpus.size()).put("start", from);
      ArrayNode items = data.putArray("items");
      for (int k = 0; k < page.size(); k++) {
        Dataset d = page.get(k);
        String pid = "doi:" + ServedJson.doi(d);
        items.addObject().put("name", d.title(null)).put("type", "dataset").put("global_id", pid);
        out.put(pid, ServedJson.reply(ServedJson.object().put("status", "OK").set("data", dataset(from + k, d))));
      }
      out.put("search " + from, ServedJson.reply(search));
      return out;
    }));
  }

  private static ObjectNode dataset(long i, Dataset d) {
    String doi = ServedJson.doi(d);
    ObjectNode ds = ServedJson.object().put("id", i).put("protocol", "doi")
        .put("authority", doi.substring(0, doi.indexOf('/'))).put("separator", "/")
        .put("identifier", doi.substring(doi.indexOf('/') + 1)).put("persistentUrl", "https://doi.org/" + doi)
        .put("publisher", d.publisher() == null ? null : d.publisher().name())
        .put("publicationDate", d.issued());
    ObjectNode v = ds.putObject("latestVersion").put("versionState", "RELEASED").put("versionNumber", 1)
        .put("versionMinorNumber", 0).put("lastUpdateTime", "2026-01-01T00:00:00Z").put("releaseTime", ServedJson.timestamp(d.issued()));
    if (d.licence() != null) v.putObject("license").put("name", d.licence().name()).put("uri", d.licence().uri());
    ObjectNode blocks = v.putObject("metadataBlocks");
    ArrayNode citation = blocks.putObject("citation").put("displayName", "Citation Metadata").putArray("fields");
    citation.add(primitive("title", d.title(null)));
    ArrayNode authors = compound(citation, "author");
    d.creators().forEach(c -> {
      ObjectNode a = authors.addObject();
      a.set("authorName", primitive("authorName", c.name()));
      if (!c.affiliations().isEmpty()) a.set("authorAffiliation", primitive("authorAffiliation", c.affiliations().get(0).name()));
    });
    ArrayNode descriptions = compound(citation, "dsDescription");
    d.descriptions().forEach(t -> descriptions.addObject().set("dsDescriptionValue", primitive("dsDescriptionValue", t.value())));
    ArrayNode keywords = compound(citation, "keyword");
    d.keywords().forEach(k -> keywords.addObject().set("keywordValue", primitive("keywordValue", k.label())));
    citation.addObject().put("typeName", "subject").put("multiple", true).put("typeClass", "controlledVocabulary")
        .putArray("value").add("Earth and Environmental Sciences");
    ArrayNode languages = citation.addObject().put("typeName", "language").put("multiple", true)
        .put("typeClass", "controlledVocabulary").putArray("value");
    d.languages().forEach(l -> languages.add(l.equals("fr") ? "French" : "English"));
    Period p = ServedJson.period(d);
    if (p != null) {
      ObjectNode t = compound(citation, "timePeriodCovered").addObject();
      if (p.start() != null) t.set("timePeriodCoveredStart", primitive("timePeriodCoveredStart", p.start()));
      if (p.end() != null) t.set("timePeriodCoveredEnd", primitive("timePeriodCoveredEnd", p.end()));
    }
    ArrayNode geo = blocks.putObject("geospatial").put("displayName", "Geospatial Metadata").putArray("fields");
    ArrayNode places = compound(geo, "geographicCoverage");
    d.spatial().places().forEach(place -> places.addObject().set("otherGeographicCoverage",
        primitive("otherGeographicCoverage", place)));
    ArrayNode boxes = compound(geo, "geographicBoundingBox");
    for (BoundingBox b : d.spatial().boxes()) {
      ObjectNode box = boxes.addObject();
      box.set("westLongitude", primitive("westLongitude", number(b.west())));
      box.set("eastLongitude", primitive("eastLongitude", number(b.east())));
      box.set("northLatitude", primitive("northLatitude", number(b.north())));
      box.set("southLatitude", primitive("southLatitude", number(b.south())));
    }
    return ds;
  }

  private static ArrayNode compound(ArrayNode fields, String type) {
    return fields.addObject().put("typeName", type).put("multiple", true).put("typeClass", "compound").putArray("value");
  }

  private static ObjectNode primitive(String type, String value) {
    return ServedJson.object().put("typeName", type).put("multiple", false).put("typeClass", "primitive").put("value", value);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%s", v);
  }
}
