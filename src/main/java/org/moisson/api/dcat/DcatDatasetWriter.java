package org.moisson.api.dcat;

import static org.moisson.api.dcat.DcatVocabulary.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.moisson.api.ThemeSlugs;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Licence;
import org.moisson.record.TypedDate;
import org.moisson.xml.XmlChars;

/**
 * One {@link Dataset} as DCAT-AP 3 resources. Every node that a DCAT-AP range names a class for is
 * typed with it, so the output passes the profile's range shapes; values that cannot be written as
 * the profile wants (a date that is not one, a URL that is not an IRI) are left out rather than bent.
 */
final class DcatDatasetWriter {
  private static final Pattern YEAR = Pattern.compile("-?\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern MEDIA = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
  /** DataCite resourceTypeGeneral → DCMI type, the concepts DCAT-AP's dct:type takes best. */
  private static final Map<String, String> DCMI = Map.ofEntries(Map.entry("Dataset", "Dataset"),
      Map.entry("Collection", "Collection"), Map.entry("Software", "Software"), Map.entry("Service", "Service"),
      Map.entry("Image", "Image"), Map.entry("Sound", "Sound"), Map.entry("Text", "Text"),
      Map.entry("Event", "Event"), Map.entry("PhysicalObject", "PhysicalObject"),
      Map.entry("InteractiveResource", "InteractiveResource"), Map.entry("Audiovisual", "MovingImage"));
  /** Relation types Dublin Core names directly; the others travel as dcat:qualifiedRelation. */
  private static final Map<String, String> DCT_RELATIONS = Map.of("IsReferencedBy", "isReferencedBy",
      "References", "references", "IsPartOf", "isPartOf", "HasPart", "hasPart", "IsVersionOf", "isVersionOf",
      "Requires", "requires", "IsRequiredBy", "isRequiredBy", "Obsoletes", "replaces", "IsObsoletedBy", "isReplacedBy");

  private final Model m;
  private final String base;

  DcatDatasetWriter(Model m, String base) {
    this.m = m;
    this.base = base;
  }

  /** Adds the dataset, under its page's IRI, and returns it. */
  Resource write(String id, Dataset d) {
    Resource ds = m.createResource(datasetIri(base, id), DATASET);
    texts(ds, TITLE, d.titles());
    texts(ds, DESCRIPTION, d.descriptions());
    for (Identifier i : d.identifiers()) identifier(ds, i);
    for (Agent a : d.creators()) ds.addProperty(CREATOR, agent(a));
    for (Agent a : d.contributors()) {
      if ("ContactPerson".equalsIgnoreCase(a.role())) ds.addProperty(CONTACT_POINT, contact(a));
      else ds.addProperty(CONTRIBUTOR, agent(a));
    }
    if (d.publisher() != null) ds.addProperty(PUBLISHER, agent(d.publisher()));
    date(ds, ISSUED, d.issued());
    date(ds, MODIFIED, d.modified());
    d.dates().stream().filter(t -> "Created".equalsIgnoreCase(t.type())).map(TypedDate::value).findFirst()
        .ifPresent(v -> date(ds, CREATED, v));
    resourceType(ds, d);
    keywords(ds, d.keywords());
    for (String theme : d.themes()) ds.addProperty(THEME, theme(theme));
    DcatCoverageWriter.write(m, ds, d);
    licence(ds, LICENSE, d.licence());
    if (d.accessRights() != null) ds.addProperty(ACCESS_RIGHTS, described(d.accessRights(), RIGHTS_STATEMENT));
    for (Distribution dist : d.distributions()) distribution(ds, dist, d.landingPage());
    String landing = iri(d.landingPage());
    if (landing != null) ds.addProperty(LANDING_PAGE, m.createResource(landing, DOCUMENT));
    DcatRelationWriter.write(m, ds, d.related(), DCT_RELATIONS);
    if (d.version() != null && !d.version().isBlank()) ds.addProperty(VERSION, d.version());
    for (String lang : d.languages()) {
      if (lang != null && LANG.matcher(lang).matches()) {
        ds.addProperty(LANGUAGE, m.createResource("http://id.loc.gov/vocabulary/iso639-1/" + lang, LINGUISTIC_SYSTEM));
      }
    }
    return ds;
  }

  static String datasetIri(String base, String id) {
    return base + "/datasets/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String themeScheme(String base) {
    return base + "/themes";
  }

  private Resource theme(String label) {
    String slug = ThemeSlugs.of(label);
    Resource c = m.createResource(themeScheme(base) + "/" + slug, CONCEPT);
    c.addProperty(PREF_LABEL, label);
    c.addProperty(IN_SCHEME, m.createResource(themeScheme(base)));
    return c;
  }

  private void texts(Resource r, org.apache.jena.rdf.model.Property p, List<LangText> texts) {
    for (LangText t : texts) {
      String v = XmlChars.clean(t.value());
      if (v.isBlank()) continue;
      r.addProperty(p, t.lang() == null ? m.createLiteral(v) : m.createLiteral(v, t.lang()));
    }
  }

  private void identifier(Resource ds, Identifier i) {
    String written = i.url() != null ? i.url() : i.value();
    ds.addProperty(IDENTIFIER, XmlChars.clean(written));
    Resource adms = m.createResource(IDENTIFIER_CLASS);
    String scheme = i.dataCiteType();
    adms.addProperty(NOTATION, scheme == null || i.scheme() == Identifier.Scheme.URL
        ? m.createLiteral(XmlChars.clean(i.value()))
        : m.createTypedLiteral(XmlChars.clean(i.value()), DATACITE + scheme.toLowerCase(Locale.ROOT)));
    ds.addProperty(ADMS_IDENTIFIER, adms);
  }

  /** An agent under its ORCID or ROR IRI when it has one, else a blank node. */
  private Resource agent(Agent a) {
    String ror = a.identifiers().stream().filter(i -> i.scheme() == Identifier.Scheme.ROR).map(Identifier::url)
        .findFirst().orElse(null);
    String id = a.orcid() != null ? "https://orcid.org/" + a.orcid() : ror;
    Resource r = iri(id) == null ? m.createResource() : m.createResource(iri(id));
    r.addProperty(RDF.type, AGENT);
    if (a.kind() == Agent.Kind.PERSON) r.addProperty(RDF.type, PERSON);
    if (a.kind() == Agent.Kind.ORGANIZATION) r.addProperty(RDF.type, ORGANIZATION);
    r.addProperty(NAME, XmlChars.clean(a.name()));
    if (a.givenName() != null) r.addProperty(GIVEN_NAME, XmlChars.clean(a.givenName()));
    if (a.familyName() != null) r.addProperty(FAMILY_NAME, XmlChars.clean(a.familyName()));
    for (Agent.Affiliation af : a.affiliations()) {
      if (af.name() == null || af.name().isBlank()) continue;
      String afIri = af.ror() == null ? null : iri(af.ror().startsWith("http") ? af.ror() : "https://ror.org/" + af.ror());
      Resource affiliation = afIri == null ? m.createResource() : m.createResource(afIri);
      affiliation.addProperty(RDF.type, ORGANIZATION).addProperty(NAME, XmlChars.clean(af.name()));
      r.addProperty(MEMBER_OF, affiliation);
    }
    return r;
  }

  /** A contact point as DCAT-AP wants it: a vCard, named; under its ORCID IRI when known. */
  private Resource contact(Agent a) {
    Resource r = m.createResource(VCARD_KIND);
    r.addProperty(VCARD_FN, XmlChars.clean(a.name()));
    String orcid = a.orcid() == null ? null : iri("https://orcid.org/" + a.orcid());
    if (orcid != null) r.addProperty(VCARD_URL, m.createResource(orcid));
    return r;
  }

  private void date(Resource r, org.apache.jena.rdf.model.Property p, String value) {
    Literal l = dateLiteral(m, value);
    if (l != null) r.addProperty(p, l);
  }

  /** A date at the precision given, typed as DCAT-AP asks (xsd:gYear, gYearMonth, date, dateTime); null if it is none. */
  static Literal dateLiteral(Model m, String value) {
    if (value == null) return null;
    String v = value.strip();
    XSDDatatype type = YEAR.matcher(v).matches() ? XSDDatatype.XSDgYear
        : YEAR_MONTH.matcher(v).matches() ? XSDDatatype.XSDgYearMonth
        : DAY.matcher(v).matches() ? XSDDatatype.XSDdate
        : DATE_TIME.matcher(v).matches() ? XSDDatatype.XSDdateTime : null;
    if (type == XSDDatatype.XSDdateTime && v.length() == 16) v = v + ":00";
    if (type == null || !type.isValid(v)) return null;
    return m.createTypedLiteral(v, type);
  }

  private void resourceType(Resource ds, Dataset d) {
    if (d.resourceType() == null || d.resourceType().general() == null) return;
    String dcmi = DCMI.get(d.resourceType().general());
    if (dcmi == null) return;
    Resource c = m.createResource(DCMITYPE + dcmi, CONCEPT);
    c.addProperty(PREF_LABEL, dcmi, "en");
    ds.addProperty(TYPE, c);
  }

  /** Free keywords as dcat:keyword; thesaurus concepts with an IRI as dct:subject, labelled. */
  private void keywords(Resource ds, List<Keyword> keywords) {
    for (Keyword k : keywords) {
      String label = XmlChars.clean(k.label());
      if (label.isBlank()) continue;
      String uri = iri(k.uri());
      if (uri == null) {
        ds.addProperty(KEYWORD, label);
      } else {
        ds.addProperty(SUBJECT, m.createResource(uri, CONCEPT).addProperty(PREF_LABEL, label));
      }
    }
  }

  private void licence(Resource r, org.apache.jena.rdf.model.Property p, Licence l) {
    if (l == null) return;
    String uri = iri(l.uri()) != null ? iri(l.uri()) : iri(l.link());
    Resource doc = uri == null ? m.createResource(LICENSE_DOCUMENT) : m.createResource(uri, LICENSE_DOCUMENT);
    String label = l.label() != null ? l.label() : l.id();
    if (label != null) doc.addProperty(LABEL, XmlChars.clean(label));
    r.addProperty(p, doc);
  }

  /** A statement given as an IRI or as text: the IRI typed, or a blank node labelled with the text. */
  private Resource described(String text, Resource type) {
    String uri = iri(text);
    if (uri != null) return m.createResource(uri, type);
    return m.createResource(type).addProperty(LABEL, XmlChars.clean(text));
  }

  /** DCAT-AP requires an access URL: the download URL, else the dataset's landing page stands in. */
  private void distribution(Resource ds, Distribution d, String landingPage) {
    String access = iri(d.accessUrl());
    String download = iri(d.downloadUrl());
    if (access == null) access = download != null ? download : iri(landingPage);
    if (access == null) return;
    Resource r = m.createResource(DISTRIBUTION_CLASS);
    r.addProperty(ACCESS_URL, m.createResource(access));
    if (download != null) r.addProperty(DOWNLOAD_URL, m.createResource(download));
    if (d.title() != null && !d.title().isBlank()) r.addProperty(TITLE, XmlChars.clean(d.title()));
    if (d.format() != null && !d.format().isBlank()) r.addProperty(FORMAT, described(d.format(), MEDIA_TYPE_OR_EXTENT));
    if (d.mediaType() != null && MEDIA.matcher(d.mediaType().strip()).matches()) {
      r.addProperty(MEDIA_TYPE, m.createResource("https://www.iana.org/assignments/media-types/"
          + d.mediaType().strip().toLowerCase(Locale.ROOT), MEDIA_TYPE_CLASS));
    }
    if (d.byteSize() != null && d.byteSize() >= 0) {
      r.addProperty(BYTE_SIZE, m.createTypedLiteral(String.valueOf(d.byteSize()), XSDDatatype.XSDdecimal));
    }
    if (d.licence() != null && !d.licence().isBlank()) {
      String uri = iri(d.licence());
      licence(r, LICENSE, new Licence(null, uri, uri == null ? d.licence() : null));
    }
    ds.addProperty(DISTRIBUTION, r);
  }

  /** The text as an absolute http(s) IRI, or null when it is not one RDF can carry. */
  static String iri(String text) {
    if (text == null) return null;
    String t = text.strip();
    if (!t.startsWith("http://") && !t.startsWith("https://")) return null;
    try {
      URI u = new URI(t);
      return u.getHost() == null ? null : u.toString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

}
