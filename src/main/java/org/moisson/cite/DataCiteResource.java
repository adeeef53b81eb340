package org.moisson.cite;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.Dates;
import org.moisson.record.Distribution;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import org.moisson.record.RelatedResource;
import org.moisson.record.TypedDate;
import org.moisson.xml.XmlChars;

/**
 * A dataset as a DataCite Metadata Schema kernel-4 {@code <resource>}, written into a StAX stream:
 * the citation download makes it a document of its own, the OAI-PMH provider puts it in DataCite's
 * oai_datacite wrapper. Controlled values the source wrote otherwise (an ISO role, an unknown date
 * type) become "Other" or are left out, and a mandatory property the dataset lacks gets DataCite's
 * "(:unav)", so the resource always validates against the kernel-4 XSD.
 */
public final class DataCiteResource {
  public static final String KERNEL = "http://datacite.org/schema/kernel-4";
  private static final String KERNEL_SCHEMA = "https://schema.datacite.org/meta/kernel-4/metadata.xsd";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  // Each list maps the lower-case form to DataCite's spelling, so "dataset" or "isPartOf" are read too.
  private static final Map<String, String> RESOURCE_TYPES = values("Audiovisual Award Book BookChapter Collection "
      + "ComputationalNotebook ConferencePaper ConferenceProceeding DataPaper Dataset Dissertation Event Image Instrument "
      + "InteractiveResource Journal JournalArticle Model OutputManagementPlan PeerReview PhysicalObject Poster Preprint "
      + "Presentation Project Report Service Software Sound Standard StudyRegistration Text Workflow Other");
  private static final Map<String, String> RELATION_TYPES = values("IsCitedBy Cites IsSupplementTo IsSupplementedBy "
      + "IsContinuedBy Continues IsNewVersionOf IsPreviousVersionOf IsPartOf HasPart IsPublishedIn IsReferencedBy "
      + "References IsDocumentedBy Documents IsCompiledBy Compiles IsVariantFormOf IsOriginalFormOf IsIdenticalTo "
      + "HasMetadata IsMetadataFor Reviews IsReviewedBy IsDerivedFrom IsSourceOf Describes IsDescribedBy HasVersion "
      + "IsVersionOf Requires IsRequiredBy Obsoletes IsObsoletedBy Collects IsCollectedBy HasTranslation IsTranslationOf Other");
  private static final Map<String, String> RELATED_ID_TYPES = values("ARK arXiv bibcode CSTR DOI EAN13 EISSN Handle "
      + "IGSN ISBN ISSN ISTC LISSN LSID PMID PURL RAiD RRID SWHID UPC URL URN w3id");
  private static final Map<String, String> CONTRIBUTOR_TYPES = values("ContactPerson DataCollector DataCurator "
      + "DataManager Distributor Editor HostingInstitution Other Producer ProjectLeader ProjectManager ProjectMember "
      + "RegistrationAgency RegistrationAuthority RelatedPerson ResearchGroup RightsHolder Researcher Sponsor Supervisor "
      + "Translator WorkPackageLeader");
  private static final Map<String, String> DATE_TYPES = values("Accepted Available Collected Copyrighted Coverage "
      + "Created Issued Other Submitted Updated Valid Withdrawn");
  private static final List<Identifier.Scheme> PRIMARY = List.of(Identifier.Scheme.DOI, Identifier.Scheme.HANDLE,
      Identifier.Scheme.ARK, Identifier.Scheme.URN, Identifier.Scheme.URL);

  private final XMLStreamWriter w;

  private DataCiteResource(XMLStreamWriter w) {
    this.w = w;
  }

  private static Map<String, String> values(String list) {
    return Stream.of(list.split(" ")).collect(Collectors.toMap(s -> s.toLowerCase(Locale.ROOT), Function.identity()));
  }

  /**
   * @param creators the creators to write: the dataset's, or whoever a citation names instead
   * @param pageUrl the identifier when the dataset has no persistent one
   * @param fallbackYear the publication year when neither the dataset nor its period gives one
   */
  public static void write(XMLStreamWriter w, Dataset d, List<Agent> creators, String pageUrl, int fallbackYear)
      throws XMLStreamException {
    new DataCiteResource(w).resource(d, creators, pageUrl, fallbackYear);
  }

