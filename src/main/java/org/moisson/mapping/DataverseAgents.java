package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import org.moisson.mapping.DataverseFields.Compound;
import org.moisson.record.Agent;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;

/**
 * People and organisations of a Dataverse dataset: authors, contacts, contributors, producers and
 * distributors, the publisher (the installation), and funding (grant numbers and Funder contributors,
 * as Dataverse's own DataCite export writes them).
 */
final class DataverseAgents {
  private DataverseAgents() {}

  static void map(String publisher, DataverseFields f, DatasetBuilder b) {
    for (Compound a : f.compounds("author")) {
      Payloads.addOnce(b.creators, agent(a.get("authorName"), a.get("authorAffiliation"),
          a.get("authorIdentifier"), a.get("authorIdentifierScheme"), null));
    }
    // A contact's e-mail is personal data the catalogue does not need: the name alone is kept.
    for (Compound c : f.compounds("datasetContact")) {
      Payloads.addOnce(b.contributors, agent(c.get("datasetContactName"), c.get("datasetContactAffiliation"),
          null, null, "ContactPerson"));
    }
    for (Compound c : f.compounds("contributor")) {
      String type = c.get("contributorType");
      if (!"Funder".equalsIgnoreCase(type)) {
        Payloads.addOnce(b.contributors, agent(c.get("contributorName"), null, null, null, role(type)));
      }
    }
    for (Compound p : f.compounds("producer")) {
      Payloads.addOnce(b.contributors, agent(p.get("producerName"), p.get("producerAffiliation"),
          p.get("producerURL"), null, "Producer"));
    }
    for (Compound d : f.compounds("distributor")) {
      Payloads.addOnce(b.contributors, agent(d.get("distributorName"), d.get("distributorAffiliation"),
          d.get("distributorURL"), null, "Distributor"));
    }
    b.publisher = Agent.organization(publisher);
    funding(f, b);
  }

  private static Agent agent(String name, String affiliation, String id, String scheme, String role) {
    if (name == null) return null;
    List<Identifier> ids = new ArrayList<>();
    Payloads.addOnce(ids, DataCiteAgents.nameIdentifier(id, scheme));
    List<Agent.Affiliation> affiliations = new ArrayList<>();
    if (affiliation != null) {
      affiliations.add(new Agent.Affiliation(affiliation, DataCiteAgents.rorOf(affiliation, null)));
    }
    Agent.Kind kind = ids.stream().anyMatch(i -> i.scheme() == Identifier.Scheme.ORCID) ? Agent.Kind.PERSON
        : ids.stream().anyMatch(i -> i.scheme() == Identifier.Scheme.ROR) ? Agent.Kind.ORGANIZATION
        : Agent.Kind.UNKNOWN;
    return new Agent(name, kind, null, null, ids, affiliations, role);
  }

  /** Dataverse writes contributor types as words ("Data Collector"), DataCite as one ("DataCollector"). */
  static String role(String type) {
    return type == null ? null : type.strip().replaceAll("\\s+", "");
  }

  private static void funding(DataverseFields f, DatasetBuilder b) {
    for (Compound g : f.compounds("grantNumber")) {
      String agency = g.get("grantNumberAgency");
      String award = g.get("grantNumberValue");
      if (agency != null || award != null) Payloads.addOnce(b.funding, new Funding(agency, null, award, null));
    }
    for (Compound c : f.compounds("contributor")) {
      String name = c.get("contributorName");
      if (!"Funder".equalsIgnoreCase(c.get("contributorType")) || name == null) continue;
      if (b.funding.stream().noneMatch(x -> name.equalsIgnoreCase(x.funderName()))) {
        b.funding.add(new Funding(name, null, null, null));
      }
    }
  }
}
