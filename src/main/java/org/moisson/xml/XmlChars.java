package org.moisson.xml;

/**
 * Harvested text made fit for XML 1.0 and RDF output: characters XML forbids (control characters,
 * unpaired surrogates, U+FFFE/U+FFFF) are dropped. Escaping of &amp;, &lt; and quotes is the
 * writer's job; this is what no escaping can carry.
 */
public final class XmlChars {
  private XmlChars() {}

  public static String clean(String s) {
    if (s == null) return "";
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (out != null) out.append(c).append(s.charAt(i + 1));
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
      else if (ok && out != null) out.append(c);
    }
    return out == null ? s : out.toString();
  }
}
