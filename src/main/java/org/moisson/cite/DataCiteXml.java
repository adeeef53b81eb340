package org.moisson.cite;

import java.io.StringWriter;
import java.time.Year;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.moisson.xml.SafeXml;
import org.w3c.dom.Document;

/**
 * The DataCite XML download: the kernel-4 resource as a document of its own, indented for whoever
 * opens the file. A dataset without creators names its publisher, as its citation does.
 */
final class DataCiteXml {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private DataCiteXml() {}

  static String write(CiteFields f) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      DataCiteResource.write(w, f.d(), f.authors(), f.pageUrl(), Year.now().getValue());
      w.writeEndDocument();
      w.close();
      return indented(SafeXml.parse(out.toString()));
    } catch (XMLStreamException | TransformerException e) {
      throw new IllegalStateException("DataCite XML not written: " + e.getMessage(), e);
    }
  }

  private static String indented(Document doc) throws TransformerException {
    doc.setXmlStandalone(true); // no standalone="no" in the declaration
    Transformer t = TransformerFactory.newInstance().newTransformer();
    t.setOutputProperty(OutputKeys.INDENT, "yes");
    t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    StringWriter out = new StringWriter();
    t.transform(new DOMSource(doc), new StreamResult(out));
    return out.toString().replaceFirst("\\?>", "?>\n");
  }
}
