package org.moisson.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.moisson.xml.XmlException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The streaming page reader: what it copies out must read as the record did inside the page. */
class OaiPmhResponseTest {
  private static final String OAI = "http://www.openarchives.org/OAI/2.0/";

  private static String page(String records) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- a provider's comment -->"
        + "<OAI-PMH xmlns=\"" + OAI + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<responseDate>2026-01-01T00:00:00Z</responseDate><request verb=\"ListRecords\">https://x.test/oai</request>"
        + "<ListRecords>" + records + "<resumptionToken cursor=\"0\"> tok-1 </resumptionToken></ListRecords></OAI-PMH>";
  }

  @Test
  void metadataKeepsTheNamespacesItInheritsAndItsEscapes() {
    String records = "<record><header><identifier>oai:x:1</identifier><datestamp>2026-02-03</datestamp>"
        + "<setSpec>a</setSpec></header><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
        + "xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai_dc/ x.xsd\">"
        + "<dc:title xml:lang=\"fr\">Sols &amp; eaux &lt;b&gt;</dc:title><!-- skipped --><?pi skipped?>"
        + "<dc:description><![CDATA[a < b & \"c\"]]></dc:description>"
        + "<dc:relation note=\"say &quot;hi&quot;&#10;twice\">r</dc:relation>"
        + "<plain>in the OAI default namespace</plain></oai_dc:dc></metadata></record>";
    OaiPmhResponse r = OaiPmhResponse.parse(page(records));

    assertThat(r.resumptionToken).isEqualTo("tok-1");
    assertThat(r.items).hasSize(1);
    OaiPmhResponse.Item item = r.items.get(0);
    assertThat(item.identifier()).isEqualTo("oai:x:1");
    assertThat(item.datestamp()).isEqualTo("2026-02-03");
    assertThat(item.metadata()).doesNotContain("skipped");

    Document doc = SafeXml.parse(item.metadata());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
    assertThat(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation")).endsWith("x.xsd");
    Element title = Dom.child(root, "title");
    assertThat(title.getNamespaceURI()).isEqualTo("http://purl.org/dc/elements/1.1/");
    assertThat(title.getTextContent()).isEqualTo("Sols & eaux <b>");
    assertThat(title.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("fr");
    assertThat(Dom.child(root, "description").getTextContent()).isEqualTo("a < b & \"c\"");
    assertThat(Dom.child(root, "relation").getAttribute("note")).isEqualTo("say \"hi\"\ntwice");
    assertThat(Dom.child(root, "plain").getNamespaceURI()).isEqualTo(OAI);
  }

  @Test
  void deletionsHeaderlessRecordsAndLinksAreReadAsBefore() {
    String records = "<record><header status=\"deleted\"><identifier>oai:x:gone</identifier>"
        + "<datestamp>2026-01-01</datestamp></header></record>"
        + "<record><header><datestamp>2026-01-01</datestamp></header><metadata><a/></metadata></record>"
        + "<record><header><identifier>oai:x:json</identifier></header>"
        + "<metadata directApiCall=\"https://x.test/api/datasets/export?id=1\"/></record>";
    OaiPmhResponse r = OaiPmhResponse.parse(page(records));
    assertThat(r.items).extracting(OaiPmhResponse.Item::identifier).containsExactly("oai:x:gone", "oai:x:json");
    assertThat(r.items.get(0).deleted()).isTrue();
    assertThat(r.items.get(0).metadata()).isNull();
    assertThat(r.items.get(1).metadata()).isNull();
    assertThat(r.items.get(1).metadataLink()).isEqualTo("https://x.test/api/datasets/export?id=1");
    assertThat(r.headerless).containsExactly("record 2 of the page has a header without identifier");
  }

  @Test
  void errorsAndIdentifyAreRead() {
    OaiPmhResponse error = OaiPmhResponse.parse("<OAI-PMH xmlns=\"" + OAI + "\"><error code=\"badResumptionToken\">"
        + " expired </error></OAI-PMH>");
    assertThat(error.errorCode).isEqualTo("badResumptionToken");
    assertThat(error.errorMessage).isEqualTo("expired");
    OaiPmhResponse identify = OaiPmhResponse.parse("<OAI-PMH xmlns=\"" + OAI + "\"><Identify><repositoryName>x</repositoryName>"
        + "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify></OAI-PMH>");
    assertThat(identify.granularity).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
  }

  @Test
  void brokenOrHostilePagesAreRefused() {
    assertThatThrownBy(() -> OaiPmhResponse.parse(page("<record><header>").replace("</ListRecords></OAI-PMH>", "")))
        .isInstanceOf(XmlException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> OaiPmhResponse.parse("<!DOCTYPE OAI-PMH [<!ENTITY x \"y\">]><OAI-PMH xmlns=\"" + OAI + "\"/>"))
        .isInstanceOf(XmlException.class).hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> OaiPmhResponse.parse("<html><body>maintenance</body></html>"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an OAI-PMH response");
    assertThatThrownBy(() -> OaiPmhResponse.parse(page("") + "<trailing/>")).isInstanceOf(XmlException.class);
  }
}
