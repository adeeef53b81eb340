package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.record.LangText;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.TypedDate;

class DataCiteMapperTest {
  private static final String KERNEL_4 = "http://datacite.org/schema/kernel-4";
  private final DataCiteMapper mapper = new DataCiteMapper();

  private static String example(String name) {
    return GoldenFiles.read(GoldenFiles.fixture("datacite-dataverse/datacite/xml-kernel-4/example/" + name));
  }

  /** The example without its XML declaration (and BOM), ready to be wrapped in an envelope. */
  private static String body(String xml) {
    return xml.replaceFirst("^\uFEFF?\\s*<\\?xml[^>]*\\?>", "");
  }

  @Test
  void kernel3() {
    Dataset d = mapper.map("""
        <?xml version="1.0" encoding="UTF-8"?>
        <resource xmlns="http://datacite.org/schema/kernel-3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://datacite.org/schema/kernel-3 http://schema.datacite.org/meta/kernel-3/metadata.xsd">
          <identifier identifierType="DOI">10.5072/D3P26Q35R-Test</identifier>
          <creators>
            <creator>
              <creatorName>Fosmire, Michael</creatorName>
              <nameIdentifier nameIdentifierScheme="ORCID" schemeURI="http://orcid.org/">0000-0002-1825-0097</nameIdentifier>
              <affiliation>Purdue University</affiliation>
            </creator>
            <creator><creatorName>Wertz, Ruth</creatorName></creator>
          </creators>
          <titles>
            <title xml:lang="en-us" titleType="Subtitle">Demonstration of DataCite Properties.</title>
            <title xml:lang="en-us">Full DataCite XML Example</title>
          </titles>
          <publisher>DataCite</publisher>
          <publicationYear>2014</publicationYear>
          <subjects>
            <subject xml:lang="en-us" schemeURI="http://dewey.info/" subjectScheme="dewey">000 computer science</subject>
          </subjects>
          <contributors>
            <contributor contributorType="ProjectLeader">
              <contributorName>Starr, Joan</contributorName>
              <nameIdentifier nameIdentifierScheme="ORCID" schemeURI="http://orcid.org/">http://orcid.org/0000-0002-7285-027X</nameIdentifier>
              <affiliation>California Digital Library</affiliation>
            </contributor>
            <contributor contributorType="Funder">
              <contributorName>National Science Foundation</contributorName>
              <nameIdentifier nameIdentifierScheme="FundRef">http://dx.doi.org/10.13039/100000001</nameIdentifier>
            </contributor>
          </contributors>
          <dates>
            <date dateType="Updated">2014-10-17</date>
            <date dateType="Collected">2012-01/2012-06</date>
          </dates>
          <language>en-us</language>
          <resourceType resourceTypeGeneral="Software">XML</resourceType>
          <rightsList>
            <rights rightsURI="http://creativecommons.org/publicdomain/zero/1.0/">CC0 1.0 Universal</rights>
          </rightsList>
          <descriptions>
            <description xml:lang="en-us" descriptionType="Abstract">XML example of all DataCite Metadata Schema v3.1 properties.</description>
          </descriptions>
          <geoLocations>
            <geoLocation>
              <geoLocationPoint>31.233 -67.302</geoLocationPoint>
              <geoLocationBox>41.090 -71.032 42.893 -68.211</geoLocationBox>
              <geoLocationPlace>Atlantic Ocean</geoLocationPlace>
            </geoLocation>
          </geoLocations>
        </resource>
        """);
    assertEquals("10.5072/d3p26q35r-test", d.doi());
    assertEquals("https://doi.org/10.5072/d3p26q35r-test", d.landingPage());
    assertEquals(List.of(new LangText("en", "Full DataCite XML Example"),
        new LangText("en", "Demonstration of DataCite Properties.")), d.titles(), "main title first");
    Agent first = d.creators().get(0);
    assertEquals("Fosmire, Michael", first.name());
    assertEquals("0000-0002-1825-0097", first.orcid());
    assertEquals(Agent.Kind.PERSON, first.kind(), "an ORCID says person when nameType is absent");
    assertEquals(List.of(new Agent.Affiliation("Purdue University", null)), first.affiliations());
    assertEquals(Agent.Kind.UNKNOWN, d.creators().get(1).kind());
    assertEquals(1, d.contributors().size(), "the kernel-3 Funder is funding, not a contributor");
    assertEquals("0000-0002-7285-027X", d.contributors().get(0).orcid());
    assertEquals("ProjectLeader", d.contributors().get(0).role());
    assertEquals(List.of(new Funding("National Science Foundation", "https://doi.org/10.13039/100000001", null, null)),
        d.funding());
    assertEquals("2014", d.issued());
    assertEquals("2014-10-17", d.modified());
    assertEquals(List.of(new TypedDate("Collected", "2012-01/2012-06")), d.dates());
    assertEquals(List.of("en"), d.languages());
    assertEquals("CC0-1.0", d.licence().id());
    assertEquals("CC0 1.0 Universal", d.licence().label());
    assertEquals(List.of(new Point(-67.302, 31.233)), d.spatial().points(), "kernel 3 writes latitude first");
    assertEquals(List.of(new BoundingBox(-71.032, 41.090, -68.211, 42.893)), d.spatial().boxes());
    assertEquals(List.of("Atlantic Ocean"), d.spatial().places());
    assertEquals("dewey", d.keywords().get(0).scheme());
  }

