package org.moisson.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moisson.record.Dataset;
import org.moisson.record.Period;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A CKAN portal's action API: package_search paged by rows and start, packages as ckanext-dcat/spatial write them. */
final class ServedCkan implements ServedProtocol {
  @Override
  public String protocol() {
    return "ckan";
  }

  @Override
  public String path() {
    return "/ckan";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("rows", String.valueOf(LocalProvider.PAGE));
  }

  @Override
  public String key(String path, Map<String, String> q) {
    return path.endsWith("/api/3/action/package_search") ? q.getOrDefault("start", "0") : null;
  }

  @Override
  public Map<String, Reply> render(ProviderCorpus corpus, String base) {
    Map<String, Reply> out = new LinkedHashMap<>(corpus.pages(LocalProvider.PAGE, protocol(), (from, page) -> {
      ArrayNode results = ServedJson.array();
      for (int k = 0; k < page.size(); k++) results.add(pkg(from + k, page.get(k)));
      return Map.of(Long.toString(from), ServedJson.reply(answer(corpus.size(), results)));
    }));
    out.put(Long.toString(corpus.size()), ServedJson.reply(answer(corpus.size(), ServedJson.array())));
    return out;
  }

  private static ObjectNode answer(long count, ArrayNode results) {
    ObjectNode root = ServedJson.object().put("help", "package_search").put("success", true);
    root.putObject("result").put("count", count).set("results", results);
    return root;
  }

  private static ObjectNode pkg(long i, Dataset d) {
    ObjectNode p = ServedJson.object();
    p.put("id", String.format("0000beef-0000-4000-8000-%012d", i)).put("name", "bench-" + i).put("type", "dataset")
        .put("state", "active").put("title", d.title(null)).put("notes", d.description(null))
        .put("metadata_created", ServedJson.timestamp(d.issued()).replace("Z", ""))
        .put("metadata_modified", String.format("2026-01-01T00:00:%02d.%06d", i / 1_000_000 % 60, i % 1_000_000))
        .put("version", d.version()).put("url", d.landingPage());
    if (!d.creators().isEmpty()) p.put("author", d.creators().get(0).name());
    if (d.licence() != null) p.put("license_id", d.licence().id()).put("license_url", d.licence().uri())
        .put("license_title", d.licence().label());
    if (d.publisher() != null) p.putObject("organization").put("name", "org-" + Math.abs(d.publisher().name().hashCode()))
        .put("title", d.publisher().name());
    ArrayNode tags = p.putArray("tags");
    d.keywords().forEach(k -> tags.addObject().put("name", k.label()).put("display_name", k.label()));
    ArrayNode extras = p.putArray("extras");
    extra(extras, "doi", ServedJson.doi(d));
    extra(extras, "spatial", ServedJson.geoJson(d));
    if (!d.spatial().places().isEmpty()) extra(extras, "spatial_text", d.spatial().places().get(0));
    Period t = ServedJson.period(d);
    if (t != null) {
      extra(extras, "temporal_start", t.start());
      extra(extras, "temporal_end", t.end());
    }
    extra(extras, "language", String.join(",", d.languages()));
    ArrayNode resources = p.putArray("resources");
    List.of("csv", "zip").forEach(f -> resources.addObject().put("name", "data." + f).put("format", f.toUpperCase())
        .put("url", "https://bench.moisson.invalid/files/" + i + "/data." + f).put("size", 1000 + i));
    return p;
  }

  private static void extra(ArrayNode extras, String key, String value) {
    if (value != null && !value.isEmpty()) extras.addObject().put("key", key).put("value", value);
  }
}