  private void resource(Dataset d, List<Agent> creators, String pageUrl, int fallbackYear) throws XMLStreamException {
    w.writeStartElement("", "resource", KERNEL);
    w.writeDefaultNamespace(KERNEL);
    w.writeNamespace("xsi", XSI);
    w.writeAttribute("xsi", XSI, "schemaLocation", KERNEL + " " + KERNEL_SCHEMA);
    Identifier primary = primary(d);
    if (primary != null) leaf("identifier", primary.value(), "identifierType", primary.dataCiteType());
    else leaf("identifier", pageUrl, "identifierType", "URL");
    open("creators");
    if (creators.isEmpty()) agent("creator", Agent.named(CiteFields.UNAVAILABLE));
    for (Agent a : creators) agent("creator", a);
    close();
    open("titles");
    List<LangText> titles = d.titles().stream().filter(t -> !blank(t.value())).toList();
    if (titles.isEmpty()) leaf("title", CiteFields.UNAVAILABLE);
    for (LangText t : titles) leaf("title", t.value(), "xml:lang", t.lang());
    close();
    publisher(d.publisher());
    leaf("publicationYear", String.format(Locale.ROOT, "%04d", year(d, fallbackYear)));
    String general = d.resourceType() == null || d.resourceType().general() == null ? "Dataset"
        : RESOURCE_TYPES.getOrDefault(d.resourceType().general().toLowerCase(Locale.ROOT), "Other");
    String detail = d.resourceType() == null ? null : d.resourceType().detail();
    leaf("resourceType", detail == null ? "" : detail, "resourceTypeGeneral", general);
    subjects(d);
    if (!d.contributors().isEmpty()) {
      open("contributors");
      for (Agent a : d.contributors()) agent("contributor", a);
      close();
    }
    dates(d);
    if (!d.languages().isEmpty() && d.languages().get(0).matches("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")) {
      leaf("language", d.languages().get(0));
    }
    alternates(d, primary);
    related(d.related());
    distributions(d.distributions());
    leaf("version", d.version());
    rights(d);
    List<LangText> descriptions = d.descriptions().stream().filter(t -> !blank(t.value())).toList();
    if (!descriptions.isEmpty()) {
      open("descriptions");
      for (LangText t : descriptions) leaf("description", t.value(), "descriptionType", "Abstract", "xml:lang", t.lang());
      close();
    }
    DataCiteGeo.write(this, d.spatial());
    funding(d.funding());
    close();
  }

  /** The DOI, else the strongest other persistent identifier; null: the page URL stands in. */
  private static Identifier primary(Dataset d) {
    for (Identifier.Scheme scheme : PRIMARY) {
      for (Identifier i : d.identifiers()) if (i.scheme() == scheme) return i;
    }
    return null;
  }

  /** publicationYear must be four digits: the year of publication, else of the data's period, else the fallback. */
  private static int year(Dataset d, int fallbackYear) {
    Integer y = d.year();
    if (y == null) y = d.temporal().stream().map(p -> Dates.year(p.start() != null ? p.start() : p.end()))
        .filter(v -> v != null).findFirst().orElse(null);
    return y == null || y < 0 || y > 9999 ? fallbackYear : y;
  }

  private void publisher(Agent pub) throws XMLStreamException {
    String ror = pub == null ? null : pub.identifiers().stream()
        .filter(i -> i.scheme() == Identifier.Scheme.ROR).map(Identifier::url).findFirst().orElse(null);
    leaf("publisher", pub == null || blank(pub.name()) ? CiteFields.UNAVAILABLE : pub.name(),
        "publisherIdentifier", ror, "publisherIdentifierScheme", ror == null ? null : "ROR",
        "schemeURI", ror == null ? null : "https://ror.org/");
  }

