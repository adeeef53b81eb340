package org.moisson.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSSerializer;

/** Splits a real OAI-PMH response into its records, serialised as a harvester would store them. */
final class OaiRecords {
  private OaiRecords() {}

  /** One record of a response: the whole {@code <record>} and, unless deleted, its metadata element. */
  record OaiRecord(String identifier, boolean deleted, String envelope, String metadata, String metadataName) {}

  static List<OaiRecord> of(Path response) {
    Element root = SafeXml.parse(GoldenFiles.read(response)).getDocumentElement();
    List<OaiRecord> out = new ArrayList<>();
    for (Element r : Dom.descendants(root, "record")) {
      Element header = Dom.child(r, "header");
      Element payload = Dom.children(Dom.child(r, "metadata")).stream().findFirst().orElse(null);
      out.add(new OaiRecord(Dom.text(header, "identifier"), "deleted".equals(Dom.attr(header, "status")),
          serialise(r), payload == null ? null : serialise(payload), payload == null ? null : Dom.localName(payload)));
    }
    return out;
  }

  /** LSSerializer repairs namespaces, so prefixes declared on the response root stay declared. */
  static String serialise(Node n) {
    DOMImplementationLS ls = (DOMImplementationLS) n.getOwnerDocument().getImplementation().getFeature("LS", "3.0");
    LSSerializer s = ls.createLSSerializer();
    s.getDomConfig().setParameter("xml-declaration", false);
    return s.writeToString(n);
  }
}
