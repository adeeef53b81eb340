package org.moisson.harvest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.Source;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo catalogue shipped in the jar (demo/catalogue.json, written by the project), served as a
 * source like any other so it goes through the whole pipeline. Setting {@code key} picks the demo
 * repository whose records this source holds.
 */
@Component
public class DemoHarvester implements Harvester {
  static final String CATALOGUE = "/demo/catalogue.json";
  static final String SOURCES = "/demo/sources.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String id() {
    return "demo";
  }

  @Override
  public void validate(Source source) {
    if (source.setting("key", null) == null) throw new IllegalArgumentException("a demo source needs a 'key'");
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx) {
    String key = source.setting("key", "");
    List<RawRecord> records = new ArrayList<>();
    for (JsonNode entry : read(CATALOGUE)) {
      if (!key.equals(entry.path("source").asString())) continue;
      JsonNode d = entry.get("dataset");
      String id = d.path("identifiers").path(0).path("value").asString(null);
      if (id == null) id = key + "-" + records.size();
      records.add(new RawRecord(id, "moisson-json", JSON.writeValueAsString(d), null, false,
          d.path("landingPage").asString(null)));
    }
    return Page.last(records);
  }

  /** The demo repositories: key, name, url. */
  public static List<JsonNode> sources() {
    List<JsonNode> out = new ArrayList<>();
    read(SOURCES).forEach(out::add);
    return out;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = DemoHarvester.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("the jar lacks " + resource);
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
