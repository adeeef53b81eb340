package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moisson.record.Licence;

class LicencesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      CC-BY-4.0                                                          | CC-BY-4.0
      cc-by-sa-4.0                                                       | CC-BY-SA-4.0
      CC0 1.0                                                            | CC0-1.0
      https://creativecommons.org/licenses/by/4.0/                       | CC-BY-4.0
      http://creativecommons.org/licenses/by/4.0                         | CC-BY-4.0
      https://creativecommons.org/licenses/by/4.0/legalcode.fr           | CC-BY-4.0
      https://creativecommons.org/licenses/by/4.0/deed.en                | CC-BY-4.0
      creativecommons.org/licenses/by-nc-nd/3.0/                         | CC-BY-NC-ND-3.0
      https://creativecommons.org/licenses/by-nd-nc/1.0/                 | CC-BY-NC-ND-1.0
      https://creativecommons.org/licenses/by/3.0/de/                    | CC-BY-3.0-DE
      http://creativecommons.org/publicdomain/zero/1.0                   | CC0-1.0
      https://creativecommons.org/publicdomain/zero/1.0/legalcode        | CC0-1.0
      http://opendatacommons.org/licenses/odbl/                          | ODbL-1.0
      https://opendatacommons.org/licenses/by/1-0/                       | ODC-By-1.0
      https://www.etalab.gouv.fr/licence-ouverte-open-licence            | etalab-2.0
      https://www.etalab.gouv.fr/licence-ouverte-open-licence/           | etalab-2.0
      Licence Ouverte / Open Licence version 2.0                         | etalab-2.0
      Licence Ouverte v2.0 (Etalab)                                      | etalab-2.0
      etalab-2.0                                                         | etalab-2.0
      http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/ | OGL-UK-3.0
      https://spdx.org/licenses/MIT.html                                 | MIT
      https://opensource.org/licenses/Apache-2.0                         | Apache-2.0
      http://www.apache.org/licenses/LICENSE-2.0                         | Apache-2.0
      Creative Commons Attribution 4.0 International                     | CC-BY-4.0
      Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License | CC-BY-NC-SA-4.0
      Creative Commons Attribution-NoDerivatives 4.0 International       | CC-BY-ND-4.0
      CC BY 4.0                                                          | CC-BY-4.0
      CC BY-NC 3.0                                                       | CC-BY-NC-3.0
      Creative Commons Zero v1.0 Universal                               | CC0-1.0
      Creative Commons CC0 1.0 Universal Public Domain Dedication.       | CC0-1.0
      Open Database License (ODbL)                                       | ODbL-1.0
      """)
  void recognises(String written, String spdx) {
    assertEquals(spdx, Licences.spdx(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CC BY 4.0 except the figures", "https://creativecommons.org/publicdomain/mark/1.0/", "All rights reserved", "Licence Ouverte",
      "info:eu-repo/semantics/openAccess", "Creative Commons", "urn:rights:identifier"})
  void doesNotGuess(String written) {
    assertNull(Licences.spdx(written));
  }

  @Test
  void trustsAnSpdxIdDeclaredAsSuchEvenWhenNotListedHere() {
    assertEquals("LiLiQ-R-1.1", Licences.spdx("LiLiQ-R-1.1", "SPDX"));
    assertNull(Licences.spdx("LiLiQ-R-1.1", "MyScheme"));
    assertNull(Licences.spdx("not an id", "SPDX"));
  }

  @Test
  void prefersAnSpdxLicenceThenAUriThenALabelAndSkipsAccessRights() {
    var open = new Licences.Rights(null, null, "info:eu-repo/semantics/openAccess", "Open Access");
    var label = new Licences.Rights(null, null, null, "Copyright the authors");
    var uri = new Licences.Rights("rightsID", "x", "urn:rights:identifier", "Private use");
    var cc = new Licences.Rights(null, null, "https://creativecommons.org/licenses/by/4.0/", "CC BY");
    assertEquals(new Licence("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "CC BY"), Licences.pick(List.of(open, label, uri, cc)));
    assertEquals(new Licence(null, "urn:rights:identifier", "Private use"), Licences.pick(List.of(open, label, uri)));
    assertEquals(new Licence(null, null, "Copyright the authors"), Licences.pick(List.of(open, label)));
    assertNull(Licences.pick(List.of(open)));
    assertEquals("info:eu-repo/semantics/openAccess", Licences.accessRights(List.of(label, open)));
    assertEquals("Open access", Licences.accessRights(List.of(new Licences.Rights(null, null, null, "Open access"))));
    assertNull(Licences.accessRights(List.of(label, cc)));
  }

  @Test
  void whenTheDeclaredIdContradictsTheUriTheUriWinsUnlessTheLabelSidesWithTheId() {
    // As in datacite-example-dataset-v4.xml: declared CC-BY-4.0, URI and label say by-nc.
    assertEquals("CC-BY-NC-4.0", Licences.spdx(new Licences.Rights("CC-BY-4.0", "SPDX",
        "https://creativecommons.org/licenses/by-nc/4.0/",
        "Creative Commons Attribution Non Commercial 4.0 International")));
    assertEquals("CC-BY-4.0", Licences.spdx(new Licences.Rights("CC-BY-4.0", "SPDX",
        "https://creativecommons.org/licenses/by-nc/4.0/", "CC BY 4.0")));
    assertEquals("CC0-1.0", Licences.spdx(new Licences.Rights("CC0 1.0", "SPDX",
        "http://creativecommons.org/publicdomain/zero/1.0/", null)));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "https://creativecommons.org/licenses/by/4.0/, CC-BY-4.0",
      "https://creativecommons.org/licenses/by/3.0/fr/, CC-BY-3.0",
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
  void shortIdsOfLicenceIris(String iri, String expected) {
    assertEquals(expected, Licences.shortId(iri));
  }
}