  private void agent(String element, Agent a) throws XMLStreamException {
    open(element);
    if (element.equals("contributor")) {
      w.writeAttribute("contributorType",
          a.role() == null ? "Other" : CONTRIBUTOR_TYPES.getOrDefault(a.role().toLowerCase(Locale.ROOT), "Other"));
    }
    String nameType = a.kind() == Agent.Kind.PERSON ? "Personal" : a.kind() == Agent.Kind.ORGANIZATION ? "Organizational" : null;
    leaf(element + "Name", blank(a.name()) ? CiteFields.UNAVAILABLE : a.name(), "nameType", nameType);
    leaf("givenName", a.givenName());
    leaf("familyName", a.familyName());
    for (Identifier i : a.identifiers()) {
      if (i.scheme() == Identifier.Scheme.ORCID) {
        leaf("nameIdentifier", i.url(), "nameIdentifierScheme", "ORCID", "schemeURI", "https://orcid.org");
      } else if (i.scheme() == Identifier.Scheme.ROR) {
        leaf("nameIdentifier", i.url(), "nameIdentifierScheme", "ROR", "schemeURI", "https://ror.org");
      }
    }
    for (Agent.Affiliation af : a.affiliations()) {
      String ror = af.ror() == null ? null : new Identifier(Identifier.Scheme.ROR, af.ror()).url();
      leaf("affiliation", af.name(), "affiliationIdentifier", ror,
          "affiliationIdentifierScheme", ror == null ? null : "ROR", "schemeURI", ror == null ? null : "https://ror.org");
    }
    close();
  }

  /** The keywords with their thesaurus, and the themes Moisson gave the dataset. */
  private void subjects(Dataset d) throws XMLStreamException {
    if (d.keywords().isEmpty() && d.themes().isEmpty()) return;
    open("subjects");
    for (Keyword k : d.keywords()) leaf("subject", k.label(), "subjectScheme", k.scheme(), "valueURI", uri(k.uri()));
    for (String t : d.themes()) leaf("subject", t, "subjectScheme", "Moisson themes");
    close();
  }

  private void dates(Dataset d) throws XMLStreamException {
    if (d.issued() == null && d.modified() == null && d.dates().isEmpty() && d.temporal().isEmpty()) return;
    open("dates");
    leaf("date", d.issued(), "dateType", "Issued");
    leaf("date", d.modified(), "dateType", "Updated");
    for (TypedDate t : d.dates()) {
      String type = t.type() == null ? "Other" : DATE_TYPES.getOrDefault(t.type().toLowerCase(Locale.ROOT), "Other");
      leaf("date", t.value(), "dateType", type,
          "dateInformation", type.equals("Other") && !"other".equalsIgnoreCase(t.type()) ? t.type() : null);
    }
    for (Period p : d.temporal()) {
      if (p.start() == null && p.end() == null) continue;
      String range = p.start() != null && p.end() != null ? p.start() + "/" + p.end()
          : p.start() != null ? p.start() + "/.." : "../" + p.end(); // ISO 8601-2 open ends
      leaf("date", range, "dateType", "Coverage");
    }
    close();
  }

  private void alternates(Dataset d, Identifier primary) throws XMLStreamException {
    List<Identifier> others = d.identifiers().stream().filter(i -> !i.equals(primary)).toList();
    if (others.isEmpty()) return;
    open("alternateIdentifiers");
    for (Identifier i : others) {
      String type = i.dataCiteType() != null ? i.dataCiteType() : i.scheme() == Identifier.Scheme.LOCAL ? "Local" : i.scheme().name();
      leaf("alternateIdentifier", i.value(), "alternateIdentifierType", type);
    }
    close();
  }

  private void related(List<RelatedResource> related) throws XMLStreamException {
    List<RelatedResource> kept = related.stream().filter(r -> !blank(r.identifier()) && relatedType(r) != null).toList();
    if (kept.isEmpty()) return;
    open("relatedIdentifiers");
    for (RelatedResource r : kept) {
      String relation = r.relationType() == null ? "Other"
          : RELATION_TYPES.getOrDefault(r.relationType().toLowerCase(Locale.ROOT), "Other");
      String general = r.resourceType() == null ? null : RESOURCE_TYPES.get(r.resourceType().toLowerCase(Locale.ROOT));
      leaf("relatedIdentifier", r.identifier(), "relatedIdentifierType", relatedType(r), "relationType", relation,
          "resourceTypeGeneral", general,
          "relationTypeInformation", relation.equals("Other") && !"Other".equals(r.relationType()) ? r.relationType() : null);
    }
    close();
  }

