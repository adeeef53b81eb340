package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moisson.record.Identifier;

class DataCiteAgentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097",
      " http://orcid.org/0000-0002-1825-0097/ ", "orcid.org/0000-0002-1825-0097", "ORCID:0000-0002-1825-0097",
      "0000000218250097"})
  void orcidFromEveryWayItIsWritten(String written) {
    assertEquals("0000-0002-1825-0097", DataCiteAgents.orcid(written));
  }

  @Test
  void orcidCheckDigit() {
    assertEquals("0000-0002-7285-027X", DataCiteAgents.orcid("https://orcid.org/0000-0002-7285-027x"));
    assertNull(DataCiteAgents.orcid("0000-0002-1825-0098"), "wrong check digit");
    assertNull(DataCiteAgents.orcid("0000-0002-1825"));
    assertNull(DataCiteAgents.orcid("Bobby C."));
  }

  @Test
  void rorOnlyWhenDeclaredOrWrittenAsARorUrl() {
    assertEquals("04wxnsj81", DataCiteAgents.rorOf("https://ror.org/04wxnsj81", null));
    assertEquals("047s2c258", DataCiteAgents.rorOf("047s2c258", "ROR"));
    assertNull(DataCiteAgents.rorOf("047s2c258", null), "a bare id without a scheme may be anything");
    assertNull(DataCiteAgents.rorOf("UMCP", "ROR"));
    assertNull(DataCiteAgents.rorOf("grid.268117.b", "GRID"));
  }

  @Test
  void nameIdentifiers() {
    assertEquals(new Identifier(Identifier.Scheme.ORCID, "0000-0002-1825-0097"),
        DataCiteAgents.nameIdentifier("https://orcid.org/0000-0002-1825-0097", null));
    assertEquals(new Identifier(Identifier.Scheme.ROR, "04wxnsj81"),
        DataCiteAgents.nameIdentifier(" https://ror.org/04wxnsj81", "ROR"));
    assertEquals(new Identifier(Identifier.Scheme.URL, "https://www.wikidata.org/wiki/Q42"),
        DataCiteAgents.nameIdentifier("https://www.wikidata.org/wiki/Q42", "Wikidata"));
    assertNull(DataCiteAgents.nameIdentifier("0000000121227317", "ISNI"), "no ISNI scheme in the model");
  }

  @Test
  void aBareIdOfAnotherSchemeBecomesAUrlUnderItsSchemeUri() {
    assertEquals(new Identifier(Identifier.Scheme.URL, "http://www.isni.org/0000000121227317"),
        DataCiteAgents.nameIdentifier("0000000121227317", "ISNI", "http://www.isni.org/"));
    assertEquals(new Identifier(Identifier.Scheme.URL, "https://viaf.org/viaf/304639093"),
        DataCiteAgents.nameIdentifier("304639093", "VIAF", "https://viaf.org/viaf"));
    assertNull(DataCiteAgents.nameIdentifier("Annabelle", "SomeNameScheme", "SomeNameSchemeURI"), "no URL to put it under");
    assertNull(DataCiteAgents.nameIdentifier("0000-0002-1825-0098", "ORCID", "https://orcid.org/"), "a bad ORCID stays out");
  }

  @Test
  void anOrcidWithItsResolverWrittenTwice() {
    assertEquals("0009-0009-0223-2917", DataCiteAgents.orcid("https://orcid.org/https://orcid.org/0009-0009-0223-2917"));
  }

  @Test
  void aFunderIdWithItsResolverWrittenTwice() {
    assertEquals("https://doi.org/10.13039/501100000780",
        DataCiteFunding.funderId("http://doi.org/http://doi.org/10.13039/501100000780", "Crossref Funder ID"));
  }
}
