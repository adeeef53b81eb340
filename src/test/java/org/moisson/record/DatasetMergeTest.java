package org.moisson.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetMergeTest {
  @Test
  void eachFieldComesFromTheBestSourceThatHasIt() {
    Dataset repository = Dataset.builder().identifier(Identifier.parse("doi:10.5072/a")).build().toBuilder().build();
    var rb = repository.toBuilder();
    rb.titles.add(new LangText("fr", "Titre du dépôt d'origine"));
    rb.issued = "2021";
    Dataset original = rb.build();
    var ab = Dataset.builder();
    ab.identifier(Identifier.parse("hdl:1902.1/9"));
    ab.titles.add(new LangText("en", "Aggregator title"));
    ab.descriptions.add(new LangText("en", "Only the aggregator has an abstract"));
    ab.boxes.add(new BoundingBox(-5, 42, 8, 51));
    ab.issued = "2020";
    Dataset aggregator = ab.build();

    Dataset merged = DatasetMerge.merge(List.of(original, aggregator));
    assertThat(merged.titles()).containsExactly(new LangText("fr", "Titre du dépôt d'origine"));
    assertThat(merged.issued()).isEqualTo("2021");
    assertThat(merged.descriptions()).containsExactly(new LangText("en", "Only the aggregator has an abstract"));
    assertThat(merged.spatial().boxes()).hasSize(1);
    assertThat(merged.identifiers()).extracting(Identifier::key).containsExactly("doi:10.5072/a", "handle:1902.1/9");
  }

  @Test
  void oneSourceIsItself() {
    Dataset d = Dataset.builder().identifier(Identifier.parse("doi:10.5072/a")).build();
    assertThat(DatasetMerge.merge(List.of(d))).isSameAs(d);
  }
}
