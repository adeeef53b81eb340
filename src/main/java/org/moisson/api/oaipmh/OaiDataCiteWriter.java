package org.moisson.api.oaipmh;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moisson.cite.DataCiteResource;
import org.moisson.record.Dataset;

/**
 * oai_datacite: the dataset's DataCite kernel-4 resource inside DataCite's OAI wrapper (oai-1.1:
 * {@code <oai_datacite><schemaVersion/><datacentreSymbol/><payload><resource/></payload></oai_datacite>}),
 * as DataCite's own provider serves it.
 */
final class OaiDataCiteWriter {
  static final String PREFIX = "oai_datacite";
  static final String WRAPPER = "http://schema.datacite.org/oai/oai-1.1/";
  static final String WRAPPER_SCHEMA = "http://schema.datacite.org/oai/oai-1.1/oai.xsd";

  private OaiDataCiteWriter() {}

  /** @param fallbackYear the publication year of a dataset that gives none: the year it changed here */
  static void write(XMLStreamWriter w, Dataset d, String pageUrl, int fallbackYear) throws XMLStreamException {
    w.writeStartElement("", "oai_datacite", WRAPPER);
    w.writeDefaultNamespace(WRAPPER);
    w.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", WRAPPER + " " + WRAPPER_SCHEMA);
    element(w, "schemaVersion", "4");
    element(w, "datacentreSymbol", "MOISSON");
    w.writeStartElement(WRAPPER, "payload");
    DataCiteResource.write(w, d, d.creators(), pageUrl, fallbackYear);
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(WRAPPER, name);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
