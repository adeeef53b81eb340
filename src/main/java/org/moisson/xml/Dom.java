package org.moisson.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Namespace-agnostic DOM navigation: sources write the same element with or without its namespace
 * (DataCite kernel 3 or 4, or none at all), so lookups go by local name.
 */
public final class Dom {
  private Dom() {}

  public static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    if (parent == null) return out;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(localName(e))) out.add(e);
    }
    return out;
  }

  public static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    if (parent == null) return out;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) out.add(e);
    }
    return out;
  }

  public static Element child(Element parent, String localName) {
    List<Element> c = children(parent, localName);
    return c.isEmpty() ? null : c.get(0);
  }

  /** Follows a path of local names, first match at each step. */
  public static Element path(Element from, String... localNames) {
    Element e = from;
    for (String name : localNames) {
      e = child(e, name);
      if (e == null) return null;
    }
    return e;
  }

  /** Every descendant with this local name, in document order. */
  public static List<Element> descendants(Element root, String localName) {
    List<Element> out = new ArrayList<>();
    collect(root, localName, out);
    return out;
  }

  private static void collect(Element e, String localName, List<Element> out) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        if (localName.equals(localName(c))) out.add(c);
        collect(c, localName, out);
      }
    }
  }

  public static String localName(Node n) {
    String ln = n.getLocalName();
    if (ln != null) return ln;
    String name = n.getNodeName();
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(colon + 1);
  }

  /** Trimmed text content with inner white space folded; null when empty. */
  public static String text(Element e) {
    if (e == null) return null;
    String t = e.getTextContent();
    if (t == null) return null;
    t = WhiteSpace.fold(t.strip());
    return t.isEmpty() ? null : t;
  }

  public static String text(Element parent, String localName) {
    return text(child(parent, localName));
  }

  /** An attribute by local name, whatever its namespace; null when absent or blank. */
  public static String attr(Element e, String localName) {
    if (e == null) return null;
    var attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if (localName.equals(localName(a))) {
        String v = a.getNodeValue();
        return v == null || v.isBlank() ? null : v.strip();
      }
    }
    return null;
  }

  /** xml:lang of the element. */
  public static String lang(Element e) {
    String l = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
    if (l == null || l.isBlank()) l = e.getAttribute("xml:lang");
    return l == null || l.isBlank() ? null : l;
  }
}
