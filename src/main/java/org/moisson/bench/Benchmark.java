package org.moisson.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.moisson.harvest.IndexFeeder;
import org.moisson.harvest.Page;
import org.moisson.harvest.PageProcessor;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.Source;
import org.moisson.mapping.Mappers;
import org.moisson.mapping.MetadataMapper;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.moisson.store.SourceStore;
import org.moisson.system.DaemonThreads;
import org.moisson.system.MoissonProperties;
import org.moisson.vocabulary.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the synthetic corpus through the harvest pipeline ({@link PageProcessor#process} page after
 * page, indexed by {@link IndexFeeder} meanwhile, as a harvest run does) up to each size in turn, and at each
 * size times searches through {@link SearchIndex#search}, and reads heap, index and database sizes.
 */
@Component
public class Benchmark {
  private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
  /** Records per page, as an OAI-PMH or DataCite API page carries a few hundred. */
  static final int PAGE = 500;
  private static final int MAP_SAMPLE = 20_000;
  private static final long SEED = 20_250_601L;
  private static final String PROTOCOL = "bench";

  private final PageProcessor pages;
  private final IndexFeeder feeder;
  private final SourceStore sources;
  private final RunStore runs;
  private final SearchIndex index;
  private final JdbcTemplate jdbc;
  private final MoissonProperties props;
  private final Suggestions suggestions;

  Benchmark(PageProcessor pages, IndexFeeder feeder, SourceStore sources, RunStore runs, SearchIndex index,
      JdbcTemplate jdbc, MoissonProperties props, Suggestions suggestions) {
    this.suggestions = suggestions;
    this.pages = pages;
    this.feeder = feeder;
    this.sources = sources;
    this.runs = runs;
    this.index = index;
    this.jdbc = jdbc;
    this.props = props;
  }

  /**
   * Runs the benchmark into an empty catalogue, or goes on with the corpus an earlier run loaded:
   * a size it already holds is searched again without loading, so the searches of a 1M catalogue
   * can be measured again after a change of the search code without ten minutes of loading.
   *
   * @param sizes cumulative catalogue sizes, ascending
   * @param queriesPerKind timed searches of each kind at each size, after as many warm-up ones
   * @throws IllegalStateException when the home holds anything but the benchmark corpus, or more
   *     of it than the first size: the rates and latencies would be wrong
   */
  public List<BenchRow> run(List<Long> sizes, int queriesPerKind) {
    List<Source> present = sources.all();
    if (present.size() > 1 || (present.size() == 1 && !present.get(0).protocol().equals(PROTOCOL))) {
      throw new IllegalStateException("the benchmark needs an empty home or one it loaded alone, and "
          + props.home() + " already holds another catalogue; give another --moisson.home");
    }
    SyntheticCorpus corpus = new SyntheticCorpus(SEED);
    long sourceId = present.isEmpty()
        ? sources.create("Benchmark corpus", PROTOCOL, "https://bench.moisson.invalid/", Map.of(), 100)
        : present.get(0).id();
    long already = present.isEmpty() ? 0 : liveRecords(sourceId);
    if (!sizes.isEmpty() && sizes.get(0) < already) {
      throw new IllegalStateException(props.home() + " holds " + already + " benchmark records, more than "
          + sizes.get(0) + "; give sizes from " + already + " up, or another --moisson.home");
    }
    Source source = sources.find(sourceId).orElseThrow();
    // A benchmark stopped midway left its run open: what it loaded is kept and counted above.
    runs.running().stream().filter(r -> r.sourceId() == sourceId)
        .forEach(r -> runs.finish(r.id(), "FAILED", "benchmark interrupted"));
    long runId = runs.start(sourceId, null);
    List<BenchRow> rows = new ArrayList<>();
    String status = "FAILED";
    CpuClock cpu = new CpuClock(props.home().resolve("postgres"));
    try (HeapWatch heap = new HeapWatch()) {
      long loaded = already;
      for (long size : sizes) {
        // Sizes grow; only the first may equal what the home already holds (searched again).
        if (rows.isEmpty() ? size < loaded : size <= loaded) {
          throw new IllegalArgumentException("sizes must grow: " + sizes);
        }
        double[] cpuBefore = cpu.seconds();
        Ingest in = size == loaded ? new Ingest(0, 0, 0, 0, 0, 0) : ingest(corpus, source, runId, loaded, size);
        double[] cpuAfter = cpu.seconds();
        double mapSeconds = in.records() == 0 ? 0 : in.records() * mapNanosPerRecord(corpus, Math.min(size, MAP_SAMPLE)) / 1e9;
        Path indexFolder = props.home().resolve("index");
        settle(indexFolder);
        long indexBytes = folderBytes(indexFolder);
        long databaseBytes = databaseBytes();
        Map<QueryMix.Kind, Latencies.Stats> queries = search(corpus, size, queriesPerKind);
        rows.add(new BenchRow(size, size - loaded, in.seconds(), in.generateWaitSeconds(),
            in.processSeconds(), Math.min(mapSeconds, in.processSeconds()), in.indexWaitSeconds(), in.failed(),
            cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1], queries,
            heap.maxAfterGcBytes(), indexBytes, databaseBytes));
        log.info("benchmark at {} records:\n{}", size, BenchTable.render(rows.subList(rows.size() - 1, rows.size())));
        loaded = size;
      }
      status = "SUCCEEDED";
    } finally {
      runs.finish(runId, status, "benchmark");
    }
    return rows;
  }

  private long liveRecords(long sourceId) {
    Long n = jdbc.queryForObject("select count(*) from record where source_id = ? and not deleted", Long.class, sourceId);
    return n == null ? 0 : n;
  }

  /**
   * Seconds of wall time for the records, and within it: in {@code PageProcessor.process} (map and
   * store), waiting for the generator, and waiting at the end for the index to catch up.
   */
  private record Ingest(long records, double seconds, double processSeconds, double generateWaitSeconds,
      double indexWaitSeconds, long failed) {}

  /**
   * Records [from, to) through the pipeline as a harvest run takes them: the next page is made on a
   * thread of its own (a harvest fetches and parses it there), each page is stored, and indexed on
   * the feeder's thread meanwhile ({@link IndexFeeder#catchUpSoon}); the load ends once the index
   * has caught up. The rate is records over that wall time.
   */
  private Ingest ingest(SyntheticCorpus corpus, Source source, long runId, long from, long to) {
    long process = 0, generateWait = 0, failed = 0, done = from;
    long start = System.nanoTime(), windowStart = start, windowFrom = from;
    ExecutorService generator = Executors.newSingleThreadExecutor(DaemonThreads.named("bench-generator"));
    try {
      Future<List<RawRecord>> next = generator.submit(() -> page(corpus, from, Math.min(to, from + PAGE)));
      while (done < to) {
        long t0 = System.nanoTime();
        List<RawRecord> batch = next.get();
        if (batch.isEmpty()) throw new IllegalStateException("the corpus gave no record from " + done);
        done += batch.size();
        long nextFrom = done;
        if (done < to) next = generator.submit(() -> page(corpus, nextFrom, Math.min(to, nextFrom + PAGE)));
        Page page = new Page(batch, List.of(), done < to ? "bench:" + done : null);
        long t1 = System.nanoTime();
        RunStatus.Counts c = pages.process(source, runId, page, props.harvest().maxRecordBytes());
        feeder.catchUpSoon();
        generateWait += t1 - t0;
        process += System.nanoTime() - t1;
        failed += c.failed();
        if (done - windowFrom >= 50_000 || done == to) {
          log.info("benchmark: {} records loaded, {} rec/s over the last {}", done,
              Math.round((done - windowFrom) / ((System.nanoTime() - windowStart) / 1e9)), done - windowFrom);
          windowStart = System.nanoTime();
          windowFrom = done;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the synthetic corpus failed", e.getCause());
    } finally {
      generator.shutdownNow();
    }
    long t = System.nanoTime();
    feeder.catchUp();
    long end = System.nanoTime();
    if (failed > 0) log.warn("benchmark: {} records failed to map; see harvest run {}", failed, runId);
    return new Ingest(to - from, (end - start) / 1e9, process / 1e9, generateWait / 1e9, (end - t) / 1e9, failed);
  }

  private static List<RawRecord> page(SyntheticCorpus corpus, long from, long to) {
    try (Stream<RawRecord> records = corpus.records(from, to)) {
      return records.toList();
    }
  }

  /**
   * Mapping alone, pages mapped in parallel as {@link PageProcessor} maps them, on records already
   * generated: its share of the pipeline's time without instrumenting the pipeline itself.
   */
  private static double mapNanosPerRecord(SyntheticCorpus corpus, long sample) {
    MetadataMapper mapper = Mappers.defaults().forFormat(SyntheticCorpus.FORMAT);
    long nanos = 0;
    for (long from = 0; from < sample; from += PAGE) {
      List<String> payloads = corpus.records(from, Math.min(sample, from + PAGE)).map(RawRecord::payload).toList();
      long t0 = System.nanoTime();
      // toList, not count: count() may skip a map() that cannot change the size.
      long mapped = payloads.parallelStream().map(mapper::map).toList().size();
      nanos += System.nanoTime() - t0;
      if (mapped != payloads.size()) throw new IllegalStateException("lost records while mapping");
    }
    return (double) nanos / sample;
  }

  private Map<QueryMix.Kind, Latencies.Stats> search(SyntheticCorpus corpus, long size, int perKind) {
    Map<QueryMix.Kind, Latencies.Stats> out = new EnumMap<>(QueryMix.Kind.class);
    for (QueryMix.Kind kind : QueryMix.Kind.values()) {
      if (kind == QueryMix.Kind.SUGGEST) {
        out.put(kind, suggest(corpus, size, perKind));
        continue;
      }
      QueryMix warmUp = new QueryMix(corpus.words, SEED + size + kind.ordinal());
      for (int i = 0; i < perKind; i++) index.search(warmUp.next(kind));
      QueryMix mix = new QueryMix(corpus.words, SEED - size - kind.ordinal());
      Latencies latencies = new Latencies(perKind);
      for (int i = 0; i < perKind; i++) {
        SearchQuery q = mix.next(kind);
        long t0 = System.nanoTime();
        SearchResult r = index.search(q);
        latencies.add(System.nanoTime() - t0, r.total());
      }
      out.put(kind, latencies.stats());
    }
    return out;
  }

  /** Completions as {@code GET /api/v1/suggest} computes them (concepts, keywords, places, titles), in both languages. */
  private Latencies.Stats suggest(SyntheticCorpus corpus, long size, int perKind) {
    QueryMix warmUp = new QueryMix(corpus.words, SEED + size + QueryMix.Kind.SUGGEST.ordinal());
    for (int i = 0; i < perKind; i++) suggestions.suggest(warmUp.prefix(), i % 2 == 0 ? "fr" : "en");
    QueryMix mix = new QueryMix(corpus.words, SEED - size - QueryMix.Kind.SUGGEST.ordinal());
    Latencies latencies = new Latencies(perKind);
    for (int i = 0; i < perKind; i++) {
      String prefix = mix.prefix();
      long t0 = System.nanoTime();
      Suggestions.Answer a = suggestions.suggest(prefix, i % 2 == 0 ? "fr" : "en");
      latencies.add(System.nanoTime() - t0,
          a.concepts().size() + a.keywords().size() + a.places().size() + a.titles().size());
    }
    return latencies.stats();
  }

  /**
   * Waits (three minutes at most) until the index folder stops changing: the merges the load set
   * off finish, as they would between two harvests, so neither the searches nor the size are
   * measured in the middle of one.
   */
  static void settle(Path folder) {
    long start = System.nanoTime();
    long deadline = start + TimeUnit.MINUTES.toNanos(3);
    String last = "";
    int unchanged = 0;
    while (unchanged < 4 && System.nanoTime() < deadline) {
      String now = folderSignature(folder);
      unchanged = now.equals(last) ? unchanged + 1 : 0;
      last = now;
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    log.info("benchmark: index settled in {} s", (System.nanoTime() - start) / 1_000_000_000);
  }

  /** File names and sizes: a merge writes new files, then deletes the old ones. */
  private static String folderSignature(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().map(p -> p.getFileName() + ":" + p.toFile().length()).reduce("", String::concat);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private long databaseBytes() {
    Long bytes = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
    return bytes == null ? 0 : bytes;
  }

  static long folderBytes(Path folder) {
    if (!Files.isDirectory(folder)) return 0;
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a file Lucene merged away while we walked
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
