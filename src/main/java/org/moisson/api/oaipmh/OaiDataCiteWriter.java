package org.moisson.api.oaipmh;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
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
 * oai_datacite: a DataCite kernel-4 resource inside DataCite's OAI wrapper (oai-1.1:
 * {@code <oai_datacite><schemaVersion/><datacentreSymbol/><payload><resource/></payload></oai_datacite>}),
 * as DataCite's own provider serves it. Controlled values outside DataCite's lists are left out or
 * become "Other"; what DataCite requires and the dataset lacks is written with DataCite's standard
 * value for unavailable information, "(:unav)".
 */
final class OaiDataCiteWriter {
  static final String PREFIX = "oai_datacite";
  static final String WRAPPER = "http://schema.datacite.org/oai/oai-1.1/";
  static final String WRAPPER_SCHEMA = "http://schema.datacite.org/oai/oai-1.1/oai.xsd";
  static final String KERNEL = "http://datacite.org/schema/kernel-4";
  static final String KERNEL_SCHEMA = "http://schema.datacite.org/meta/kernel-4/metadata.xsd";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  private static final String UNAVAILABLE = "(:unav)";
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
  private static final Set<String> FUNDER_ID_TYPES = Set.of("ISNI", "GRID", "ROR", "Crossref Funder ID", "Other");

  private final XMLStreamWriter w;

  private OaiDataCiteWriter(XMLStreamWriter w) {
    this.w = w;
  }

  private static Map<String, String> values(String list) {
    return Stream.of(list.split(" ")).collect(Collectors.toMap(s -> s.toLowerCase(Locale.ROOT), Function.identity()));
  }

  static void write(XMLStreamWriter w, Dataset d, String pageUrl, int fallbackYear) throws XMLStreamException {
    w.writeStartElement("", "oai_datacite", WRAPPER);
    w.writeDefaultNamespace(WRAPPER);
    w.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", WRAPPER + " " + WRAPPER_SCHEMA);
    w.writeStartElement(WRAPPER, "schemaVersion");
    w.writeCharacters("4");
    w.writeEndElement();
    w.writeStartElement(WRAPPER, "datacentreSymbol");
    w.writeCharacters("MOISSON");
    w.writeEndElement();
    w.writeStartElement(WRAPPER, "payload");
    new OaiDataCiteWriter(w).resource(d, pageUrl, fallbackYear);
    w.writeEndElement();
    w.writeEndElement();
  }

  private void resource(Dataset d, String pageUrl, int fallbackYear) throws XMLStreamException {
    w.writeStartElement("", "resource", KERNEL);
    w.writeDefaultNamespace(KERNEL);
    w.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", KERNEL + " " + KERNEL_SCHEMA);
    identifiers(d, pageUrl);
    w.writeStartElement(KERNEL, "creators");
    if (d.creators().isEmpty()) agent("creator", Agent.named(UNAVAILABLE));
    for (Agent a : d.creators()) agent("creator", a);
    w.writeEndElement();
    w.writeStartElement(KERNEL, "titles");
    if (d.titles().isEmpty()) text("title", UNAVAILABLE); // the schema wants one
    for (LangText t : d.titles()) text("title", t.value(), "xml:lang", t.lang());
    w.writeEndElement();
    text("publisher", d.publisher() == null ? UNAVAILABLE : d.publisher().name());
    Integer year = d.year();
    text("publicationYear", String.format(Locale.ROOT, "%04d", year == null || year < 0 || year > 9999 ? fallbackYear : year));
    String general = d.resourceType() == null || d.resourceType().general() == null ? "Dataset"
        : RESOURCE_TYPES.getOrDefault(d.resourceType().general().toLowerCase(Locale.ROOT), "Other");
    text("resourceType", d.resourceType() == null || d.resourceType().detail() == null ? "" : d.resourceType().detail(),
        "resourceTypeGeneral", general);
    subjects(d);
    if (!d.contributors().isEmpty()) {
      w.writeStartElement(KERNEL, "contributors");
      for (Agent a : d.contributors()) agent("contributor", a);
      w.writeEndElement();
    }
    dates(d);
    if (!d.languages().isEmpty() && d.languages().get(0).matches("[a-z]{2,3}")) text("language", d.languages().get(0));
    related(d.related());
    distributions(d.distributions());
    if (d.version() != null) text("version", d.version());
    rights(d);
    if (!d.descriptions().isEmpty()) {
      w.writeStartElement(KERNEL, "descriptions");
      for (LangText t : d.descriptions()) text("description", t.value(), "descriptionType", "Abstract", "xml:lang", t.lang());
      w.writeEndElement();
    }
    DataCiteGeoWriter.write(w, d);
    funding(d.funding());
    w.writeEndElement();
  }

