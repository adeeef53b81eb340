package org.moisson.record;

import java.util.List;

/**
 * A person or organisation: creator, contributor, publisher. identifiers holds ORCID or ROR ids
 * (normalised, e.g. ORCID "0000-0002-1825-0097"); role is the DataCite contributorType or ISO role.
 */
public record Agent(String name, Kind kind, String givenName, String familyName,
    List<Identifier> identifiers, List<Affiliation> affiliations, String role) {

  public enum Kind { PERSON, ORGANIZATION, UNKNOWN }

  public Agent {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("agent needs a name");
    name = name.strip();
    kind = kind == null ? Kind.UNKNOWN : kind;
    identifiers = Dataset.copy(identifiers);
    affiliations = Dataset.copy(affiliations);
  }

  public static Agent named(String name) {
    return name == null || name.isBlank() ? null
        : new Agent(name, Kind.UNKNOWN, null, null, List.of(), List.of(), null);
  }

  public static Agent organization(String name) {
    return name == null || name.isBlank() ? null
        : new Agent(name, Kind.ORGANIZATION, null, null, List.of(), List.of(), null);
  }

  public String orcid() {
    return identifiers.stream().filter(i -> i.scheme() == Identifier.Scheme.ORCID)
        .map(Identifier::value).findFirst().orElse(null);
  }

  /** An affiliation, with its ROR id when known. */
  public record Affiliation(String name, String ror) {}
}
