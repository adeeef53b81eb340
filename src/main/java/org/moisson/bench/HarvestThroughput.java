package org.moisson.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
   * of prepared bytes and the JIT compilers included), of PostgreSQL and of the JIT compilers, the
   * run's status, and the warm-up harvest before it (null for none).
   */
  record Rate(String protocol, long records, double seconds, double jvmCpuSeconds, double pgCpuSeconds,
      double jitCpuSeconds, String status, Rate warmUp) {
    Rate withWarmUp(Rate before) {
      return new Rate(protocol, records, seconds, jvmCpuSeconds, pgCpuSeconds, jitCpuSeconds, status, before);
    }

    double perSecond() {
      return records / seconds;
    }

    double jitCpuMillisPerRecord() {
      return perRecord(jitCpuSeconds);
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
   * @param warmUp records harvested, untimed, before each protocol's timed harvest, under DOIs of
   *     their own; 0 for none
   * @param protocols the protocol ids to time, empty for all of them
   * @throws IllegalArgumentException for a protocol the local server does not serve
   */
  List<Rate> run(long records, long warmUp, Collection<String> protocols) {
    List<ServedProtocol> chosen = LocalProvider.protocols().stream()
        .filter(p -> protocols.isEmpty() || protocols.contains(p.protocol())).toList();
    List<String> known = LocalProvider.protocols().stream().map(ServedProtocol::protocol).toList();
    for (String p : protocols) {
      if (!known.contains(p)) throw new IllegalArgumentException("moisson.bench-protocols: no local server for '" + p + "'; one of " + known);
    }
    if (warmUp < 0) throw new IllegalArgumentException("moisson.bench-warmup: a number of records, 0 for none, not " + warmUp);
    List<Rate> rates = new ArrayList<>();
    CpuClock cpu = new CpuClock(props.home().resolve("postgres"));
    SyntheticCorpus corpus = new SyntheticCorpus(7L);
    try (LocalProvider provider = new LocalProvider(corpus, records, "")) {
      for (ServedProtocol p : chosen) {
        Rate before = null;
        if (warmUp > 0) {
          // A fresh JVM runs a protocol's code interpreted, then compiled, for tens of thousands of
          // records, the C2 compiler taking a fifth of the two cores meanwhile; a server harvesting
          // for days runs it compiled. The warm-up harvest brings the JIT there first.
          try (LocalProvider warming = new LocalProvider(corpus, warmUp, "warm-")) {
            before = harvest(p, warming, "bench warm-up " + p.protocol(), cpu);
          }
          log.info("benchmark: warm-up {}", before);
        }
        Rate rate = harvest(p, provider, "bench " + p.protocol(), cpu).withWarmUp(before);
        log.info("benchmark: harvest {}", rate);
        rates.add(rate);
      }
    }
    return rates;
  }

  /** A new source on the provider's pages of {@code p}, harvested in full once the index has stopped merging. */
  private Rate harvest(ServedProtocol p, LocalProvider provider, String name, CpuClock cpu) {
    long t = System.nanoTime();
    String url = provider.serve(p);
    log.info("benchmark: {} pages ready in {} s", p.protocol(), (System.nanoTime() - t) / 1_000_000_000);
    // The merges the last load left running are not this harvest's work.
    Benchmark.settle(props.home().resolve("index"));
    long id = sources.create(name, p.protocol(), url, p.settings(), 100);
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
    return new Rate(p.protocol(), c.created() + c.updated() + c.unchanged(), seconds,
        cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1], cpuAfter[2] - cpuBefore[2], status, null);
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
    StringBuilder sb = new StringBuilder("| protocol (local server) | records | seconds | records/s | cpu ms/record"
            + " | of which PostgreSQL | of which JIT compiler | cores busy | status | warm-up: records | records/s"
            + " | cpu ms/record | of which JIT compiler |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Rate r : rates) {
      Rate w = r.warmUp();
      sb.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f | %.2f | %.2f | %.2f | %s | ", r.protocol(),
          r.records(), r.seconds(), r.perSecond(), r.cpuMillisPerRecord(), r.pgCpuMillisPerRecord(),
          r.jitCpuMillisPerRecord(), r.cores(), r.status()));
      sb.append(w == null ? "none | | | |\n" : String.format(Locale.ROOT, "%,d | %,.0f | %.2f | %.2f |%n", w.records(),
          w.perSecond(), w.cpuMillisPerRecord(), w.jitCpuMillisPerRecord()));
    }
    sb.append(String.format(Locale.ROOT, "%nHarvest health of 1,000 sources (GET /api/v1/sources work): p50 %.1f ms, max %.1f ms%n",
        health[0], health[1]));
    return sb.toString();
  }
}
