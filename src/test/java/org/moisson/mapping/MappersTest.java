package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;

class MappersTest {

  @Test
  void defaultsHoldEveryFormat() {
    Mappers m = Mappers.defaults();
    assertEquals(Set.of("datacite", "datacite-json", "ckan", "oai_dc", "dcat", "iso19139", "iso19115-3", "csw-record",
        "dataverse-json", "stac-collection", "schemaorg", "moisson-json"), m.formats());
    assertInstanceOf(DataCiteMapper.class, m.forFormat("datacite"));
    assertInstanceOf(OaiDcMapper.class, m.forFormat("oai_dc"));
    m.formats().forEach(f -> assertEquals(f, m.forFormat(f).format()));
  }

  @Test
  void anUnknownFormatIsAMappingError() {
    MappingException e = assertThrows(MappingException.class, () -> Mappers.defaults().forFormat("marc21"));
    assertTrue(e.getMessage().contains("marc21"), e.getMessage());
    assertTrue(e.getMessage().contains("oai_dc"), e.getMessage());
  }

  @Test
  void twoMappersForOneFormatAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Mappers.of(new OaiDcMapper(), new OaiDcMapper()));
  }

  @Test
  void aNewFormatIsOneMoreMapper() {
    MetadataMapper dcat = new MetadataMapper() {
      @Override
      public String format() {
        return "dcat";
      }

      @Override
      public Dataset map(String payload) {
        return Dataset.builder().build();
      }
    };
    Mappers m = Mappers.of(new DataCiteMapper(), new OaiDcMapper(), dcat);
    assertEquals(dcat, m.forFormat("dcat"));
  }
}
