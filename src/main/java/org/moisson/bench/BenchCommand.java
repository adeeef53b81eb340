package org.moisson.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moisson.system.MoissonProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --moisson.bench=100000,1000000}: runs the benchmark instead of serving ({@link BenchMode}
 * turns the web server and the demo off), prints the report and writes it to
 * {@code <home>/bench-report.md}. The application then ends, with status 0.
 */
@Component
@ConditionalOnProperty(BenchMode.PROPERTY)
class BenchCommand implements ApplicationRunner {
  private final Benchmark benchmark;
  private final org.springframework.context.ApplicationContext context;
  private final MoissonProperties props;
  private final String sizes;
  private final int queries;
  private final HarvestThroughput harvests;
  private final List<String> harvestProtocols;
  private final long harvestRecords;
  private final long warmUpRecords;
  private final PeerComparison peers;
  private final boolean comparePeers;
  private final java.util.List<String> openSearchNodes;
  private final java.time.Duration httpDuration;
  private final int httpClients;

  BenchCommand(Benchmark benchmark, HarvestThroughput harvests, MoissonProperties props,
      org.springframework.context.ApplicationContext context,
      @Value("${moisson.bench}") String sizes, @Value("${moisson.bench-queries:1000}") int queries,
      @Value("${moisson.bench-harvest:20000}") long harvestRecords,
      @Value("${moisson.bench-warmup:0}") long warmUpRecords,
      @Value("${moisson.bench-protocols:}") List<String> harvestProtocols, PeerComparison peers,
      @Value("${moisson.bench-peers:true}") boolean comparePeers,
      @Value("${moisson.bench-opensearch:}") java.util.List<String> openSearchNodes,
      @Value("${moisson.bench-http:60s}") java.time.Duration httpDuration,
      @Value("${moisson.bench-clients:16}") int httpClients) {
    this.peers = peers;
    this.comparePeers = comparePeers;
    this.openSearchNodes = openSearchNodes.stream().filter(n -> !n.isBlank()).toList();
    this.httpDuration = httpDuration;
    this.httpClients = httpClients;
    this.benchmark = benchmark;
    this.context = context;
    this.harvests = harvests;
    this.harvestRecords = harvestRecords;
    this.warmUpRecords = warmUpRecords;
    this.harvestProtocols = harvestProtocols.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    this.props = props;
    this.sizes = sizes;
    this.queries = queries;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    List<BenchRow> rows = benchmark.run(sizes(sizes), queries);
    String report = "Moisson benchmark, " + queries + " timed searches of each kind per size, heap limit "
        + HeapWatch.maxHeapBytes() / (1024 * 1024) + " MB, " + Runtime.getRuntime().availableProcessors()
        + " processors\n\n" + BenchTable.render(rows);
    List<HarvestThroughput.Rate> rates = harvestRecords > 0 ? harvests.run(harvestRecords, warmUpRecords, harvestProtocols) : List.of();
    if (harvestRecords > 0) {
      report += "\nFull harvests of " + harvestRecords + " records from a local server (HTTP, XML, mapping, database, index)"
          + (warmUpRecords > 0 ? ", each after an untimed warm-up harvest of " + warmUpRecords + " records" : "") + ":\n\n"
          + HarvestThroughput.table(rates, harvests.healthOf1000Sources());
    }
    if (comparePeers) {
      String port = context.getEnvironment().getProperty("local.server.port");
      String base = port == null || httpDuration.isZero() ? null : "http://127.0.0.1:" + port;
      report += "\n" + PeerComparison.render(peers.run(queries, openSearchNodes, base, httpClients, httpDuration, rows, rates));
    }
    Path file = props.home().resolve("bench-report.md");
    Files.writeString(file, report);
    System.out.println();
    System.out.println(report);
    System.out.println("(also written to " + file + ")");
    // The scheduler and pools of the application would keep the JVM alive: the command ends here.
    System.exit(org.springframework.boot.SpringApplication.exit(context, () -> 0));
  }

  /** "100000,1000000", "100_000,1_000_000" or "100k,1M". */
  static List<Long> sizes(String text) {
    List<Long> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.strip().replace("_", "").toLowerCase(Locale.ROOT);
      if (p.isEmpty()) continue;
      long unit = p.endsWith("k") ? 1_000 : p.endsWith("m") ? 1_000_000 : 1;
      String digits = unit == 1 ? p : p.substring(0, p.length() - 1);
      try {
        out.add(Long.parseLong(digits) * unit);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("moisson.bench: '" + part.strip() + "' is not a number of records", e);
      }
    }
    if (out.isEmpty()) throw new IllegalArgumentException("moisson.bench: give the sizes, e.g. 100000,1000000");
    return out;
  }
}
