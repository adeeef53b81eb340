package org.moisson.cite;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Dates;
import org.moisson.record.Distribution;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import org.moisson.record.RelatedResource;
import org.moisson.record.TypedDate;

/**
 * DataCite Metadata Schema kernel 4 XML. Controlled values the source wrote otherwise (an ISO role,
 * an unknown date type) become "Other", and a mandatory property the source lacks gets DataCite's
 * "(:unav)", so the document always validates against the kernel-4 XSD.
 */
final class DataCiteXml {
  static final Set<String> RESOURCE_TYPES = Set.of("Audiovisual", "Award", "Book", "BookChapter", "Collection",
      "ComputationalNotebook", "ConferencePaper", "ConferenceProceeding", "DataPaper", "Dataset", "Dissertation",
      "Event", "Image", "Instrument", "InteractiveResource", "Journal", "JournalArticle", "Model",
      "OutputManagementPlan", "PeerReview", "PhysicalObject", "Poster", "Preprint", "Presentation", "Project",
      "Report", "Service", "Software", "Sound", "Standard", "StudyRegistration", "Text", "Workflow", "Other");
  private static final Set<String> CONTRIBUTOR_TYPES = Set.of("ContactPerson", "DataCollector", "DataCurator",
      "DataManager", "Distributor", "Editor", "HostingInstitution", "Other", "Producer", "ProjectLeader",
      "ProjectManager", "ProjectMember", "RegistrationAgency", "RegistrationAuthority", "RelatedPerson",
      "ResearchGroup", "RightsHolder", "Researcher", "Sponsor", "Supervisor", "Translator", "WorkPackageLeader");
  private static final Set<String> DATE_TYPES = Set.of("Accepted", "Available", "Collected", "Copyrighted",
      "Coverage", "Created", "Issued", "Other", "Submitted", "Updated", "Valid", "Withdrawn");
  static final Set<String> RELATION_TYPES = Set.of("IsCitedBy", "Cites", "IsSupplementTo", "IsSupplementedBy",
      "IsContinuedBy", "Continues", "IsNewVersionOf", "IsPreviousVersionOf", "IsPartOf", "HasPart", "IsPublishedIn",
      "IsReferencedBy", "References", "IsDocumentedBy", "Documents", "IsCompiledBy", "Compiles", "IsVariantFormOf",
      "IsOriginalFormOf", "IsIdenticalTo", "HasMetadata", "IsMetadataFor", "Reviews", "IsReviewedBy", "IsDerivedFrom",
      "IsSourceOf", "Describes", "IsDescribedBy", "HasVersion", "IsVersionOf", "Requires", "IsRequiredBy",
      "Obsoletes", "IsObsoletedBy", "Collects", "IsCollectedBy", "HasTranslation", "IsTranslationOf", "Other");
  private static final Set<String> RELATED_ID_TYPES = Set.of("ARK", "arXiv", "bibcode", "CSTR", "DOI", "EAN13",
      "EISSN", "Handle", "IGSN", "ISBN", "ISSN", "ISTC", "LISSN", "LSID", "PMID", "PURL", "RAiD", "RRID", "SWHID",
      "UPC", "URL", "URN", "w3id");

  private final StringBuilder s = new StringBuilder();

  private DataCiteXml() {}

  static String write(CiteFields f) {
    return new DataCiteXml().resource(f);
  }

