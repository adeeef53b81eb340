package org.moisson.harvest.oaipmh;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.moisson.xml.SafeXml;
import org.moisson.xml.XmlException;
import org.moisson.xml.XmlOut;

/**
 * One OAI-PMH answer, read: its error if any, its records, its resumption token, the granularity
 * an Identify answer gives. Read as a stream: each record's metadata is copied out as text on the
 * way, where building the page's tree and serialising every record again cost more than the
 * mapping of the records did.
 */
final class OaiPmhResponse {
  /**
   * A record as listed: header fields, and the metadata element as a document of its own; or, for
   * metadata that is not XML (Dataverse's dataverse_json), the link its empty {@code <metadata>}
   * gives in a {@code directApiCall} attribute.
   */
  record Item(String identifier, String datestamp, boolean deleted, String metadata, String metadataLink) {}

  String errorCode;
  String errorMessage;
  final List<Item> items = new ArrayList<>();
  final List<String> headerless = new ArrayList<>();
  String resumptionToken;
  /** Identify's granularity, e.g. {@code YYYY-MM-DDThh:mm:ssZ}; null in other answers. */
  String granularity;

  private final XMLStreamReader r;
  /** Namespace declarations of the open elements, outermost first, so copied metadata keeps those it inherits. */
  private final Deque<Map<String, String>> scopes = new ArrayDeque<>();

  private OaiPmhResponse(XMLStreamReader r) {
    this.r = r;
  }

  static OaiPmhResponse parse(String xml) {
    XMLStreamReader r = SafeXml.stream(xml);
    try {
      OaiPmhResponse response = new OaiPmhResponse(r);
      response.readDocument();
      return response;
    } catch (XMLStreamException e) {
      throw SafeXml.streamError(e);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // a reader over a string holds nothing to release
      }
    }
  }

  private void readDocument() throws XMLStreamException {
    while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
      SafeXml.refuseDoctype(r);
      if (!r.hasNext()) throw new XmlException("XML not readable: no root element", null);
      r.next();
    }
    if (!"OAI-PMH".equals(r.getLocalName())) {
      throw new IllegalArgumentException("not an OAI-PMH response (root element " + r.getLocalName() + ")");
    }
    enter();
    while (nextChild()) {
      switch (r.getLocalName()) {
        case "error" -> {
          errorCode = r.getAttributeValue(null, "code");
          errorMessage = text();
        }
        case "ListRecords", "GetRecord" -> readList();
        case "Identify" -> readIdentify();
        default -> skip();
      }
    }
    while (r.hasNext()) r.next(); // the parser checks what follows the root is only comments and space
  }

  private void readList() throws XMLStreamException {
    enter();
    int position = 0;
    while (nextChild()) {
      switch (r.getLocalName()) {
        case "record" -> readRecord(++position);
        case "resumptionToken" -> resumptionToken = text();
        default -> skip();
      }
    }
  }

  private void readIdentify() throws XMLStreamException {
    enter();
    while (nextChild()) {
      if ("granularity".equals(r.getLocalName())) granularity = text();
      else skip();
    }
  }

  private void readRecord(int position) throws XMLStreamException {
    enter();
    String id = null, datestamp = null, metadata = null, link = null;
    boolean deleted = false, hasHeader = false;
    while (nextChild()) {
      switch (r.getLocalName()) {
        case "header" -> {
          hasHeader = true;
          deleted = "deleted".equals(r.getAttributeValue(null, "status"));
          enter();
          while (nextChild()) {
            switch (r.getLocalName()) {
              case "identifier" -> id = blankToNull(text());
              case "datestamp" -> datestamp = blankToNull(text());
              default -> skip();
            }
          }
        }
        case "metadata" -> {
          link = r.getAttributeValue(null, "directApiCall");
          enter();
          while (nextChild()) {
            if (metadata == null) metadata = copy();
            else skip();
          }
        }
        default -> skip();
      }
    }
    if (!hasHeader || id == null) {
      headerless.add("record " + position + " of the page has a header without identifier");
      return;
    }
    items.add(new Item(id, datestamp, deleted, deleted ? null : metadata,
        deleted || metadata != null ? null : link));
  }

  /**
   * Moves to the next child element of the element last entered and returns true, or past that
   * element's end and returns false. Text between children is ignored.
   */
  private boolean nextChild() throws XMLStreamException {
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) return true;
      if (e == XMLStreamConstants.END_ELEMENT) {
        scopes.pop();
        return false;
      }
      if (e == XMLStreamConstants.END_DOCUMENT) {
        throw new XmlException("XML not well-formed at line " + r.getLocation().getLineNumber() + ": the document ends early", null);
      }
    }
  }

  /** Notes the declarations of the element the reader is on, which the caller then reads the children of. */
  private void enter() {
    scopes.push(declared());
  }

  /** The namespaces the element the reader is on declares, prefix ("" for the default) to URI. */
  private Map<String, String> declared() {
    int n = r.getNamespaceCount();
    if (n == 0) return Map.of();
    Map<String, String> declared = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) declared.put(prefix(r.getNamespacePrefix(i)), nullToEmpty(r.getNamespaceURI(i)));
    return declared;
  }

  /** The text inside the current element, nested elements' included; the reader ends past its end tag. */
  private String text() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) depth++;
      else if (e == XMLStreamConstants.END_ELEMENT) depth--;
      else if (isText(e)) sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }
    return sb.toString().strip();
  }

  /** Passes over the current element and everything in it. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) depth++;
      else if (e == XMLStreamConstants.END_ELEMENT) depth--;
    }
  }

  /**
   * The current element and its content as a document of its own: it declares every namespace in
   * scope where it stood (an unprefixed child of it may rely on an inherited default). Comments and
   * processing instructions are left out.
   */
  private String copy() throws XMLStreamException {
    StringBuilder out = new StringBuilder(4096);
    Map<String, String> inScope = new LinkedHashMap<>();
    // scopes is a stack, innermost first: walk it outermost first so inner declarations win.
    List<Map<String, String>> outerFirst = new ArrayList<>(scopes);
    for (int i = outerFirst.size() - 1; i >= 0; i--) inScope.putAll(outerFirst.get(i));
    inScope.putAll(declared());
    startTag(out, inScope);
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        startTag(out, declared());
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        out.append("</").append(qName(r.getPrefix(), r.getLocalName())).append('>');
      } else if (isText(e)) {
        XmlOut.escape(out, r.getTextCharacters(), r.getTextStart(), r.getTextLength(), false);
      }
    }
    return out.toString();
  }

  private void startTag(StringBuilder out, Map<String, String> declarations) {
    out.append('<').append(qName(r.getPrefix(), r.getLocalName()));
    declarations.forEach((prefix, uri) -> XmlOut.namespace(out, prefix, uri));
    for (int i = 0; i < r.getAttributeCount(); i++) {
      out.append(' ').append(qName(r.getAttributePrefix(i), r.getAttributeLocalName(i))).append("=\"");
      XmlOut.escape(out, r.getAttributeValue(i), true);
      out.append('"');
    }
    out.append('>');
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  private static String qName(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  private static String prefix(String p) {
    return p == null ? "" : p;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
