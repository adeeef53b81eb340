package org.moisson.api.oaipmh;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moisson.xml.XmlChars;

/**
 * A streaming writer of OAI-PMH answers: the envelope, then elements and text as they come. Text is
 * escaped by the StAX writer; what XML cannot carry at all is dropped by {@link XmlChars}.
 */
final class OaiXml implements AutoCloseable {
  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  final XMLStreamWriter w;

  OaiXml(OutputStream out) throws XMLStreamException {
    this.w = FACTORY.createXMLStreamWriter(out, "UTF-8");
  }

  /** The envelope up to the verb's element (not opened here), with the request echoed. */
  void start(String baseUrl, String verb, Map<String, String> args) throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("", "OAI-PMH", OAI);
    w.writeDefaultNamespace(OAI);
    w.writeNamespace("xsi", XSI);
    w.writeAttribute("xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
    element("responseDate", datestamp(Instant.now()));
    w.writeStartElement(OAI, "request");
    if (verb != null) {
      w.writeAttribute("verb", verb);
      for (Map.Entry<String, String> a : args.entrySet()) w.writeAttribute(a.getKey(), XmlChars.clean(a.getValue()));
    }
    w.writeCharacters(baseUrl);
    w.writeEndElement();
  }

  void error(OaiError e) throws XMLStreamException {
    w.writeStartElement(OAI, "error");
    w.writeAttribute("code", e.code);
    w.writeCharacters(XmlChars.clean(e.getMessage()));
    w.writeEndElement();
  }

  void open(String name) throws XMLStreamException {
    w.writeStartElement(OAI, name);
  }

  void close(String ignored) throws XMLStreamException {
    w.writeEndElement();
  }

  void element(String name, String text) throws XMLStreamException {
    w.writeStartElement(OAI, name);
    w.writeCharacters(XmlChars.clean(text));
    w.writeEndElement();
  }

  void end() throws XMLStreamException {
    w.writeEndElement();
    w.writeEndDocument();
    w.flush();
  }

  static String datestamp(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  @Override
  public void close() throws XMLStreamException {
    w.close();
  }
}
