package org.moisson.api.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;

/** oai_datacite of a dataset that states almost nothing is still valid kernel-4. */
class OaiDataCiteWriterTest {

  @Test
  void aDatasetWithNoTitleNorCreatorStillMakesValidDataCite() throws Exception {
    XMLOutputFactory f = XMLOutputFactory.newInstance();
    f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true); // declares xsi, as the OAI-PMH envelope does
    StringWriter s = new StringWriter();
    XMLStreamWriter w = f.createXMLStreamWriter(s);
    w.writeStartDocument();
    OaiDataCiteWriter.write(w, Dataset.builder().build(), "http://127.0.0.1/datasets/x", 2026);
    w.writeEndDocument();
    w.close();
    String xml = s.toString();
    OaiSchemas.STRICT.newValidator().validate(new StreamSource(new StringReader(xml)));
    assertThat(xml).contains("<title>(:unav)</title>", "<creatorName>(:unav)</creatorName>",
        "<identifier identifierType=\"URL\">http://127.0.0.1/datasets/x</identifier>");
  }
}
