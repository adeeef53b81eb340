package org.moisson.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Keyword;
import org.moisson.record.Licence;

class FacetValuesTest {

  private static List<String> licenceValues(Licence l) {
    DatasetBuilder b = Dataset.builder();
    b.licence = l;
    return FacetValues.of(Facet.LICENCE, new IndexedDataset("x", b.build(), List.of()));
  }

  @Test
  void theLicenceFacetCountsTheShortIdElseTheLabelElseTheIri() {
    // Mappers fold licence IRIs and labels to short ids (Licences); the facet only picks.
    assertThat(licenceValues(new Licence("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "CC BY"))).containsExactly("CC-BY-4.0");
    assertThat(licenceValues(new Licence(null, "https://example.org/terms", "Conditions d'utilisation du CNES")))
        .containsExactly("Conditions d'utilisation du CNES");
    assertThat(licenceValues(new Licence(null, "https://example.org/terms", null))).containsExactly("https://example.org/terms");
    assertThat(licenceValues(new Licence(null, null, "  "))).isEmpty();
    assertThat(licenceValues(null)).isEmpty();
  }

  @Test
  void valuesAreStrippedDeduplicatedAndBoundedInLength() {
    DatasetBuilder b = Dataset.builder();
    b.keywords.add(new Keyword("ocean ", null, null));
    b.keywords.add(new Keyword("ocean", "GCMD", "https://gcmd.example/ocean"));
    b.keywords.add(new Keyword("x".repeat(FacetValues.MAX_VALUE_LENGTH + 1), null, null));
    b.publisher = Agent.organization(" Ifremer ");
    b.issued = "2014-05";
    IndexedDataset d = new IndexedDataset("id", b.build(), List.of("Zenodo", "Zenodo", " "));
    assertThat(Facet.KEYWORD.valuesOf(d)).containsExactly("ocean");
    assertThat(Facet.PUBLISHER.valuesOf(d)).containsExactly("Ifremer");
    assertThat(Facet.SOURCE.valuesOf(d)).containsExactly("Zenodo");
    assertThat(Facet.YEAR.valuesOf(d)).containsExactly("2014");
    assertThat(Facet.TYPE.valuesOf(d)).isEmpty();
    assertThat(Facet.LICENCE.valuesOf(d)).isEmpty();
  }
}
