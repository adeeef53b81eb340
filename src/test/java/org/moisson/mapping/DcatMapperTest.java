package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.moisson.rdf.SafeRdf;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.RelatedResource;

/** What the DCAT-AP examples do not show: geometry forms, OWL-Time, roles, licences on distributions. */
class DcatMapperTest {
  private static final String PREFIXES = """
      @prefix dcat: <http://www.w3.org/ns/dcat#> .
      @prefix dct: <http://purl.org/dc/terms/> .
      @prefix foaf: <http://xmlns.com/foaf/0.1/> .
      @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix adms: <http://www.w3.org/ns/adms#> .
      @prefix locn: <http://www.w3.org/ns/locn#> .
      @prefix time: <http://www.w3.org/2006/time#> .
      @prefix schema: <http://schema.org/> .
      @prefix prov: <http://www.w3.org/ns/prov#> .
      @prefix owl: <http://www.w3.org/2002/07/owl#> .
      @prefix gsp: <http://www.opengis.net/ont/geosparql#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      @prefix ex: <https://ex.org/> .
      """;

  private static final String RICH = PREFIXES + """
      ex:ds a dcat:Dataset;
        dct:title "Humidité des sols"@fr, "Soil moisture"@en;
        dct:description "Daily soil moisture."@en;
        dct:identifier "doi:10.1234/ABC";
        adms:identifier [ skos:notation "hdl:1902.1/555" ];
        dcat:landingPage ex:landing;
        dct:publisher [ a foaf:Organization; foaf:name "Agence"@fr, "Agency"@en ];
        dct:creator <https://orcid.org/0000-0002-1825-0097>, [ a vcard:Individual; vcard:given-name "Ada"; vcard:family-name "Lovelace" ];
        dcat:contactPoint [ a vcard:Kind; vcard:hasEmail <mailto:help@ex.org> ];
        prov:qualifiedAttribution [ prov:agent [ foaf:name "Keeper" ]; dcat:hadRole <http://inspire.ec.europa.eu/metadata-codelist/ResponsiblePartyRole/custodian> ];
        dct:issued "2014"^^xsd:gYear;
        dct:modified "2020-03-25T10:15:00Z"^^xsd:dateTime;
        dcat:keyword "sol"@fr, "soil"@en;
        dcat:theme ex:concept, <http://publications.europa.eu/resource/authority/data-theme/ENVI>;
        dct:spatial [ dcat:bbox "{\\"type\\": \\"Polygon\\", \\"coordinates\\": [[[-5,41],[10,41],[10,51],[-5,51],[-5,41]]]}"^^<https://www.iana.org/assignments/media-types/application/vnd.geo+json> ],
          [ locn:geometry "<http://www.opengis.net/def/crs/EPSG/0/4326> POINT(45.5 2.25)"^^gsp:wktLiteral ],
          [ dcat:centroid "POINT(1 2)" ; locn:geometry "POLYGON((0 0, 4 0, 2 3, 0 0))" ],
          [ skos:prefLabel "Auvergne"@fr ],
          <https://sws.geonames.org/3017382/>;
        dct:temporal [ time:hasBeginning [ time:inXSDDate "2001-01-01"^^xsd:date ]; time:hasEnd [ time:inXSDgYear "2010"^^xsd:gYear ] ],
          [ schema:startDate "2015-06"^^xsd:gYearMonth ];
        dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC>;
        dcat:distribution [ a dcat:Distribution; dct:title "CSV"@en;
            dcat:downloadURL ex:file.csv; dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv>;
            dcat:byteSize "1024.0"^^xsd:decimal;
            dct:license <http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0> ];
        dct:type <http://purl.org/dc/dcmitype/Software>;
        dct:language <http://publications.europa.eu/resource/authority/language/FRA>, <http://id.loc.gov/vocabulary/iso639-1/en>;
        owl:versionInfo "2.1";
        dct:isReferencedBy <https://doi.org/10.5555/paper>;
        dcat:qualifiedRelation [ dct:relation ex:other; dcat:hadRole <http://www.iana.org/assignments/relation/isSupplementTo> ];
        dcat:inSeries ex:series .
      ex:concept skos:prefLabel "Hydrologie"@fr, "Hydrology"@en .
      """;

  private static Dataset map(String turtle) {
    var ds = DcatGraphs.datasets(SafeRdf.parse(turtle, Lang.TURTLE, null));
    assertEquals(1, ds.size());
    return new DcatMapper().map(ds.get(0).nTriples());
  }

  @Test
  void textsIdentifiersAndDates() {
    Dataset d = map(RICH);
    // values come in the order of their N-Triples form, whatever order the source wrote them in
    assertEquals(List.of(new LangText("fr", "Humidité des sols"), new LangText("en", "Soil moisture")), d.titles());
    assertEquals("Soil moisture", d.title("en"));
    assertEquals(List.of(new Identifier(Identifier.Scheme.URL, "https://ex.org/ds"),
        new Identifier(Identifier.Scheme.DOI, "10.1234/abc"), new Identifier(Identifier.Scheme.HANDLE, "1902.1/555")),
        d.identifiers());
    assertEquals("https://ex.org/landing", d.landingPage());
    assertEquals("2014", d.issued());
    assertEquals("2020-03-25T10:15:00Z", d.modified());
    assertEquals("Software", d.resourceType().general());
    assertEquals(List.of("fr", "en"), d.languages().stream().sorted(java.util.Comparator.reverseOrder()).toList());
    assertEquals("2.1", d.version());
  }

