package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.record.Agent;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/** Creators, contributors and publisher of a DataCite resource, with ORCID and ROR ids normalised. */
final class DataCiteAgents {
  private static final Pattern ORCID = Pattern.compile(
      "(?:(?:https?://)?(?:www\\.)?orcid\\.org/|orcid:\\s*)*(\\d{4})-?(\\d{4})-?(\\d{4})-?(\\d{3}[\\dX])/?",
      Pattern.CASE_INSENSITIVE);
  // ROR ids: "0", six Crockford base32 characters (no i, l, o, u), a two-digit checksum.
  private static final Pattern ROR = Pattern.compile(
      "(?:(?:https?://)?(?:www\\.)?ror\\.org/)?(0[a-hj-km-np-tv-z0-9]{6}\\d{2})/?", Pattern.CASE_INSENSITIVE);

  private DataCiteAgents() {}

  /** Kernel 3 wrote funders as contributors of type Funder; {@link DataCiteFunding} maps those. */
  static void map(Element resource, DatasetBuilder b) {
    for (Element c : Payloads.items(resource, "creators", "creator")) {
      Payloads.addOnce(b.creators, agent(c, "creator", null));
    }
    for (Element c : Payloads.items(resource, "contributors", "contributor")) {
      String role = Dom.attr(c, "contributorType");
      if (!"Funder".equalsIgnoreCase(role)) Payloads.addOnce(b.contributors, agent(c, "contributor", role));
    }
    b.publisher = publisher(Dom.child(resource, "publisher"));
  }

  static Agent agent(Element e, String prefix, String role) {
    Element nameElement = Dom.child(e, prefix + "Name");
    List<Identifier> ids = new ArrayList<>();
    for (Element id : Dom.children(e, "nameIdentifier")) {
      Payloads.addOnce(ids,
          nameIdentifier(Dom.text(id), Dom.attr(id, "nameIdentifierScheme"), Dom.attr(id, "schemeURI")));
    }
    List<Agent.Affiliation> affiliations = new ArrayList<>();
    for (Element a : Dom.children(e, "affiliation")) {
      Payloads.addOnce(affiliations, affiliation(Dom.text(a), Dom.attr(a, "affiliationIdentifier"),
          Dom.attr(a, "affiliationIdentifierScheme")));
    }
    return agent(Dom.text(nameElement), Dom.attr(nameElement, "nameType"), Dom.text(e, "givenName"),
        Dom.text(e, "familyName"), ids, affiliations, role);
  }

  /**
   * A creator or contributor from its parts, however the record was written (XML or JSON): the name
   * as given, else "family, given"; null when there is no name at all.
   */
  static Agent agent(String name, String nameType, String given, String family, List<Identifier> ids,
      List<Agent.Affiliation> affiliations, String role) {
    if (name == null) name = family != null && given != null ? family + ", " + given : family != null ? family : given;
    if (name == null) return null;
    return new Agent(name, kind(nameType, given, family, ids), given, family, ids, affiliations, role);
  }

  /** An affiliation with its ROR id when the identifier is one; null without a name. */
  static Agent.Affiliation affiliation(String name, String identifier, String scheme) {
    return name == null ? null : new Agent.Affiliation(name, rorOf(identifier, scheme));
  }

  /**
   * nameType is optional (and absent before kernel 4.1): then a given name or an ORCID says person,
   * a ROR id says organisation.
   */
  private static Agent.Kind kind(String nameType, String given, String family, List<Identifier> ids) {
    if ("Personal".equalsIgnoreCase(nameType)) return Agent.Kind.PERSON;
    if ("Organizational".equalsIgnoreCase(nameType)) return Agent.Kind.ORGANIZATION;
    if (given != null || family != null || ids.stream().anyMatch(i -> i.scheme() == Identifier.Scheme.ORCID)) {
      return Agent.Kind.PERSON;
    }
    if (ids.stream().anyMatch(i -> i.scheme() == Identifier.Scheme.ROR)) return Agent.Kind.ORGANIZATION;
    return Agent.Kind.UNKNOWN;
  }

