package org.moisson.harvest.csw;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.moisson.harvest.Source;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.moisson.xml.XmlException;
import org.w3c.dom.Element;

/**
 * The settings of a CSW source, checked once: {@code method} (post, get), {@code pageSize},
 * {@code outputSchema} (iso19139, iso19115-3, dc, or the schema's namespace), {@code typeNames},
 * {@code constraint} (CQL text), {@code filter} (an OGC Filter 1.1 fragment) and
 * {@code modifiedProperty} (the queryable an incremental harvest filters on). The constraint and
 * the filter exclude each other: a CSW 2.0.2 query carries one constraint language.
 *
 * @param endpoint the source URL without the service, version and request parameters a copied
 *     GetCapabilities URL brings along
 * @param filter the filter's single predicate (an ogc:Filter is unwrapped), or null
 */
record CswConfig(URI endpoint, Method method, int pageSize, Schema schema, String typeNames, String cql,
    Element filter, String modifiedProperty) {
  static final String CSW = "http://www.opengis.net/cat/csw/2.0.2";
  static final String OGC = "http://www.opengis.net/ogc";
  static final int MAX_PAGE_SIZE = 1000;
  /** The prefixes a typeNames may use, with the namespaces the request must declare for them. */
  static final Map<String, String> PREFIXES = Map.of("csw", CSW, "gmd", "http://www.isotc211.org/2005/gmd",
      "gmi", "http://www.isotc211.org/2005/gmi", "mdb", "http://standards.iso.org/iso/19115/-3/mdb/2.0");
  private static final Pattern QNAME = Pattern.compile("[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?");
  private static final Pattern OWS_KEYS = Pattern.compile("(?i)(?:service|version|request)=.*");

  enum Method { POST, GET }

  /** What the harvest asks for, the mapper that reads it, and the typeNames that goes with it by default. */
  enum Schema {
    ISO19139("iso19139", "http://www.isotc211.org/2005/gmd", "gmd:MD_Metadata"),
    ISO19115_3("iso19115-3", "http://standards.iso.org/iso/19115/-3/mdb/2.0", "mdb:MD_Metadata"),
    DC("dc", CSW, "csw:Record");

    final String key;
    final String namespace;
    final String typeNames;

    Schema(String key, String namespace, String typeNames) {
      this.key = key;
      this.namespace = namespace;
      this.typeNames = typeNames;
    }

    static Schema of(String value) {
      for (Schema s : values()) {
        if (s.key.equalsIgnoreCase(value.strip()) || s.namespace.equals(value.strip())) return s;
      }
      throw new IllegalArgumentException("outputSchema: '" + value + "' is not one of iso19139, iso19115-3, dc");
    }
  }

  /** @throws IllegalArgumentException naming the bad setting */
  static CswConfig of(Source source) {
    URI endpoint = endpoint(source.url());
    String m = source.setting("method", "post").strip().toUpperCase(Locale.ROOT);
    if (!m.equals("POST") && !m.equals("GET")) {
      throw new IllegalArgumentException("method: '" + m + "' is not post or get");
    }
    int pageSize = pageSize(source.setting("pageSize", "100"));
    Schema schema = Schema.of(source.setting("outputSchema", "iso19139"));
    String typeNames = source.setting("typeNames", schema.typeNames).strip();
    if (!QNAME.matcher(typeNames).matches() || !typeNames.contains(":")
        || !PREFIXES.containsKey(typeNames.split(":")[0])) {
      throw new IllegalArgumentException("typeNames: '" + typeNames + "' is not one type with a known prefix ("
          + String.join(", ", PREFIXES.keySet()) + ")");
    }
    String cql = source.setting("constraint", null);
    String filterText = source.setting("filter", null);
    if (cql != null && filterText != null) {
      throw new IllegalArgumentException("constraint and filter: set one, not both (a CSW 2.0.2 query takes one"
          + " constraint language; write the whole condition as CQL or as a filter)");
    }
    if (cql != null && (cql.length() > 10_000 || cql.chars().anyMatch(CswConfig::control))) {
      throw new IllegalArgumentException("constraint: not a CQL text (control characters, or over 10,000 characters)");
    }
    String modified = source.setting("modifiedProperty", "Modified").strip();
    if (!QNAME.matcher(modified).matches()) {
      throw new IllegalArgumentException("modifiedProperty: '" + modified + "' is not a queryable name");
    }
    return new CswConfig(endpoint, Method.valueOf(m), pageSize, schema, typeNames, cql == null ? null : cql.strip(),
        filterText == null ? null : predicate(filterText), modified);
  }

  private static boolean control(int ch) {
    return ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r';
  }

  private static int pageSize(String text) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= MAX_PAGE_SIZE) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("pageSize: '" + text + "' is not a whole number from 1 to " + MAX_PAGE_SIZE);
  }

  /** The endpoint, less service/version/request: the harvester sets them, and a server may take the first of two. */
  static URI endpoint(String url) {
    try {
      URI u = new URI(url == null ? "" : url.strip());
      if (!("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) || u.getHost() == null) {
        throw new IllegalArgumentException("url: '" + url + "' is not an http(s) URL");
      }
      if (u.getRawQuery() == null) return u;
      List<String> kept = new ArrayList<>();
      for (String p : u.getRawQuery().split("&")) if (!p.isEmpty() && !OWS_KEYS.matcher(p).matches()) kept.add(p);
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      String query = kept.isEmpty() ? "" : "?" + String.join("&", kept);
      return new URI(u.getScheme() + "://" + u.getRawAuthority() + path + query);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url: '" + url + "' is not a URL", e);
    }
  }

  /**
   * The one predicate of an OGC Filter 1.1 fragment. The ogc and gml prefixes may be used without
   * declaring them, since people paste a filter from a capabilities example or a GetRecords body.
   */
  static Element predicate(String text) {
    String xml = text.strip().replaceFirst("^<\\?xml[^>]*\\?>", "");
    Element wrapper;
    try {
      wrapper = SafeXml.parse("<filter xmlns:ogc=\"" + OGC + "\" xmlns:gml=\"http://www.opengis.net/gml\">" + xml
          + "</filter>").getDocumentElement();
    } catch (XmlException e) {
      throw new IllegalArgumentException("filter: not XML: " + e.getMessage(), e);
    }
    List<Element> top = Dom.children(wrapper);
    if (top.size() != 1) {
      throw new IllegalArgumentException("filter: write one ogc:Filter or one predicate, not " + top.size());
    }
    Element e = top.get(0);
    if (Dom.localName(e).equals("Filter")) {
      List<Element> inner = Dom.children(e);
      if (inner.size() != 1) {
        throw new IllegalArgumentException("filter: an ogc:Filter holds one predicate, not " + inner.size());
      }
      if (!OGC.equals(e.getNamespaceURI())) throw notOgc(e);
      e = inner.get(0);
    }
    if (!OGC.equals(e.getNamespaceURI())) throw notOgc(e);
    return e;
  }

  private static IllegalArgumentException notOgc(Element e) {
    return new IllegalArgumentException("filter: <" + e.getNodeName() + "> is not in the OGC Filter 1.1 namespace "
        + OGC + " (CSW 2.0.2 does not take Filter 2.0)");
  }
}