  @Test
  void theNamespaceDoesNotMatter() {
    String kernel4 = example("datacite-example-full-v4.xml");
    Dataset expected = mapper.map(kernel4);
    assertEquals(expected, mapper.map(kernel4.replace("xmlns=\"" + KERNEL_4 + "\"", "")), "no namespace");
    assertEquals(expected, mapper.map(kernel4.replace(KERNEL_4, "http://datacite.org/schema/kernel-3")), "kernel 3");
    assertEquals("10.82433/b09z-4k37", expected.doi());
  }

  @Test
  void oaiDataciteWrapper() {
    Dataset d = mapper.map("""
        <oai_datacite xmlns="http://schema.datacite.org/oai/oai-1.1/"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://schema.datacite.org/oai/oai-1.1/ http://schema.datacite.org/oai/oai-1.1/oai.xsd">
          <schemaVersion>4.4</schemaVersion>
          <datacentreSymbol>CERN.ZENODO</datacentreSymbol>
          <payload>
            <resource xmlns="http://datacite.org/schema/kernel-4">
              <identifier identifierType="DOI">10.5281/ZENODO.12345</identifier>
              <creators><creator><creatorName>Curie, Marie</creatorName></creator></creators>
              <titles><title>Radium measurements</title></titles>
              <publisher>Zenodo</publisher>
              <publicationYear>2021</publicationYear>
              <resourceType resourceTypeGeneral="Dataset"/>
            </resource>
          </payload>
        </oai_datacite>
        """);
    assertEquals("10.5281/zenodo.12345", d.doi());
    assertEquals("Radium measurements", d.title("en"));
    assertEquals("Curie, Marie", d.creators().get(0).name());
    assertEquals("Zenodo", d.publisher().name());
    assertEquals("2021", d.issued());
    assertEquals("Dataset", d.resourceType().general());
  }

  @Test
  void aRealExampleMapsTheSameBareWrappedOrInAnOaiRecord() {
    String xml = example("datacite-example-GeoLocation-v4.xml");
    Dataset bare = mapper.map(xml);
    String wrapped = "<oai_datacite xmlns=\"http://schema.datacite.org/oai/oai-1.1/\"><schemaVersion>4</schemaVersion>"
        + "<datacentreSymbol>X</datacentreSymbol><payload>" + body(xml) + "</payload></oai_datacite>";
    assertEquals(bare, mapper.map(wrapped));
    String record = "<record xmlns=\"http://www.openarchives.org/OAI/2.0/\"><header><identifier>oai:x:1</identifier>"
        + "<datestamp>2024-01-01</datestamp></header><metadata>" + wrapped + "</metadata></record>";
    assertEquals(bare, mapper.map(record));
    assertEquals(bare, mapper.map("<metadata>" + body(xml) + "</metadata>"), "a record-less fragment");
    assertEquals("Disko Bay", bare.spatial().places().get(0));
  }

  @Test
  void aByteOrderMarkIsForgiven() {
    String xml = example("datacite-example-complicated-v4.xml");
    assertTrue(xml.startsWith("\uFEFF"), "this upstream example starts with a BOM");
    assertEquals("Właściwości rzutowań podprzestrzeniowych", mapper.map(xml).title("pl"));
  }

  @Test
  void titlesMainFirstThenTranslatedAndDescriptionsAbstractFirst() {
    Dataset d = mapper.map(example("datacite-example-full-v4.xml"));
    assertEquals(List.of("Example Title", "Example TranslatedTitle", "Example Subtitle", "Example AlternativeTitle"),
        d.titles().stream().map(LangText::value).toList());
    assertEquals("Example TranslatedTitle", d.title("fr"));
    assertEquals(List.of("Example Abstract", "Example Other", "Example Methods", "Example SeriesInformation",
        "Example TableOfContents", "Example TechnicalInfo"), d.descriptions().stream().map(LangText::value).toList());
    assertEquals("2024-01-01", d.issued(), "dates@Issued wins over publicationYear");
    assertEquals(List.of(new Period("2024-01-01", "2024-12-31")), d.temporal(), "dateType Coverage");
  }

