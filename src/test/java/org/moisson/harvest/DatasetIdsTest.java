package org.moisson.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;
import org.moisson.record.Identifier;

class DatasetIdsTest {
  private static Dataset with(String... ids) {
    var b = Dataset.builder();
    for (String i : ids) b.identifier(Identifier.parse(i));
    return b.build();
  }

  @Test
  void keysAreStrongestFirstAndSpellingFree() {
    assertThat(DatasetIds.keys(with("https://example.org/ds/1", "hdl:1902.1/111", "https://doi.org/10.5072/ABC")))
        .containsExactly("doi:10.5072/abc", "handle:1902.1/111", "url:example.org/ds/1");
    assertThat(DatasetIds.keys(with("doi:10.5072/abc"))).isEqualTo(DatasetIds.keys(with("http://dx.doi.org/10.5072/Abc")));
    assertThat(DatasetIds.keys(with("http://EXAMPLE.org/ds/1/"))).isEqualTo(DatasetIds.keys(with("https://example.org/ds/1")));
  }

  @Test
  void aHomePageOrALocalNumberIsNoGlobalKey() {
    assertThat(DatasetIds.keys(with("https://repository.example.org/", "12345"))).isEmpty();
  }

  @Test
  void idsComeFromTheStrongestKeyElseFromTheSource() {
    assertThat(DatasetIds.of(1, "a", with("doi:10.5072/x"))).isEqualTo(DatasetIds.of(2, "b", with("https://doi.org/10.5072/X")));
    assertThat(DatasetIds.of(1, "a", with("12345"))).isNotEqualTo(DatasetIds.of(2, "a", with("12345")));
    assertThat(DatasetIds.of(1, "a", with())).hasSize(20);
  }
}
