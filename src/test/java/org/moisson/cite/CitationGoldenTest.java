package org.moisson.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.moisson.mapping.GoldenFiles;
import org.moisson.mapping.Mappers;
import org.moisson.record.Dataset;
import org.moisson.record.Identifier;
import org.moisson.record.LangText;
import org.xml.sax.SAXException;

/**
 * The four citation downloads and the formatted citation, as golden files, on two real records mapped
 * by Moisson (the DataCite kernel-4 "full" example and a Walloon ISO 19115-3 record); and the DataCite
 * XML of every DataCite example and every ISO record validated against the kernel-4 XSD of the
 * fixtures, read from disk only.
 */
class CitationGoldenTest {
  private static final String PAGE = "http://127.0.0.1/datasets/";
  private static Schema kernel4;

  record Fixture(String name, String format, String path) {
    Dataset map() {
      return Mappers.defaults().forFormat(format).map(GoldenFiles.read(GoldenFiles.fixture(path)));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Fixture> golden() {
    return List.of(
        new Fixture("datacite-full", "datacite", "datacite-dataverse/datacite/xml-kernel-4/example/datacite-example-full-v4.xml"),
        new Fixture("iso19115-3-catchments", "iso19115-3", "csw/pycsw/iso19115p3/data/metawal.wallonie.be-catchments.xml"));
  }

  @BeforeAll
  static void schema() throws SAXException {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // Includes resolve next to metadata.xsd; anything that is not a local file is refused, never fetched.
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
      if (systemId != null && (systemId.startsWith("http:") || systemId.startsWith("https:"))) {
        throw new IllegalStateException("the XSD asked to fetch " + systemId);
      }
      return null;
    });
    kernel4 = f.newSchema(GoldenFiles.fixture("datacite-dataverse/datacite/xml-kernel-4/metadata.xsd").toFile());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void formats(Fixture fx) {
    Dataset d = fx.map();
    for (CitationFormat format : CitationFormat.values()) {
      GoldenFiles.assertGoldenText("cite", fx.name() + "." + format.suffix(), format.write(d, "abc", PAGE + "abc"));
    }
    GoldenFiles.assertGoldenText("cite", fx.name() + ".txt", Citation.text(d, "abc", PAGE + "abc") + "\n");
  }

  static List<Fixture> everyRecord() throws IOException {
    List<Fixture> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(GoldenFiles.fixture("datacite-dataverse/datacite/xml-kernel-4/example"))) {
      s.sorted().forEach(p -> all.add(new Fixture(p.getFileName().toString(), "datacite",
          GoldenFiles.fixtures().relativize(p).toString())));
    }
    try (Stream<Path> s = Files.list(GoldenFiles.fixture("csw/pycsw/apiso/data"))) {
      s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(p -> all.add(new Fixture(p.getFileName().toString(),
          "iso19139", GoldenFiles.fixtures().relativize(p).toString())));
    }
    all.add(golden().get(1));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRecord")
  void dataCiteXmlValidates(Fixture fx) throws Exception {
    assertValid(CitationFormat.DATACITE.write(fx.map(), "abc", PAGE + "abc"));
  }

  @Test
  void aBareDatasetStillMakesValidDataCite() throws Exception {
    Dataset bare = Dataset.builder().build();
    String xml = CitationFormat.DATACITE.write(bare, "abc", PAGE + "abc");
    assertValid(xml);
    assertTrue(xml.contains("<identifier identifierType=\"URL\">" + PAGE + "abc</identifier>"), xml);
    assertTrue(xml.contains("<creatorName>(:unav)</creatorName>"), xml);
  }

  /** Proves the validation can fail: a resource without its mandatory titles is refused. */
  @Test
  void theSchemaRefusesAnInvalidDocument() {
    Dataset d = Dataset.builder().build();
    String xml = CitationFormat.DATACITE.write(d, "abc", PAGE + "abc").replaceAll("(?s)<titles>.*</titles>", "");
    assertThrows(SAXException.class, () -> assertValid(xml));
  }

  @Test
  void citationFollowsDataCitesRecommendedForm() {
    var b = Dataset.builder();
    b.identifier(Identifier.parse("https://doi.org/10.1594/PANGAEA.726855"));
    b.titles.add(LangText.of("en", "Chemical and mineral compositions of sediments from ODP Site 127-797"));
    b.creators.add(new org.moisson.record.Agent("Irino, Tomohisa", org.moisson.record.Agent.Kind.PERSON, "Tomohisa",
        "Irino", List.of(), List.of(), null));
    b.creators.add(org.moisson.record.Agent.named("Tada, R"));
    b.issued = "2009";
    b.version = "2.1";
    b.publisher = org.moisson.record.Agent.organization("Geological Institute, University of Tokyo");
    assertEquals("Irino, T.; Tada, R (2009): Chemical and mineral compositions of sediments from ODP Site 127-797. "
        + "Version 2.1. Geological Institute, University of Tokyo. (Dataset). https://doi.org/10.1594/pangaea.726855",
        Citation.text(b.build(), "x", PAGE + "x"));
  }

  @ParameterizedTest
  @EnumSource(CitationFormat.class)
  void fileNamesAreSafe(CitationFormat format) {
    var b = Dataset.builder();
    b.identifier(Identifier.parse("10.1234/a b;c"));
    String name = format.fileName(b.build(), "id");
    assertTrue(name.matches("[A-Za-z0-9._-]+"), name);
  }

  static void assertValid(String xml) throws SAXException, IOException {
    Validator v = kernel4.newValidator();
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    v.validate(new StreamSource(new StringReader(xml)));
  }
}