  @Test
  void lineBreaksInDescriptionsAreKeptAndInvalidDatesDropped() {
    Dataset d = mapper.map(example("all-fields-v4.4.xml"));
    assertEquals("This is test metadata. There are no data. Stop looking for data, because there aren't any."
        + "\nSeriously, stop looking.", d.description(null));
    assertEquals(List.of(new TypedDate("Available", "2020-04-01"), new TypedDate("Other", "2001-10-02")), d.dates(),
        "'321 BCE' and 'Yesterday' are no ISO dates");
    assertEquals("2020", d.issued(), "publicationYear when there is no Issued date");
  }

  @Test
  void identifiersAndAffiliationsAreNormalised() {
    Dataset d = mapper.map(example("datacite-example-affiliation-v4.xml"));
    Agent carberry = d.creators().get(1);
    assertEquals("0000-0002-1825-0097", carberry.orcid());
    assertEquals(List.of(new Agent.Affiliation("Brown University", "05gq02987"),
        new Agent.Affiliation("Wesleyan University", null)), carberry.affiliations(), "a GRID id is no ROR id");
    assertEquals(Agent.Kind.ORGANIZATION, d.creators().get(2).kind());
    assertEquals("CC0-1.0", d.licence().id(), "'CC0 1.0' declared as SPDX is fixed to CC0-1.0");
    assertEquals(List.of(new Identifier(Identifier.Scheme.DOI, "10.5072/example-full"),
        new Identifier(Identifier.Scheme.URL,
            "https://schema.datacite.org/meta/kernel-4.4/example/datacite-example-full-v4.4.xml")), d.identifiers());
  }

  @Test
  void relatedItemsMergeWithTheRelatedIdentifierTheyRepeat() {
    Dataset d = mapper.map(example("datacite-example-relateditem1-v4.xml"));
    assertEquals(1, d.related().size());
    assertEquals("Journal", d.related().get(0).resourceType());
    assertEquals("IsPublishedIn", d.related().get(0).relationType());
  }

  @Test
  void brokenGeometriesAreDroppedOrRepairedNeverThrown() {
    Dataset d = mapper.map(geo("""
        <geoLocation><geoLocationBox><westBoundLongitude>10</westBoundLongitude><eastBoundLongitude>20</eastBoundLongitude>
          <southBoundLatitude>50</southBoundLatitude><northBoundLatitude>40</northBoundLatitude></geoLocationBox></geoLocation>
        <geoLocation><geoLocationBox><westBoundLongitude>abc</westBoundLongitude><eastBoundLongitude>20</eastBoundLongitude>
          <southBoundLatitude>40</southBoundLatitude><northBoundLatitude>50</northBoundLatitude></geoLocationBox></geoLocation>
        <geoLocation><geoLocationBox><westBoundLongitude>170</westBoundLongitude><eastBoundLongitude>-170</eastBoundLongitude>
          <southBoundLatitude>-10</southBoundLatitude><northBoundLatitude>10</northBoundLatitude></geoLocationBox></geoLocation>
        <geoLocation><geoLocationBox><westBoundLongitude>45</westBoundLongitude><eastBoundLongitude>46</eastBoundLongitude>
          <southBoundLatitude>-120</southBoundLatitude><northBoundLatitude>-119</northBoundLatitude></geoLocationBox></geoLocation>
        <geoLocation><geoLocationBox><westBoundLongitude>200</westBoundLongitude><eastBoundLongitude>210</eastBoundLongitude>
          <southBoundLatitude>0</southBoundLatitude><northBoundLatitude>1</northBoundLatitude></geoLocationBox></geoLocation>
        <geoLocation><geoLocationBox/></geoLocation>
        <geoLocation><geoLocationPoint><pointLongitude>2,35</pointLongitude><pointLatitude>48,85</pointLatitude></geoLocationPoint></geoLocation>
        <geoLocation><geoLocationPoint><pointLongitude>48.85</pointLongitude><pointLatitude>120</pointLatitude></geoLocationPoint></geoLocation>
        <geoLocation><geoLocationPoint><pointLongitude>NaN</pointLongitude><pointLatitude>1</pointLatitude></geoLocationPoint></geoLocation>
        <geoLocation><geoLocationPoint>not a point</geoLocationPoint></geoLocation>
        <geoLocation><geoLocationPolygon>
          <polygonPoint><pointLongitude>0</pointLongitude><pointLatitude>0</pointLatitude></polygonPoint>
          <polygonPoint><pointLongitude>1</pointLongitude><pointLatitude>0</pointLatitude></polygonPoint>
          <polygonPoint><pointLongitude>1</pointLongitude><pointLatitude>999</pointLatitude></polygonPoint>
          <polygonPoint><pointLongitude>0</pointLongitude><pointLatitude>0</pointLatitude></polygonPoint>
        </geoLocationPolygon></geoLocation>
        <geoLocation><geoLocationPolygon>
          <polygonPoint><pointLongitude>0</pointLongitude><pointLatitude>0</pointLatitude></polygonPoint>
          <polygonPoint><pointLongitude>0</pointLongitude><pointLatitude>0</pointLatitude></polygonPoint>
        </geoLocationPolygon></geoLocation>
        <geoLocation><geoLocationPlace>  </geoLocationPlace><geoLocationPlace>France,, Paris,</geoLocationPlace></geoLocation>
        """));
    assertEquals(List.of(new BoundingBox(10, 40, 20, 50), new BoundingBox(170, -10, -170, 10),
        new BoundingBox(-120, 45, -119, 46)), d.spatial().boxes());
    assertEquals(List.of(new Point(2.35, 48.85), new Point(120, 48.85)), d.spatial().points());
    assertTrue(d.spatial().polygons().isEmpty());
    assertEquals(List.of("France, Paris"), d.spatial().places());
  }

