package org.moisson.harvest.oaipmh;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One OAI-PMH answer, read: its error if any, its records, its resumption token. */
final class OaiPmhResponse {
  private static final TransformerFactory TRANSFORMERS = transformers();

  /**
   * A record as listed: header fields, and the metadata element serialised on its own; or, for
   * metadata that is not XML (Dataverse's dataverse_json), the link its empty {@code <metadata>}
   * gives in a {@code directApiCall} attribute.
   */
  record Item(String identifier, String datestamp, boolean deleted, String metadata, String metadataLink) {}

  final String errorCode;
  final String errorMessage;
  final List<Item> items = new ArrayList<>();
  final List<String> headerless = new ArrayList<>();
  final String resumptionToken;
  final Element root;

  private OaiPmhResponse(Document doc) {
    root = doc.getDocumentElement();
    if (!"OAI-PMH".equals(Dom.localName(root))) {
      throw new IllegalArgumentException("not an OAI-PMH response (root element " + Dom.localName(root) + ")");
    }
    Element error = Dom.child(root, "error");
    errorCode = error == null ? null : Dom.attr(error, "code");
    errorMessage = error == null ? null : Dom.text(error);
    Element list = Dom.child(root, "ListRecords");
    if (list == null) list = Dom.child(root, "GetRecord");
    String token = null;
    if (list != null) {
      int position = 0;
      for (Element rec : Dom.children(list, "record")) {
        position++;
        Element header = Dom.child(rec, "header");
        String id = Dom.text(header, "identifier");
        if (id == null) {
          headerless.add("record " + position + " of the page has a header without identifier");
          continue;
        }
        boolean deleted = "deleted".equals(Dom.attr(header, "status"));
        Element wrapper = Dom.child(rec, "metadata");
        Element metadata = Dom.children(wrapper).stream().findFirst().orElse(null);
        items.add(new Item(id, Dom.text(header, "datestamp"), deleted,
            deleted || metadata == null ? null : serialise(metadata),
            deleted || metadata != null ? null : Dom.attr(wrapper, "directApiCall")));
      }
      token = Dom.text(list, "resumptionToken");
    }
    resumptionToken = token;
  }

  static OaiPmhResponse parse(String xml) {
    return new OaiPmhResponse(SafeXml.parse(xml));
  }

  /** The element alone as a document, with the namespace declarations it inherited. */
  static String serialise(Element e) {
    try {
      Transformer t = TRANSFORMERS.newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(e), new StreamResult(out));
      return out.toString();
    } catch (TransformerException ex) {
      throw new IllegalStateException("cannot serialise a parsed element", ex);
    }
  }

  private static TransformerFactory transformers() {
    TransformerFactory f = TransformerFactory.newInstance();
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    return f;
  }
}
