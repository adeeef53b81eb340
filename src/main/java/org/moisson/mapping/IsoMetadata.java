package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.Languages;
import org.moisson.record.RelatedResource;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;
import org.moisson.xml.Dom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One ISO metadata record (ISO 19139 or ISO 19115-3, told apart by {@link IsoPaths}) as a dataset.
 * The identification read is the first one (a record may add a service identification describing
 * the same data); the metadata contact and dates are about the record and are left out.
 *
 * <p>Lineage has no place in the model yet: it is not mapped (the raw payload keeps it for a later
 * re-mapping), rather than passed off as a second abstract.
 */
final class IsoMetadata {
  static final String TOPIC_SCHEME = "ISO 19115 topic category";
  /** The INSPIRE registry publishes the ISO 19115:2003 topic categories; 19115-1 additions have no IRI there. */
  private static final String TOPIC_IRI = "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/";
  private static final List<String> TOPICS_2003 = List.of("farming", "biota", "boundaries",
      "climatologyMeteorologyAtmosphere", "economy", "elevation", "environment", "geoscientificInformation", "health",
      "imageryBaseMapsEarthCover", "intelligenceMilitary", "inlandWaters", "location", "oceans",
      "planningCadastre", "society", "structure", "transportation", "utilitiesCommunication");
  private static final Map<String, String> SCOPES = scopes();

  private IsoMetadata() {}

  /** The record element of the payload: the root, or the single one inside an envelope (CSW, OAI-PMH). */
  static Element root(Document doc, IsoPaths paths, IsoPaths other) {
    Element root = doc.getDocumentElement();
    if (is(root, paths)) return root;
    if (is(root, other)) {
      throw new MappingException(other.format() + " record (<" + root.getNodeName() + "> in " + root.getNamespaceURI()
          + "), not " + paths.format() + ": it maps with format " + other.format());
    }
    List<Element> found = new ArrayList<>();
    for (String name : paths.roots()) {
      Dom.descendants(root, name).stream().filter(e -> is(e, paths)).forEach(found::add);
    }
    if (found.size() == 1) return found.get(0);
    if (found.size() > 1) {
      throw new MappingException("payload holds " + found.size() + " " + paths.format()
          + " records; map them one at a time");
    }
    throw new MappingException("no " + paths.format() + " record in payload (root element <" + root.getNodeName()
        + ">)");
  }

  private static boolean is(Element e, IsoPaths paths) {
    String ns = e.getNamespaceURI();
    return paths.roots().contains(Dom.localName(e)) && (ns == null || paths.rootNamespace().matcher(ns).matches());
  }

  static Dataset map(Element root, IsoPaths paths) {
    String language = null;
    for (String[] p : paths.language()) if (language == null) language = IsoText.code(IsoPaths.first(root, p));
    IsoText t = IsoText.of(root, language);
    Element ident = Dom.children(Dom.child(root, "identificationInfo")).stream().findFirst().orElse(null);
    if (ident == null) throw new MappingException("no identificationInfo: the record does not describe a resource");
    Element citation = IsoPaths.first(ident, "citation", "CI_Citation");
    DatasetBuilder b = Dataset.builder();
    for (var title : t.texts(Dom.child(citation, "title"))) Payloads.addOnce(b.titles, title);
    if (b.titles.isEmpty()) throw new MappingException("no title (identificationInfo/citation/title)");
    for (Element alt : Dom.children(citation, "alternateTitle")) {
      t.texts(alt).forEach(a -> Payloads.addOnce(b.titles, a));
    }
    b.descriptions.addAll(t.texts(Dom.child(ident, "abstract"), true));
    identifiers(root, citation, paths, b);
    dates(citation, b);
    b.version = IsoText.text(Dom.child(citation, "edition"));
    b.resourceType = type(IsoText.code(IsoPaths.first(root, paths.scope())));
    keywords(ident, b);
    for (String[] p : paths.resourceLanguage()) {
      for (Element l : IsoPaths.all(ident, p)) Payloads.addOnce(b.languages, Languages.normalise(IsoText.code(l)));
    }
    IsoParties.map(root, ident, citation, b);
    IsoExtents.map(ident, b);
    IsoConstraints.map(ident, b);
    IsoLinks.map(root, b);
    for (Element parent : IsoPaths.all(root, paths.parent())) Payloads.addOnce(b.related, parent(parent));
    return b.build();
  }

  /** The record's own identifier, then the resource's: a DOI, a URL, or a code in its namespace. */
  private static void identifiers(Element root, Element citation, IsoPaths paths, DatasetBuilder b) {
    b.identifier(Identifier.parse(IsoText.text(IsoPaths.first(root, paths.identifier()))));
    for (Element holder : Dom.children(citation, "identifier")) {
      for (Element id : Dom.children(holder)) {
        Element code = Dom.child(id, "code");
        b.identifier(resourceId(IsoText.text(code), IsoText.href(code), IsoText.text(id, "codeSpace")));
      }
    }
  }

