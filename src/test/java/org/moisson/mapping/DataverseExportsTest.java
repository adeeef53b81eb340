package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.Dates;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each Dataverse export set holds one dataset in several formats. What the DataCite export says
 * must agree with the native JSON and the schema.org export; what it leaves out is listed.
 */
class DataverseExportsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final DataCiteMapper mapper = new DataCiteMapper();

  private Dataset dataCite(String set) {
    return mapper.map(GoldenFiles.read(GoldenFiles.fixture("datacite-dataverse/dataverse/" + set + "/dataCiteXml.xml")));
  }

  private static JsonNode json(String set, String file) {
    return JSON.readTree(GoldenFiles.read(GoldenFiles.fixture("datacite-dataverse/dataverse/" + set + "/" + file)));
  }

  /** A field of the native JSON's citation block, or a missing node. */
  private static JsonNode citation(JsonNode nativeJson, String typeName) {
    for (JsonNode f : nativeJson.path("datasetVersion").path("metadataBlocks").path("citation").path("fields")) {
      if (typeName.equals(f.path("typeName").asString())) return f.path("value");
    }
    return JSON.missingNode();
  }

  private static List<String> values(JsonNode compoundList, String subField) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : compoundList) if (v.has(subField)) out.add(v.path(subField).path("value").asString());
    return out;
  }

  @Test
  void theDoiAndTitleOfBothExports() {
    Dataset max = dataCite("export-set-max");
    assertEquals("10.5072/fk2/vqtyhd", max.doi());
    assertEquals("Max Schema.org", max.title("en"));
    assertEquals("https://doi.org/10.5072/fk2/vqtyhd", max.landingPage());
    Dataset minimal = dataCite("export-set-minimal");
    assertEquals("10.5072/fk2/4c0jyc", minimal.doi());
    assertEquals("Minimal", minimal.title("en"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"export-set-max", "export-set-minimal"})
  void dataCiteAgreesWithTheNativeJson(String set) {
    Dataset d = dataCite(set);
    JsonNode n = json(set, "datasetJson.json");
    assertEquals(Identifier.parse(n.path("persistentUrl").asString()), d.identifiers().get(0));
    assertEquals(List.of(new LangText(null, citation(n, "title").asString())), d.titles());
    assertEquals(n.path("publisher").asString(), d.publisher().name());
    assertEquals(values(citation(n, "author"), "authorName"), d.creators().stream().map(Agent::name).toList());
    for (JsonNode author : citation(n, "author")) {
      if ("ORCID".equals(author.path("authorIdentifierScheme").path("value").asString())) {
        String name = author.path("authorName").path("value").asString();
        Agent agent = d.creators().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        assertEquals(author.path("authorIdentifier").path("value").asString(), agent.orcid());
      }
    }
    assertEquals(values(citation(n, "dsDescription"), "dsDescriptionValue"),
        d.descriptions().stream().map(LangText::value).toList());
    assertEquals(Dates.year(n.path("publicationDate").asString()), d.year());
    List<Period> covered = new ArrayList<>();
    for (JsonNode p : citation(n, "timePeriodCovered")) {
      covered.add(new Period(p.path("timePeriodCoveredStart").path("value").asString(),
          p.path("timePeriodCoveredEnd").path("value").asString()));
    }
    assertEquals(covered, d.temporal());
    Set<String> funders = new HashSet<>(values(citation(n, "grantNumber"), "grantNumberAgency"));
    for (JsonNode c : citation(n, "contributor")) {
      if ("Funder".equals(c.path("contributorType").path("value").asString())) {
        funders.add(c.path("contributorName").path("value").asString());
      }
    }
    assertEquals(funders, new HashSet<>(d.funding().stream().map(f -> f.funderName()).toList()));
    if (d.version() != null) {
      JsonNode v = n.path("datasetVersion");
      assertEquals(v.path("versionNumber").asInt() + "." + v.path("versionMinorNumber").asInt(), d.version());
    }
  }

  @Test
  void keywordsLicenceAndPlaceAgreeWhereTheDataCiteExportCarriesThem() {
    Dataset max = dataCite("export-set-max");
    JsonNode n = json("export-set-max", "datasetJson.json");
    List<String> keywords = new ArrayList<>();
    citation(n, "subject").forEach(s -> keywords.add(s.asString()));
    keywords.addAll(values(citation(n, "keyword"), "keywordValue"));
    assertEquals(keywords, max.keywords().stream().map(Keyword::label).toList());
    assertEquals(Licences.spdx(n.path("datasetVersion").path("license").path("uri").asString()), max.licence().id());
    JsonNode geo = n.path("datasetVersion").path("metadataBlocks").path("geospatial").path("fields").get(0)
        .path("value").get(0);
    Set<String> parts = new HashSet<>();
    for (String f : List.of("country", "state", "city", "otherGeographicCoverage")) {
      parts.add(geo.path(f).path("value").asString());
    }
    assertEquals(parts, new HashSet<>(Arrays.asList(max.spatial().places().get(0).split(",\\s*"))));
  }

  /** Known gaps of Dataverse's DataCite export: if they are ever filled, this test says so. */
  @Test
  void theMinimalDataCiteExportDropsTheLicenceAndTheSubject() {
    Dataset minimal = dataCite("export-set-minimal");
    JsonNode n = json("export-set-minimal", "datasetJson.json");
    assertEquals("CC0-1.0", Licences.spdx(n.path("datasetVersion").path("license").path("uri").asString()));
    assertNull(minimal.licence());
    assertEquals("Other", citation(n, "subject").get(0).asString());
    assertEquals(List.of(), minimal.keywords());
  }

  @ParameterizedTest
  @ValueSource(strings = {"export-set-max", "export-set-minimal"})
  void dataCiteAgreesWithSchemaOrg(String set) {
    Dataset d = dataCite(set);
    JsonNode s = json(set, "datasetSchemaDotOrg.json");
    assertEquals(Identifier.parse(s.path("identifier").asString()), d.identifiers().get(0));
    assertEquals(s.path("name").asString(), d.title(null));
    assertEquals(s.path("publisher").path("name").asString(), d.publisher().name());
    assertEquals(Dates.year(s.path("datePublished").asString()), d.year());
    if (d.modified() != null) assertEquals(s.path("dateModified").asString(), d.modified());
    List<String> temporal = new ArrayList<>();
    s.path("temporalCoverage").forEach(t -> temporal.add(t.asString()));
    assertEquals(temporal, d.temporal().stream().map(p -> p.start() + "/" + p.end()).toList());
    if (d.licence() != null) assertEquals(Licences.spdx(s.path("license").asString()), d.licence().id());
  }

  @Test
  void theTwoSetsShareTheirPublisherAndCreatorButAreTwoDatasets() {
    Dataset max = dataCite("export-set-max");
    Dataset minimal = dataCite("export-set-minimal");
    assertEquals(max.publisher(), minimal.publisher());
    assertEquals(max.creators().get(0).name(), minimal.creators().get(0).name());
    assertEquals(max.resourceType(), minimal.resourceType());
    assertNotEquals(max.identifiers().get(0).key(), minimal.identifiers().get(0).key(), "no merge by identifier");
  }
}
