package org.moisson.harvest.demo;

import java.util.Map;
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

/** On a first start with {@code moisson.demo=true} (no source yet), registers and harvests the demo repositories. */
@Component
class DemoCatalogue {
  private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

  private final MoissonProperties props;
  private final SourceStore sources;
  private final HarvestService harvests;

  DemoCatalogue(MoissonProperties props, SourceStore sources, HarvestService harvests) {
    this.props = props;
    this.sources = sources;
    this.harvests = harvests;
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
  }
}