  /**
   * An Anchor's href when it is a DOI; else the code, joined to its codeSpace when that is an
   * http namespace (INSPIRE's namespace + local id makes the resource's URI).
   */
  static Identifier resourceId(String code, String href, String codeSpace) {
    Identifier fromHref = Identifier.parse(href);
    if (fromHref != null && fromHref.scheme() == Identifier.Scheme.DOI) return fromHref;
    Identifier id = Identifier.parse(code);
    if (id == null) return fromHref;
    if (id.scheme() == Identifier.Scheme.LOCAL && codeSpace != null && codeSpace.matches("(?i)https?://\\S+[/#]")) {
      return Identifier.parse(codeSpace + code.strip());
    }
    return id;
  }

  /** Publication is when it was issued, the latest revision when modified; other dates keep their type. */
  private static void dates(Element citation, DatasetBuilder b) {
    for (Element d : IsoPaths.all(citation, "date", "CI_Date")) {
      String value = IsoDates.clean(IsoText.text(Dom.child(d, "date")));
      if (value == null) continue;
      String type = IsoText.code(Dom.child(d, "dateType"));
      String key = type == null ? "" : type.toLowerCase(Locale.ROOT);
      switch (key) {
        case "publication", "issued" -> {
          if (b.issued == null) b.issued = value;
          else Payloads.addOnce(b.dates, new TypedDate("Issued", value));
        }
        case "revision", "lastupdate", "lastrevision" -> {
          if (b.modified == null || value.compareTo(b.modified) > 0) {
            if (b.modified != null) Payloads.addOnce(b.dates, new TypedDate("Updated", b.modified));
            b.modified = value;
          } else {
            Payloads.addOnce(b.dates, new TypedDate("Updated", value));
          }
        }
        case "creation" -> Payloads.addOnce(b.dates, new TypedDate("Created", value));
        case "released", "distribution" -> Payloads.addOnce(b.dates, new TypedDate("Available", value));
        case "validitybegins", "validityexpires" -> Payloads.addOnce(b.dates, new TypedDate("Valid", value));
        default -> Payloads.addOnce(b.dates, new TypedDate("Other", value));
      }
    }
  }

  /** Keywords with their thesaurus title as scheme and an Anchor's href as concept IRI; topic categories too. */
  private static void keywords(Element ident, DatasetBuilder b) {
    for (Element kws : IsoPaths.all(ident, "descriptiveKeywords", "MD_Keywords")) {
      String thesaurus = IsoText.text(IsoPaths.first(kws, "thesaurusName", "CI_Citation", "title"));
      for (Element k : Dom.children(kws, "keyword")) {
        String label = IsoText.text(k);
        if (label != null) b.keyword(new Keyword(label, thesaurus, IsoText.href(k)));
      }
    }
    for (Element topic : Dom.children(ident, "topicCategory")) {
      String code = IsoText.code(topic);
      if (code == null) continue;
      b.keyword(new Keyword(code, TOPIC_SCHEME, TOPICS_2003.contains(code) ? TOPIC_IRI + code : null));
    }
  }

  /** The ISO scope code as a DataCite resourceTypeGeneral; ISO's default scope is dataset. */
  static ResourceType type(String scope) {
    if (scope == null) return new ResourceType("Dataset", null);
    String general = SCOPES.getOrDefault(scope.strip().toLowerCase(Locale.ROOT), "Other");
    return new ResourceType(general, scope.strip());
  }

  private static RelatedResource parent(Element e) {
    String value = Dom.attr(e, "uuidref");
    if (value == null) value = IsoText.text(e);
    if (value == null) value = IsoText.text(IsoPaths.first(e, "CI_Citation", "identifier", "MD_Identifier", "code"));
    if (value == null) value = IsoText.text(IsoPaths.first(e, "CI_Citation", "title"));
    Identifier id = Identifier.parse(value);
    return id == null ? null : new RelatedResource(value, id.dataCiteType(), "IsPartOf", null);
  }


  private static Map<String, String> scopes() {
    return Map.ofEntries(Map.entry("dataset", "Dataset"), Map.entry("nongeographicdataset", "Dataset"),
        Map.entry("tile", "Dataset"), Map.entry("coverage", "Dataset"), Map.entry("series", "Collection"),
        Map.entry("collection", "Collection"), Map.entry("aggregate", "Collection"),
        Map.entry("repository", "Collection"),
        Map.entry("service", "Service"), Map.entry("software", "Software"), Map.entry("application", "Software"),
        Map.entry("model", "Model"), Map.entry("document", "Text"), Map.entry("sample", "PhysicalObject"),
        Map.entry("collectionhardware", "Instrument"), Map.entry("collectionsession", "Event"),
        Map.entry("fieldsession", "Event"));
  }
}
