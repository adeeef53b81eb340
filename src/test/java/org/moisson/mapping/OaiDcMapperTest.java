package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.RelatedResource;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;

class OaiDcMapperTest {
  private final OaiDcMapper mapper = new OaiDcMapper();

  private Dataset dc(String elements) {
    return mapper.map("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title>" + elements + "</oai_dc:dc>");
  }

  @Test
  void aDatasetRecord() {
    Dataset d = dc("""
        <dc:title xml:lang="fr">Titre</dc:title>
        <dc:creator>Dupont, Jeanne</dc:creator><dc:creator>Dupont, Jeanne</dc:creator><dc:creator>Martin, Paul</dc:creator>
        <dc:contributor>INRAE</dc:contributor>
        <dc:subject>soil; moisture ;</dc:subject><dc:subject>soil</dc:subject>
        <dc:description xml:lang="en">About soil.</dc:description>
        <dc:publisher>Recherche Data Gouv</dc:publisher><dc:publisher>Second publisher</dc:publisher>
        <dc:date>not a date</dc:date><dc:date>2019-03-04</dc:date><dc:date>2020</dc:date>
        <dc:date>info:eu-repo/date/embargoEnd/2021-01-01</dc:date>
        <dc:type>http://purl.org/dc/dcmitype/Dataset</dc:type><dc:type>Jeu de données</dc:type>
        <dc:format>text/csv</dc:format><dc:format>NetCDF</dc:format>
        <dc:identifier>https://entrepot.recherche.data.gouv.fr/dataset.xhtml?persistentId=doi:10.57745/ABC</dc:identifier>
        <dc:identifier>doi:10.57745/ABC</dc:identifier>
        <dc:language>fre</dc:language>
        <dc:relation>https://doi.org/10.1000/paper</dc:relation>
        <dc:relation>info:eu-repo/grantAgreement/EC/H2020/101000000/</dc:relation>
        <dc:relation>info:eu-repo/semantics/altIdentifier/handle/20.500.1/2</dc:relation>
        <dc:rights>info:eu-repo/semantics/openAccess</dc:rights>
        <dc:rights>Licence Ouverte / Open Licence version 2.0</dc:rights>
        """);
    assertEquals(List.of(new LangText(null, "T"), new LangText("fr", "Titre")), d.titles());
    assertEquals(List.of("Dupont, Jeanne", "Martin, Paul"), d.creators().stream().map(a -> a.name()).toList());
    assertEquals("INRAE", d.contributors().get(0).name());
    assertEquals(List.of(Keyword.of("soil"), Keyword.of("moisture")), d.keywords());
    assertEquals("About soil.", d.description("en"));
    assertEquals("Recherche Data Gouv", d.publisher().name());
    assertEquals("2019-03-04", d.issued(), "the first date that is a date");
    assertEquals(List.of(new TypedDate("Other", "2020"), new TypedDate("Available", "2021-01-01")), d.dates());
    assertEquals(new ResourceType("Dataset", "Jeu de données"), d.resourceType());
    assertEquals("10.57745/abc", d.doi());
    assertTrue(d.identifiers().contains(new Identifier(Identifier.Scheme.HANDLE, "20.500.1/2")));
    assertEquals("https://doi.org/10.57745/abc", d.landingPage(), "a DOI beats the repository URL");
    assertEquals(List.of(new Distribution(null, null, "text/csv", d.landingPage(), null, null, null),
        new Distribution(null, "NetCDF", null, d.landingPage(), null, null, null)), d.distributions());
    assertEquals(List.of("fr"), d.languages());
    assertEquals(List.of(new RelatedResource("https://doi.org/10.1000/paper", "DOI", "References", null)), d.related());
    assertEquals(List.of(new Funding("EC", null, "101000000", null)), d.funding());
    assertEquals("etalab-2.0", d.licence().id());
    assertEquals("Licence Ouverte / Open Licence version 2.0", d.licence().label());
    assertEquals("info:eu-repo/semantics/openAccess", d.accessRights());
  }

  @Test
  void coverage() {
    Dataset d = dc("""
        <dc:coverage>westlimit=-5.2; southlimit=41.3; eastlimit=9.6; northlimit=51.1; name=France; units=signed decimal degrees</dc:coverage>
        <dc:coverage>-5.2, 41.3, 9.6, 51.1</dc:coverage>
        <dc:coverage>170 -10 -170 10</dc:coverage>
        <dc:coverage>east=2.35; north=48.85; name=Paris</dc:coverage>
        <dc:coverage>start=1990-01-01; end=1999-12-31; scheme=W3C-DTF</dc:coverage>
        <dc:coverage>2000/2010</dc:coverage>
        <dc:coverage>Bretagne</dc:coverage>
        <dc:coverage>westlimit=abc; southlimit=1; eastlimit=2; northlimit=3</dc:coverage>
        """);
    assertEquals(List.of(new BoundingBox(-5.2, 41.3, 9.6, 51.1), new BoundingBox(170, -10, -170, 10)),
        d.spatial().boxes());
    assertEquals(List.of(new Point(2.35, 48.85)), d.spatial().points());
    assertEquals(List.of("France", "Paris", "Bretagne"), d.spatial().places());
    assertEquals(List.of(new Period("1990-01-01", "1999-12-31"), new Period("2000", "2010")), d.temporal());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "null", textBlock = """
      Dataset,                                    Dataset,        null
      dataset,                                    Dataset,        null
      http://purl.org/dc/dcmitype/StillImage,     Image,          null
      Moving Image,                               Audiovisual,    null
      info:eu-repo/semantics/doctoralThesis,      Dissertation,   null
      info:eu-repo/semantics/conferenceObject,    ConferencePaper, null
      Software,                                   Software,       null
      Données d'observation,                      null,           Données d'observation
      """)
  void types(String type, String general, String detail) {
    assertEquals(new ResourceType(general, detail), OaiDcMapper.type(List.of(type)));
  }

  @Test
  void withoutNamespacesAndWithoutDoi() {
    Dataset d = mapper.map("<dc><title>Plain</title><identifier>hdl:20.500.9/1</identifier>"
        + "<identifier>https://repo.example.org/record/1</identifier>"
        + "<rights>https://creativecommons.org/licenses/by/4.0/</rights></dc>");
    assertEquals("Plain", d.title(null));
    assertNull(d.doi());
    assertEquals("https://hdl.handle.net/20.500.9/1", d.landingPage());
    assertEquals("CC-BY-4.0", d.licence().id());
    assertNull(d.accessRights());
  }

  @Test
  void noTitle() {
    assertEquals("no title", assertThrows(MappingException.class,
        () -> mapper.map("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>X</dc:creator><dc:title> </dc:title></oai_dc:dc>"))
        .getMessage());
  }

  @Test
  void severalRecordsAreRefused() {
    String one = "<metadata><dc><title>x</title></dc></metadata>";
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("<ListRecords>" + one + one + "</ListRecords>"))
        .getMessage().contains("holds 2 oai_dc records"));
  }
}