  /** Kernel 4.5 gives the publisher a ROR id; before that it is only a name. */
  private static Agent publisher(Element p) {
    return publisher(Dom.text(p), Dom.attr(p, "publisherIdentifier"), Dom.attr(p, "publisherIdentifierScheme"));
  }

  static Agent publisher(String name, String identifier, String scheme) {
    if (name == null) return null;
    List<Identifier> ids = new ArrayList<>();
    Payloads.addOnce(ids, nameIdentifier(identifier, scheme));
    return new Agent(name, Agent.Kind.ORGANIZATION, null, null, ids, List.of(), null);
  }

  /**
   * Like {@link #nameIdentifier(String, String)}, but a bare value of another scheme becomes a URL
   * under its scheme URI ("http://www.isni.org/" and "0000000121227317"), as DataCite's JSON writes it.
   */
  static Identifier nameIdentifier(String value, String scheme, String schemeUri) {
    Identifier id = nameIdentifier(value, scheme);
    if (id != null || value == null || value.contains("://") || schemeUri == null) return id;
    String s = scheme == null ? "" : scheme.strip();
    // An ORCID or ROR id that did not check out is wrong, not a local id to put under a URL.
    if (s.equalsIgnoreCase("ORCID") || s.equalsIgnoreCase("ROR")) return null;
    String base = schemeUri.strip();
    if (!base.startsWith("http://") && !base.startsWith("https://")) return null;
    String v = value.strip();
    Identifier joined = Identifier.parse(base.endsWith("/") || v.startsWith("/") ? base + v : base + "/" + v);
    return joined.scheme() == Identifier.Scheme.URL && !joined.value().contains(" ") ? joined : null;
  }

  /** ORCID and ROR ids normalised, other schemes kept only when written as a URL; null otherwise. */
  static Identifier nameIdentifier(String value, String scheme) {
    if (value == null || value.isBlank()) return null;
    String s = scheme == null ? "" : scheme.strip().toUpperCase(Locale.ROOT);
    String v = value.strip();
    if (s.equals("ORCID") || v.toLowerCase(Locale.ROOT).contains("orcid.org/")) {
      String orcid = orcid(v);
      return orcid == null ? null : new Identifier(Identifier.Scheme.ORCID, orcid);
    }
    String ror = rorOf(v, scheme);
    if (ror != null) return new Identifier(Identifier.Scheme.ROR, ror);
    Identifier parsed = Identifier.parse(v);
    return parsed.scheme() == Identifier.Scheme.URL ? parsed : null;
  }

  /**
   * "0000-0002-1825-0097" from a URL, a bare or an unhyphenated ORCID; null when the ISO 7064 check
   * digit fails, since a mistyped ORCID credits someone else.
   */
  static String orcid(String value) {
    if (value == null) return null;
    Matcher m = ORCID.matcher(value.strip());
    if (!m.matches()) return null;
    String digits = (m.group(1) + m.group(2) + m.group(3) + m.group(4)).toUpperCase(Locale.ROOT);
    int total = 0;
    for (int i = 0; i < 15; i++) total = (total + (digits.charAt(i) - '0')) * 2;
    int check = (12 - total % 11) % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    if (digits.charAt(15) != expected) return null;
    return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
        + digits.substring(12);
  }

  /** The bare ROR id ("04wxnsj81") when the scheme says ROR or the value is a ror.org URL. */
  static String rorOf(String value, String scheme) {
    if (value == null) return null;
    String v = value.strip();
    boolean declared = scheme != null && scheme.strip().equalsIgnoreCase("ROR");
    if (!declared && !v.toLowerCase(Locale.ROOT).contains("ror.org/")) return null;
    Matcher m = ROR.matcher(v);
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
