package org.moisson.xml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML parsing for hostile input: harvested XML may carry an entity bomb or an external entity that
 * reads a local file or calls a URL. A DOCTYPE is refused outright, so no entity is ever expanded
 * and nothing is fetched; the error says so.
 */
public final class SafeXml {
  private static final DocumentBuilderFactory FACTORY = factory();
  /**
   * One builder per thread, reset between documents: making a builder (a whole Xerces
   * configuration) cost about as much as parsing a record. A builder that failed is dropped.
   */
  private static final ThreadLocal<DocumentBuilder> BUILDERS = new ThreadLocal<>();
  private static final DefaultHandler FAIL_FAST = new DefaultHandler() {
    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  /** The JDK's own StAX parser (not whichever the classpath offers), with no DTD and no external entity. */
  private static final XMLInputFactory STAX = stax();

  private SafeXml() {}

  private static XMLInputFactory stax() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  /**
   * A streaming reader over a whole document, for pages too costly to hold as a tree. The caller
   * must refuse a DTD event ({@link #refuseDoctype}); entities are never expanded either way.
   */
  public static XMLStreamReader stream(String xml) {
    try {
      return STAX.createXMLStreamReader(new StringReader(xml));
    } catch (XMLStreamException e) {
      throw streamError(e);
    }
  }

  /** Throws when a stream reader meets a DOCTYPE, with the same message a tree parse gives. */
  public static void refuseDoctype(XMLStreamReader r) {
    if (r.getEventType() == XMLStreamReader.DTD) {
      throw new XmlException("DOCTYPE declarations are refused (entities are never expanded)", null);
    }
  }

  /** A stream reader's error, with its line and column, as {@link #parse} reports one. */
  public static XmlException streamError(XMLStreamException e) {
    javax.xml.stream.Location at = e.getLocation();
    String msg = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return at == null ? new XmlException("XML not readable: " + msg, e)
        : new XmlException("XML not well-formed at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + msg, e);
  }

  private static DocumentBuilderFactory factory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
    }
  }

  /** Parses a whole document; throws {@link XmlException} with a line and column when it is not well-formed. */
  public static Document parse(String xml) {
    try {
      DocumentBuilder b = BUILDERS.get();
      if (b == null) {
        b = FACTORY.newDocumentBuilder();
      } else {
        BUILDERS.remove(); // back only once this document parsed
        b.reset();
      }
      b.setErrorHandler(FAIL_FAST);
      Document doc = b.parse(new InputSource(new StringReader(xml)));
      BUILDERS.set(b);
      return doc;
    } catch (SAXParseException e) {
      String msg = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
          ? "DOCTYPE declarations are refused (entities are never expanded)"
          : e.getMessage();
      throw new XmlException("XML not well-formed at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + msg, e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new XmlException("XML not readable: " + e.getMessage(), e);
    }
  }
}
