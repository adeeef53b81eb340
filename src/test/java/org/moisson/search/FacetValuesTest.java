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

  @ParameterizedTest(name = "{0} | {1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      null                                                   | CC-BY-4.0                          | CC-BY-4.0
      https://creativecommons.org/licenses/by-sa/4.0/        | Creative Commons BY-SA 4.0         | CC-BY-SA-4.0
      http://creativecommons.org/licenses/by-nc/3.0/deed.fr  | null                               | CC-BY-NC-3.0
      https://creativecommons.org/publicdomain/zero/1.0/     | Public domain dedication           | CC0-1.0
      https://spdx.org/licenses/ODbL-1.0.html                | Open Database License              | ODbL-1.0
      https://spdx.org/licenses/etalab-2.0.json              | null                               | etalab-2.0
      https://spdx.org/licenses/MIT                          | null                               | MIT
      https://example.org/terms                              | Conditions d'utilisation du CNES   | Conditions d'utilisation du CNES
      https://example.org/terms                              | null                               | https://example.org/terms
      https://creativecommons.org/licenses/by/4.0/           | etalab-2.0                         | etalab-2.0
      null                                                   | '  '                               | null
      """)
  void licenceValue(String uri, String label, String expected) {
    assertThat(FacetValues.licence(new Licence(uri, label))).isEqualTo(expected);
  }

  @Test
  void noLicenceHasNoValue() {
    assertThat(FacetValues.licence(null)).isNull();
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
