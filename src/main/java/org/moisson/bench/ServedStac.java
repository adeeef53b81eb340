package org.moisson.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Period;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A STAC API's /collections, paged by links rel=next, each record a Collection. */
final class ServedStac implements ServedProtocol {
  @Override
  public String protocol() {
    return "stac";
  }

  @Override
  public String path() {
    return "/stac";
  }

  @Override
  public String sourceUrl(String base) {
    return base + "/collections";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of();
  }

  @Override
  public String key(String path, Map<String, String> q) {
    return path.endsWith("/collections") ? q.getOrDefault("page", "0") : null;
  }

  @Override
  public Map<String, Reply> render(ProviderCorpus corpus, String base) {
    return new LinkedHashMap<>(corpus.pages(LocalProvider.PAGE, protocol(), (from, page) -> {
      ObjectNode root = ServedJson.object();
      ArrayNode collections = root.putArray("collections");
      for (int k = 0; k < page.size(); k++) collections.add(collection(from + k, page.get(k), base));
      long number = from / LocalProvider.PAGE;
      ArrayNode links = root.putArray("links");
      links.addObject().put("rel", "self").put("href", base + "/collections?page=" + number);
      if (from + page.size() < corpus.size()) {
        links.addObject().put("rel", "next").put("type", "application/json").put("href", base + "/collections?page=" + (number + 1));
      }
      return Map.of(Long.toString(number), ServedJson.reply(root));
    }));
  }

  private static ObjectNode collection(long i, Dataset d, String base) {
    ObjectNode c = ServedJson.object().put("type", "Collection").put("stac_version", "1.0.0").put("id", "bench-stac-" + i)
        .put("title", d.title(null)).put("description", d.description(null) == null ? d.title(null) : d.description(null))
        .put("license", d.licence() == null ? "proprietary" : d.licence().name()).put("sci:doi", ServedJson.doi(d))
        .put("created", ServedJson.timestamp(d.issued())).put("updated", "2026-01-01T00:00:00Z").put("version", d.version());
    ArrayNode keywords = c.putArray("keywords");
    d.keywords().forEach(k -> keywords.add(k.label()));
    ArrayNode providers = c.putArray("providers");
    if (d.publisher() != null) providers.addObject().put("name", d.publisher().name()).putArray("roles").add("host").add("licensor");
    d.creators().forEach(a -> providers.addObject().put("name", a.name()).putArray("roles").add("producer"));
    ObjectNode extent = c.putObject("extent");
    ArrayNode bbox = extent.putObject("spatial").putArray("bbox");
    if (d.spatial().boxes().isEmpty()) bbox.addArray().add(-180.0).add(-90.0).add(180.0).add(90.0);
    for (BoundingBox b : d.spatial().boxes()) bbox.addArray().add(b.west()).add(b.south()).add(b.east()).add(b.north());
    ArrayNode interval = extent.putObject("temporal").putArray("interval").addArray();
    Period p = ServedJson.period(d);
    if (p != null && p.start() != null) interval.add(ServedJson.timestamp(p.start())); else interval.addNull();
    if (p != null && p.end() != null) interval.add(ServedJson.timestamp(p.end())); else interval.addNull();
    ArrayNode links = c.putArray("links");
    links.addObject().put("rel", "self").put("href", base + "/collections/bench-stac-" + i);
    links.addObject().put("rel", "cite-as").put("href", "https://doi.org/" + ServedJson.doi(d));
    c.putObject("assets").putObject("data").put("href", "https://bench.moisson.invalid/files/" + i + "/data.nc")
        .put("type", "application/x-netcdf").put("title", "Data").putArray("roles").add("data");
    return c;
  }
}
