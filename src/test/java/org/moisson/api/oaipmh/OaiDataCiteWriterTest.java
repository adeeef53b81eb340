package org.moisson.api.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;
import org.moisson.mapping.Mappers;
import org.moisson.record.Dataset;

/**
 * oai_datacite is valid kernel-4 in DataCite's wrapper, for a dataset that states almost nothing and
 * for DataCite's own "full" example read by Moisson.
 */
class OaiDataCiteWriterTest {

  @Test
  void aDatasetWithNoTitleNorCreatorStillMakesValidDataCite() throws Exception {
    String xml = oaiDataCite(Dataset.builder().build());
    OaiSchemas.STRICT.newValidator().validate(new StreamSource(new StringReader(xml)));
    assertThat(xml).contains("<title>(:unav)</title>", "<creatorName>(:unav)</creatorName>",
        "<identifier identifierType=\"URL\">http://127.0.0.1/datasets/x</identifier>");
  }

  @Test
  void theFullDataCiteExampleComesBackValidWithItsPeriodAndOrcids() throws Exception {
    Dataset d = Mappers.defaults().forFormat("datacite").map(GoldenFiles.read(
        GoldenFiles.fixture("datacite-dataverse/datacite/xml-kernel-4/example/datacite-example-full-v4.xml")));
    String xml = oaiDataCite(d);
    OaiSchemas.STRICT.newValidator().validate(new StreamSource(new StringReader(xml)));
    assertThat(xml).contains("<identifier identifierType=\"DOI\">10.82433/b09z-4k37</identifier>",
        "<date dateType=\"Coverage\">2024-01-01/2024-12-31</date>",
        "nameIdentifierScheme=\"ORCID\" schemeURI=\"https://orcid.org\">https://orcid.org/0000-0001-5727-2427<");
  }

  private static String oaiDataCite(Dataset d) throws Exception {
    XMLOutputFactory f = XMLOutputFactory.newInstance();
    f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true); // declares xsi, as the OAI-PMH envelope does
    StringWriter s = new StringWriter();
    XMLStreamWriter w = f.createXMLStreamWriter(s);
    w.writeStartDocument();
    OaiDataCiteWriter.write(w, d, "http://127.0.0.1/datasets/x", 2026);
    w.writeEndDocument();
    w.close();
    return s.toString();
  }
}
