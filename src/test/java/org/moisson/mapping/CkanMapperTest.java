package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.ResourceType;

/** What the demo.ckan.org packages do not show: extras, groups, licences, resources of other portals. */
class CkanMapperTest {
  private final CkanMapper mapper = new CkanMapper();

  private Dataset map(String extrasJson, String more) {
    return mapper.map("""
        {"id": "4f1a", "name": "sols-bretagne", "title": "Sols de Bretagne", "notes": "Des **sols**.\\n\\n- un\\n- deux",
         "type": "dataset", "extras": %s %s}
        """.formatted(extrasJson, more.isEmpty() ? "" : ", " + more));
  }

  private static String extras(String... kv) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i + 1 < kv.length; i += 2) {
      if (i > 0) sb.append(',');
      sb.append("{\"key\":\"").append(kv[i]).append("\",\"value\":").append(kv[i + 1]).append('}');
    }
    return sb.append(']').toString();
  }

  @Test
  void markdownNotesAreKeptAsText() {
    assertEquals("Des **sols**.\n\n- un\n- deux", map("[]", "").description(null));
  }

  @Test
  void doiExtraIsTheKeyIdentifierAndGivesTheLandingPage() {
    Dataset d = map(extras("doi", "\"https://doi.org/10.5072/ABC\"", "identifier", "\"urn:x:1\""), "");
    assertEquals("10.5072/abc", d.doi());
    assertEquals(List.of(new Identifier(Identifier.Scheme.DOI, "10.5072/abc"), new Identifier(Identifier.Scheme.URN, "urn:x:1"),
        new Identifier(Identifier.Scheme.LOCAL, "4f1a"), new Identifier(Identifier.Scheme.LOCAL, "sols-bretagne")), d.identifiers());
    assertEquals("https://doi.org/10.5072/abc", d.landingPage());
  }

  @Test
  void sourceUrlIsTheLandingPageUnlessItIsAFile() {
    assertEquals("https://data.example.org/set/1", map("[]", "\"url\": \"https://data.example.org/set/1\"").landingPage());
    Dataset file = map("[]", "\"url\": \"https://data.example.org/files/sols.csv?v=2\"");
    assertNull(file.landingPage());
    assertEquals(new Distribution("sols.csv", "CSV", null, "https://data.example.org/files/sols.csv?v=2",
        "https://data.example.org/files/sols.csv?v=2", null, null), file.distributions().get(0));
    assertNull(map("[]", "\"url\": \"ftp site\"").landingPage());
  }

  @Test
  void spatialExtraAsGeoJson() {
    Dataset polygon = map(extras("spatial", "\"{\\\"type\\\": \\\"Polygon\\\", \\\"coordinates\\\": [[[-5.1, 47.3], [-1.0, 47.3], [-1.0, 48.9], [-5.1, 48.9], [-5.1, 47.3]]]}\""), "");
    assertEquals(List.of(new BoundingBox(-5.1, 47.3, -1.0, 48.9)), polygon.spatial().boxes(), "a rectangle is a box");
    Dataset point = map(extras("spatial", "\"{\\\"type\\\":\\\"Point\\\",\\\"coordinates\\\":[2.35,48.85]}\""), "");
    assertEquals(List.of(new Point(2.35, 48.85)), point.spatial().points());
    Dataset multi = map(extras("spatial", "\"{\\\"type\\\":\\\"MultiPolygon\\\",\\\"coordinates\\\":[[[[0,0],[2,0],[1,2],[0,0]]],[[[10,10],[12,10],[11,12],[10,10]]]]}\""), "");
    assertEquals(2, multi.spatial().polygons().size());
    assertEquals(List.of(new BoundingBox(0, 0, 2, 2), new BoundingBox(10, 10, 12, 12)), multi.spatial().footprints());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"{not json\"", "\"{\\\"type\\\":\\\"Polygon\\\",\\\"coordinates\\\":[]}\"",
      "\"{\\\"type\\\":\\\"Polygon\\\"}\"", "\"{\\\"type\\\":\\\"Point\\\",\\\"coordinates\\\":[500,1]}\"",
      "\"{\\\"type\\\":\\\"Point\\\",\\\"coordinates\\\":\\\"x\\\"}\"", "\"{\\\"type\\\":\\\"Circle\\\"}\"", "\"[1,2]\"", "\"\"",
      "\"{\\\"type\\\":\\\"Polygon\\\",\\\"coordinates\\\":[[[0,0],[1,1]]]}\""})
  void invalidGeoJsonIsIgnored(String value) {
    Dataset d = map(extras("spatial", value), "");
    assertEquals(List.of(), d.spatial().footprints(), value);
    assertEquals("Sols de Bretagne", d.title(null));
  }

  @Test
  void temporalCoverageInEitherSpelling() {
    assertEquals(List.of(new Period("2019-01-01", "2020-12-31")),
        map(extras("temporal_start", "\"2019-01-01\"", "temporal_end", "\"2020-12-31\""), "").temporal());
    assertEquals(List.of(new Period("2001", null)),
        map(extras("temporal_coverage_from", "\"2001\"", "temporal_coverage_to", "\"ongoing\""), "").temporal());
  }

  @Test
  void languagesAsCodeListOrJson() {
    assertEquals(List.of("fr"), map(extras("language", "\"fre\""), "").languages());
    assertEquals(List.of("en", "fr"), map(extras("language", "\"en, fr\""), "").languages());
    assertEquals(List.of("en", "de"), map(extras("language", "\"[\\\"en\\\", \\\"de\\\"]\""), "").languages());
  }

  @Test
  void schemingPortalsPutExtrasAtTheTopLevel() {
    Dataset d = map("[]", "\"doi\": \"10.5072/top\", \"temporal_start\": \"2010\", \"language\": [\"it\"]");
    assertEquals("10.5072/top", d.doi());
    assertEquals(List.of(new Period("2010", null)), d.temporal());
    assertEquals(List.of("it"), d.languages());
  }

  @Test
  void tagsGroupsOrganizationAuthorMaintainer() {
    Dataset d = map("[]", """
        "tags": [{"name": "sol", "display_name": "sol"}, "eau"],
        "groups": [{"name": "env", "title": "Environnement"}],
        "organization": {"name": "inrae", "title": "INRAE"},
        "author": "Martin, Claire", "maintainer": "Service données", "maintainer_email": "x@example.org"
        """);
    assertEquals(List.of(Keyword.of("sol"), Keyword.of("eau"), new Keyword("Environnement", "CKAN group", null)), d.keywords());
    assertEquals(Agent.organization("INRAE"), d.publisher());
    assertEquals(List.of("Martin, Claire"), d.creators().stream().map(Agent::name).toList());
    assertEquals("ContactPerson", d.contributors().get(0).role());
  }

  @Test
  void licences() {
    assertEquals("CC0-1.0", map("[]", "\"license_id\": \"cc-zero\", \"license_title\": \"Creative Commons CCZero\"").licence().id());
    assertEquals("ODbL-1.0", map("[]", "\"license_id\": \"odc-odbl\"").licence().id());
    assertEquals("CC-BY-4.0", map("[]", "\"license_id\": \"CC-BY-4.0\"").licence().id());
    assertEquals("etalab-2.0", map("[]", "\"license_id\": \"lov2\", \"license_title\": \"Licence Ouverte / Open Licence version 2.0\"").licence().id());
    assertNull(map("[]", "\"license_id\": \"notspecified\", \"license_title\": \"License not specified\"").licence());
  }

  @Test
  void resources() {
    Dataset d = map("[]", """
        "resources": [
          {"name": "Mesures", "format": "CSV", "mimetype": "Text/CSV", "url": "https://x.org/m.csv", "url_type": "upload", "size": 2048},
          {"name": "API", "format": "WMS", "url": "https://x.org/wms", "size": "-1"},
          {"description": "Export", "url": "https://x.org/e", "download_url": "https://x.org/e.zip", "size": "12"},
          {"format": "PDF"}]
        """);
    assertEquals(List.of(new Distribution("Mesures", "CSV", "text/csv", "https://x.org/m.csv", "https://x.org/m.csv", 2048L, null),
        new Distribution("API", "WMS", null, "https://x.org/wms", null, null, null),
        new Distribution("Export", null, null, "https://x.org/e", "https://x.org/e.zip", 12L, null)), d.distributions());
  }

  @Test
  void typesTitleAndWrapper() {
    assertEquals(new ResourceType(null, "showcase"), mapper.map("{\"name\":\"n\",\"title\":\"T\",\"type\":\"showcase\"}").resourceType());
    assertEquals("a-name", mapper.map("{\"name\":\"a-name\",\"title\":\"  \"}").title(null), "CKAN shows the name when there is no title");
    assertEquals("T", mapper.map("{\"success\": true, \"result\": {\"name\":\"n\",\"title\":\"T\"}}").title(null));
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("{\"id\":\"x\"}")).getMessage().contains("no title"));
    assertThrows(MappingException.class, () -> mapper.map("not json"));
  }
}
