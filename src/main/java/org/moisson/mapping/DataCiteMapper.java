package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Languages;
import org.moisson.record.RelatedResource;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * DataCite XML, kernel 3 and 4.0–4.5 or no namespace at all, as a bare {@code <resource>} (DataCite
 * API, Dataverse) or inside an envelope (OAI-PMH record, {@code <oai_datacite><payload>}).
 */
final class DataCiteMapper implements MetadataMapper {
  static final String FORMAT = "datacite";
  private static final Pattern NAMESPACE = Pattern.compile("https?://datacite\\.org/schema/kernel-.*");
  // Dataverse writes its timePeriodCovered as an Other date with this information.
  private static final Pattern COVERAGE_INFO = Pattern.compile("(?i).*(time period covered|temporal coverage).*");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    Element r = Payloads.single(Payloads.parse(payload), "resource", "DataCite");
    String ns = r.getNamespaceURI();
    if (ns != null && !NAMESPACE.matcher(ns).matches()) {
      throw new MappingException("not DataCite: <resource> is in namespace " + ns);
    }
    DatasetBuilder b = Dataset.builder();
    titles(r, b);
    if (b.titles.isEmpty()) throw new MappingException("no title");
    identifiers(r, b);
    DataCiteAgents.map(r, b);
    dates(r, b);
    b.resourceType = resourceType(Dom.child(r, "resourceType"));
    for (Element s : Payloads.items(r, "subjects", "subject")) b.keyword(subject(s));
    for (Element l : Dom.children(r, "language")) Payloads.addOnce(b.languages, Languages.normalise(Dom.text(l)));
    related(r, b);
    b.version = Dom.text(r, "version");
    rights(r, b);
    descriptions(r, b);
    DataCiteGeo.map(r, b);
    DataCiteFunding.map(r, b);
    b.distributions.addAll(Distributions.ofFormats(texts(r, "formats", "format"), b.landingPage));
    return b.build();
  }

  /** Main titles first, then translations (so a title in the reader's language is found), then the rest. */
  private static void titles(Element r, DatasetBuilder b) {
    List<Element> all = Payloads.items(r, "titles", "title");
    for (int pass = 0; pass < 3; pass++) {
      for (Element t : all) {
        if (titleRank(Dom.attr(t, "titleType")) == pass) {
          Payloads.addOnce(b.titles, LangText.of(Dom.lang(t), Dom.text(t)));
        }
      }
    }
  }

  static int titleRank(String type) {
    return type == null ? 0 : type.equalsIgnoreCase("TranslatedTitle") ? 1 : 2;
  }

  private static void identifiers(Element r, DatasetBuilder b) {
    Element id = Dom.child(r, "identifier");
    b.identifier(Identifier.parse(Dom.text(id), Dom.attr(id, "identifierType")));
    for (Element alt : Payloads.items(r, "alternateIdentifiers", "alternateIdentifier")) {
      b.identifier(Identifier.parse(Dom.text(alt), Dom.attr(alt, "alternateIdentifierType")));
    }
    b.landingPage = Payloads.landingPage(b.identifiers);
  }

  private static void dates(Element r, DatasetBuilder b) {
    for (Element d : Payloads.items(r, "dates", "date")) {
      date(Dom.text(d), Dom.attr(d, "dateType"), Dom.attr(d, "dateInformation"), b);
    }
    if (b.issued == null) b.issued = IsoDates.clean(Dom.text(r, "publicationYear"));
  }

  /**
   * One typed date, wherever it was read from (XML or JSON). Dates that are not ISO 8601
   * ("Yesterday", "321 BCE") are dropped: the model holds ISO dates only.
   */
  static void date(String text, String type, String info, DatasetBuilder b) {
    String value = IsoDates.clean(text);
    if (value == null) return;
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    // issued and modified are instants; a range (the award example "extends" an Updated date) stays typed.
    boolean single = value.indexOf('/') < 0;
    if (t.equals("issued") && b.issued == null && single) {
      b.issued = value;
    } else if (t.equals("updated") && b.modified == null && single) {
      b.modified = value;
    } else if (t.equals("coverage") || (t.equals("other") && info != null && COVERAGE_INFO.matcher(info).matches())) {
      Payloads.addOnce(b.temporal, IsoDates.period(value));
    } else {
      Payloads.addOnce(b.dates, new TypedDate(type == null ? "Other" : type, value));
    }
  }

  private static ResourceType resourceType(Element e) {
    return resourceType(Dom.attr(e, "resourceTypeGeneral"), Dom.text(e));
  }

  /** A detail that only repeats the general type (DataCite's JSON fills it so) says nothing more. */
  static ResourceType resourceType(String general, String detail) {
    if (detail != null && detail.equalsIgnoreCase(general)) detail = null;
    return general == null && detail == null ? null : new ResourceType(general, detail);
  }

  private static Keyword subject(Element s) {
    return subject(Dom.text(s), Dom.attr(s, "subjectScheme"), Dom.attr(s, "schemeURI"), Dom.attr(s, "valueURI"));
  }

  static Keyword subject(String label, String scheme, String schemeUri, String valueUri) {
    return label == null ? null : new Keyword(label, scheme != null ? scheme : schemeUri, valueUri);
  }

  /** relatedItems (kernel 4.4) often repeat a relatedIdentifier; the richer of the two is kept. */
  private static void related(Element r, DatasetBuilder b) {
    for (Element e : Payloads.items(r, "relatedIdentifiers", "relatedIdentifier")) {
      String id = Dom.text(e);
      if (id != null) {
        addRelated(b.related, new RelatedResource(id, Dom.attr(e, "relatedIdentifierType"),
            Dom.attr(e, "relationType"), Dom.attr(e, "resourceTypeGeneral")));
      }
    }
    for (Element item : Payloads.items(r, "relatedItems", "relatedItem")) {
      Element idElement = Dom.child(item, "relatedItemIdentifier");
      String id = Dom.text(idElement);
      if (id != null) {
        addRelated(b.related, new RelatedResource(id, Dom.attr(idElement, "relatedItemIdentifierType"),
            Dom.attr(item, "relationType"), Dom.attr(item, "relatedItemType")));
      }
    }
  }

  static void addRelated(List<RelatedResource> list, RelatedResource add) {
    for (int i = 0; i < list.size(); i++) {
      RelatedResource old = list.get(i);
      boolean same = old.identifier().equalsIgnoreCase(add.identifier())
          && equalsIgnoreCase(old.identifierType(), add.identifierType())
          && equalsIgnoreCase(old.relationType(), add.relationType());
      if (!same) continue;
      if (old.resourceType() == null && add.resourceType() != null) list.set(i, add);
      if (old.resourceType() == null || add.resourceType() == null || old.resourceType().equals(add.resourceType())) {
        return;
      }
    }
    list.add(add);
  }

  private static boolean equalsIgnoreCase(String a, String b) {
    return a == null ? b == null : a.equalsIgnoreCase(b);
  }

  private static void rights(Element r, DatasetBuilder b) {
    List<Licences.Rights> rights = new ArrayList<>();
    for (Element e : Payloads.items(r, "rightsList", "rights")) {
      rights.add(new Licences.Rights(Dom.attr(e, "rightsIdentifier"), Dom.attr(e, "rightsIdentifierScheme"),
          Dom.attr(e, "rightsURI"), Dom.text(e)));
    }
    b.licence = Licences.pick(rights);
    b.accessRights = Licences.accessRights(rights);
  }

  /** Abstracts first (the summary a page shows), then Other, then Methods, TechnicalInfo and the rest. */
  private static void descriptions(Element r, DatasetBuilder b) {
    List<Element> all = Payloads.items(r, "descriptions", "description");
    for (int pass = 0; pass < 3; pass++) {
      for (Element d : all) {
        if (descriptionRank(Dom.attr(d, "descriptionType")) == pass) {
          Payloads.addOnce(b.descriptions, LangText.of(Dom.lang(d), lines(d)));
        }
      }
    }
  }

  static int descriptionRank(String type) {
    return type == null || type.equalsIgnoreCase("Abstract") ? 0 : type.equalsIgnoreCase("Other") ? 1 : 2;
  }

  /** Text with the line breaks DataCite allows ({@code <br/>}) kept as newlines, all other white space folded. */
  static String lines(Element e) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && "br".equals(Dom.localName(c))) {
        addFolded(out, line);
        line.setLength(0);
      } else if (n.getNodeType() != Node.COMMENT_NODE && n.getNodeType() != Node.PROCESSING_INSTRUCTION_NODE) {
        line.append(n.getTextContent());
      }
    }
    addFolded(out, line);
    return String.join("\n", out);
  }

  private static void addFolded(List<String> lines, CharSequence text) {
    String folded = org.moisson.xml.WhiteSpace.fold(text.toString().strip());
    if (!folded.isEmpty()) lines.add(folded);
  }

  private static List<String> texts(Element r, String container, String item) {
    List<String> out = new ArrayList<>();
    for (Element e : Payloads.items(r, container, item)) Payloads.addOnce(out, Dom.text(e));
    return out;
  }
}
