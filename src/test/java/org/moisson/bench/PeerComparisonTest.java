package org.moisson.bench;

import org.moisson.support.TestHomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.search.opensearch.OpenSearchTestCluster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The comparison half of the benchmark on a tiny corpus: every engine answers, HTTP without errors, ratios printed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeerComparisonTest {
  private static final Path HOME = TestHomes.create("peers");

  @Autowired
  Benchmark benchmark;
  @Autowired
  PeerComparison peers;
  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("moisson.home", HOME::toString);
    r.add("moisson.demo", () -> "false");
  }

  @Test
  void comparesEveryEngineOnTheSameQueriesAndPrintsRatios() {
    List<BenchRow> rows = benchmark.run(List.of(1_500L), 10);
    List<HarvestThroughput.Rate> harvests = List.of(new HarvestThroughput.Rate("oai-pmh", 1_000, 10, 4, 1, 0.5, "SUCCEEDED", null));
    PeerComparison.Report r = peers.run(20, OpenSearchTestCluster.nodes(), "http://127.0.0.1:" + port, 4,
        Duration.ofSeconds(3), rows, harvests);

    assertThat(r.engines()).extracting(PeerComparison.Engine::name).containsExactly("Moisson, embedded Lucene",
        "Moisson, OpenSearch", "raw Lucene, same answer", "raw Lucene, defaults", "PostgreSQL full text");
    PeerComparison.Engine lucene = r.engines().get(0);
    PeerComparison.Engine openSearch = r.engines().get(1);
    assertThat(openSearch.latencies()).containsOnlyKeys(QueryMix.Kind.searches());
    // Same catalogue, same queries: the two backends of Moisson find as many datasets.
    for (QueryMix.Kind k : QueryMix.Kind.searches()) {
      assertThat(openSearch.latencies().get(k).medianHits()).as(k.label).isEqualTo(lucene.latencies().get(k).medianHits());
    }
    r.engines().forEach(e -> assertThat(e.latencies().get(QueryMix.Kind.KEYWORD).queries()).isEqualTo(20));
    // Raw Lucene asked for the same answer counts every match, as Moisson does.
    assertThat(r.engines().get(2).latencies().get(QueryMix.Kind.KEYWORD).medianHits())
        .isEqualTo(lucene.latencies().get(QueryMix.Kind.KEYWORD).medianHits()).isPositive();
    assertThat(r.engines().get(3).latencies().get(QueryMix.Kind.KEYWORD).medianHits()).isPositive();
    assertThat(r.engines().get(4).latencies().get(QueryMix.Kind.KEYWORD).medianHits()).isPositive();
    assertThat(r.http().requests()).isPositive();
    assertThat(r.http().errors()).isZero();

    String report = PeerComparison.render(r);
    assertThat(report).contains("What our layers cost (keyword searches, Moisson / raw Lucene, same answer): p50 ")
        .contains("What our layers cost (keyword searches, Moisson / raw Lucene, defaults): p50 ")
        .contains("× GeoNetwork").contains("| full oai-pmh harvest from a local server, 1,000 records | 100 | 79× | 100× |")
        .containsPattern("4 concurrent clients for \\d+ s, the four kinds in turn: [\\d,]+ requests, [\\d,]+ queries/s, "
            + "p50 [\\d.]+ ms, p99 [\\d.]+ ms, 0 errors");
  }

}
