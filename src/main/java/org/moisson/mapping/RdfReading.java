package org.moisson.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;
import org.moisson.record.LangText;

/**
 * Reading values off an RDF graph in a stable order. RDF has no order, and a parser's blank-node
 * labels change from one parse to the next, so values are sorted by their content: the same
 * payload always maps to the same record, which golden files and change detection rely on.
 */
final class RdfReading {
  private static final Pattern ISO = Pattern.compile(
      "^(-?\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)"
          + "(Z|[+-]\\d{2}:?\\d{2})?)?(?:Z|[+-]\\d{2}:\\d{2})?$");
  /** Label properties, best first, for agents, places, concepts and licences. */
  static final Property[] LABELS = {DcatTerms.PREF_LABEL, DcatTerms.RDFS_LABEL, DcatTerms.TITLE,
      DcatTerms.prop(DcatTerms.FOAF, "name"), DcatTerms.prop(DcatTerms.VCARD, "fn"),
      DcatTerms.prop(DcatTerms.SCHEMA, "name"), DcatTerms.prop(DcatTerms.SCHEMA_HTTPS, "name"),
      DcatTerms.GEOGRAPHIC_NAME};

  private RdfReading() {}

  /** The values of a property, sorted by content. */
  static List<RDFNode> values(Resource s, Property p) {
    List<RDFNode> out = new ArrayList<>();
    for (Statement st : s.listProperties(p).toList()) out.add(st.getObject());
    out.sort(Comparator.comparing(n -> key(n, 3)));
    return out;
  }

  /** The values of a property that are resources (IRIs or blank nodes), sorted. */
  static List<Resource> resources(Resource s, Property p) {
    return values(s, p).stream().filter(RDFNode::isResource).map(RDFNode::asResource).toList();
  }

  static RDFNode first(Resource s, Property p) {
    List<RDFNode> v = values(s, p);
    return v.isEmpty() ? null : v.get(0);
  }

  /** Literal values as texts with their language, blank ones dropped. */
  static List<LangText> texts(Resource s, Property p) {
    List<LangText> out = new ArrayList<>();
    for (RDFNode n : values(s, p)) {
      if (!n.isLiteral()) continue;
      LangText t = LangText.of(n.asLiteral().getLanguage(), n.asLiteral().getLexicalForm());
      if (t != null && !out.contains(t)) out.add(t);
    }
    return out;
  }

  /**
   * One literal among several for a single-valued field (a name, a label): English, else one
   * without language, else the first in order. English because European catalogues almost always
   * have it, so the choice does not depend on which other languages a record happens to carry.
   */
  static String text(Resource s, Property... props) {
    for (Property p : props) {
      List<LangText> texts = texts(s, p);
      if (texts.isEmpty()) continue;
      for (LangText t : texts) if ("en".equals(t.lang())) return t.value();
      for (LangText t : texts) if (t.lang() == null) return t.value();
      return texts.get(0).value();
    }
    return null;
  }

  /** A resource's best label, or null when the graph gives none. */
  static String label(Resource r) {
    return text(r, LABELS);
  }

  /** An IRI, or the lexical form of a literal; null for a blank node. */
  static String string(RDFNode n) {
    if (n == null) return null;
    if (n.isURIResource()) return n.asResource().getURI();
    if (n.isLiteral()) {
      String s = n.asLiteral().getLexicalForm().strip();
      return s.isEmpty() ? null : s;
    }
    return null;
  }

  static String firstString(Resource s, Property p) {
    for (RDFNode n : values(s, p)) {
      String v = string(n);
      if (v != null) return v;
    }
    return null;
  }

  /**
   * An xsd:date, dateTime, gYear or gYearMonth literal (or any literal written that way: the
   * datatype is often wrong or missing) as ISO 8601 at its own precision; a time zone on a bare
   * date is dropped. Null when it is not a date.
   */
  static String isoDate(RDFNode n) {
    if (n == null || !n.isLiteral()) return null;
    Literal l = n.asLiteral();
    Matcher m = ISO.matcher(l.getLexicalForm().strip());
    if (!m.matches()) return null;
    if (m.group(2) == null) return m.group(1);
    return m.group(1) + "T" + m.group(2) + (m.group(3) == null ? "" : m.group(3));
  }

  /** The earliest date among a property's values (values sort by lexical form). */
  static String date(Resource s, Property p) {
    for (RDFNode n : values(s, p)) {
      String d = isoDate(n);
      if (d != null) return d;
    }
    return null;
  }

  /** The part of an IRI after its last '/' or '#'. */
  static String localName(String iri) {
    if (iri == null) return null;
    String t = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
    int i = Math.max(t.lastIndexOf('/'), t.lastIndexOf('#'));
    return i < 0 ? t : t.substring(i + 1);
  }

  static boolean hasType(Resource r, String ns, String... locals) {
    for (String local : locals) {
      if (r.hasProperty(DcatTerms.TYPE, r.getModel().createResource(ns + local))) return true;
    }
    return false;
  }

  /** A sort key: N-Triples for IRIs and literals, the content (a few levels deep) for blank nodes. */
  static String key(RDFNode n, int depth) {
    if (!n.isAnon()) return NodeFmtLib.strNT(n.asNode());
    if (depth == 0) return "_:";
    List<String> parts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Statement s : n.asResource().listProperties().toList()) {
      String part = s.getPredicate().getURI() + " " + key(s.getObject(), depth - 1);
      if (seen.add(part)) parts.add(part);
    }
    parts.sort(null);
    return "_:[" + String.join("; ", parts) + "]";
  }
}
