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
        String type = Dom.attr(t, "titleType");
        int rank = type == null ? 0 : type.equalsIgnoreCase("TranslatedTitle") ? 1 : 2;
        if (rank == pass) Payloads.addOnce(b.titles, LangText.of(Dom.lang(t), Dom.text(t)));
      }
    }
  }

  private static void identifiers(Element r, DatasetBuilder b) {
    Element id = Dom.child(r, "identifier");
    b.identifier(Identifier.parse(Dom.text(id), Dom.attr(id, "identifierType")));
    for (Element alt : Payloads.items(r, "alternateIdentifiers", "alternateIdentifier")) {
      b.identifier(Identifier.parse(Dom.text(alt), Dom.attr(alt, "alternateIdentifierType")));
    }
    b.landingPage = Payloads.landingPage(b.identifiers);
  }

  /** Dates that are not ISO 8601 ("Yesterday", "321 BCE") are dropped: the model holds ISO dates only. */
  private static void dates(Element r, DatasetBuilder b) {
    for (Element d : Payloads.items(r, "dates", "date")) {
      String value = IsoDates.clean(Dom.text(d));
      if (value == null) continue;
      String type = Dom.attr(d, "dateType");
      String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
      String info = Dom.attr(d, "dateInformation");
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
    if (b.issued == null) b.issued = IsoDates.clean(Dom.text(r, "publicationYear"));
  }

  private static ResourceType resourceType(Element e) {
    String general = Dom.attr(e, "resourceTypeGeneral");
    String detail = Dom.text(e);
    return general == null && detail == null ? null : new ResourceType(general, detail);
  }

  private static Keyword subject(Element s) {
    String label = Dom.text(s);
    if (label == null) return null;
    String scheme = Dom.attr(s, "subjectScheme");
    return new Keyword(label, scheme != null ? scheme : Dom.attr(s, "schemeURI"), Dom.attr(s, "valueURI"));
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

  private static void addRelated(List<RelatedResource> list, RelatedResource add) {
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
        String type = Dom.attr(d, "descriptionType");
        int rank = type == null || type.equalsIgnoreCase("Abstract") ? 0 : type.equalsIgnoreCase("Other") ? 1 : 2;
        if (rank == pass) Payloads.addOnce(b.descriptions, LangText.of(Dom.lang(d), lines(d)));
      }
    }
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
    String folded = text.toString().strip().replaceAll("\\s+", " ");
    if (!folded.isEmpty()) lines.add(folded);
  }

  private static List<String> texts(Element r, String container, String item) {
    List<String> out = new ArrayList<>();
    for (Element e : Payloads.items(r, container, item)) Payloads.addOnce(out, Dom.text(e));
    return out;
  }
}
