package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moisson.record.Agent;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/**
 * The parties responsible for the resource, by their ISO role: authors, originators and principal
 * investigators are its creators; the first publisher (else the first distributor) its publisher;
 * funders its funding; everyone else a contributor with the ISO role. Read from the citation, the
 * points of contact and the distributors; the metadata contact is about the record, not the data,
 * and is left out. ISO 19139 writes a CI_ResponsibleParty (a person's name and an organisation's),
 * ISO 19115-3 a CI_Responsibility whose party is a CI_Organisation (with its individuals) or a
 * CI_Individual.
 */
final class IsoParties {
  private static final Set<String> CREATORS = Set.of("author", "coauthor", "originator", "principalinvestigator");

  private IsoParties() {}

  /** One responsible person or organisation (or a person within an organisation) with its role. */
  record Party(String role, String person, List<Identifier> personIds, String organisation, List<Identifier> orgIds) {
    /** A person with their organisation as affiliation, else the organisation. */
    Agent agent(String agentRole) {
      if (person != null) {
        List<Agent.Affiliation> aff = organisation == null ? List.of()
            : List.of(new Agent.Affiliation(organisation, ror(orgIds)));
        return new Agent(person, Agent.Kind.PERSON, null, null, personIds, aff, agentRole);
      }
      return new Agent(organisation, Agent.Kind.ORGANIZATION, null, null, orgIds, List.of(), agentRole);
    }

    /** A publisher is an organisation when one is named. */
    Agent publisher() {
      return organisation != null
          ? new Agent(organisation, Agent.Kind.ORGANIZATION, null, null, orgIds, List.of(), null) : agent(null);
    }

    String roleKey() {
      return role == null ? "" : role.toLowerCase(Locale.ROOT);
    }
  }

  static void map(Element root, Element identification, Element citation, DatasetBuilder b) {
    List<Party> parties = new ArrayList<>();
    for (Element p : Dom.children(citation, "citedResponsibleParty")) parties.addAll(read(p));
    for (Element p : Dom.children(identification, "pointOfContact")) parties.addAll(read(p));
    for (Element d : IsoPaths.all(root, "distributionInfo", "MD_Distribution", "distributor", "MD_Distributor")) {
      for (Element p : Dom.children(d, "distributorContact")) parties.addAll(read(p));
    }
    Party publisher = first(parties, "publisher");
    if (publisher == null) publisher = first(parties, "distributor");
    if (publisher != null) b.publisher = publisher.publisher();
    for (Party p : parties) {
      String role = p.roleKey();
      if (CREATORS.contains(role)) {
        Payloads.addOnce(b.creators, p.agent(null));
      } else if (role.equals("funder")) {
        Agent f = p.publisher();
        String ror = ror(f.identifiers());
        Payloads.addOnce(b.funding, new Funding(f.name(), ror == null ? null : "https://ror.org/" + ror, null, null));
      } else if (p != publisher) {
        Payloads.addOnce(b.contributors, p.agent(p.role()));
      }
    }
  }

  private static Party first(List<Party> parties, String role) {
    return parties.stream().filter(p -> p.roleKey().equals(role)).findFirst().orElse(null);
  }

  /** The parties of a property: one per CI_ResponsibleParty, one per person or organisation of a CI_Responsibility. */
  static List<Party> read(Element property) {
    List<Party> out = new ArrayList<>();
    for (Element rp : Dom.children(property, "CI_ResponsibleParty")) {
      String role = IsoText.code(Dom.child(rp, "role"));
      Element person = Dom.child(rp, "individualName");
      Element org = Dom.child(rp, "organisationName");
      add(out, new Party(role, IsoText.text(person), ids(person, null), IsoText.text(org), ids(org, null)));
    }
    for (Element r : Dom.children(property, "CI_Responsibility")) {
      String role = IsoText.code(Dom.child(r, "role"));
      for (Element party : Dom.children(r, "party")) {
        for (Element o : Dom.children(party, "CI_Organisation")) {
          String org = IsoText.text(o, "name");
          List<Identifier> orgIds = ids(Dom.child(o, "name"), o);
          List<Element> people = IsoPaths.all(o, "individual", "CI_Individual");
          if (people.isEmpty()) add(out, new Party(role, null, List.of(), org, orgIds));
          for (Element i : people) {
            add(out, new Party(role, IsoText.text(i, "name"), ids(Dom.child(i, "name"), i), org, orgIds));
          }
        }
        for (Element i : Dom.children(party, "CI_Individual")) {
          add(out, new Party(role, IsoText.text(i, "name"), ids(Dom.child(i, "name"), i), null, List.of()));
        }
      }
    }
    return out;
  }

  private static void add(List<Party> out, Party p) {
    if (p.person() != null || p.organisation() != null) out.add(p);
  }

  /** ORCID and ROR ids from a name's Anchor and from the party's partyIdentifier codes. */
  private static List<Identifier> ids(Element name, Element party) {
    List<Identifier> out = new ArrayList<>();
    Payloads.addOnce(out, personOrOrgId(IsoText.href(name), null));
    for (Element id : IsoPaths.all(party, "partyIdentifier", "MD_Identifier")) {
      Element code = Dom.child(id, "code");
      String scheme = IsoText.text(id, "codeSpace");
      Payloads.addOnce(out, personOrOrgId(IsoText.text(code), scheme));
      Payloads.addOnce(out, personOrOrgId(IsoText.href(code), scheme));
    }
    return out;
  }

  /** Only ORCID and ROR: other party URLs (a home page, an e-mail form) are no identifier. */
  private static Identifier personOrOrgId(String value, String scheme) {
    Identifier id = DataCiteAgents.nameIdentifier(value, scheme);
    return id != null && (id.scheme() == Identifier.Scheme.ORCID || id.scheme() == Identifier.Scheme.ROR) ? id : null;
  }

  private static String ror(List<Identifier> ids) {
    for (Identifier id : ids) if (id.scheme() == Identifier.Scheme.ROR) return id.value();
    return null;
  }
}
