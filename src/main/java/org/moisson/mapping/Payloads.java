package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import org.moisson.record.Identifier;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.moisson.xml.XmlException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** From a raw XML payload to the one element a mapper reads, with errors a data steward can act on. */
final class Payloads {
  private Payloads() {}

  /** Parses hostile XML safely; a byte order mark or blank lines before the declaration are forgiven. */
  static Document parse(String payload) {
    if (payload == null || payload.isBlank()) throw new MappingException("empty payload");
    int start = 0;
    // Several DataCite examples start with a BOM, which the parser rejects once decoded into a String.
    while (start < payload.length()
        && (payload.charAt(start) == '\uFEFF' || Character.isWhitespace(payload.charAt(start)))) {
      start++;
    }
    try {
      return SafeXml.parse(payload.substring(start));
    } catch (XmlException e) {
      throw new MappingException(e.getMessage(), e);
    }
  }

  /**
   * The single element with this local name: the root itself, or the one inside an envelope (an
   * OAI-PMH record or response, DataCite's oai_datacite payload). Several are refused rather than
   * silently mapping the first, so a harvester that forgot to split a page hears about it.
   */
  static Element single(Document doc, String localName, String format) {
    Element root = doc.getDocumentElement();
    if (localName.equals(Dom.localName(root))) return root;
    List<Element> found = Dom.descendants(root, localName);
    if (found.size() == 1) return found.get(0);
    if (found.size() > 1) {
      throw new MappingException("payload holds " + found.size() + " " + format
          + " records; map them one at a time");
    }
    if (deleted(root)) throw new MappingException("OAI-PMH record is deleted: it has no metadata");
    throw new MappingException("no " + format + " record in payload (root element <"
        + root.getNodeName() + ">)");
  }

  private static boolean deleted(Element root) {
    List<Element> headers = new ArrayList<>(Dom.descendants(root, "header"));
    if ("header".equals(Dom.localName(root))) headers.add(root);
    return headers.stream().anyMatch(h -> "deleted".equals(Dom.attr(h, "status")));
  }

  /** The items of every container child ({@code <subjects><subject/>…}), in document order. */
  static List<Element> items(Element parent, String container, String item) {
    List<Element> out = new ArrayList<>();
    for (Element c : Dom.children(parent, container)) out.addAll(Dom.children(c, item));
    return out;
  }

  /** The DOI resolver when there is a DOI (it outlives repository URLs), else the first resolvable identifier. */
  static String landingPage(List<Identifier> ids) {
    return ids.stream().filter(i -> i.scheme() == Identifier.Scheme.DOI).map(Identifier::url).findFirst()
        .orElse(ids.stream().map(Identifier::url).filter(u -> u != null).findFirst().orElse(null));
  }

  static <T> void addOnce(List<T> list, T value) {
    if (value != null && !list.contains(value)) list.add(value);
  }
}
