package org.moisson.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.moisson.harvest.IndexFeeder;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchQuery;
import org.moisson.search.opensearch.OpenSearchSearchIndex;
import org.moisson.search.opensearch.OpenSearchSettings;
import org.moisson.store.SourceStore;
import org.moisson.system.MoissonProperties;
import org.moisson.vocabulary.Classifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The second half of the benchmark, on the catalogue the first one loaded: the same keyword
 * searches through Moisson (embedded Lucene, and OpenSearch when nodes are given), through raw
 * Lucene on the same documents, and through PostgreSQL full-text search; queries per second over
 * HTTP with concurrent clients; and ingest rates against the figures peers publish. Every
 * comparison is printed as a ratio.
 */
@Component
class PeerComparison {
  private static final Logger log = LoggerFactory.getLogger(PeerComparison.class);
  /** GeoNetwork: 220,000 CSW records in 48 h (core-geonetwork#6539). */
  static final double GEONETWORK_RECORDS_PER_SECOND = 220_000 / (48 * 3600.0);
  /** CKAN at data.gov: about one record a second (GSA/data.gov#1879). */
  static final double CKAN_DATA_GOV_RECORDS_PER_SECOND = 1.0;
  private static final long SEED = 77L;
  private static final String RAW_SAME = "raw Lucene, same answer";
  private static final String RAW_DEFAULT = "raw Lucene, defaults";

  private final SearchIndex index;
  private final IndexFeeder feeder;
  private final JdbcTemplate jdbc;
  private final MoissonProperties props;
  private final SourceStore sources;
  private final Classifier classifier;

  PeerComparison(SearchIndex index, IndexFeeder feeder, JdbcTemplate jdbc, MoissonProperties props, SourceStore sources,
      Classifier classifier) {
    this.sources = sources;
    this.classifier = classifier;
    this.index = index;
    this.feeder = feeder;
    this.jdbc = jdbc;
    this.props = props;
  }

  /** One engine's latencies for each kind of search it can run. */
  record Engine(String name, Map<QueryMix.Kind, Latencies.Stats> latencies, String note) {}

  /** Time PostgreSQL full text may take for its warm-up and timed searches. */
  private static final Duration PG_BUDGET = Duration.ofSeconds(120);

  record Report(List<Engine> engines, HttpLoad.Result http, List<String> ingest) {}

  /**
   * @param openSearchNodes nodes of a cluster to compare with, or empty
   * @param httpBaseUrl the running portal, or null when there is no web server
   */
  Report run(int perKind, List<String> openSearchNodes, String httpBaseUrl, int clients, Duration httpDuration,
      List<BenchRow> rows, List<HarvestThroughput.Rate> harvests) {
    SyntheticCorpus corpus = new SyntheticCorpus(SEED);
    List<Engine> engines = new ArrayList<>();
    engines.add(new Engine("Moisson, embedded Lucene", time(corpus, perKind, QueryMix.Kind.searches(),
        q -> index.search(q).total()), "exact totals, 7 facets, hits' JSON"));
    if (!openSearchNodes.isEmpty()) engines.add(openSearch(corpus, perKind, openSearchNodes));
    engines.addAll(rawLucene(corpus, perKind));
    engines.add(postgres(corpus, perKind));
    HttpLoad.Result http = httpBaseUrl == null ? null : HttpLoad.run(httpBaseUrl, corpus, clients, httpDuration);
    return new Report(engines, http, ingest(rows, harvests));
  }

  private Engine openSearch(SyntheticCorpus corpus, int perKind, List<String> nodes) {
    String alias = "moisson-bench-" + System.currentTimeMillis();
    try (OpenSearchSearchIndex os = OpenSearchSearchIndex.open(
        new OpenSearchSettings(nodes, null, null, false, null, null, alias), 1, 0)) {
      long t0 = System.nanoTime();
      int n = feeder.feedInto(os, (done, total) -> {
        if (done % 20_000 < 2_000) log.info("benchmark: OpenSearch fed {} / {}", done, total);
      });
      double seconds = (System.nanoTime() - t0) / 1e9;
      Engine e = new Engine("Moisson, OpenSearch", time(corpus, perKind, QueryMix.Kind.searches(), q -> os.search(q).total()),
          String.format(Locale.ROOT, "same API; fed %,d datasets at %,.0f/s", n, n / seconds));
      os.drop();
      return e;
    }
  }

