package org.moisson.api.oaipmh;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.RelatedResource;
import org.moisson.xml.XmlChars;

/**
 * oai_dc: simple Dublin Core. Coverage uses the DCMI Box, Point and Period encodings so harvesters
 * that know them (Moisson's own among them) read boxes and periods back.
 */
final class OaiDcWriter {
  static final String PREFIX = "oai_dc";
  static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  private OaiDcWriter() {}

  static void write(XMLStreamWriter w, Dataset d, String pageUrl) throws XMLStreamException {
    w.writeStartElement("oai_dc", "dc", NAMESPACE);
    w.writeNamespace("oai_dc", NAMESPACE);
    w.writeNamespace("dc", DC);
    w.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
    for (LangText t : d.titles()) el(w, "title", t.value(), t.lang());
    for (Agent a : d.creators()) el(w, "creator", a.name(), null);
    for (Keyword k : d.keywords()) el(w, "subject", k.label(), null);
    for (String t : d.themes()) el(w, "subject", t, null);
    for (LangText t : d.descriptions()) el(w, "description", t.value(), t.lang());
    if (d.publisher() != null) el(w, "publisher", d.publisher().name(), null);
    for (Agent a : d.contributors()) el(w, "contributor", a.name(), null);
    if (d.issued() != null) el(w, "date", d.issued(), null);
    if (d.resourceType() != null && d.resourceType().general() != null) el(w, "type", d.resourceType().general(), null);
    for (Distribution dist : d.distributions()) {
      if (dist.mediaType() != null) el(w, "format", dist.mediaType(), null);
      else if (dist.format() != null) el(w, "format", dist.format(), null);
    }
    for (Identifier i : d.identifiers()) el(w, "identifier", i.url() != null ? i.url() : i.value(), null);
    if (d.landingPage() != null) el(w, "identifier", d.landingPage(), null);
    el(w, "identifier", pageUrl, null);
    for (String l : d.languages()) el(w, "language", l, null);
    for (RelatedResource r : d.related()) if (r.identifier() != null) el(w, "relation", r.identifier(), null);
    for (BoundingBox b : d.spatial().boxes()) {
      el(w, "coverage", String.format(Locale.ROOT, "westlimit=%s; southlimit=%s; eastlimit=%s; northlimit=%s",
          b.west(), b.south(), b.east(), b.north()), null);
    }
    for (Point p : d.spatial().points()) el(w, "coverage", String.format(Locale.ROOT, "east=%s; north=%s", p.lon(), p.lat()), null);
    for (String place : d.spatial().places()) el(w, "coverage", place, null);
    for (Period p : d.temporal()) {
      el(w, "coverage", (p.start() == null ? "" : "start=" + p.start() + ";") + (p.end() == null ? "" : " end=" + p.end() + ";"), null);
    }
    if (d.licence() != null) el(w, "rights", d.licence().link() != null ? d.licence().link() : d.licence().name(), null);
    if (d.accessRights() != null) el(w, "rights", d.accessRights(), null);
    w.writeEndElement();
  }

  private static void el(XMLStreamWriter w, String name, String text, String lang) throws XMLStreamException {
    String v = XmlChars.clean(text).strip();
    if (v.isEmpty()) return;
    w.writeStartElement("dc", name, DC);
    if (lang != null) w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
    w.writeCharacters(v);
    w.writeEndElement();
  }
}
