package org.moisson.mapping;

import static org.moisson.mapping.DcatTerms.FOAF;
import static org.moisson.mapping.DcatTerms.ORG;
import static org.moisson.mapping.DcatTerms.SCHEMA;
import static org.moisson.mapping.DcatTerms.SCHEMA_HTTPS;
import static org.moisson.mapping.DcatTerms.VCARD;
import static org.moisson.mapping.DcatTerms.prop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.moisson.record.Agent;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;

/** Publishers, creators and contributors: FOAF agents, vCard kinds, GeoDCAT-AP roles, PROV attributions. */
final class DcatAgents {
  private static final Pattern ORCID = Pattern.compile("^https?://orcid\\.org/(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])/?$");
  private static final Pattern ROR = Pattern.compile("^https?://ror\\.org/(0[a-z0-9]{8})/?$");
  private static final Property[] NAMES = {prop(FOAF, "name"), prop(VCARD, "fn"),
      prop(VCARD, "organization-name"), prop(SCHEMA, "name"), prop(SCHEMA_HTTPS, "name"),
      DcatTerms.RDFS_LABEL, DcatTerms.PREF_LABEL, DcatTerms.TITLE};
  private static final Property[] GIVEN = {prop(FOAF, "givenName"), prop(VCARD, "given-name"), prop(SCHEMA, "givenName")};
  private static final Property[] FAMILY = {prop(FOAF, "familyName"), prop(VCARD, "family-name"), prop(SCHEMA, "familyName")};
  private static final Property[] EMAIL = {prop(FOAF, "mbox"), prop(VCARD, "hasEmail"), prop(SCHEMA, "email")};

  /**
   * ISO 19115 role codes (by local name, as PROV attributions and GeoDCAT-AP role properties
   * name them) as DataCite contributorTypes. "author" is absent: those agents are creators.
   */
  private static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry("pointOfContact", "ContactPerson"), Map.entry("custodian", "DataCurator"),
      Map.entry("distributor", "Distributor"), Map.entry("originator", "Producer"),
      Map.entry("principalInvestigator", "ProjectLeader"), Map.entry("processor", "Other"),
      Map.entry("resourceProvider", "Distributor"), Map.entry("owner", "RightsHolder"),
      Map.entry("rightsHolder", "RightsHolder"), Map.entry("sponsor", "Sponsor"),
      Map.entry("editor", "Editor"));
  /** The GeoDCAT-AP properties that name an agent in one of those roles. */
  private static final List<String> GEODCAT_ROLES = List.of("custodian", "distributor", "originator",
      "principalInvestigator", "processor", "resourceProvider");

  private DcatAgents() {}

  static void read(Resource ds, DatasetBuilder b) {
    for (Resource r : RdfReading.resources(ds, DcatTerms.PUBLISHER)) {
      b.publisher = agent(r, null);
      if (b.publisher != null) break;
    }
    for (Resource r : RdfReading.resources(ds, DcatTerms.CREATOR)) add(b.creators, agent(r, null));
    contributors(ds, DcatTerms.CONTRIBUTOR, "Other", b);
    contributors(ds, DcatTerms.CONTACT_POINT, "ContactPerson", b);
    contributors(ds, DcatTerms.RIGHTS_HOLDER, "RightsHolder", b);
    for (String role : GEODCAT_ROLES) contributors(ds, prop(DcatTerms.GEODCAT, role), ROLES.get(role), b);
    for (Resource a : RdfReading.resources(ds, DcatTerms.QUALIFIED_ATTRIBUTION)) attribution(a, b);
  }

  private static void contributors(Resource ds, Property p, String role, DatasetBuilder b) {
    for (Resource r : RdfReading.resources(ds, p)) add(b.contributors, agent(r, role));
  }

  /** prov:qualifiedAttribution [ prov:agent …; dcat:hadRole <…/pointOfContact> ]. */
  private static void attribution(Resource a, DatasetBuilder b) {
    String role = RdfReading.localName(RdfReading.firstString(a, DcatTerms.HAD_ROLE));
    for (Resource r : RdfReading.resources(a, DcatTerms.PROV_AGENT)) {
      if ("author".equals(role)) add(b.creators, agent(r, null));
      else add(b.contributors, agent(r, role == null ? "Other" : ROLES.getOrDefault(role, "Other")));
    }
  }

  private static void add(List<Agent> list, Agent a) {
    if (a != null && !list.contains(a)) list.add(a);
  }

  /**
   * An agent from its description; an IRI the page does not describe becomes an agent named by
   * its IRI, since dropping a stated publisher would lose more than an unreadable name does.
   * Null for a blank node with neither name nor e-mail.
   */
  static Agent agent(Resource r, String role) {
    String given = RdfReading.text(r, GIVEN);
    String family = RdfReading.text(r, FAMILY);
    String name = RdfReading.text(r, NAMES);
    if (name == null && (given != null || family != null)) {
      name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
    if (name == null) name = email(r);
    if (name == null && r.isURIResource()) name = r.getURI();
    if (name == null) return null;
    return new Agent(name, kind(r), given, family, identifiers(r), List.of(), role);
  }

  private static String email(Resource r) {
    for (Property p : EMAIL) {
      String e = RdfReading.firstString(r, p);
      if (e != null) return e.replaceFirst("(?i)^mailto:", "");
    }
    return null;
  }

  private static Agent.Kind kind(Resource r) {
    if (RdfReading.hasType(r, FOAF, "Person") || RdfReading.hasType(r, VCARD, "Individual")
        || RdfReading.hasType(r, SCHEMA, "Person") || RdfReading.hasType(r, SCHEMA_HTTPS, "Person")) {
      return Agent.Kind.PERSON;
    }
    if (RdfReading.hasType(r, FOAF, "Organization") || RdfReading.hasType(r, VCARD, "Organization")
        || RdfReading.hasType(r, ORG, "Organization", "FormalOrganization")
        || RdfReading.hasType(r, SCHEMA, "Organization") || RdfReading.hasType(r, SCHEMA_HTTPS, "Organization")) {
      return Agent.Kind.ORGANIZATION;
    }
    return Agent.Kind.UNKNOWN;
  }

  private static List<Identifier> identifiers(Resource r) {
    List<Identifier> ids = new ArrayList<>();
    if (r.isURIResource()) addId(ids, idOf(r.getURI()));
    for (RDFNode n : RdfReading.values(r, DcatTerms.IDENTIFIER)) addId(ids, idOf(RdfReading.string(n)));
    return ids;
  }

  private static void addId(List<Identifier> ids, Identifier id) {
    if (id != null && !ids.contains(id)) ids.add(id);
  }

  /** ORCID and ROR IRIs as their bare ids; other http(s) IRIs as URLs; anything else as written. */
  static Identifier idOf(String text) {
    if (text == null) return null;
    Matcher m = ORCID.matcher(text.strip());
    if (m.matches()) return new Identifier(Identifier.Scheme.ORCID, m.group(1));
    m = ROR.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (m.matches()) return new Identifier(Identifier.Scheme.ROR, m.group(1));
    if (text.startsWith("mailto:")) return null;
    return Identifier.parse(text);
  }
}
