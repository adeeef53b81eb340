package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moisson.record.Agent;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import tools.jackson.databind.JsonNode;

/**
 * Creators (creator, else author), contributors, publisher and funding of a schema.org Dataset.
 * A Person or Organization may come as a name, a node, a reference, or wrapped in a Role (the
 * science-on-schema.org way to give a creator a role name), whose agent sits under the same property.
 */
final class SchemaOrgAgents {
  private static final List<String> WRAPPED = List.of("creator", "author", "contributor", "editor", "producer",
      "publisher", "provider", "funder");

  private SchemaOrgAgents() {}

  static void map(SchemaOrgJson j, JsonNode ds, DatasetBuilder b) {
    for (JsonNode v : j.values(ds, "creator")) Payloads.addOnce(b.creators, agent(j, v, null));
    for (JsonNode v : j.values(ds, "author")) {
      Agent a = agent(j, v, null);
      if (a != null && b.creators.stream().noneMatch(c -> c.name().equals(a.name()))) b.creators.add(a);
    }
    for (JsonNode v : j.values(ds, "publisher")) {
      if (b.publisher == null) b.publisher = agent(j, v, null);
    }
    for (JsonNode v : j.values(ds, "contributor")) Payloads.addOnce(b.contributors, agent(j, v, null));
    for (JsonNode v : j.values(ds, "editor")) Payloads.addOnce(b.contributors, agent(j, v, "Editor"));
    for (JsonNode v : j.values(ds, "producer")) Payloads.addOnce(b.contributors, agent(j, v, "Producer"));
    // The provider is most often the repository that also publishes: named once, as publisher.
    for (JsonNode v : j.values(ds, "provider")) {
      Agent a = agent(j, v, "HostingInstitution");
      if (a != null && (b.publisher == null || !b.publisher.name().equals(a.name()))) Payloads.addOnce(b.contributors, a);
    }
    funding(j, ds, b);
  }

  static Agent agent(SchemaOrgJson j, JsonNode v, String role) {
    if (v == null) return null;
    if (!v.isObject() || v.has("@value")) return Agent.named(SchemaOrgJson.text(v));
    if (SchemaOrgJson.isType(v, "Role")) {
      for (String p : WRAPPED) {
        for (JsonNode inner : j.values(v, p)) {
          if (inner.isObject() && !SchemaOrgJson.isType(inner, "Role")) return agent(j, inner, role);
        }
      }
      return null;
    }
    String given = j.text(v, "givenName");
    String family = j.text(v, "familyName");
    String name = j.text(v, "name");
    if (name == null) name = family != null && given != null ? family + ", " + given : family != null ? family : given;
    if (name == null) name = j.text(v, "legalName");
    if (name == null) return null;
    List<Identifier> ids = new ArrayList<>();
    for (JsonNode id : identifierValues(j, v)) {
      Payloads.addOnce(ids, DataCiteAgents.nameIdentifier(id.isObject() ? firstNonNull(j.text(id, "value"),
          j.text(id, "url"), JsonValues.text(id.path("@id"))) : SchemaOrgJson.text(id), scheme(j, id)));
    }
    List<Agent.Affiliation> affiliations = new ArrayList<>();
    for (JsonNode a : j.values(v, "affiliation")) {
      Agent org = agent(j, a, null);
      if (org != null) {
        String ror = org.identifiers().stream().filter(i -> i.scheme() == Identifier.Scheme.ROR).map(Identifier::value)
            .findFirst().orElse(null);
        Payloads.addOnce(affiliations, new Agent.Affiliation(org.name(), ror));
      }
    }
    return new Agent(name, kind(v, given, family, ids), given, family, ids, affiliations, role);
  }

  /** identifier, @id and sameAs: the ways a page names who someone is. */
  private static List<JsonNode> identifierValues(SchemaOrgJson j, JsonNode v) {
    List<JsonNode> out = new ArrayList<>(j.values(v, "identifier"));
    if (v.has("@id")) out.add(v.path("@id"));
    out.addAll(j.values(v, "sameAs"));
    return out;
  }