  /** The DOI as the identifier, else the first other identifier, else the dataset's page here. */
  private void identifiers(Dataset d, String pageUrl) throws XMLStreamException {
    Identifier main = d.identifiers().stream().filter(i -> i.scheme() == Identifier.Scheme.DOI).findFirst()
        .orElse(d.identifiers().stream().filter(i -> i.scheme() != Identifier.Scheme.LOCAL).findFirst().orElse(null));
    if (main == null) text("identifier", pageUrl, "identifierType", "URL");
    else text("identifier", main.value(), "identifierType", typeOf(main));
    List<Identifier> others = d.identifiers().stream().filter(i -> i != main).toList();
    if (others.isEmpty()) return;
    w.writeStartElement(KERNEL, "alternateIdentifiers");
    for (Identifier i : others) text("alternateIdentifier", i.value(), "alternateIdentifierType", typeOf(i));
    w.writeEndElement();
  }

  private static String typeOf(Identifier i) {
    return i.dataCiteType() != null ? i.dataCiteType() : i.scheme().name().toLowerCase(Locale.ROOT);
  }

  private void agent(String role, Agent a) throws XMLStreamException {
    w.writeStartElement(KERNEL, role);
    if (role.equals("contributor")) {
      String type = a.role() == null ? "Other" : CONTRIBUTOR_TYPES.getOrDefault(a.role().toLowerCase(Locale.ROOT), "Other");
      w.writeAttribute("contributorType", type);
    }
    String nameType = a.kind() == Agent.Kind.PERSON ? "Personal" : a.kind() == Agent.Kind.ORGANIZATION ? "Organizational" : null;
    text(role + "Name", a.name(), "nameType", nameType);
    if (a.givenName() != null) text("givenName", a.givenName());
    if (a.familyName() != null) text("familyName", a.familyName());
    for (Identifier i : a.identifiers()) {
      if (i.scheme() == Identifier.Scheme.ORCID) {
        text("nameIdentifier", i.value(), "nameIdentifierScheme", "ORCID", "schemeURI", "https://orcid.org");
      } else if (i.scheme() == Identifier.Scheme.ROR) {
        text("nameIdentifier", i.url(), "nameIdentifierScheme", "ROR", "schemeURI", "https://ror.org");
      }
    }
    for (Agent.Affiliation af : a.affiliations()) {
      if (af.name() == null || af.name().isBlank()) continue;
      String ror = af.ror() == null ? null : af.ror().startsWith("http") ? af.ror() : "https://ror.org/" + af.ror();
      text("affiliation", af.name(), "affiliationIdentifier", ror, "affiliationIdentifierScheme", ror == null ? null : "ROR");
    }
    w.writeEndElement();
  }

  private void subjects(Dataset d) throws XMLStreamException {
    if (d.keywords().isEmpty() && d.themes().isEmpty()) return;
    w.writeStartElement(KERNEL, "subjects");
    for (Keyword k : d.keywords()) {
      String uri = k.uri() != null && k.uri().matches("https?://\\S+") ? k.uri() : null;
      text("subject", k.label(), "subjectScheme", k.scheme(), "valueURI", uri);
    }
    for (String t : d.themes()) text("subject", t, "subjectScheme", "Moisson themes");
    w.writeEndElement();
  }

  private void dates(Dataset d) throws XMLStreamException {
    if (d.issued() == null && d.modified() == null && d.dates().isEmpty() && d.temporal().isEmpty()) return;
    w.writeStartElement(KERNEL, "dates");
    if (d.issued() != null) text("date", d.issued(), "dateType", "Issued");
    if (d.modified() != null) text("date", d.modified(), "dateType", "Updated");
    for (TypedDate t : d.dates()) {
      String type = t.type() == null ? "Other" : DATE_TYPES.getOrDefault(t.type().toLowerCase(Locale.ROOT), "Other");
      text("date", t.value(), "dateType", type, "dateInformation", type.equals("Other") && t.type() != null ? t.type() : null);
    }
    for (Period p : d.temporal()) {
      String range = p.start() != null && p.end() != null ? p.start() + "/" + p.end()
          : p.start() != null ? p.start() + "/.." : "../" + p.end(); // ISO 8601-2 open ends
      text("date", range, "dateType", "Coverage");
    }
    w.writeEndElement();
  }

