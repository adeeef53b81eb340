package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.record.Point;
import org.moisson.record.ResourceType;

/** The shapes of the DataCite REST API that the kernel-4.3 examples do not show. */
class DataCiteJsonMapperTest {
  private final DataCiteJsonMapper mapper = new DataCiteJsonMapper();

  /** An item of a REST API /dois page as DataCite serves it (abridged, values of a real shape). */
  private static final String REST_ITEM = """
      {"id": "10.5072/rest-1", "type": "dois",
       "attributes": {
         "doi": "10.5072/REST-1",
         "identifiers": [{"identifier": "hdl:20.500.12345/99", "identifierType": "Handle"}],
         "creators": [
           {"name": "Dupont, Claire", "nameType": "Personal", "givenName": "Claire", "familyName": "Dupont",
            "affiliation": ["Université de Lyon"],
            "nameIdentifiers": [{"nameIdentifier": "https://orcid.org/0000-0002-1825-0097", "nameIdentifierScheme": "ORCID",
                                 "schemeUri": "https://orcid.org"}]},
           {"name": "Observatoire", "nameType": "Organizational",
            "affiliation": [{"name": "CNRS", "affiliationIdentifier": "https://ror.org/02feahw73",
                             "affiliationIdentifierScheme": "ROR"}]}],
         "titles": [{"title": "  Mesures   de sol ", "lang": "fr"}, {"title": "Soil measurements", "titleType": "TranslatedTitle", "lang": "en"}],
         "publisher": {"name": "Recherche Data Gouv", "publisherIdentifier": "https://ror.org/00xxxxx00",
                       "publisherIdentifierScheme": "ROR"},
         "publicationYear": 2021,
         "subjects": [{"subject": "Soil", "subjectScheme": "GEMET", "valueUri": "http://www.eionet.europa.eu/gemet/concept/7843"}],
         "contributors": [{"name": "ANR", "contributorType": "Funder", "nameType": "Organizational"},
                          {"name": "Martin, Paul", "contributorType": "DataCurator"}],
         "dates": [{"date": "2021-03-04", "dateType": "Issued"}, {"date": "2019-01-01/2020-12-31", "dateType": "Coverage"}],
         "language": "fra",
         "types": {"resourceTypeGeneral": "Dataset", "resourceType": "Tableau de mesures"},
         "relatedIdentifiers": [{"relatedIdentifier": "10.1000/paper", "relatedIdentifierType": "DOI", "relationType": "IsCitedBy"}],
         "relatedItems": [{"relationType": "IsPublishedIn", "relatedItemType": "Journal",
                           "relatedItemIdentifier": {"relatedItemIdentifier": "1234-5678", "relatedItemIdentifierType": "ISSN"}}],
         "sizes": ["12 Mo"], "formats": ["text/csv"], "version": 2,
         "rightsList": [{"rights": "Creative Commons Attribution 4.0 International", "rightsUri": "https://creativecommons.org/licenses/by/4.0/legalcode",
                         "rightsIdentifier": "cc-by-4.0", "rightsIdentifierScheme": "SPDX"},
                        {"rightsUri": "info:eu-repo/semantics/openAccess"}],
         "descriptions": [{"description": "Premier paragraphe,\\n   sur deux lignes.\\n\\nSecond paragraphe.", "descriptionType": "Abstract"},
                          {"description": "Méthode", "descriptionType": "Methods"}],
         "geoLocations": [
           {"geoLocationPlace": "Lyon,, France,", "geoLocationPoint": {"pointLongitude": "4.83", "pointLatitude": "45.76"},
            "geoLocationBox": {"westBoundLongitude": "4.7", "eastBoundLongitude": 5.0, "southBoundLatitude": "45.6", "northBoundLatitude": 45.9}},
           {"geoLocationPolygon": [[{"polygonPoint": {"pointLongitude": 1, "pointLatitude": 1}},
                                    {"polygonPoint": {"pointLongitude": 2, "pointLatitude": 1}},
                                    {"polygonPoint": {"pointLongitude": 2, "pointLatitude": 2}},
                                    {"polygonPoint": {"pointLongitude": 1, "pointLatitude": 1}},
                                    {"inPolygonPoint": {"pointLongitude": 1.5, "pointLatitude": 1.2}}],
                                   [{"polygonPoint": {"pointLongitude": 10, "pointLatitude": 10}},
                                    {"polygonPoint": {"pointLongitude": "north", "pointLatitude": 11}},
                                    {"polygonPoint": {"pointLongitude": 11, "pointLatitude": 11}}]]}],
         "fundingReferences": [{"funderName": "European Commission", "funderIdentifier": "501100000780",
                                "funderIdentifierType": "Crossref Funder ID", "awardNumber": "101000000", "awardUri": "https://cordis.europa.eu/project/id/101000000"}],
         "url": "https://entrepot.recherche.data.gouv.fr/dataset.xhtml?persistentId=doi:10.5072/REST-1",
         "state": "findable", "updated": "2024-05-02T10:11:12Z"},
       "relationships": {"client": {"data": {"id": "rdg.prod", "type": "clients"}}}}
      """;

