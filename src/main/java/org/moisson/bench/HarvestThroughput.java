package org.moisson.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.moisson.harvest.HarvestService;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.moisson.store.SourceStore;
import org.moisson.system.MoissonProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Harvest rates per protocol, end to end: a full harvest through {@link HarvestService} (HTTP,
 * parsing, mapping, PostgreSQL, Lucene) from {@link LocalProvider} on 127.0.0.1, which serves the
 * same records in every protocol; and how long the harvest health of 1,000 sources takes to read.
 */
@Component
class HarvestThroughput {
  private static final Logger log = LoggerFactory.getLogger(HarvestThroughput.class);
  private final HarvestService harvests;
  private final SourceStore sources;
  private final RunStore runs;
  private final MoissonProperties props;

  HarvestThroughput(HarvestService harvests, SourceStore sources, RunStore runs, MoissonProperties props) {
    this.harvests = harvests;
    this.sources = sources;
    this.runs = runs;
    this.props = props;
  }

  /**
   * One protocol's harvest: records taken, seconds, CPU seconds of this JVM (the provider's copying
   * of prepared bytes included) and of PostgreSQL, and the run's status.
   */
  record Rate(String protocol, long records, double seconds, double jvmCpuSeconds, double pgCpuSeconds, String status) {
    double perSecond() {
      return records / seconds;
    }

    double cpuMillisPerRecord() {
      return perRecord(jvmCpuSeconds + pgCpuSeconds);
    }

    double pgCpuMillisPerRecord() {
      return perRecord(pgCpuSeconds);
    }

    /** Cores kept busy on average, this JVM and PostgreSQL together. */
    double cores() {
      return (jvmCpuSeconds + pgCpuSeconds) / seconds;
    }

    private double perRecord(double cpuSeconds) {
      return records == 0 ? 0 : cpuSeconds * 1000 / records;
    }
  }

  /**
   * @param protocols the protocol ids to time, empty for all of them
   * @throws IllegalArgumentException for a protocol the local server does not serve
   */
  List<Rate> run(long records, Collection<String> protocols) {
    List<ServedProtocol> chosen = LocalProvider.protocols().stream()
        .filter(p -> protocols.isEmpty() || protocols.contains(p.protocol())).toList();
    List<String> known = LocalProvider.protocols().stream().map(ServedProtocol::protocol).toList();
    for (String p : protocols) {
      if (!known.contains(p)) throw new IllegalArgumentException("moisson.bench-protocols: no local server for '" + p + "'; one of " + known);
    }
    List<Rate> rates = new ArrayList<>();
    CpuClock cpu = new CpuClock(props.home().resolve("postgres"));
    try (LocalProvider provider = new LocalProvider(new SyntheticCorpus(7L), records)) {
      for (ServedProtocol p : chosen) {
        long t = System.nanoTime();
        String url = provider.serve(p);
        log.info("benchmark: {} pages of {} records ready in {} s", p.protocol(), records, (System.nanoTime() - t) / 1_000_000_000);
        // The merges the last load left running are not this harvest's work.
        Benchmark.settle(props.home().resolve("index"));
        Rate rate = harvest(p.protocol(), url, p.settings(), cpu);
        log.info("benchmark: harvest {}", rate);
        rates.add(rate);
      }
    }
    return rates;
  }

  private Rate harvest(String protocol, String url, Map<String, String> settings, CpuClock cpu) {
    long id = sources.create("bench " + protocol, protocol, url, settings, 100);
    double[] cpuBefore = cpu.seconds();
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
    double[] cpuAfter = cpu.seconds();
    RunStatus.Counts c = run.counts();
    String status = run.status() + (c.failed() > 0 ? " (" + c.failed() + " failed)" : "")
        + (run.message() == null ? "" : ": " + run.message());
    return new Rate(protocol, c.created() + c.updated() + c.unchanged(), seconds,
        cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1], status);
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
    StringBuilder sb = new StringBuilder(
            "| protocol (local server) | records | seconds | records/s | cpu ms/record | of which PostgreSQL | cores busy | status |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Rate r : rates) {
      sb.append(String.format(java.util.Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f | %.2f | %.2f | %s |%n", r.protocol(),
          r.records(), r.seconds(), r.perSecond(), r.cpuMillisPerRecord(), r.pgCpuMillisPerRecord(), r.cores(), r.status()));
    }
    sb.append(String.format(java.util.Locale.ROOT, "%nHarvest health of 1,000 sources (GET /api/v1/sources work): p50 %.1f ms, max %.1f ms%n",
        health[0], health[1]));
    return sb.toString();
  }
}
