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
    List<HarvestThroughput.Rate> rates = throughput.run(RECORDS, List.of());

    assertThat(rates).extracting(HarvestThroughput.Rate::protocol)
        .containsExactly("oai-pmh", "csw", "ckan", "datacite", "dataverse", "stac", "schemaorg", "dcat");
    for (HarvestThroughput.Rate r : rates) {
      assertThat(r.status()).as(r.protocol()).isEqualTo("SUCCEEDED");
      assertThat(r.records()).as(r.protocol()).isEqualTo(RECORDS);
      assertThat(r.jvmCpuSeconds()).as(r.protocol()).isPositive();
      assertThat(r.pgCpuSeconds()).as(r.protocol()).isPositive();
    }
    // Each protocol serves the records under identifiers of its own: no two harvests merge.
    assertThat(index.count()).isEqualTo(8 * RECORDS);

    String table = HarvestThroughput.table(rates, new double[] {1, 2});
    assertThat(table).contains("| dataverse | 537 |").contains("cpu ms/record").contains("of which PostgreSQL");

    // One protocol alone, to time a change to it; a protocol without a local server is refused.
    assertThatThrownBy(() -> throughput.run(RECORDS, List.of("csw", "z39.50")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'z39.50'");
    assertThat(throughput.run(RECORDS, List.of("csw"))).singleElement().satisfies(r -> {
      assertThat(r.protocol()).isEqualTo("csw");
      assertThat(r.status()).isEqualTo("SUCCEEDED");
      assertThat(r.records()).isEqualTo(RECORDS);
    });
  }

}
