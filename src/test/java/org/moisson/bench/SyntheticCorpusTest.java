package org.moisson.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.moisson.harvest.RawRecord;
import org.moisson.mapping.Mappers;
import org.moisson.mapping.MetadataMapper;
import org.moisson.record.Dataset;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The corpus is deterministic and shaped like the catalogue it stands for; the command reads its sizes. */
class SyntheticCorpusTest {
  private final SyntheticCorpus corpus = new SyntheticCorpus(7);
  private final MetadataMapper mapper = Mappers.defaults().forFormat(SyntheticCorpus.FORMAT);

  @Test
  void sameSeedSameRecordsFromAnyPosition() {
    SyntheticCorpus again = new SyntheticCorpus(7);
    assertThat(again.record(12_345).payload()).isEqualTo(corpus.record(12_345).payload());
    assertThat(corpus.records(10, 13).map(RawRecord::payload).toList())
        .containsExactly(corpus.payload(10), corpus.payload(11), corpus.payload(12));
    assertThat(new SyntheticCorpus(8).payload(3)).isNotEqualTo(corpus.payload(3));
  }

  @Test
  void recordsMapAndLookLikeRealDataCiteRecords() {
    int n = 400, geo = 0, temporal = 0, crossing = 0, orcid = 0;
    long bytes = 0;
    for (long i = 0; i < n; i++) {
      String xml = corpus.payload(i);
      bytes += xml.getBytes(StandardCharsets.UTF_8).length;
      Dataset d = mapper.map(xml);
      assertThat(d.doi()).isNotNull();
      assertThat(d.creators()).hasSizeBetween(1, 6);
      assertThat(d.keywords()).hasSizeBetween(3, 15);
      assertThat(d.year()).isBetween(1990, 2026);
      assertThat(d.publisher()).isNotNull();
      assertThat(d.descriptions().get(0).value().length()).isBetween(200, 3300);
      if (!d.spatial().footprints().isEmpty()) geo++;
      if (d.spatial().footprints().stream().anyMatch(b -> b.crossesAntimeridian())) crossing++;
      if (!d.temporal().isEmpty()) temporal++;
      if (d.creators().stream().anyMatch(a -> !a.identifiers().isEmpty())) orcid++;
    }
    assertThat(bytes / n).isBetween(2_000L, 6_500L);
    assertThat(geo).isBetween(n * 70 / 100, n * 90 / 100);
    assertThat(temporal).isBetween(n * 50 / 100, n * 70 / 100);
    assertThat(crossing).isPositive();
    assertThat(orcid).isPositive();
  }

  @Test
  void everyBenchmarkQueryParses() {
    QueryMix mix = new QueryMix(corpus.words, 3);
    for (QueryMix.Kind kind : QueryMix.Kind.values()) {
      if (kind == QueryMix.Kind.SUGGEST) continue; // completions are not searches: prefix() gives them
      for (int i = 0; i < 20_000; i++) assertThat(mix.next(kind)).isNotNull();
    }
    for (int i = 0; i < 1_000; i++) assertThat(mix.prefix()).isNotBlank().hasSizeLessThanOrEqualTo(8);
  }

  @Test
  void sizesReadPlainOrWithUnits() {
    assertThat(BenchCommand.sizes("100000,1000000")).containsExactly(100_000L, 1_000_000L);
    assertThat(BenchCommand.sizes("100_000, 1M")).containsExactly(100_000L, 1_000_000L);
    assertThat(BenchCommand.sizes("2k")).containsExactly(2_000L);
    assertThatThrownBy(() -> BenchCommand.sizes("lots")).hasMessageContaining("'lots'");
  }

  @Test
  void benchModeTurnsTheDemoOffAndTheServerOnForTheHttpLoadOnly() {
    StandardEnvironment env = new StandardEnvironment();
    new BenchMode().postProcessEnvironment(env, new SpringApplication());
    assertThat(env.getProperty("spring.main.web-application-type")).isNull();

    env.getPropertySources().addFirst(new MapPropertySource("args", Map.of("moisson.bench", "1000",
        "moisson.bench-http", "0")));
    new BenchMode().postProcessEnvironment(env, new SpringApplication());
    assertThat(env.getProperty("spring.main.web-application-type")).isEqualTo("none");
    assertThat(env.getProperty("moisson.demo")).isEqualTo("false");

    // The HTTP load of the comparison (on by default) needs the search API: a server on a free port.
    StandardEnvironment withHttp = new StandardEnvironment();
    withHttp.getPropertySources().addFirst(new MapPropertySource("args", Map.of("moisson.bench", "1000")));
    new BenchMode().postProcessEnvironment(withHttp, new SpringApplication());
    assertThat(withHttp.getProperty("spring.main.web-application-type")).isNull();
    assertThat(withHttp.getProperty("server.port")).isEqualTo("0");
    assertThat(withHttp.getProperty("moisson.demo")).isEqualTo("false");
  }

  @Test
  void publishersAndKeywordsFollowAZipfLikeSpread() {
    CorpusWords words = corpus.words;
    assertThat(words.publishers).hasSize(CorpusWords.PUBLISHERS).doesNotHaveDuplicates();
    assertThat(words.subjects).hasSize(CorpusWords.KEYWORDS).doesNotHaveDuplicates();
    assertThat(words.subjects.stream().filter(CorpusWords.Subject::gcmd).count()).isGreaterThan(100);
    List<Long> counts = corpus.records(0, 2_000).map(r -> mapper.map(r.payload()).publisher().name())
        .collect(Collectors.groupingBy(p -> p, Collectors.counting()))
        .values().stream().sorted(Comparator.reverseOrder()).toList();
    assertThat(counts.get(0)).isGreaterThan(10 * counts.get(counts.size() / 2));
  }
}
