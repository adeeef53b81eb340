package org.moisson.bench;

/** A minimal XML writer for the synthetic records: elements, attributes, escaped text, two-space indent. */
final class XmlText {
  private final StringBuilder out = new StringBuilder(6 * 1024);
  private int depth;

  XmlText declaration() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    return this;
  }

  /** Opens an element; attrs are name, value pairs, a null value leaves the attribute out. */
  XmlText open(String name, String... attrs) {
    indent().append('<').append(name);
    attributes(attrs);
    out.append(">\n");
    depth++;
    return this;
  }

  XmlText close(String name) {
    depth--;
    indent().append("</").append(name).append(">\n");
    return this;
  }

  XmlText element(String name, String text, String... attrs) {
    indent().append('<').append(name);
    attributes(attrs);
    out.append('>');
    escape(text);
    out.append("</").append(name).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(String[] attrs) {
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      if (attrs[i + 1] == null) continue;
      out.append(' ').append(attrs[i]).append("=\"");
      escape(attrs[i + 1]);
      out.append('"');
    }
  }

  private StringBuilder indent() {
    for (int i = 0; i < depth; i++) out.append("  ");
    return out;
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}
