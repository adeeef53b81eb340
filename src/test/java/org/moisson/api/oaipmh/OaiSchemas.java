package org.moisson.api.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.moisson.mapping.GoldenFiles;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Validation of OAI-PMH answers by the schemas in ../shared/fixtures, never fetched: OAI-PMH.xsd,
 * DataCite's oai-1.1 wrapper and the DataCite kernel-4 metadata.xsd (whose includes are local
 * files). Any other schema a document names is refused by the resolver, so nothing is fetched.
 *
 * <p>The fixtures hold no oai_dc.xsd. OAI-PMH.xsd asks for strict validation of metadata, which
 * needs the payload's schema, so oai_dc answers are validated against OAI-PMH.xsd with its
 * wildcards made lax (in memory), and their payload is checked here: an oai_dc:dc root holding
 * only the fifteen Dublin Core elements, as text.
 */
final class OaiSchemas {
  private static final Path OAI_XSD = GoldenFiles.fixture("oai-pmh/schemas/OAI-PMH.xsd");
  private static final Path WRAPPER_XSD = GoldenFiles.fixture("oai-pmh/schemas/oai_datacite-oai-1.1.xsd");
  private static final Path KERNEL_XSD = GoldenFiles.fixture("datacite-dataverse/datacite/xml-kernel-4/metadata.xsd");
  private static final Set<String> DC = Set.of("title", "creator", "subject", "description", "publisher",
      "contributor", "date", "type", "format", "identifier", "source", "language", "relation", "coverage", "rights");
  static final Schema STRICT = schema(false);
  static final Schema LAX = schema(true);

  private OaiSchemas() {}

  private static Schema schema(boolean lax) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      f.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
        if (systemId != null && systemId.startsWith("http")) throw new IllegalStateException("would fetch " + systemId);
        return null;
      });
      String oai = Files.readString(OAI_XSD, StandardCharsets.UTF_8);
      if (lax) oai = oai.replace("processContents=\"strict\"", "processContents=\"lax\"");
      StreamSource oaiSource = new StreamSource(new StringReader(oai), OAI_XSD.toUri().toString());
      return f.newSchema(new Source[] {oaiSource, new StreamSource(WRAPPER_XSD.toFile()), new StreamSource(KERNEL_XSD.toFile())});
    } catch (SAXException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Validates an answer; oai_dc answers by the lax envelope plus the Dublin Core check. */
  static void assertValid(String xml) {
    boolean dc = xml.contains("http://www.openarchives.org/OAI/2.0/oai_dc/\"") && xml.contains("<oai_dc:dc");
    try {
      Validator v = (dc ? LAX : STRICT).newValidator();
      v.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
        throw new IllegalStateException("would fetch " + systemId);
      });
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      throw new AssertionError("invalid OAI-PMH answer: " + e.getMessage() + "\n" + xml.substring(0, Math.min(3000, xml.length())), e);
    }
    if (dc) assertDublinCore(xml);
  }

  private static void assertDublinCore(String xml) {
    Element root = SafeXml.parse(xml).getDocumentElement();
    List<Element> payloads = Dom.descendants(root, "dc");
    assertThat(payloads).isNotEmpty();
    for (Element dc : payloads) {
      assertThat(dc.getNamespaceURI()).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
      for (Node n = dc.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeType() != Node.ELEMENT_NODE) continue;
        assertThat(n.getNamespaceURI()).isEqualTo("http://purl.org/dc/elements/1.1/");
        assertThat(DC).contains(n.getLocalName());
        assertThat(((Element) n).getElementsByTagNameNS("*", "*").getLength()).as("dc elements hold text only").isZero();
      }
    }
  }
}