  private void related(List<RelatedResource> related) throws XMLStreamException {
    boolean open = false;
    for (RelatedResource r : related) {
      if (r.identifier() == null || r.identifier().isBlank()) continue;
      String type = r.identifierType() == null ? null : RELATED_ID_TYPES.get(r.identifierType().toLowerCase(Locale.ROOT));
      if (type == null) {
        Identifier id = Identifier.parse(r.identifier());
        type = id == null || id.dataCiteType() == null ? null : RELATED_ID_TYPES.get(id.dataCiteType().toLowerCase(Locale.ROOT));
      }
      if (type == null) continue;
      String relation = r.relationType() == null ? "Other"
          : RELATION_TYPES.getOrDefault(r.relationType().toLowerCase(Locale.ROOT), "Other");
      String general = r.resourceType() == null ? null : RESOURCE_TYPES.get(r.resourceType().toLowerCase(Locale.ROOT));
      if (!open) w.writeStartElement(KERNEL, "relatedIdentifiers");
      open = true;
      text("relatedIdentifier", r.identifier(), "relatedIdentifierType", type, "relationType", relation,
          "resourceTypeGeneral", general,
          "relationTypeInformation", relation.equals("Other") && r.relationType() != null ? r.relationType() : null);
    }
    if (open) w.writeEndElement();
  }

  private void distributions(List<Distribution> distributions) throws XMLStreamException {
    List<String> sizes = distributions.stream().filter(x -> x.byteSize() != null).map(x -> x.byteSize() + " bytes").distinct().toList();
    List<String> formats = distributions.stream().map(x -> x.mediaType() != null ? x.mediaType() : x.format())
        .filter(f -> f != null && !f.isBlank()).distinct().toList();
    if (!sizes.isEmpty()) {
      w.writeStartElement(KERNEL, "sizes");
      for (String s : sizes) text("size", s);
      w.writeEndElement();
    }
    if (!formats.isEmpty()) {
      w.writeStartElement(KERNEL, "formats");
      for (String f : formats) text("format", f);
      w.writeEndElement();
    }
  }

  private void rights(Dataset d) throws XMLStreamException {
    if (d.licence() == null && d.accessRights() == null) return;
    w.writeStartElement(KERNEL, "rightsList");
    if (d.licence() != null) {
      String label = d.licence().label() != null ? d.licence().label() : d.licence().name();
      text("rights", label, "rightsURI", d.licence().link(), "rightsIdentifier", d.licence().id(),
          "rightsIdentifierScheme", d.licence().id() == null ? null : "SPDX");
    }
    if (d.accessRights() != null) text("rights", d.accessRights());
    w.writeEndElement();
  }

  private void funding(List<Funding> funding) throws XMLStreamException {
    List<Funding> named = funding.stream().filter(f -> f.funderName() != null && !f.funderName().isBlank()).toList();
    if (named.isEmpty()) return;
    w.writeStartElement(KERNEL, "fundingReferences");
    for (Funding f : named) {
      w.writeStartElement(KERNEL, "fundingReference");
      text("funderName", f.funderName());
      if (f.funderIdentifier() != null && !f.funderIdentifier().isBlank()) {
        String id = f.funderIdentifier();
        String type = id.contains("ror.org") ? "ROR" : id.contains("10.13039") ? "Crossref Funder ID" : "Other";
        text("funderIdentifier", id, "funderIdentifierType", FUNDER_ID_TYPES.contains(type) ? type : "Other");
      }
      if (f.awardNumber() != null && !f.awardNumber().isBlank()) text("awardNumber", f.awardNumber());
      if (f.awardTitle() != null && !f.awardTitle().isBlank()) text("awardTitle", f.awardTitle());
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /** An element of the kernel with its text and attributes given as name, value pairs; null values are skipped. */
  private void text(String name, String value, String... attributes) throws XMLStreamException {
    writeText(w, name, value, attributes);
  }

  static void writeText(XMLStreamWriter w, String name, String value, String... attributes) throws XMLStreamException {
    w.writeStartElement(KERNEL, name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String v = attributes[i + 1];
      if (v == null || v.isBlank()) continue;
      if (attributes[i].equals("xml:lang")) w.writeAttribute("xml", XML, "lang", v);
      else w.writeAttribute(attributes[i], XmlChars.clean(v));
    }
    String text = XmlChars.clean(value).strip();
    w.writeCharacters(text.isEmpty() && !name.equals("resourceType") ? UNAVAILABLE : text);
    w.writeEndElement();
  }
}
