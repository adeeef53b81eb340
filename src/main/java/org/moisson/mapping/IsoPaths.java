package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/**
 * Where ISO 19139 and ISO 19115-3 put what they both say. Below the identification most element
 * names are shared (CI_Citation, MD_Keywords, EX_Extent, CI_OnlineResource…), so the mapping is one
 * ({@link IsoMetadata}); the record's header is what moved: fileIdentifier became
 * metadataIdentifier/MD_Identifier/code, hierarchyLevel metadataScope/…/resourceScope, language a
 * default locale.
 *
 * @param rootNamespace the namespaces the root element may have
 * @param identifier path from the root to the record identifier
 * @param scope path from the root to the scope code (dataset, series, service…)
 * @param language paths from the root to the metadata language
 * @param resourceLanguage paths from the identification to the resource's languages
 * @param parent path from the root to the parent record
 */
record IsoPaths(String format, Pattern rootNamespace, List<String> roots, String[] identifier, String[] scope,
    List<String[]> language, List<String[]> resourceLanguage, String[] parent) {

  static final IsoPaths ISO19139 = new IsoPaths("iso19139",
      Pattern.compile("http://www\\.isotc211\\.org/2005/gm[di]"), List.of("MD_Metadata", "MI_Metadata"),
      new String[] {"fileIdentifier"}, new String[] {"hierarchyLevel"},
      List.<String[]>of(new String[] {"language"}),
      List.<String[]>of(new String[] {"language"}),
      new String[] {"parentIdentifier"});

  static final IsoPaths ISO19115_3 = new IsoPaths("iso19115-3",
      Pattern.compile("http://standards\\.iso\\.org/iso/19115/-3/mdb/\\d\\.\\d"), List.of("MD_Metadata"),
      new String[] {"metadataIdentifier", "MD_Identifier", "code"},
      new String[] {"metadataScope", "MD_MetadataScope", "resourceScope"},
      List.<String[]>of(new String[] {"defaultLocale", "PT_Locale", "language"}),
      List.of(new String[] {"defaultLocale", "PT_Locale", "language"},
          new String[] {"otherLocale", "PT_Locale", "language"}),
      new String[] {"parentMetadata"});

  /** Every element at the end of the path, following every match at each step; "*" is any element. */
  static List<Element> all(Element from, String... path) {
    List<Element> level = new ArrayList<>();
    if (from == null) return level;
    level.add(from);
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      for (Element e : level) next.addAll(name.equals("*") ? Dom.children(e) : Dom.children(e, name));
      level = next;
    }
    return level;
  }

  static Element first(Element from, String... path) {
    List<Element> found = all(from, path);
    return found.isEmpty() ? null : found.get(0);
  }
}