  @Test
  void agentsAndRoles() {
    Dataset d = map(RICH);
    assertEquals("Agency", d.publisher().name());
    assertEquals(Agent.Kind.ORGANIZATION, d.publisher().kind());
    Agent orcid = d.creators().stream().filter(a -> a.orcid() != null).findFirst().orElseThrow();
    assertEquals("0000-0002-1825-0097", orcid.orcid());
    Agent ada = d.creators().stream().filter(a -> a.kind() == Agent.Kind.PERSON).findFirst().orElseThrow();
    assertEquals("Ada Lovelace", ada.name());
    assertEquals("Lovelace", ada.familyName());
    assertEquals(List.of("help@ex.org/ContactPerson", "Keeper/DataCurator"),
        d.contributors().stream().map(a -> a.name() + "/" + a.role()).toList());
  }

  @Test
  void keywordsAndThemes() {
    List<Keyword> k = map(RICH).keywords();
    assertEquals(List.of(Keyword.of("soil"), Keyword.of("sol"),
        new Keyword("Environment", "dcat:theme", "http://publications.europa.eu/resource/authority/data-theme/ENVI"),
        new Keyword("Hydrology", "dcat:theme", "https://ex.org/concept")), k);
  }

  @Test
  void spatialInEveryForm() {
    Dataset d = map(RICH);
    assertEquals(List.of(new BoundingBox(-5, 41, 10, 51)), d.spatial().boxes());
    // EPSG:4326 WKT is latitude first
    assertTrue(d.spatial().points().contains(new Point(2.25, 45.5)), d.spatial().points().toString());
    assertTrue(d.spatial().points().contains(new Point(1, 2)));
    assertEquals(1, d.spatial().polygons().size());
    assertEquals(4, d.spatial().polygons().get(0).ring().size());
    assertEquals(List.of("https://sws.geonames.org/3017382/", "Auvergne"), d.spatial().places());
  }

  @Test
  void temporalFromOwlTimeAndSchemaOrg() {
    assertEquals(List.of(new Period("2015-06", null), new Period("2001-01-01", "2010")), map(RICH).temporal());
  }

  @Test
  void distributionLicenceAndRights() {
    Dataset d = map(RICH);
    assertEquals(List.of(new Distribution("CSV", null, "text/csv", null, "https://ex.org/file.csv", 1024L, "CC-BY-SA-4.0")),
        d.distributions());
    assertEquals("CC-BY-SA-4.0", d.licence().id());
    assertEquals("http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0", d.licence().uri());
    assertEquals("PUBLIC", d.accessRights());
  }

  @Test
  void relations() {
    assertEquals(List.of(
        new RelatedResource("https://ex.org/series", "URL", "IsPartOf", null),
        new RelatedResource("https://doi.org/10.5555/paper", "DOI", "IsReferencedBy", null),
        new RelatedResource("https://ex.org/other", "URL", "IsSupplementTo", null)), map(RICH).related());
  }

  @Test
  void rightsStatementStandsInForAMissingLicence() {
    Dataset d = map(PREFIXES + """
        ex:ds a dcat:Dataset; dct:title "T"; dct:rights [ a dct:RightsStatement; dct:title "Ask first"@en ] .
        """);
    assertEquals(new Licence(null, null, "Ask first"), d.licence());
    assertNull(d.accessRights());
  }

  @Test
  void datasetWithoutTitleIsRefused() {
    MappingException e = assertThrows(MappingException.class,
        () -> map(PREFIXES + "ex:ds a dcat:Dataset; dct:description \"no title\" ."));
    assertEquals("DCAT dataset <https://ex.org/ds> has no dct:title", e.getMessage());
  }

  @Test
  void wholePageIsMappedByItsUnreferencedDatasetOrRefused() {
    String page = PREFIXES + """
        ex:main a dcat:Dataset; dct:title "Main"; dct:hasPart ex:part .
        ex:part a dcat:Dataset; dct:title "Part" .
        """;
    assertEquals("Main", new DcatMapper().map(nTriples(page)).title(null));
    String two = PREFIXES + "ex:a a dcat:Dataset; dct:title \"A\" . ex:b a dcat:Dataset; dct:title \"B\" .";
    MappingException e = assertThrows(MappingException.class, () -> new DcatMapper().map(nTriples(two)));
    assertTrue(e.getMessage().startsWith("DCAT payload describes 2 datasets"), e.getMessage());
  }

  @Test
  void payloadThatIsNotNTriplesOrHasNoDatasetIsRefused() {
    MappingException e = assertThrows(MappingException.class, () -> new DcatMapper().map("<a> <b> ."));
    assertTrue(e.getMessage().startsWith("DCAT payload is not N-Triples: "), e.getMessage());
    e = assertThrows(MappingException.class, () -> new DcatMapper().map(
        "<https://ex.org/a> <http://purl.org/dc/terms/title> \"T\" .\n"));
    assertEquals("DCAT payload holds no dcat:Dataset", e.getMessage());
    assertEquals("dcat", new DcatMapper().format());
  }

  private static String nTriples(String turtle) {
    var out = new java.io.StringWriter();
    org.apache.jena.riot.RDFDataMgr.write(out, SafeRdf.parse(turtle, Lang.TURTLE, null), Lang.NTRIPLES);
    return out.toString();
  }
}
