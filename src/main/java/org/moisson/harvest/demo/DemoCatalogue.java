package org.moisson.harvest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moisson.collection.CollectionStore;
import org.moisson.collection.OfficialCollection;
import org.moisson.harvest.HarvestService;
import org.moisson.store.SourceStore;
import org.moisson.system.MoissonProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a first start with {@code moisson.demo=true} (no source yet), registers and harvests the demo
 * repositories and creates the demo's official collections.
 */
@Component
class DemoCatalogue {
  private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

  private final MoissonProperties props;
  private final SourceStore sources;
  private final HarvestService harvests;
  private final CollectionStore collections;

  DemoCatalogue(MoissonProperties props, SourceStore sources, HarvestService harvests, CollectionStore collections) {
    this.props = props;
    this.sources = sources;
    this.harvests = harvests;
    this.collections = collections;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  void load() {
    if (!props.demo() || sources.count() > 0) return;
    int n = 0;
    for (JsonNode s : DemoHarvester.sources()) {
      long id = sources.create(s.path("name").asString(), "demo", s.path("url").asString(),
          Map.of("key", s.path("key").asString()), 100);
      harvests.start(id, true);
      n++;
    }
    log.info("demo catalogue: {} demo repositories registered and being harvested", n);
    if (collections.count() == 0) collections().forEach(collections::save);
  }

  /** The demo's official collections, shipped in the jar (demo/collections.json). */
  static List<OfficialCollection> collections() {
    try (InputStream in = DemoCatalogue.class.getResourceAsStream("/demo/collections.json")) {
      if (in == null) throw new IllegalStateException("the jar lacks /demo/collections.json");
      List<OfficialCollection> out = new ArrayList<>();
      for (JsonNode c : JsonMapper.builder().build().readTree(in)) {
        out.add(new OfficialCollection(c.path("slug").asString(), c.path("titleFr").asString(null),
            c.path("titleEn").asString(null), c.path("descriptionFr").asString(null),
            c.path("descriptionEn").asString(null), c.path("query").asString(null), null,
            c.path("position").asInt(100)).validated());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
