package org.moisson.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moisson.harvest.HarvestService;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.moisson.store.SourceStore;
import org.springframework.stereotype.Component;

/**
 * Harvest rates per protocol, end to end: a full harvest through {@link HarvestService} (HTTP,
 * XML parsing, mapping, PostgreSQL, Lucene) from {@link LocalProvider} on 127.0.0.1; and how long
 * the harvest health of 1,000 sources takes to read.
 */
@Component
class HarvestThroughput {
  private final HarvestService harvests;
  private final SourceStore sources;
  private final RunStore runs;

  HarvestThroughput(HarvestService harvests, SourceStore sources, RunStore runs) {
    this.harvests = harvests;
    this.sources = sources;
    this.runs = runs;
  }

  /** One protocol's harvest: records taken, seconds, and the run's status. */
  record Rate(String protocol, long records, double seconds, String status) {
    double perSecond() {
      return records / seconds;
    }
  }

  List<Rate> run(long records) {
    List<Rate> rates = new ArrayList<>();
    try (LocalProvider provider = new LocalProvider(new SyntheticCorpus(7L), records)) {
      rates.add(harvest("oai-pmh", provider.url("/oai"), Map.of("metadataPrefix", "oai_datacite")));
      rates.add(harvest("csw", provider.url("/csw"), Map.of("method", "get", "pageSize", String.valueOf(LocalProvider.PAGE))));
    }
    return rates;
  }

  private Rate harvest(String protocol, String url, Map<String, String> settings) {
    long id = sources.create("bench " + protocol, protocol, url, settings, 100);
    Instant t0 = Instant.now();
    long runId = harvests.start(id, true);
    RunStatus run = runs.find(runId).orElseThrow();
    while (run.running()) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      run = runs.find(runId).orElseThrow();
    }
    double seconds = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
    RunStatus.Counts c = run.counts();
    return new Rate(protocol, c.created() + c.updated() + c.unchanged(), seconds, run.status());
  }

  /** p50 and max milliseconds to read the health of every source, with 1,000 sources registered. */
  double[] healthOf1000Sources() {
    long have = sources.count();
    for (long i = have; i < 1000; i++) sources.create("bench source " + i, "oai-pmh", "http://127.0.0.1:9/oai", Map.of(), 100);
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      long t = System.nanoTime();
      runs.health();
      sources.all();
      ms.add((System.nanoTime() - t) / 1e6);
    }
    ms.sort(Double::compare);
    return new double[] {ms.get(ms.size() / 2), ms.get(ms.size() - 1)};
  }

  static String table(List<Rate> rates, double[] health) {
    StringBuilder sb = new StringBuilder("| protocol (local server) | records | seconds | records/s | status |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (Rate r : rates) {
      sb.append(String.format(java.util.Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %s |%n", r.protocol(), r.records(),
          r.seconds(), r.perSecond(), r.status()));
    }
    sb.append(String.format(java.util.Locale.ROOT, "%nHarvest health of 1,000 sources (GET /api/v1/sources work): p50 %.1f ms, max %.1f ms%n",
        health[0], health[1]));
    return sb.toString();
  }
}
