package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicencesTest {
  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "https://creativecommons.org/licenses/by/4.0/, CC-BY-4.0",
      "http://creativecommons.org/licenses/by-sa/3.0/fr/, CC-BY-SA-3.0",
      "https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode.fr, CC-BY-NC-ND-4.0",
      "https://creativecommons.org/licenses/by-nc/2.0, CC-BY-NC-2.0",
      "https://creativecommons.org/publicdomain/zero/1.0/, CC0-1.0",
      "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0, CC-BY-4.0",
      "http://publications.europa.eu/resource/authority/licence/CC_BYNCSA_4_0, CC-BY-NC-SA-4.0",
      "http://publications.europa.eu/resource/authority/licence/CC_BYND_4_0, CC-BY-ND-4.0",
      "http://publications.europa.eu/resource/authority/licence/CC0, CC0-1.0",
      "http://publications.europa.eu/resource/authority/licence/ODC_BL, ODbL-1.0",
      "http://publications.europa.eu/resource/authority/licence/EUPL_1_2, EUPL-1.2",
      "http://publications.europa.eu/resource/authority/licence/PROPRIETARY, null",
      "https://opendatacommons.org/licenses/odbl/1-0/, ODbL-1.0",
      "https://www.etalab.gouv.fr/licence-ouverte-open-licence, etalab-2.0",
      "https://spdx.org/licenses/MIT.html, MIT",
      "https://example.org/licence, null",
      "null, null"})
  void shortIds(String iri, String expected) {
    assertEquals(expected, Licences.shortId(iri));
  }
}