  private static String geo(String geoLocations) {
    return "<resource xmlns=\"" + KERNEL_4 + "\"><titles><title>Geo</title></titles><geoLocations>"
        + geoLocations + "</geoLocations></resource>";
  }

  @Test
  void noTitle() {
    MappingException e = assertThrows(MappingException.class, () -> mapper.map(
        "<resource xmlns=\"" + KERNEL_4 + "\"><identifier identifierType=\"DOI\">10.1/x</identifier>"
            + "<titles><title>  </title></titles></resource>"));
    assertEquals("no title", e.getMessage());
  }

  @Test
  void notWellFormedSaysWhere() {
    MappingException e = assertThrows(MappingException.class,
        () -> mapper.map("<resource>\n  <titles><title>x</titles>\n</resource>"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("column"), e.getMessage());
  }

  @Test
  void refusesWhatIsNotOneDataCiteRecord() {
    assertTrue(assertThrows(MappingException.class, () -> mapper.map(" "))
        .getMessage().contains("empty"));
    assertTrue(assertThrows(MappingException.class,
        () -> mapper.map("<resource xmlns=\"http://example.org/other\"><titles><title>x</title></titles></resource>"))
        .getMessage().contains("not DataCite"));
    String one = "<resource><titles><title>x</title></titles></resource>";
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("<page>" + one + one + "</page>"))
        .getMessage().contains("holds 2"));
    assertTrue(assertThrows(MappingException.class, () -> mapper.map("<dc><title>x</title></dc>"))
        .getMessage().contains("no DataCite record"));
    assertTrue(assertThrows(MappingException.class, () -> mapper.map(
        "<record><header status=\"deleted\"><identifier>oai:x:1</identifier></header></record>"))
        .getMessage().contains("deleted"));
  }

  @Test
  void anEntityBombIsRefused() {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE resource [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    doctype.append("]>");
    MappingException e = assertThrows(MappingException.class, () -> mapper.map(
        "<?xml version=\"1.0\"?>" + doctype + "<resource><titles><title>&lol9;</title></titles></resource>"));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void externalEntitiesAreNeverFetched(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
    AtomicInteger hits = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      hits.incrementAndGet();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      List<String> attacks = List.of(
          "<!DOCTYPE resource [<!ENTITY x SYSTEM \"" + base + "/entity\">]>",
          "<!DOCTYPE resource [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>",
          "<!DOCTYPE resource SYSTEM \"" + base + "/dtd\">",
          "<!DOCTYPE resource [<!ENTITY % p SYSTEM \"" + base + "/param\"> %p;]>");
      for (String attack : attacks) {
        MappingException e = assertThrows(MappingException.class, () -> mapper.map(
            "<?xml version=\"1.0\"?>" + attack + "<resource><titles><title>&x;</title></titles></resource>"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
      }
    } finally {
      server.stop(0);
    }
    assertEquals(0, hits.get(), "requests made to the entity server");
  }

  @Test
  void noDoiNoDoiLandingPage() {
    Dataset d = mapper.map("<resource><identifier identifierType=\"Handle\">20.500.12345/678</identifier>"
        + "<titles><title>Handle only</title></titles></resource>");
    assertNull(d.doi());
    assertEquals("https://hdl.handle.net/20.500.12345/678", d.landingPage());
  }
}
