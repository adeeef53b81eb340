package org.moisson.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moisson.record.LangText;
import org.moisson.record.Languages;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/**
 * The values of ISO 19139 and ISO 19115-3 properties, which wrap them the same way whatever the
 * namespace: {@code gco:CharacterString}, {@code gmx:Anchor} / {@code gcx:Anchor} (with an
 * xlink:href), {@code gmd:URL}, dates, code lists, and {@code PT_FreeText} translations whose
 * {@code locale="#FR"} points at a {@code PT_Locale} declared in the record.
 */
final class IsoText {
  private static final Set<String> VALUES = Set.of("CharacterString", "Anchor", "LocalName", "URL", "FileName",
      "MimeFileType", "Date", "DateTime", "Decimal", "Real", "Integer", "Boolean");

  /** The record's main language (ISO 639-1), the language of every untranslated text; may be null. */
  final String lang;
  private final Map<String, String> locales;

  private IsoText(String lang, Map<String, String> locales) {
    this.lang = lang;
    this.locales = locales;
  }

  /** Reads the locales a record declares anywhere (locale, defaultLocale, otherLocale) by their id. */
  static IsoText of(Element root, String mainLanguage) {
    Map<String, String> locales = new HashMap<>();
    for (Element l : Dom.descendants(root, "PT_Locale")) {
      String id = Dom.attr(l, "id");
      Element code = Dom.child(l, "languageCode");
      if (code == null) code = Dom.child(l, "language");
      String language = Languages.normalise(code(code));
      if (id != null && language != null) locales.putIfAbsent(id, language);
    }
    return new IsoText(Languages.normalise(mainLanguage), locales);
  }

  /** The plain value of a property: its CharacterString, Anchor or URL, or its own text when it has no child. */
  static String text(Element property) {
    return Dom.text(value(property));
  }

  private static Element value(Element property) {
    if (property == null) return null;
    for (Element c : Dom.children(property)) {
      if (VALUES.contains(Dom.localName(c))) return c;
    }
    return Dom.children(property).isEmpty() ? property : null;
  }

  static String text(Element parent, String property) {
    return text(Dom.child(parent, property));
  }

  /** The xlink:href of the property's Anchor, if it has one. */
  static String href(Element property) {
    Element anchor = Dom.child(property, "Anchor");
    return anchor == null ? null : Dom.attr(anchor, "href");
  }

  /** A code list value: the codeListValue attribute, else the code's text ("dataset", "eng", "creation"). */
  static String code(Element property) {
    if (property == null) return null;
    List<Element> children = Dom.children(property);
    Element c = children.isEmpty() ? property : children.get(0);
    String v = Dom.attr(c, "codeListValue");
    return v != null ? v : Dom.text(c);
  }

  /** The main text in the record's language, then each translation in its locale's language. */
  List<LangText> texts(Element property) {
    return texts(property, false);
  }

  /**
   * Like {@link #texts(Element)}; with {@code lines} the line breaks are kept (as "\n", blank lines
   * dropped): an abstract's paragraphs and lists mean something, a title's wrapping does not.
   */
  List<LangText> texts(Element property, boolean lines) {
    List<LangText> out = new ArrayList<>();
    if (property == null) return out;
    Element value = value(property);
    Payloads.addOnce(out, LangText.of(lang, value == null ? null : lines ? lines(value) : Dom.text(value)));
    for (Element free : Dom.children(property, "PT_FreeText")) {
      for (Element group : Dom.children(free, "textGroup")) {
        for (Element s : Dom.children(group, "LocalisedCharacterString")) {
          Payloads.addOnce(out, LangText.of(locale(Dom.attr(s, "locale")), lines ? lines(s) : Dom.text(s)));
        }
      }
    }
    return out;
  }

  private static String lines(Element e) {
    List<String> out = new ArrayList<>();
    for (String line : e.getTextContent().split("\\R")) {
      String folded = org.moisson.xml.WhiteSpace.fold(line.strip());
      if (!folded.isEmpty()) out.add(folded);
    }
    return out.isEmpty() ? null : String.join("\n", out);
  }

  /** "#FR" through the record's PT_Locale ids; an undeclared id that is itself a language code is read as one. */
  private String locale(String ref) {
    if (ref == null) return null;
    String id = ref.startsWith("#") ? ref.substring(1) : ref;
    String declared = locales.get(id);
    if (declared != null) return declared;
    String bare = id.toLowerCase(Locale.ROOT).replaceFirst("^locale[-_]?", "");
    return bare.matches("[a-z]{2,3}") ? Languages.normalise(bare) : null;
  }
}