  private List<Engine> rawLucene(SyntheticCorpus corpus, int perKind) {
    Path folder = props.home().resolve("bench-raw-lucene");
    try (RawLucene raw = new RawLucene(folder)) {
      long t0 = System.nanoTime();
      Map<Long, String> names = sources.names();
      LiveDatasets.forEach(jdbc, (id, json, sourceIds) -> {
        Dataset d = DatasetJson.read(json);
        raw.add(id, d, sourceIds.stream().map(s -> names.getOrDefault(s, "source " + s)).toList(), classifier.classify(d));
      });
      raw.open();
      log.info("benchmark: raw Lucene index built in {} s", (System.nanoTime() - t0) / 1_000_000_000);
      QueryMix.Kind[] keyword = {QueryMix.Kind.KEYWORD};
      return List.of(
          new Engine(RAW_SAME, time(corpus, perKind, keyword, q -> raw.searchSameAnswer(q.text())),
              "exact totals, 7 facets by Lucene's facet module, ids only; 1 segment, 1 thread"),
          new Engine(RAW_DEFAULT, time(corpus, perKind, keyword, q -> raw.search(q.text())),
              "top 20, totals up to 1,000, no facets; 1 segment, 1 thread"));
    } finally {
      deleteQuietly(folder);
    }
  }

  private Engine postgres(SyntheticCorpus corpus, int perKind) {
    PostgresFullText pg = new PostgresFullText(jdbc);
    try {
      long t0 = System.nanoTime();
      long rows = pg.build();
      log.info("benchmark: PostgreSQL full-text table of {} rows built in {} s", rows, (System.nanoTime() - t0) / 1_000_000_000);
      Map<QueryMix.Kind, Latencies.Stats> timed = time(corpus, perKind, new QueryMix.Kind[] {QueryMix.Kind.KEYWORD},
          q -> pg.search(q.text()), PG_BUDGET);
      return new Engine("PostgreSQL full text", timed, String.format(Locale.ROOT,
          "tsvector GIN, ts_rank top 20, exact total, no facets; %,d searches in its %d s budget",
          timed.get(QueryMix.Kind.KEYWORD).queries(), PG_BUDGET.toSeconds()));
    } finally {
      pg.drop();
    }
  }

  /** The same searches for every engine (same seed), after as many to warm up. */
  private static Map<QueryMix.Kind, Latencies.Stats> time(SyntheticCorpus corpus, int perKind, QueryMix.Kind[] kinds,
      ToLongFunction<SearchQuery> search) {
    return time(corpus, perKind, kinds, search, null);
  }

  /**
   * With a budget, an engine too slow for perKind searches is timed on the first ones the budget
   * allows (a quarter of it warming up): PostgreSQL ranks every match, seconds a search at 1M.
   */
  private static Map<QueryMix.Kind, Latencies.Stats> time(SyntheticCorpus corpus, int perKind, QueryMix.Kind[] kinds,
      ToLongFunction<SearchQuery> search, Duration budget) {
    Map<QueryMix.Kind, Latencies.Stats> out = new EnumMap<>(QueryMix.Kind.class);
    for (QueryMix.Kind kind : kinds) {
      QueryMix warm = new QueryMix(corpus.words, SEED + 1 + kind.ordinal());
      long warmEnd = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos() / 4;
      for (int i = 0; i < perKind && System.nanoTime() < warmEnd; i++) search.applyAsLong(warm.next(kind));
      QueryMix mix = new QueryMix(corpus.words, SEED + 100 + kind.ordinal());
      Latencies l = new Latencies(perKind);
      long end = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
      for (int i = 0; i < perKind && System.nanoTime() < end; i++) {
        SearchQuery q = mix.next(kind);
        long t0 = System.nanoTime();
        long hits = search.applyAsLong(q);
        l.add(System.nanoTime() - t0, hits);
      }
      out.put(kind, l.stats());
    }
    return out;
  }

