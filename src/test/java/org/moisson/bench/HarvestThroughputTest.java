package org.moisson.bench;

import org.moisson.support.TestHomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.search.SearchIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every protocol the local provider serves is harvested whole through the real harvesters, on a tiny corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HarvestThroughputTest {
  private static final Path HOME = TestHomes.create("harvest-bench-test");
  /** Two pages of LocalProvider.PAGE, the last one short. */
  private static final long RECORDS = LocalProvider.PAGE + 37;

  @Autowired
  HarvestThroughput throughput;
  @Autowired
  SearchIndex index;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("moisson.home", HOME::toString);
    r.add("moisson.demo", () -> "false");
  }

  @Test
  void harvestsEveryRecordInEveryProtocol() {
    List<HarvestThroughput.Rate> rates = throughput.run(RECORDS, 0, List.of());

    assertThat(rates).extracting(HarvestThroughput.Rate::protocol)
        .containsExactly("oai-pmh", "csw", "ckan", "datacite", "dataverse", "stac", "schemaorg", "dcat");
    for (HarvestThroughput.Rate r : rates) {
      assertThat(r.status()).as(r.protocol()).isEqualTo("SUCCEEDED");
      assertThat(r.records()).as(r.protocol()).isEqualTo(RECORDS);
      assertThat(r.jvmCpuSeconds()).as(r.protocol()).isPositive();
      assertThat(r.jitCpuSeconds()).as(r.protocol()).isBetween(0.0, r.jvmCpuSeconds());
      assertThat(r.pgCpuSeconds()).as(r.protocol()).isPositive();
    }
    // Each protocol serves the records under identifiers of its own: no two harvests merge.
    assertThat(index.count()).isEqualTo(8 * RECORDS);

    String table = HarvestThroughput.table(rates, new double[] {1, 2});
    assertThat(table).contains("| dataverse | 537 |").contains("cpu ms/record").contains("of which PostgreSQL")
        .contains("of which JIT compiler").contains("| SUCCEEDED | none |");

    // The compiler threads have been at work since the JVM started (this runs on Linux, as CI does).
    assertThat(CpuClock.compilerSeconds()).isPositive();

    // One protocol alone, to time a change to it; a protocol without a local server is refused.
    assertThatThrownBy(() -> throughput.run(RECORDS, 0, List.of("csw", "z39.50")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'z39.50'");
    assertThatThrownBy(() -> throughput.run(RECORDS, -1, List.of("csw")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moisson.bench-warmup");
    // After a warm-up harvest under DOIs of its own: its records are new datasets, not the timed ones'.
    assertThat(throughput.run(RECORDS, 120, List.of("csw"))).singleElement().satisfies(r -> {
      assertThat(r.protocol()).isEqualTo("csw");
      assertThat(r.status()).isEqualTo("SUCCEEDED");
      assertThat(r.records()).isEqualTo(RECORDS);
      assertThat(r.warmUp().records()).isEqualTo(120);
      assertThat(r.warmUp().status()).isEqualTo("SUCCEEDED");
      assertThat(HarvestThroughput.table(List.of(r), new double[] {1, 2})).contains("| SUCCEEDED | 120 | ");
    });
    // The second CSW source's records are new datasets too: its ISO records carry only a file
    // identifier, local to a source, which merges nothing.
    assertThat(index.count()).isEqualTo(9 * RECORDS + 120);
  }

}
