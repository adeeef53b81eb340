package org.moisson.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writing parsed XML back out as text: one element of a harvested page as a document of its own.
 * A loop over the nodes, where an identity {@code Transformer} (a new one per record, and a copy of
 * the element into a new document) cost about as much as parsing the page.
 */
public final class XmlOut {
  private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

  private XmlOut() {}

  /**
   * The element alone as a document. It declares every namespace in scope where it stood: a CSW
   * answer declares gmd, gco, gml… once on its root, and an xsi:type value uses a prefix no element
   * name shows. Comments and processing instructions are left out.
   */
  public static String element(Element e) {
    Map<String, String> inScope = new LinkedHashMap<>();
    List<Element> ancestors = new ArrayList<>();
    for (Node a = e.getParentNode(); a instanceof Element el; a = a.getParentNode()) ancestors.add(el);
    for (int i = ancestors.size() - 1; i >= 0; i--) declarations(ancestors.get(i), inScope);
    declarations(e, inScope);
    StringBuilder out = new StringBuilder(4096);
    write(e, inScope, out);
    return out.toString();
  }

  private static void declarations(Element e, Map<String, String> into) {
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if (!XMLNS.equals(a.getNamespaceURI())) continue;
      String name = a.getNodeName();
      into.put(name.equals("xmlns") ? "" : name.substring("xmlns:".length()), a.getNodeValue());
    }
  }

  private static void write(Element e, Map<String, String> declare, StringBuilder out) {
    String name = e.getTagName();
    out.append('<').append(name);
    if (declare != null) {
      for (Map.Entry<String, String> ns : declare.entrySet()) namespace(out, ns.getKey(), ns.getValue());
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      // The root's own declarations are among those written above; a descendant's are written as they stand.
      if (declare != null && XMLNS.equals(a.getNamespaceURI())) continue;
      out.append(' ').append(a.getName()).append("=\"");
      escape(out, a.getValue(), true);
      out.append('"');
    }
    out.append('>');
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      switch (c.getNodeType()) {
        case Node.ELEMENT_NODE -> write((Element) c, null, out);
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(out, c.getNodeValue(), false);
        default -> {
          // comments and processing instructions: not metadata
        }
      }
    }
    out.append("</").append(name).append('>');
  }

  /** Writes one namespace declaration ({@code ""} for the default namespace). */
  public static void namespace(StringBuilder out, String prefix, String uri) {
    if ("xml".equals(prefix)) return;
    out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
    escape(out, uri, true);
    out.append('"');
  }

  public static void escape(StringBuilder out, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) escape(out, s.charAt(i), attribute);
  }

  /**
   * Escapes what must be in text; in an attribute also quotes, and the white space a parser would
   * otherwise normalise to spaces.
   */
  public static void escape(StringBuilder out, char[] c, int start, int length, boolean attribute) {
    for (int i = start, end = start + length; i < end; i++) escape(out, c[i], attribute);
  }

  private static void escape(StringBuilder out, char ch, boolean attribute) {
    switch (ch) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append(attribute ? "&quot;" : "\"");
      case '\n' -> out.append(attribute ? "&#10;" : "\n");
      case '\r' -> out.append("&#13;");
      case '\t' -> out.append(attribute ? "&#9;" : "\t");
      default -> out.append(ch);
    }
  }
}
