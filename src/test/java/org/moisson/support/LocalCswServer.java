package org.moisson.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalHttpServer.Request;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.moisson.xml.XmlException;
import org.w3c.dom.Element;

/**
 * A small CSW 2.0.2 catalogue on 127.0.0.1 serving real records: GetRecords by POST (XML body) or
 * GET (key-value pairs), paged by startPosition and maxRecords with a correct nextRecord. It checks
 * each request as a strict server would (a GetRecords in the CSW namespace, version 2.0.2, a
 * typed query asking for full records, a constraint that is one CQL text or one OGC filter holding
 * one predicate) and answers an ows:ExceptionReport to anything else. Constraints are not evaluated:
 * tests read them from {@link #constraints()}.
 */
public final class LocalCswServer implements AutoCloseable {
  public static final String CSW = "http://www.opengis.net/cat/csw/2.0.2";
  private static final String OGC = "http://www.opengis.net/ogc";

  /** A request's constraint as the server understood it: "CQL_TEXT", "FILTER" or null, and its text or element. */
  public record Constraint(String language, String cql, Element filter) {}

  private final LocalHttpServer server;
  private final List<String> records = new ArrayList<>();
  private final List<Constraint> constraints = new ArrayList<>();
  private volatile String refusal;

  public LocalCswServer() {
    server = new LocalHttpServer(this::answer);
  }

  /** Adds a record (its XML declaration, if any, is dropped). */
  public synchronized void add(String xml) {
    records.add(xml.strip().replaceFirst("^<\\?xml[^>]*\\?>", ""));
  }

  /** Forgets the records whose XML contains the text, as a catalogue forgets a deleted record. */
  public synchronized void removeContaining(String text) {
    records.removeIf(r -> r.contains(text));
  }

  /** From now on every request is answered with this exception report (null: answer again). */
  public void refuse(String exceptionReport) {
    refusal = exceptionReport;
  }

  public String url() {
    return server.url("/csw");
  }

  public List<Request> requests() {
    return server.requests();
  }

  public synchronized List<Constraint> constraints() {
    return List.copyOf(constraints);
  }

  private Reply answer(Request req) {
    if (refusal != null) return Reply.xml(refusal);
    try {
      Map<String, String> q = lower(req.query());
      long start;
      int max;
      if (req.method().equals("POST")) {
        Element root = SafeXml.parse(req.body()).getDocumentElement();
        check(CSW.equals(root.getNamespaceURI()) && Dom.localName(root).equals("GetRecords"), "not a csw:GetRecords");
        check("CSW".equals(root.getAttribute("service")) && "2.0.2".equals(root.getAttribute("version")), "service or version");
        check("results".equals(root.getAttribute("resultType")), "resultType");
        Element query = Dom.child(root, "Query");
        check(query != null && CSW.equals(query.getNamespaceURI()), "no csw:Query");
        String typeNames = query.getAttribute("typeNames");
        check(typeNames.contains(":") && root.lookupNamespaceURI(typeNames.split(":")[0]) != null, "typeNames prefix not declared");
        check("full".equals(Dom.text(query, "ElementSetName")), "ElementSetName");
        record(Dom.child(query, "Constraint"));
        start = number(root.getAttribute("startPosition"), 1);
        max = (int) number(root.getAttribute("maxRecords"), 10);
      } else {
        check("CSW".equals(q.get("service")) && "GetRecords".equals(q.get("request")), "service or request");
        check("full".equals(q.get("elementsetname")) && q.get("typenames") != null, "elementSetName or typeNames");
        String lang = q.get("constraintlanguage");
        if (lang == null) {
          record(null);
        } else if (lang.equals("CQL_TEXT")) {
          synchronized (this) {
            constraints.add(new Constraint("CQL_TEXT", q.get("constraint"), null));
          }
        } else {
          check(lang.equals("FILTER"), "constraintLanguage");
          Element filter = SafeXml.parse(q.get("constraint")).getDocumentElement();
          check(OGC.equals(filter.getNamespaceURI()) && Dom.children(filter).size() == 1, "not one ogc:Filter predicate");
          synchronized (this) {
            constraints.add(new Constraint("FILTER", null, Dom.children(filter).get(0)));
          }
        }
        start = number(q.get("startposition"), 1);
        max = (int) number(q.get("maxrecords"), 10);
      }
      return Reply.xml(page(start, max));
    } catch (XmlException | IllegalArgumentException e) {
      return Reply.xml(exception("InvalidParameterValue", e.getMessage()));
    }
  }

  private void record(Element constraint) {
    if (constraint == null) {
      synchronized (this) {
        constraints.add(new Constraint(null, null, null));
      }
      return;
    }
    check("1.1.0".equals(constraint.getAttribute("version")), "Constraint version");
    List<Element> c = Dom.children(constraint);
    check(c.size() == 1, "a constraint holds one Filter or one CqlText");
    Element e = c.get(0);
    if (Dom.localName(e).equals("CqlText") && CSW.equals(e.getNamespaceURI())) {
      check(Dom.text(e) != null, "empty CqlText");
      synchronized (this) {
        constraints.add(new Constraint("CQL_TEXT", Dom.text(e), null));
      }
      return;
    }
    check(Dom.localName(e).equals("Filter") && OGC.equals(e.getNamespaceURI()), "not an ogc:Filter");
    check(Dom.children(e).size() == 1 && OGC.equals(Dom.children(e).get(0).getNamespaceURI()), "not one OGC predicate");
    synchronized (this) {
      constraints.add(new Constraint("FILTER", null, Dom.children(e).get(0)));
    }
  }

  private synchronized String page(long start, int max) {
    int matched = records.size();
    int from = (int) Math.min(start - 1, matched);
    int to = Math.min(from + max, matched);
    long next = to < matched ? to + 1 : 0;
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<csw:GetRecordsResponse xmlns:csw=\"").append(CSW).append("\" version=\"2.0.2\">")
        .append("<csw:SearchStatus timestamp=\"2024-01-01T00:00:00Z\"/>")
        .append("<csw:SearchResults numberOfRecordsMatched=\"").append(matched).append("\" numberOfRecordsReturned=\"")
        .append(to - from).append("\" nextRecord=\"").append(next).append("\" elementSet=\"full\">");
    for (String r : records.subList(from, to)) sb.append(r);
    return sb.append("</csw:SearchResults></csw:GetRecordsResponse>").toString();
  }

  public static String exception(String code, String text) {
    return "<ows:ExceptionReport xmlns:ows=\"http://www.opengis.net/ows\" version=\"1.2.0\"><ows:Exception exceptionCode=\""
        + code + "\" locator=\"request\"><ows:ExceptionText>" + text.replace("&", "&amp;").replace("<", "&lt;")
        + "</ows:ExceptionText></ows:Exception></ows:ExceptionReport>";
  }

  private static void check(boolean ok, String what) {
    if (!ok) throw new IllegalArgumentException("invalid GetRecords request: " + what);
  }

  private static long number(String v, long fallback) {
    return v == null || v.isBlank() ? fallback : Long.parseLong(v.strip());
  }

  private static Map<String, String> lower(Map<String, String> query) {
    Map<String, String> out = new LinkedHashMap<>();
    query.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }

  @Override
  public void close() {
    server.close();
  }
}