  private String resource(CiteFields f) {
    Dataset d = f.d();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<resource xmlns=\"http://datacite.org/schema/kernel-4\" ")
        .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        .append("xsi:schemaLocation=\"http://datacite.org/schema/kernel-4 ")
        .append("https://schema.datacite.org/meta/kernel-4/metadata.xsd\">\n");
    Identifier primary = primary(d);
    if (primary != null) {
      leaf(1, "identifier", primary.value(), "identifierType", primary.dataCiteType());
    } else {
      leaf(1, "identifier", f.pageUrl(), "identifierType", "URL");
    }
    open(1, "creators");
    List<Agent> authors = f.authors();
    if (authors.isEmpty()) {
      open(2, "creator");
      leaf(3, "creatorName", CiteFields.UNAVAILABLE);
      close(2, "creator");
    }
    for (Agent a : authors) agent(a, "creator", null);
    close(1, "creators");
    open(1, "titles");
    if (d.titles().isEmpty()) leaf(2, "title", CiteFields.UNAVAILABLE);
    for (LangText t : d.titles()) leaf(2, "title", t.value(), "xml:lang", t.lang());
    close(1, "titles");
    Agent pub = d.publisher();
    String pubRor = pub == null ? null : pub.identifiers().stream()
        .filter(i -> i.scheme() == Identifier.Scheme.ROR).map(Identifier::url).findFirst().orElse(null);
    leaf(1, "publisher", pub == null ? CiteFields.UNAVAILABLE : pub.name(), "publisherIdentifier", pubRor,
        "publisherIdentifierScheme", pubRor == null ? null : "ROR", "schemeURI", pubRor == null ? null : "https://ror.org/");
    leaf(1, "publicationYear", year(d));
    String general = d.resourceType() == null ? "Dataset" : d.resourceType().general();
    String detail = d.resourceType() == null ? null : d.resourceType().detail();
    leaf(1, "resourceType", detail == null ? "" : detail, "resourceTypeGeneral",
        RESOURCE_TYPES.contains(general) ? general : "Other");
    subjects(d);
    if (!d.contributors().isEmpty()) {
      open(1, "contributors");
      for (Agent a : d.contributors()) agent(a, "contributor", CONTRIBUTOR_TYPES.contains(a.role()) ? a.role() : "Other");
      close(1, "contributors");
    }
    dates(d);
    if (!d.languages().isEmpty() && d.languages().get(0).matches("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")) {
      leaf(1, "language", d.languages().get(0));
    }
    alternates(d, primary);
    related(d);
    distributions(d);
    leaf(1, "version", d.version());
    rights(d);
    if (!d.descriptions().isEmpty()) {
      open(1, "descriptions");
      for (LangText t : d.descriptions()) leaf(2, "description", t.value(), "descriptionType", "Abstract", "xml:lang", t.lang());
      close(1, "descriptions");
    }
    geo(d);
    funding(d);
    s.append("</resource>\n");
    return s.toString();
  }

  /** The DOI, else the strongest other persistent identifier; null: the page URL stands in. */
  private static Identifier primary(Dataset d) {
    for (Identifier.Scheme scheme : List.of(Identifier.Scheme.DOI, Identifier.Scheme.HANDLE, Identifier.Scheme.ARK,
        Identifier.Scheme.URN, Identifier.Scheme.URL)) {
      for (Identifier i : d.identifiers()) if (i.scheme() == scheme) return i;
    }
    return null;
  }

  /** publicationYear must be four digits: the year of publication, else of the data's period, else this year. */
  private static String year(Dataset d) {
    Integer y = d.year();
    if (y == null) y = d.temporal().stream().map(p -> Dates.year(p.start() != null ? p.start() : p.end()))
        .filter(v -> v != null).findFirst().orElse(null);
    if (y == null || y < 0 || y > 9999) y = Year.now().getValue();
    return String.format(Locale.ROOT, "%04d", y);
  }

  private void agent(Agent a, String element, String contributorType) {
    if (contributorType != null) {
      indent(2).append('<').append(element).append(" contributorType=\"").append(escape(contributorType)).append("\">\n");
    } else {
      open(2, element);
    }
    String nameType = a.kind() == Agent.Kind.PERSON ? "Personal" : a.kind() == Agent.Kind.ORGANIZATION ? "Organizational" : null;
    leaf(3, element + "Name", a.name(), "nameType", nameType);
    leaf(3, "givenName", a.givenName());
    leaf(3, "familyName", a.familyName());
    for (Identifier i : a.identifiers()) {
      if (i.scheme() == Identifier.Scheme.ORCID) {
        leaf(3, "nameIdentifier", i.url(), "nameIdentifierScheme", "ORCID", "schemeURI", "https://orcid.org");
      } else if (i.scheme() == Identifier.Scheme.ROR) {
        leaf(3, "nameIdentifier", i.url(), "nameIdentifierScheme", "ROR", "schemeURI", "https://ror.org");
      }
    }
    for (Agent.Affiliation af : a.affiliations()) {
      String ror = af.ror() == null ? null : new Identifier(Identifier.Scheme.ROR, af.ror()).url();
      leaf(3, "affiliation", af.name(), "affiliationIdentifier", ror,
          "affiliationIdentifierScheme", ror == null ? null : "ROR", "schemeURI", ror == null ? null : "https://ror.org");
    }
    close(2, element);
  }

  private void subjects(Dataset d) {
    if (d.keywords().isEmpty()) return;
    open(1, "subjects");
    for (Keyword k : d.keywords()) {
      leaf(2, "subject", k.label(), "subjectScheme", k.scheme(), "valueURI", uri(k.uri()));
    }
    close(1, "subjects");
  }

  private void dates(Dataset d) {
    boolean any = d.issued() != null || d.modified() != null || !d.dates().isEmpty();
    if (!any) return;
    open(1, "dates");
    if (d.issued() != null) leaf(2, "date", d.issued(), "dateType", "Issued");
    if (d.modified() != null) leaf(2, "date", d.modified(), "dateType", "Updated");
    for (TypedDate t : d.dates()) {
      if (t.value() == null || t.value().isBlank()) continue;
      boolean known = t.type() != null && DATE_TYPES.contains(t.type());
      leaf(2, "date", t.value(), "dateType", known ? t.type() : "Other", "dateInformation", known ? null : t.type());
    }
    close(1, "dates");
  }

  private void alternates(Dataset d, Identifier primary) {
    List<Identifier> others = d.identifiers().stream().filter(i -> !i.equals(primary)).toList();
    if (others.isEmpty()) return;
    open(1, "alternateIdentifiers");
    for (Identifier i : others) {
      String type = i.dataCiteType() != null ? i.dataCiteType() : i.scheme() == Identifier.Scheme.LOCAL ? "Local" : i.scheme().name();
      leaf(2, "alternateIdentifier", i.value(), "alternateIdentifierType", type);
    }
    close(1, "alternateIdentifiers");
  }

  private void related(Dataset d) {
    List<String[]> rows = new java.util.ArrayList<>();
    for (RelatedResource r : d.related()) {
      if (r.identifier() == null || r.identifier().isBlank()) continue;
      String type = relatedType(r);
      if (type == null) continue;
      String rel = r.relationType() != null && RELATION_TYPES.contains(r.relationType()) ? r.relationType() : "Other";
      String rtg = r.resourceType() != null && RESOURCE_TYPES.contains(r.resourceType()) ? r.resourceType() : null;
      rows.add(new String[] {r.identifier(), type, rel, rtg,
          rel.equals("Other") && r.relationType() != null && !r.relationType().equals("Other") ? r.relationType() : null});
    }
    if (rows.isEmpty()) return;
    open(1, "relatedIdentifiers");
    for (String[] r : rows) {
      leaf(2, "relatedIdentifier", r[0], "relatedIdentifierType", r[1], "relationType", r[2],
          "resourceTypeGeneral", r[3], "relationTypeInformation", r[4]);
    }
    close(1, "relatedIdentifiers");
  }

  /** The declared type when DataCite knows it (any case), else the type the identifier's form shows. */
  static String relatedType(RelatedResource r) {
    if (r.identifierType() != null) {
      for (String t : RELATED_ID_TYPES) if (t.equalsIgnoreCase(r.identifierType().strip())) return t;
    }
    Identifier parsed = Identifier.parse(r.identifier());
    return parsed == null ? null : parsed.dataCiteType();
  }

  private void distributions(Dataset d) {
    List<String> sizes = d.distributions().stream().map(Distribution::byteSize).filter(v -> v != null)
        .map(v -> v + " bytes").distinct().toList();
    List<String> formats = d.distributions().stream()
        .map(x -> x.mediaType() != null ? x.mediaType() : x.format()).filter(v -> v != null && !v.isBlank())
        .distinct().toList();
    if (!sizes.isEmpty()) {
      open(1, "sizes");
      sizes.forEach(v -> leaf(2, "size", v));
      close(1, "sizes");
    }
    if (!formats.isEmpty()) {
      open(1, "formats");
      formats.forEach(v -> leaf(2, "format", v));
      close(1, "formats");
    }
  }

  private void rights(Dataset d) {
    if (d.licence() == null && d.accessRights() == null) return;
    open(1, "rightsList");
    if (d.licence() != null) {
      String id = d.licence().id();
      leaf(2, "rights", d.licence().label() != null ? d.licence().label() : d.licence().name(),
          "rightsURI", uri(d.licence().link()), "rightsIdentifier", id,
          "rightsIdentifierScheme", id == null ? null : "SPDX");
    }
    if (d.accessRights() != null) leaf(2, "rights", d.accessRights());
    close(1, "rightsList");
  }

  private void geo(Dataset d) {
    var sp = d.spatial();
    if (sp.boxes().isEmpty() && sp.points().isEmpty() && sp.polygons().isEmpty() && sp.places().isEmpty()) return;
    open(1, "geoLocations");
    for (String place : sp.places()) {
      open(2, "geoLocation");
      leaf(3, "geoLocationPlace", place);
      close(2, "geoLocation");
    }
    for (Point p : sp.points()) {
      open(2, "geoLocation");
      open(3, "geoLocationPoint");
      point(4, p);
      close(3, "geoLocationPoint");
      close(2, "geoLocation");
    }
    for (BoundingBox b : sp.boxes()) {
      open(2, "geoLocation");
      open(3, "geoLocationBox");
      leaf(4, "westBoundLongitude", num(b.west()));
      leaf(4, "eastBoundLongitude", num(b.east()));
      leaf(4, "southBoundLatitude", num(b.south()));
      leaf(4, "northBoundLatitude", num(b.north()));
      close(3, "geoLocationBox");
      close(2, "geoLocation");
    }
    for (Polygon poly : sp.polygons()) {
      List<Point> ring = new java.util.ArrayList<>(poly.ring());
      if (ring.size() < 3) continue;
      if (!ring.get(0).equals(ring.get(ring.size() - 1))) ring.add(ring.get(0));
      if (ring.size() < 4) continue;
      open(2, "geoLocation");
      open(3, "geoLocationPolygon");
      for (Point p : ring) {
        open(4, "polygonPoint");
        point(5, p);
        close(4, "polygonPoint");
      }
      close(3, "geoLocationPolygon");
      close(2, "geoLocation");
    }
    close(1, "geoLocations");
  }

  private void point(int depth, Point p) {
    leaf(depth, "pointLongitude", num(p.lon()));
    leaf(depth, "pointLatitude", num(p.lat()));
  }

  private void funding(Dataset d) {
    List<Funding> funds = d.funding().stream().filter(x -> x.funderName() != null && !x.funderName().isBlank()).toList();
    if (funds.isEmpty()) return;
    open(1, "fundingReferences");
    for (Funding x : funds) {
      open(2, "fundingReference");
      leaf(3, "funderName", x.funderName());
      if (x.funderIdentifier() != null && !x.funderIdentifier().isBlank()) {
        leaf(3, "funderIdentifier", x.funderIdentifier(), "funderIdentifierType", funderType(x.funderIdentifier()));
      }
      leaf(3, "awardNumber", x.awardNumber());
      leaf(3, "awardTitle", x.awardTitle());
      close(2, "fundingReference");
    }
    close(1, "fundingReferences");
  }

  private static String funderType(String id) {
    String i = id.toLowerCase(Locale.ROOT);
    if (i.contains("10.13039")) return "Crossref Funder ID";
    if (i.contains("ror.org")) return "ROR";
    if (i.contains("isni")) return "ISNI";
    if (i.contains("grid.")) return "GRID";
    return "Other";
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** Only a plain absolute URI goes into an xs:anyURI attribute; anything else is left out. */
  static String uri(String u) {
    if (u == null || u.isBlank()) return null;
    try {
      java.net.URI parsed = new java.net.URI(u.strip());
      return parsed.isAbsolute() ? parsed.toString() : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private StringBuilder indent(int depth) {
    return s.append("  ".repeat(depth));
  }

  private void open(int depth, String name) {
    indent(depth).append('<').append(name).append(">\n");
  }

  private void close(int depth, String name) {
    indent(depth).append("</").append(name).append(">\n");
  }

  /** An element with text and attributes given as name/value pairs; null attributes are skipped, a null or blank text skips the element. */
  private void leaf(int depth, String name, String text, String... attributes) {
    if (text == null || (text.isBlank() && !name.equals("resourceType"))) return;
    indent(depth).append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] == null || attributes[i + 1].isBlank()) continue;
      s.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
    s.append('>').append(escape(text.strip())).append("</").append(name).append(">\n");
  }

  /** Escaped for text and attributes; characters XML 1.0 cannot hold at all are dropped. */
  static String escape(String v) {
    StringBuilder out = new StringBuilder(v.length());
    v.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
          if (legal) out.appendCodePoint(c);
        }
      }
    });
    return out.toString();
  }
}
