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
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.RelatedResource;

/** What the specification's examples do not exercise, on small collections written here. */
class StacCollectionMapperTest {
  private final StacCollectionMapper mapper = new StacCollectionMapper();

  @Test
  void anApiCollectionWithTheScientificExtensionAndSeveralExtents() {
    Dataset d = mapper.map("""
        {"type": "Collection", "id": "sst-pacific", "stac_version": "1.0.0", "description": "SST",
         "license": "CC-BY-4.0", "sci:doi": "10.5281/ZENODO.1234",
         "sci:citation": "Doe (2020) SST.", "sci:publications": [{"doi": "10.1000/paper", "citation": "Doe 2021"}],
         "providers": [{"name": "Ifremer", "roles": ["host"], "url": "https://www.ifremer.fr"},
                       {"name": "Anonymous helper"}],
         "extent": {
           "spatial": {"bbox": [[170, -10, 0, -170, 10, 100], [170, -10, 180, 10], [-180, -10, -170, 10]]},
           "temporal": {"interval": [[null, "2020-12-31T00:00:00Z"], ["2001-01-01T00:00:00Z", null], [null, null]]}},
         "created": "2019-01-01T00:00:00Z", "updated": "2024-02-03T04:05:06Z", "version": "2.1",
         "links": [
           {"rel": "self", "href": "https://stac.example.org/collections/sst-pacific"},
           {"rel": "license", "href": "https://creativecommons.org/licenses/by/4.0/", "title": "CC BY 4.0"},
           {"rel": "items", "href": "./sst-pacific/items", "type": "application/geo+json"},
           {"rel": "cite-as", "href": "https://doi.org/10.5281/zenodo.1234"},
           {"rel": "about", "href": "https://www.example.org/sst"}],
         "assets": {
           "thumbnail": {"href": "thumb.png", "roles": ["thumbnail"]},
           "cube": {"href": "https://data.example.org/sst.zarr", "type": "application/vnd+zarr", "roles": ["data"],
                    "title": "Zarr cube", "file:size": 1234567890}}}
        """);
    assertEquals("sst-pacific", d.title(null));
    assertEquals(List.of(new Identifier(Identifier.Scheme.LOCAL, "sst-pacific"),
        new Identifier(Identifier.Scheme.URL, "https://stac.example.org/collections/sst-pacific"),
        new Identifier(Identifier.Scheme.DOI, "10.5281/zenodo.1234")), d.identifiers());
    assertEquals("https://www.example.org/sst", d.landingPage());
    assertEquals(List.of(new BoundingBox(170, -10, -170, 10), new BoundingBox(170, -10, 180, 10),
        new BoundingBox(-180, -10, -170, 10)), d.spatial().boxes());
    assertTrue(d.spatial().boxes().get(0).crossesAntimeridian());
    assertEquals(List.of(new Period(null, "2020-12-31T00:00:00Z"), new Period("2001-01-01T00:00:00Z", null)), d.temporal());
    assertEquals(new Licence("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"), d.licence());
    assertEquals("Ifremer", d.publisher().name());
    assertEquals(List.of("HostingInstitution", "none"),
        d.contributors().stream().map(a -> a.role() == null ? "none" : a.role()).toList());
    assertEquals(List.of(
        new Distribution("STAC Items", "STAC Items", "application/geo+json",
            "https://stac.example.org/collections/sst-pacific/items", null, null, null),
        new Distribution("Zarr cube", null, "application/vnd+zarr", "https://data.example.org/sst.zarr",
            "https://data.example.org/sst.zarr", 1234567890L, null)), d.distributions());
    assertEquals(List.of(new RelatedResource("10.1000/paper", "DOI", "IsCitedBy", null)), d.related());
    assertEquals("2024-02-03T04:05:06Z", d.modified());
    assertEquals("2019-01-01T00:00:00Z", d.dates().get(0).value());
    assertEquals("2.1", d.version());
  }

  @Test
  void aProprietaryLicenceWithoutLinkAndRelativeLinksWithoutSelf() {
    Dataset d = mapper.map("""
        {"type": "Collection", "id": "c", "title": "C", "description": "d", "license": "proprietary",
         "extent": {"spatial": {"bbox": [-5, 41, 10, 51]}, "temporal": {"interval": [["2020-01-01T00:00:00Z", null]]}},
         "links": [{"rel": "item", "href": "./item.json"}, {"rel": "about", "href": "../about.html"}],
         "assets": {"a": {"href": "data.nc"}}}
        """);
    assertEquals(new Licence(null, null, "proprietary"), d.licence());
    assertEquals(List.of(new BoundingBox(-5, 41, 10, 51)), d.spatial().boxes());
    assertEquals(List.of(), d.distributions());
    assertNull(d.landingPage());
  }

  @Test
  void catalogsItemsAndOtherJsonAreNotCollections() {
    MappingException catalog = assertThrows(MappingException.class,
        () -> mapper.map(GoldenFiles.read(GoldenFiles.fixture("schemaorg-stac/stac-spec/examples/catalog.json"))));
    assertTrue(catalog.getMessage().contains("Catalog"), catalog.getMessage());
    MappingException item = assertThrows(MappingException.class,
        () -> mapper.map(GoldenFiles.read(GoldenFiles.fixture("schemaorg-stac/stac-spec/examples/core-item.json"))));
    assertTrue(item.getMessage().contains("Feature"), item.getMessage());
    assertThrows(MappingException.class, () -> mapper.map("{\"id\": \"x\"}"));
    assertThrows(MappingException.class, () -> mapper.map("[1, 2]"));
    assertThrows(MappingException.class, () -> mapper.map("{\"type\": \"Collection\", \"extent\": {}}"));
  }
}
