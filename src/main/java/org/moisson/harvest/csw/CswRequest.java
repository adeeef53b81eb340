package org.moisson.harvest.csw;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * GetRecords requests, as an XML body (POST) or key-value pairs (GET), and GetRecordById links.
 * The POST body is built as a DOM and serialised, so a constraint can never break out of its
 * element. An incremental harvest adds {@code <modifiedProperty> >= 'day'} to the source's own
 * constraint: ANDed into its CQL or its filter, or as a filter of its own when it has none. The day
 * is the UTC day the window starts: servers compare dates and date-times alike as text, and a day
 * includes all of its times, where a time would exclude a record stamped with the bare date.
 */
final class CswRequest {
  private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

  private CswRequest() {}

  /** The CQL text to send: the source's, ANDed with the modified condition; null when the source has none. */
  static String cql(CswConfig c, String since) {
    if (c.cql() == null) return null;
    return since == null ? c.cql() : "(" + c.cql() + ") AND " + c.modifiedProperty() + " >= '" + since + "'";
  }

  /**
   * The ogc:Filter to send, in the given document: the source's predicate ANDed with the modified
   * one, or the modified one alone (a filter: every CSW 2.0.2 server reads OGC filters, not all CQL).
   * Null when there is no filter, or when the constraint goes as CQL.
   */
  static Element filter(CswConfig c, String since, Document doc) {
    if (c.cql() != null || (c.filter() == null && since == null)) return null;
    Element filter = doc.createElementNS(CswConfig.OGC, "ogc:Filter");
    if (c.filter() == null) {
      filter.appendChild(modifiedSince(doc, c.modifiedProperty(), since));
      return filter;
    }
    Element predicate = (Element) doc.importNode(c.filter(), true);
    if (since == null) {
      filter.appendChild(predicate);
    } else {
      Element and = doc.createElementNS(CswConfig.OGC, "ogc:And");
      and.appendChild(predicate);
      and.appendChild(modifiedSince(doc, c.modifiedProperty(), since));
      filter.appendChild(and);
    }
    return filter;
  }

  private static Element modifiedSince(Document doc, String property, String since) {
    Element ge = doc.createElementNS(CswConfig.OGC, "ogc:PropertyIsGreaterThanOrEqualTo");
    Element name = doc.createElementNS(CswConfig.OGC, "ogc:PropertyName");
    name.setTextContent(property);
    Element literal = doc.createElementNS(CswConfig.OGC, "ogc:Literal");
    literal.setTextContent(since);
    ge.appendChild(name);
    ge.appendChild(literal);
    return ge;
  }

  static String postBody(CswConfig c, long start, String since) {
    Document doc = CswXml.newDocument();
    Element root = doc.createElementNS(CswConfig.CSW, "csw:GetRecords");
    doc.appendChild(root);
    root.setAttributeNS(XMLNS, "xmlns:ogc", CswConfig.OGC);
    String prefix = c.typeNames().split(":")[0];
    root.setAttributeNS(XMLNS, "xmlns:" + prefix, CswConfig.PREFIXES.get(prefix));
    root.setAttribute("service", "CSW");
    root.setAttribute("version", "2.0.2");
    root.setAttribute("resultType", "results");
    root.setAttribute("startPosition", Long.toString(start));
    root.setAttribute("maxRecords", Integer.toString(c.pageSize()));
    root.setAttribute("outputFormat", "application/xml");
    root.setAttribute("outputSchema", c.schema().namespace);
    Element query = child(root, CswConfig.CSW, "csw:Query");
    query.setAttribute("typeNames", c.typeNames());
    child(query, CswConfig.CSW, "csw:ElementSetName").setTextContent("full");
    String cql = cql(c, since);
    Element filter = filter(c, since, doc);
    if (cql != null || filter != null) {
      Element constraint = child(query, CswConfig.CSW, "csw:Constraint");
      constraint.setAttribute("version", "1.1.0");
      if (filter != null) constraint.appendChild(filter);
      else child(constraint, CswConfig.CSW, "csw:CqlText").setTextContent(cql);
    }
    return CswXml.serialise(doc.getDocumentElement(), true);
  }

  static URI getUrl(CswConfig c, long start, String since) {
    String prefix = c.typeNames().split(":")[0];
    List<String> p = new ArrayList<>(List.of("service", "CSW", "version", "2.0.2", "request", "GetRecords",
        "typeNames", c.typeNames(), "namespace", "xmlns(" + prefix + "=" + CswConfig.PREFIXES.get(prefix) + ")",
        "resultType", "results", "elementSetName", "full", "outputSchema", c.schema().namespace,
        "outputFormat", "application/xml", "startPosition", Long.toString(start),
        "maxRecords", Integer.toString(c.pageSize())));
    String cql = cql(c, since);
    Document doc = CswXml.newDocument();
    Element filter = filter(c, since, doc);
    if (filter != null) {
      doc.appendChild(filter);
      p.addAll(List.of("constraintLanguage", "FILTER", "constraint_language_version", "1.1.0",
          "constraint", CswXml.serialise(filter, false)));
    } else if (cql != null) {
      p.addAll(List.of("constraintLanguage", "CQL_TEXT", "constraint_language_version", "1.1.0", "constraint", cql));
    }
    return URI.create(kvp(c.endpoint(), p));
  }

  /** Where a person (or a re-harvest) gets the one record, in the schema it came in. */
  static String recordUrl(CswConfig c, String id, String schemaNamespace) {
    return kvp(c.endpoint(), List.of("service", "CSW", "version", "2.0.2", "request", "GetRecordById", "id", id,
        "elementSetName", "full", "outputSchema", schemaNamespace));
  }

  private static String kvp(URI endpoint, List<String> params) {
    StringBuilder sb = new StringBuilder(endpoint.toString());
    char sep = endpoint.getRawQuery() == null ? '?' : '&';
    for (int i = 0; i + 1 < params.size(); i += 2) {
      String value = URLEncoder.encode(params.get(i + 1), StandardCharsets.UTF_8).replace("+", "%20");
      sb.append(sep).append(params.get(i)).append('=').append(value);
      sep = '&';
    }
    return sb.toString();
  }

  private static Element child(Element parent, String ns, String qname) {
    Element e = parent.getOwnerDocument().createElementNS(ns, qname);
    parent.appendChild(e);
    return e;
  }
}