  /** A PropertyValue's propertyID ("https://registry.identifiers.org/registry/orcid") as a scheme name. */
  static String scheme(SchemaOrgJson j, JsonNode id) {
    String p = id.isObject() ? j.text(id, "propertyID") : null;
    if (p == null) return null;
    String lower = p.toLowerCase(Locale.ROOT);
    return lower.endsWith("orcid") ? "ORCID" : lower.endsWith("ror") ? "ROR" : lower.endsWith("doi") ? "DOI" : p;
  }

  private static Agent.Kind kind(JsonNode v, String given, String family, List<Identifier> ids) {
    if (SchemaOrgJson.isType(v, "Person")) return Agent.Kind.PERSON;
    if (SchemaOrgJson.isTypeEndingWith(v, "Organization") || SchemaOrgJson.isType(v, "CollegeOrUniversity")
        || SchemaOrgJson.isType(v, "Corporation") || SchemaOrgJson.isType(v, "NGO")) {
      return Agent.Kind.ORGANIZATION;
    }
    if (given != null || family != null || ids.stream().anyMatch(i -> i.scheme() == Identifier.Scheme.ORCID)) {
      return Agent.Kind.PERSON;
    }
    return ids.stream().anyMatch(i -> i.scheme() == Identifier.Scheme.ROR) ? Agent.Kind.ORGANIZATION : Agent.Kind.UNKNOWN;
  }

  /** funding (MonetaryGrant: its identifier the award number, its name the award title, its funder) and funder. */
  private static void funding(SchemaOrgJson j, JsonNode ds, DatasetBuilder b) {
    for (JsonNode g : j.values(ds, "funding")) {
      if (!g.isObject()) continue;
      JsonNode funder = j.values(g, "funder").stream().findFirst().orElse(null);
      String award = firstNonNull(j.text(g, "identifier"), identifierText(j, g));
      String title = j.text(g, "name");
      String[] f = funder(j, funder);
      if (f[0] != null || f[1] != null || award != null || title != null) {
        Payloads.addOnce(b.funding, new Funding(f[0], f[1], award, title));
      }
    }
    for (JsonNode v : j.values(ds, "funder")) {
      String[] f = funder(j, v);
      if (f[0] != null && b.funding.stream().noneMatch(x -> f[0].equals(x.funderName()))) {
        b.funding.add(new Funding(f[0], f[1], null, null));
      }
    }
  }

  private static String identifierText(SchemaOrgJson j, JsonNode g) {
    return j.values(g, "identifier").stream().filter(JsonNode::isObject).map(i -> j.text(i, "value"))
        .filter(v -> v != null).findFirst().orElse(null);
  }

  /** A funder's name and identifier (a Crossref Funder ID or ROR, as DataCite funding writes them). */
  private static String[] funder(SchemaOrgJson j, JsonNode v) {
    if (v == null) return new String[2];
    if (!v.isObject() || v.has("@value")) return new String[] {SchemaOrgJson.text(v), null};
    List<String> ids = new ArrayList<>();
    for (JsonNode i : identifierValues(j, v)) {
      String text = i.isObject() ? firstNonNull(j.text(i, "value"), JsonValues.text(i.path("@id"))) : SchemaOrgJson.text(i);
      Payloads.addOnce(ids, DataCiteFunding.funderId(text, null));
    }
    // A Crossref Funder ID first, then a ROR id: what DataCite fundingReferences carry.
    String id = ids.stream().filter(x -> x.startsWith("https://doi.org/10.13039/")).findFirst()
        .orElse(ids.stream().filter(x -> x.startsWith("https://ror.org/")).findFirst().orElse(ids.isEmpty() ? null : ids.get(0)));
    return new String[] {firstNonNull(j.text(v, "name"), j.text(v, "legalName")), id};
  }

  static String firstNonNull(String... values) {
    for (String v : values) if (v != null) return v;
    return null;
  }
}
