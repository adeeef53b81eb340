package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.Period;
import org.moisson.record.RelatedResource;
import org.moisson.record.TypedDate;

/** What the two real export sets do not exercise, on small native JSON written here. */
class DataverseJsonMapperTest {
  private final DataverseJsonMapper mapper = new DataverseJsonMapper();

  private static String primitive(String type, String value) {
    return "{\"typeName\":\"" + type + "\",\"multiple\":false,\"typeClass\":\"primitive\",\"value\":\"" + value + "\"}";
  }

  private static String multiple(String type, String... values) {
    return "{\"typeName\":\"" + type + "\",\"multiple\":true,\"typeClass\":\"controlledVocabulary\",\"value\":[\""
        + String.join("\",\"", values) + "\"]}";
  }

  /** A compound field with one value: sub-field names and values, alternating. */
  private static String compound(String type, String... subs) {
    StringBuilder sb = new StringBuilder("{\"typeName\":\"" + type + "\",\"multiple\":true,\"typeClass\":\"compound\",\"value\":[{");
    for (int i = 0; i + 1 < subs.length; i += 2) {
      if (i > 0) sb.append(',');
      sb.append('"').append(subs[i]).append("\":").append(primitive(subs[i], subs[i + 1]));
    }
    return sb.append("}]}").toString();
  }

  private static String version(String extra, String... fields) {
    return "{\"versionNumber\":2,\"versionMinorNumber\":1,\"versionState\":\"RELEASED\"" + extra
        + ",\"metadataBlocks\":{\"citation\":{\"fields\":[" + primitive("title", "Sols") + (fields.length > 0 ? "," : "")
        + String.join(",", fields) + "]}}}";
  }

  private static String nativeAnswer(String version) {
    return "{\"status\":\"OK\",\"data\":{\"id\":1,\"identifier\":\"ABC/DEF\",\"protocol\":\"hdl\",\"authority\":\"1902.1\","
        + "\"publisher\":\"Entrepôt\",\"publicationDate\":\"2020-03-04\",\"latestVersion\":" + version + "}}";
  }

  @Test
  void theNativeApiAnswerWithAHandleAndTheFieldsTheExportsLack() {
    Dataset d = mapper.map(nativeAnswer(version(",\"termsOfUse\":\"Réutilisation sur demande\",\"lastUpdateTime\":\"2021-01-02T03:04:05Z\"",
        compound("keyword", "keywordValue", "Aérosols", "keywordVocabulary", "GCMD",
            "keywordVocabularyURI", "https://gcmd.earthdata.nasa.gov/kms", "keywordTermURI", "https://gcmd.example/aerosols"),
        compound("topicClassification", "topicClassValue", "Sols", "topicClassVocabURI", "https://vocab.example/themes"),
        compound("producer", "producerName", "INRAE", "producerAffiliation", "https://ror.org/003vg9w96"),
        compound("distributor", "distributorName", "Data Terra"),
        compound("contributor", "contributorType", "Data Collector", "contributorName", "Martin, Claire"),
        compound("dateOfCollection", "dateOfCollectionStart", "2019-05", "dateOfCollectionEnd", ""),
        compound("dsDescription", "dsDescriptionValue", "&lt;p&gt;Première ligne&lt;/p&gt;&lt;p&gt;Seconde&amp;nbsp;ligne&lt;/p&gt;"),
        compound("publication", "publicationURL", "https://example.org/article", "publicationRelationType", "IsCitedBy"),
        multiple("language", "French", "Not applicable"))
        .replace("\"citation\":{", "\"geospatial\":{\"fields\":[" + compound("geographicBoundingBox", "westLongitude", "-5.1",
            "eastLongitude", "9.6", "northLongitude", "51.1", "southLongitude", "41.3") + "]},\"citation\":{")));
    assertEquals(List.of(new Identifier(Identifier.Scheme.HANDLE, "1902.1/ABC/DEF")), d.identifiers());
    assertEquals("https://hdl.handle.net/1902.1/ABC/DEF", d.landingPage());
    assertEquals("Entrepôt", d.publisher().name());
    assertEquals("2020-03-04", d.issued());
    assertEquals("2021-01-02T03:04:05Z", d.modified());
    assertEquals("2.1", d.version());
    assertEquals(List.of(new Keyword("Aérosols", "GCMD", "https://gcmd.example/aerosols"),
        new Keyword("Sols", "https://vocab.example/themes", null)), d.keywords());
    assertEquals("Première ligne\nSeconde ligne", d.description(null));
    assertEquals(List.of("Martin, Claire", "INRAE", "Data Terra"), d.contributors().stream().map(a -> a.name()).toList());
    assertEquals(List.of("DataCollector", "Producer", "Distributor"), d.contributors().stream().map(a -> a.role()).toList());
    assertEquals("003vg9w96", d.contributors().get(1).affiliations().get(0).ror());
    assertEquals(List.of(new TypedDate("Collected", "2019-05/")), d.dates());
    assertEquals(List.of(new Period("2019-05", null)), d.temporal());
    assertEquals(List.of(new BoundingBox(-5.1, 41.3, 9.6, 51.1)), d.spatial().boxes());
    assertEquals(List.of(new RelatedResource("https://example.org/article", "URL", "IsCitedBy", null)), d.related());
    assertEquals(List.of("fr"), d.languages());
    assertEquals("Réutilisation sur demande", d.licence().label());
    assertNull(d.licence().id());
  }

  @Test
  void aBareVersionWithAnOldLicenceNameRestrictedFilesAndFileIdentifiers() {
    Dataset d = mapper.map(version(",\"license\":\"CC0\",\"datasetPersistentId\":\"doi:10.5072/FK2/XYZ\",\"files\":["
        + "{\"label\":\"a.csv\",\"restricted\":true,\"dataFile\":{\"id\":7,\"persistentId\":\"doi:10.5072/FK2/XYZ/A1\","
        + "\"contentType\":\"text/csv\",\"filesize\":12}},{\"label\":\"b.txt\",\"dataFile\":{\"id\":8}}]"));
    assertEquals("10.5072/fk2/xyz", d.doi());
    assertEquals("CC0-1.0", d.licence().id());
    assertEquals(List.of(new Distribution("a.csv", null, "text/csv", "https://doi.org/10.5072/fk2/xyz/a1", null, 12L, null),
        new Distribution("b.txt", null, null, "https://doi.org/10.5072/fk2/xyz", null, null, null)), d.distributions());
    assertEquals("info:eu-repo/semantics/restrictedAccess", d.accessRights());
    assertNull(d.publisher());
  }

  @Test
  void draftsErrorsAndOtherJsonAreRefusedWithAReason() {
    MappingException draft = assertThrows(MappingException.class,
        () -> mapper.map(nativeAnswer(version("").replace("RELEASED", "DRAFT"))));
    assertTrue(draft.getMessage().contains("draft"), draft.getMessage());
    MappingException error = assertThrows(MappingException.class,
        () -> mapper.map("{\"status\":\"ERROR\",\"message\":\"Dataset with Persistent ID x not found.\"}"));
    assertTrue(error.getMessage().contains("not found"), error.getMessage());
    assertThrows(MappingException.class, () -> mapper.map("{\"type\":\"Collection\"}"));
    assertThrows(MappingException.class, () -> mapper.map("<resource/>"));
    MappingException untitled = assertThrows(MappingException.class,
        () -> mapper.map(version("").replace(primitive("title", "Sols") + ",", "").replace(primitive("title", "Sols"), "")));
    assertTrue(untitled.getMessage().contains("title"), untitled.getMessage());
  }
}
