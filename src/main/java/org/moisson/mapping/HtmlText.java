package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Descriptions that sources write as HTML, or as HTML escaped once or twice ("&amp;lt;p&amp;gt;",
 * "&amp;amp;nbsp;": schema.org pages and Dataverse do both), turned into plain text with one line per
 * paragraph. Only known HTML tag names are removed, so "a &lt; b and c &gt; d" in a formula survives.
 */
final class HtmlText {
  private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("amp", "&"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
      Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
      Map.entry("rdquo", "\u201D"), Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00AB"),
      Map.entry("raquo", "\u00BB"), Map.entry("deg", "\u00B0"), Map.entry("plusmn", "\u00B1"),
      Map.entry("micro", "\u00B5"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"));
  private static final String TAGS = "p|br|div|span|a|em|strong|b|i|u|ul|ol|li|h[1-6]|sup|sub|code|pre|blockquote"
      + "|table|thead|tbody|tr|td|th|font|small|big|hr|img|abbr|cite|q|s|strike|del|ins|dl|dt|dd";
  private static final Pattern TAG = Pattern.compile("(?i)<\\s*/?\\s*(?:" + TAGS + ")(?:\\s[^<>]*)?/?\\s*>");
  private static final Pattern BREAK = Pattern.compile(
      "(?i)<\\s*(?:br|hr)(?:\\s[^<>]*)?/?\\s*>|<\\s*/\\s*(?:p|div|li|h[1-6]|tr|blockquote|pre|dd|dt)\\s*>");

  private HtmlText() {}

  static String plain(String text) {
    if (text == null) return null;
    String t = text;
    for (int i = 0; i < 3 && t.indexOf('&') >= 0; i++) {
      String u = unescape(t);
      if (u.equals(t)) break;
      t = u;
    }
    if (!TAG.matcher(t).find()) {
      String p = t.replace("\r\n", "\n").replace('\u00A0', ' ').strip();
      return p.isEmpty() ? null : p;
    }
    String marked = BREAK.matcher(t).replaceAll("\n");
    String stripped = TAG.matcher(marked).replaceAll("");
    List<String> lines = new ArrayList<>();
    for (String line : stripped.split("\n")) {
      String folded = org.moisson.xml.WhiteSpace.fold(line.replace('\u00A0', ' ').strip());
      if (!folded.isEmpty()) lines.add(folded);
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String unescape(String t) {
    Matcher m = ENTITY.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String r = null;
      try {
        if (m.group(1) != null) r = new String(Character.toChars(Integer.parseInt(m.group(1))));
        else if (m.group(2) != null) r = new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
        else r = NAMED.get(m.group(3));
      } catch (IllegalArgumentException e) {
        r = null; // a code point out of range stays as written
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
