package org.moisson.harvest.csw;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Building and writing XML (parsing goes through SafeXml): new documents, one element serialised alone. */
final class CswXml {
  private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
  private static final DocumentBuilderFactory DOCUMENTS = documents();
  private static final TransformerFactory TRANSFORMERS = transformers();

  private CswXml() {}

  /**
   * The element alone as a document. Namespace declarations of its ancestors come along: a CSW
   * answer declares gmd, gco, gml… once on its root, and an xsi:type value uses a prefix no element
   * name shows.
   */
  static String serialise(Element e, boolean declaration) {
    Element copy = e;
    if (e.getParentNode() instanceof Element) {
      Document doc = newDocument();
      copy = (Element) doc.importNode(e, true);
      doc.appendChild(copy);
      for (Node a = e.getParentNode(); a instanceof Element; a = a.getParentNode()) {
        NamedNodeMap attrs = a.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
          Node attr = attrs.item(i);
          String name = attr.getNodeName();
          if (XMLNS.equals(attr.getNamespaceURI()) && name.startsWith("xmlns:") && !copy.hasAttribute(name)) {
            copy.setAttributeNS(XMLNS, name, attr.getNodeValue());
          }
        }
      }
    }
    try {
      Transformer t = TRANSFORMERS.newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, declaration ? "no" : "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(copy), new StreamResult(out));
      return out.toString();
    } catch (TransformerException ex) {
      throw new IllegalStateException("cannot serialise a parsed element", ex);
    }
  }

  static Document newDocument() {
    try {
      return DOCUMENTS.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DocumentBuilderFactory documents() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f;
  }

  private static TransformerFactory transformers() {
    TransformerFactory f = TransformerFactory.newInstance();
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    return f;
  }
}