  @Test
  void restApiItem() {
    Dataset d = mapper.map(REST_ITEM);
    assertEquals(List.of(new Identifier(Identifier.Scheme.DOI, "10.5072/rest-1"),
        new Identifier(Identifier.Scheme.HANDLE, "20.500.12345/99")), d.identifiers());
    assertEquals("Mesures de sol", d.title("fr"));
    assertEquals("Soil measurements", d.title("en"));
    Agent claire = d.creators().get(0);
    assertEquals("0000-0002-1825-0097", claire.orcid());
    assertEquals(List.of(new Agent.Affiliation("Université de Lyon", null)), claire.affiliations());
    assertEquals(Agent.Kind.PERSON, claire.kind());
    assertEquals(List.of(new Agent.Affiliation("CNRS", "02feahw73")), d.creators().get(1).affiliations());
    assertEquals(Agent.Kind.ORGANIZATION, d.creators().get(1).kind());
    assertEquals("Recherche Data Gouv", d.publisher().name());
    assertEquals(List.of("DataCurator"), d.contributors().stream().map(Agent::role).toList(), "a Funder is funding, not a contributor");
    assertEquals("2021-03-04", d.issued());
    assertEquals("2019-01-01", d.temporal().get(0).start());
    assertEquals(List.of("fr"), d.languages());
    assertEquals(new ResourceType("Dataset", "Tableau de mesures"), d.resourceType());
    assertEquals("http://www.eionet.europa.eu/gemet/concept/7843", d.keywords().get(0).uri());
    assertEquals(List.of("IsCitedBy", "IsPublishedIn"), d.related().stream().map(r -> r.relationType()).toList());
    assertEquals("2", d.version());
    assertEquals("CC-BY-4.0", d.licence().id());
    assertEquals("info:eu-repo/semantics/openAccess", d.accessRights());
    assertEquals("Premier paragraphe, sur deux lignes.\nSecond paragraphe.", d.description(null));
    assertEquals("text/csv", d.distributions().get(0).mediaType());
    assertEquals(d.landingPage(), d.distributions().get(0).accessUrl());
    assertTrue(d.landingPage().startsWith("https://entrepot.recherche.data.gouv.fr/"), "the REST API's url is the landing page");
  }

  @Test
  void geoLocationsWithNumbersAsTextAndNestedPolygons() {
    Dataset d = mapper.map(REST_ITEM);
    assertEquals(List.of("Lyon, France"), d.spatial().places());
    assertEquals(List.of(new Point(4.83, 45.76)), d.spatial().points());
    assertEquals(List.of(new BoundingBox(4.7, 45.6, 5.0, 45.9)), d.spatial().boxes());
    assertEquals(1, d.spatial().polygons().size(), "the polygon with an unreadable vertex is dropped");
    assertEquals(4, d.spatial().polygons().get(0).ring().size(), "inPolygonPoint is no vertex");
  }

  @Test
  void fundingFromReferencesAndFunderContributors() {
    assertEquals(List.of(new Funding("European Commission", "https://doi.org/10.13039/501100000780", "101000000", null),
        new Funding("ANR", null, null, null)), mapper.map(REST_ITEM).funding());
  }

  @Test
  void singleDoiAnswerAndSchemaPolygons() {
    Dataset d = mapper.map("""
        {"data": {"id": "10.5072/x", "type": "dois", "attributes": {"doi": "10.5072/x",
          "titles": [{"title": "T"}], "publisher": "P",
          "geoLocations": [{"geoLocationPolygons": [{"polygonPoints": [
            {"pointLongitude": 0, "pointLatitude": 0}, {"pointLongitude": 1, "pointLatitude": 0},
            {"pointLongitude": 1, "pointLatitude": 1}, {"pointLongitude": 0, "pointLatitude": 0}]}]}]}}}
        """);
    assertEquals("10.5072/x", d.doi());
    assertEquals("P", d.publisher().name());
    assertEquals("https://doi.org/10.5072/x", d.landingPage(), "without url, the DOI resolver");
    assertEquals(1, d.spatial().polygons().size());
  }

  @Test
  void aBrOrABlankLineIsALineBreakOtherWhiteSpaceIsFolded() {
    assertEquals("a b\nc\nd", DataCiteJsonMapper.paragraphs("a\n   b<br/>c\n\n  d"));
    assertEquals("x\ny", DataCiteJsonMapper.paragraphs("x<BR>y"));
    assertNull(DataCiteJsonMapper.paragraphs("  \n "));
  }

  @Test
  void resourceTypeRepeatingTheGeneralTypeSaysNothingMore() {
    Dataset d = mapper.map("{\"titles\":[{\"title\":\"T\"}],\"types\":{\"resourceTypeGeneral\":\"Dataset\",\"resourceType\":\"dataset\"}}");
    assertEquals(new ResourceType("Dataset", null), d.resourceType());
  }

  @Test
  void whatIsNotADataCiteRecordIsAMappingException() {
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("{\"doi\":\"10.5072/x\",\"titles\":[]}"))
        .getMessage().contains("no title"));
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("<resource/>")).getMessage().startsWith("not JSON"));
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("[1, 2]")).getMessage().contains("not a JSON object"));
    assertThrows(MappingException.class, () -> mapper.map(""));
  }

  @Test
  void oddValuesAreIgnoredNotThrown() {
    Dataset d = mapper.map("""
        {"titles": "Un titre seul", "creators": [{"affiliation": "x"}, "Anonyme", 42],
         "geoLocations": [{"geoLocationPoint": {"pointLongitude": "est", "pointLatitude": 1}},
                          {"geoLocationBox": {"westBoundLongitude": 200}}, "Paris"],
         "dates": [{"date": "Yesterday", "dateType": "Created"}], "publisher": ["a", "b"]}
        """);
    assertEquals("Un titre seul", d.title(null));
    assertEquals(List.of("Anonyme"), d.creators().stream().map(Agent::name).toList());
    assertNull(d.publisher());
    assertTrue(d.spatial().points().isEmpty());
    assertTrue(d.spatial().boxes().isEmpty());
    assertTrue(d.dates().isEmpty());
  }
}