  /** The declared type when DataCite knows it (any case), else the type the identifier's form shows. */
  private static String relatedType(RelatedResource r) {
    String declared = r.identifierType() == null ? null : RELATED_ID_TYPES.get(r.identifierType().strip().toLowerCase(Locale.ROOT));
    if (declared != null) return declared;
    Identifier parsed = Identifier.parse(r.identifier());
    return parsed == null || parsed.dataCiteType() == null ? null
        : RELATED_ID_TYPES.get(parsed.dataCiteType().toLowerCase(Locale.ROOT));
  }

  private void distributions(List<Distribution> distributions) throws XMLStreamException {
    List<String> sizes = distributions.stream().map(Distribution::byteSize).filter(v -> v != null)
        .map(v -> v + " bytes").distinct().toList();
    List<String> formats = distributions.stream().map(x -> x.mediaType() != null ? x.mediaType() : x.format())
        .filter(v -> !blank(v)).distinct().toList();
    list("sizes", "size", sizes);
    list("formats", "format", formats);
  }

  private void list(String outer, String inner, List<String> values) throws XMLStreamException {
    if (values.isEmpty()) return;
    open(outer);
    for (String v : values) leaf(inner, v);
    close();
  }

  private void rights(Dataset d) throws XMLStreamException {
    if (d.licence() == null && d.accessRights() == null) return;
    open("rightsList");
    if (d.licence() != null) {
      String id = d.licence().id();
      leaf("rights", d.licence().label() != null ? d.licence().label() : d.licence().name(),
          "rightsURI", uri(d.licence().link()), "rightsIdentifier", id, "rightsIdentifierScheme", id == null ? null : "SPDX");
    }
    leaf("rights", d.accessRights());
    close();
  }

  private void funding(List<Funding> funding) throws XMLStreamException {
    List<Funding> named = funding.stream().filter(f -> !blank(f.funderName())).toList();
    if (named.isEmpty()) return;
    open("fundingReferences");
    for (Funding f : named) {
      open("fundingReference");
      leaf("funderName", f.funderName());
      if (!blank(f.funderIdentifier())) {
        leaf("funderIdentifier", f.funderIdentifier(), "funderIdentifierType", funderType(f.funderIdentifier()));
      }
      leaf("awardNumber", f.awardNumber());
      leaf("awardTitle", f.awardTitle());
      close();
    }
    close();
  }

  private static String funderType(String id) {
    String i = id.toLowerCase(Locale.ROOT);
    if (i.contains("10.13039")) return "Crossref Funder ID";
    if (i.contains("ror.org")) return "ROR";
    if (i.contains("isni")) return "ISNI";
    if (i.contains("grid.")) return "GRID";
    return "Other";
  }

  /** Only a plain absolute URI goes into an xs:anyURI attribute; anything else is left out. */
  static String uri(String u) {
    if (blank(u)) return null;
    try {
      URI parsed = new URI(u.strip());
      return parsed.isAbsolute() ? parsed.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  void open(String name) throws XMLStreamException {
    w.writeStartElement(KERNEL, name);
  }

  void close() throws XMLStreamException {
    w.writeEndElement();
  }

  /**
   * An element with its text and attributes given as name, value pairs. A null or blank text leaves
   * the element out (but resourceType, whose text may be empty); a null or blank attribute is left out.
   */
  void leaf(String name, String text, String... attributes) throws XMLStreamException {
    String value = XmlChars.clean(text).strip();
    if (value.isEmpty() && !name.equals("resourceType")) return;
    open(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String v = attributes[i + 1];
      if (blank(v)) continue;
      if (attributes[i].equals("xml:lang")) w.writeAttribute("xml", XML, "lang", v);
      else w.writeAttribute(attributes[i], XmlChars.clean(v));
    }
    w.writeCharacters(value);
    close();
  }

  /** Whole degrees without a decimal point, as people write them. */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
