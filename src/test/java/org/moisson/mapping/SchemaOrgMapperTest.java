package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Keyword;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.RelatedResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Shapes the fixtures show only in part, on small JSON-LD written here. */
class SchemaOrgMapperTest {
  private final SchemaOrgMapper mapper = new SchemaOrgMapper();

  @Test
  void aWebPageGraphWithReferencesPrefixesAndRoles() {
    Dataset d = mapper.map("""
        {"@context": {"schema": "https://schema.org/"},
         "@graph": [
           {"@type": "schema:WebPage", "@id": "https://repo.example.org/ds/1", "schema:mainEntity": {"@id": "#ds"}},
           {"@id": "#org", "@type": "schema:ResearchOrganization", "schema:name": "INRAE",
            "schema:identifier": "https://ror.org/003vg9w96"},
           {"@id": "#ds", "@type": "schema:Dataset",
            "schema:name": [{"@language": "fr", "@value": "Sols de France"}, {"@language": "en", "@value": "Soils of France"}],
            "schema:description": {"@language": "fr", "@value": "Mesures <b>2020</b>&lt;br/&gt;suite"},
            "schema:identifier": {"@type": "PropertyValue", "propertyID": "https://registry.identifiers.org/registry/doi",
                                  "value": "10.57745/ABCDEF"},
            "schema:creator": [{"@type": "Role", "roleName": "PI",
                                "creator": {"@type": "Person", "givenName": "Claire", "familyName": "Martin",
                                            "identifier": {"@type": "PropertyValue", "propertyID": "https://registry.identifiers.org/registry/orcid",
                                                           "value": "0000-0002-1825-0097"},
                                            "affiliation": {"@id": "#org"}}}],
            "schema:publisher": {"@id": "#org"},
            "schema:provider": {"@type": "Organization", "name": "Recherche Data Gouv"},
            "schema:keywords": "sol, carbone ,  ",
            "schema:inLanguage": "fr-FR",
            "schema:license": {"@type": "CreativeWork", "name": "Licence Ouverte 2.0",
                               "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"},
            "schema:isAccessibleForFree": false,
            "schema:citation": [{"@type": "ScholarlyArticle", "identifier": "https://doi.org/10.1000/article"},
                                "Martin (2021). Sols de France. https://doi.org/10.57745/ABCDEF"],
            "schema:temporalCoverage": "2015-01/..",
            "schema:spatialCoverage": [{"@type": "Place", "name": "Bretagne",
                                        "geo": {"@type": "GeoShape", "polygon": "48.0 -5.0 48.9 -5.0 48.9 -1.0 48.0 -1.0 48.0 -5.0"}},
                                       {"@type": "Place", "geo": {"@type": "GeoCoordinates", "latitude": 45.1, "longitude": 5.7}},
                                       "Alpes"],
            "schema:distribution": {"@type": "DataDownload", "name": "data.csv", "contentUrl": "https://repo.example.org/f/1",
                                    "encodingFormat": "text/csv", "contentSize": "1.5 MB"}}]}
        """);
    assertEquals("Sols de France", d.title("fr"));
    assertEquals("Soils of France", d.title("en"));
    assertEquals("Mesures 2020\nsuite", d.description("fr"));
    assertEquals("10.57745/abcdef", d.doi());
    Agent martin = d.creators().get(0);
    assertEquals("Martin, Claire", martin.name());
    assertEquals(Agent.Kind.PERSON, martin.kind());
    assertEquals("0000-0002-1825-0097", martin.orcid());
    assertEquals(List.of(new Agent.Affiliation("INRAE", "003vg9w96")), martin.affiliations());
    assertEquals("INRAE", d.publisher().name());
    assertEquals(Agent.Kind.ORGANIZATION, d.publisher().kind());
    assertEquals(List.of("HostingInstitution"), d.contributors().stream().map(Agent::role).toList());
    assertEquals(List.of(Keyword.of("sol"), Keyword.of("carbone")), d.keywords());
    assertEquals(List.of("fr"), d.languages());
    assertEquals(new Licence("etalab-2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/", "Licence Ouverte 2.0"), d.licence());
    assertEquals("info:eu-repo/semantics/restrictedAccess", d.accessRights());
    assertEquals(List.of(new RelatedResource("10.1000/article", "DOI", "Cites", null)), d.related());
    assertEquals(List.of(new Period("2015-01", null)), d.temporal());
    assertEquals(List.of("Bretagne", "Alpes"), d.spatial().places());
    assertEquals(List.of(new Point(-5.0, 48.0), new Point(-5.0, 48.9), new Point(-1.0, 48.9), new Point(-1.0, 48.0),
        new Point(-5.0, 48.0)), d.spatial().polygons().get(0).ring());
    assertEquals(List.of(new Point(5.7, 45.1)), d.spatial().points());
    assertEquals(List.of(new Distribution("data.csv", null, "text/csv", "https://repo.example.org/f/1",
        "https://repo.example.org/f/1", 1_500_000L, null)), d.distributions());
  }

  @Test
  void contentSizesInTheirUsualSpellings() {
    assertEquals(27L, SchemaOrgMapper.size("27"));
    assertEquals(27L, SchemaOrgMapper.size("27 B"));
    assertEquals(2048L, SchemaOrgMapper.size("2 KiB"));
    assertEquals(3_000_000_000L, SchemaOrgMapper.size("3GB"));
    assertNull(SchemaOrgMapper.size("large"));
  }

  /** The real OWL-Time shapes of science-on-schema.org's temporal example, each Dataset named here to be mappable. */
  @Test
  void owlTimeIntervalsAndInstantsOfTheTemporalExample() {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode graph = json.readTree(GoldenFiles.read(
        GoldenFiles.fixture("schemaorg-stac/science-on-schema.org/examples/dataset/temporalCoverage.jsonld"))).path("@graph");
    List<List<Period>> periods = new ArrayList<>();
    for (JsonNode ds : graph) {
      ObjectNode named = ((ObjectNode) ds.deepCopy()).put("name", "named here");
      periods.add(mapper.map(json.writeValueAsString(named)).temporal());
    }
    assertEquals(List.of(new Period("1980-03-27T19:36:00Z", "1981-01-03T00:00:00Z")), periods.get(0));
    // Millions of years, radiocarbon ages and named geological eras are no ISO date: left out, not mistaken for one.
    assertTrue(periods.subList(1, periods.size()).stream().allMatch(List::isEmpty), periods.toString());
  }

  @Test
  void whatIsNoDatasetIsRefusedWithAReason() {
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("{\"@type\": \"WebPage\", \"name\": \"Home\"}"))
        .getMessage().contains("no schema.org Dataset"));
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("[{\"@type\":\"Dataset\",\"name\":\"a\"},"
        + "{\"@type\":\"Dataset\",\"name\":\"b\"}]")).getMessage().contains("2 schema.org Datasets"));
    assertThrows(MappingException.class, () -> mapper.map("<html></html>"));
    // A Dataset that lists its parts is still one dataset.
    Dataset whole = mapper.map("[{\"@type\":\"Dataset\",\"@id\":\"#all\",\"name\":\"All\",\"hasPart\":{\"@id\":\"#p1\"}},"
        + "{\"@type\":\"Dataset\",\"@id\":\"#p1\",\"name\":\"Part\"}]");
    assertEquals("All", whole.title(null));
  }
}
