package org.moisson.bench;

import org.moisson.support.TestHomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moisson.store.RunStore;
import org.moisson.store.SourceStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark machinery end to end on a tiny corpus: shape of the report, never timings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BenchmarkTest {
  private static final Path HOME = TestHomes.create("bench-test");

  @Autowired
  Benchmark benchmark;

  @Autowired
  SourceStore sources;

  @Autowired
  RunStore runs;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("moisson.home", HOME::toString);
    r.add("moisson.demo", () -> "false");
  }

  @Test
  void loadsThroughThePipelineAndReportsEveryMeasure() {
    List<BenchRow> rows = benchmark.run(List.of(1_000L, 2_000L), 20);

    assertThat(rows).extracting(BenchRow::records).containsExactly(1_000L, 2_000L);
    assertThat(rows).extracting(BenchRow::loaded).containsExactly(1_000L, 1_000L);
    for (BenchRow row : rows) {
      assertThat(row.failed()).isZero();
      assertThat(row.ingestRate()).isPositive();
      assertThat(row.processSeconds()).isPositive();
      assertThat(row.indexWaitSeconds()).isNotNegative().isLessThan(row.ingestSeconds());
      assertThat(row.ingestSeconds()).isGreaterThanOrEqualTo(row.processSeconds());
      assertThat(row.heapMaxBytes()).isPositive();
      assertThat(row.indexBytes()).isPositive();
      assertThat(row.databaseBytes()).isPositive();
      assertThat(row.queries()).containsOnlyKeys(QueryMix.Kind.values());
      row.queries().values().forEach(q -> {
        assertThat(q.queries()).isEqualTo(20);
        assertThat(q.p99()).isGreaterThanOrEqualTo(q.p50()).isPositive();
        assertThat(q.max()).isGreaterThanOrEqualTo(q.p99());
      });
      // The searches are drawn from what is indexed: most find something.
      assertThat(row.queries().get(QueryMix.Kind.KEYWORD).zeroHitPercent()).isLessThan(50);
      assertThat(row.queries().get(QueryMix.Kind.BBOX).medianHits()).isPositive();
      assertThat(row.queries().get(QueryMix.Kind.SUGGEST).zeroHitPercent()).isLessThan(50);
    }

    String report = BenchTable.render(rows);
    String[] lines = report.split("\n");
    assertThat(cells(lines[0])).containsExactlyElementsOf(BenchTable.SUMMARY_COLUMNS);
    assertThat(cells(lines[2]).get(0)).isEqualTo("1,000");
    assertThat(cells(lines[3]).get(0)).isEqualTo("2,000");
    assertThat(report).contains("kw+facets").contains("suggest").contains("zero hits").contains("generate wait s").contains("index wait s");
    assertThat(cells(lines[2]).get(1)).matches("[\\d,]+").isNotEqualTo("0");

    // A second run below what is loaded would measure a bigger catalogue than it says: refused.
    assertThatThrownBy(() -> benchmark.run(List.of(500L), 5)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holds 2000 benchmark records");
    // At what is loaded it searches again without loading; above, it loads only the step. The run
    // a stopped benchmark left open does not stop it.
    runs.start(sources.all().get(0).id(), null);
    List<BenchRow> again = benchmark.run(List.of(2_000L, 2_500L), 5);
    assertThat(again).extracting(BenchRow::loaded).containsExactly(0L, 500L);
    assertThat(again.get(0).queries().get(QueryMix.Kind.KEYWORD).queries()).isEqualTo(5);
    String[] againTable = BenchTable.render(again).split("\n");
    assertThat(cells(againTable[2]).get(1)).as("no rate without a load").isEqualTo("-");
    assertThat(cells(againTable[3]).get(1)).matches("[\\d,]+");
    assertThat(again.get(1).failed()).isZero();
    assertThat(sources.all()).hasSize(1);
    // Only the first size may repeat what is loaded.
    assertThatThrownBy(() -> benchmark.run(List.of(2_500L, 2_500L), 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sizes must grow");
  }

  @Test
  void refusesAHomeThatHoldsAnotherCatalogue() {
    long other = sources.create("Another", "oai-pmh", "https://example.org/oai", Map.of(), 10);
    try {
      assertThatThrownBy(() -> benchmark.run(List.of(3_000L), 5)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another catalogue");
    } finally {
      sources.delete(other);
    }
  }

  private static List<String> cells(String line) {
    return List.of(line.substring(1, line.length() - 1).split("\\|")).stream().map(String::strip).toList();
  }

}