  private static List<String> ingest(List<BenchRow> rows, List<HarvestThroughput.Rate> harvests) {
    List<String> out = new ArrayList<>();
    // A size searched again without loading has no rate to compare.
    rows.stream().filter(r -> r.loaded() > 0).reduce((a, b) -> b).ifPresent(last -> out.add(ratioLine(
        "pipeline (map, store, index), " + String.format(Locale.ROOT, "%,d", last.records()) + " records",
        last.ingestRate())));
    for (HarvestThroughput.Rate r : harvests) {
      out.add(ratioLine("full " + r.protocol() + " harvest from a local server, " + String.format(Locale.ROOT, "%,d", r.records())
          + " records", r.perSecond()));
    }
    return out;
  }

  private static String ratioLine(String what, double perSecond) {
    return String.format(Locale.ROOT, "| %s | %,.0f | %,.0f× | %,.0f× |", what, perSecond,
        perSecond / GEONETWORK_RECORDS_PER_SECOND, perSecond / CKAN_DATA_GOV_RECORDS_PER_SECOND);
  }

  static String render(Report r) {
    StringBuilder sb = new StringBuilder();
    Engine ours = r.engines().get(0);
    sb.append("Searches on the same catalogue, same queries (p50 / p99 ms; ratio = engine / Moisson embedded, p50 and p99):\n\n");
    sb.append("| engine | query | p50 ms | p99 ms | × Moisson p50 | × Moisson p99 | median hits | what it does |\n");
    sb.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Engine e : r.engines()) {
      e.latencies().forEach((kind, s) -> {
        Latencies.Stats base = ours.latencies().get(kind);
        sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f | %.2f | %,d | %s |%n", e.name(), kind.label,
            s.p50(), s.p99(), s.p50() / base.p50(), s.p99() / base.p99(), s.medianHits(), e.note()));
      });
    }
    Latencies.Stats ourKeyword = ours.latencies().get(QueryMix.Kind.KEYWORD);
    for (Engine raw : r.engines()) {
      if (!raw.name().startsWith("raw Lucene")) continue;
      Latencies.Stats b = raw.latencies().get(QueryMix.Kind.KEYWORD);
      sb.append(String.format(Locale.ROOT, "%nWhat our layers cost (keyword searches, Moisson / %s): p50 %.1f×, p99 %.1f×",
          raw.name(), ourKeyword.p50() / b.p50(), ourKeyword.p99() / b.p99()));
    }
    sb.append('\n');
    if (r.http() != null) {
      HttpLoad.Result h = r.http();
      sb.append(String.format(Locale.ROOT, "%nHTTP search API, %d concurrent clients for %.0f s, the four kinds in turn: "
          + "%,d requests, %,.0f queries/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
          h.clients(), h.seconds(), h.requests(), h.perSecond(), h.p50(), h.p99(), h.errors()));
    }
    if (!r.ingest().isEmpty()) {
      sb.append("\nIngest against the figures peers publish (GeoNetwork: 220k CSW records in 48 h = 1.27 rec/s, "
          + "core-geonetwork#6539; CKAN at data.gov: ~1 rec/s, GSA/data.gov#1879):\n\n");
      sb.append("| what | records/s | × GeoNetwork | × CKAN data.gov |\n| --- | --- | --- | --- |\n");
      r.ingest().forEach(l -> sb.append(l).append('\n'));
    }
    return sb.toString();
  }

  private static void deleteQuietly(Path folder) {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // left for the user to remove; the report does not depend on it
    }
  }
}
