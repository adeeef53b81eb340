package org.moisson.bench;

import java.util.SplittableRandom;

/** Creators, contributors and rights of a synthetic record, with the identifiers real ones carry. */
final class CorpusAgents {
  private static final int[] CREATOR_COUNT_WEIGHTS = {30, 25, 18, 12, 8, 7};
  private static final String ROR_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  /** id, URI, label of a licence statement as sources write them; some give only a URI or a label. */
  private static final String[][] LICENCES = {
      {"CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/legalcode", "Creative Commons Attribution 4.0 International"},
      {null, "https://www.etalab.gouv.fr/licence-ouverte-open-licence/", "Licence Ouverte / Open Licence version 2.0"},
      {"CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/legalcode", "Creative Commons Zero v1.0 Universal"},
      {"CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/legalcode", "Creative Commons Attribution Share Alike 4.0 International"},
      {"CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/legalcode", "Creative Commons Attribution Non Commercial 4.0 International"},
      {null, "https://opendatacommons.org/licenses/odbl/1-0/", "Open Data Commons Open Database License v1.0"},
      {null, "https://creativecommons.org/licenses/by/4.0/", null},
      {null, null, "etalab-2.0"}};
  private static final int[] LICENCE_WEIGHTS = {40, 16, 12, 6, 5, 4, 6, 3};

  private CorpusAgents() {}

  static void creators(XmlText x, SplittableRandom r, CorpusWords words) {
    x.open("creators");
    int n = 1 + index(r, CREATOR_COUNT_WEIGHTS);
    for (int k = 0; k < n; k++) {
      x.open("creator");
      agent(x, r, words, "creator");
      x.close("creator");
    }
    x.close("creators");
  }

  static void contributors(XmlText x, SplittableRandom r, CorpusWords words) {
    x.open("contributors");
    for (int k = 0, n = 1 + r.nextInt(2); k < n; k++) {
      x.open("contributor", "contributorType", r.nextBoolean() ? "ContactPerson" : "DataCollector");
      agent(x, r, words, "contributor");
      x.close("contributor");
    }
    x.close("contributors");
  }

  /** A person most of the time (~45% with an ORCID, ~70% with an affiliation), else an organisation. */
  private static void agent(XmlText x, SplittableRandom r, CorpusWords words, String prefix) {
    if (r.nextInt(100) < 12) {
      int org = r.nextInt(words.publishers.size());
      x.element(prefix + "Name", words.publishers.get(org), "nameType", "Organizational");
      x.element("nameIdentifier", "https://ror.org/" + ror(org), "nameIdentifierScheme", "ROR",
          "schemeURI", "https://ror.org");
      return;
    }
    String given = words.givenNames.get(r.nextInt(words.givenNames.size()));
    String family = words.familyNames.get(r.nextInt(words.familyNames.size()));
    x.element(prefix + "Name", family + ", " + given, "nameType", "Personal");
    x.element("givenName", given);
    x.element("familyName", family);
    if (r.nextInt(100) < 45) {
      x.element("nameIdentifier", "https://orcid.org/" + orcid(r), "nameIdentifierScheme", "ORCID",
          "schemeURI", "https://orcid.org");
    }
    if (r.nextInt(100) < 70) {
      int org = r.nextInt(words.publishers.size());
      boolean withRor = r.nextBoolean();
      x.element("affiliation", words.publishers.get(org), "affiliationIdentifier", withRor ? "https://ror.org/" + ror(org) : null,
          "affiliationIdentifierScheme", withRor ? "ROR" : null, "schemeURI", withRor ? "https://ror.org" : null);
    }
  }

  /** ~92% carry a licence; ~40% also an access-rights statement, which is no licence. */
  static void rights(XmlText x, SplittableRandom r) {
    x.open("rightsList");
    if (r.nextInt(100) < 92) {
      String[] l = LICENCES[index(r, LICENCE_WEIGHTS)];
      x.element("rights", l[2] == null ? "" : l[2], "xml:lang", "en", "rightsURI", l[1], "rightsIdentifier", l[0],
          "rightsIdentifierScheme", l[0] == null ? null : "SPDX", "schemeURI", l[0] == null ? null : "https://spdx.org/licenses/");
    }
    if (r.nextInt(100) < 40) x.element("rights", "Open Access", "rightsURI", "info:eu-repo/semantics/openAccess");
    x.close("rightsList");
  }

  /** A well-formed ORCID iD, check digit (ISO 7064 11,2) included. */
  static String orcid(SplittableRandom r) {
    StringBuilder digits = new StringBuilder("0000000");
    for (int k = 0; k < 8; k++) digits.append(r.nextInt(10));
    int total = 0;
    for (int k = 0; k < 15; k++) total = (total + (digits.charAt(k) - '0')) * 2;
    int check = (12 - total % 11) % 11;
    digits.append(check == 10 ? "X" : Integer.toString(check));
    return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-" + digits.substring(12);
  }

  /** A ROR-shaped id for an institution: "0", six base-32 characters, two digits. */
  static String ror(int institution) {
    SplittableRandom r = new SplittableRandom(institution * 31L + 7);
    StringBuilder id = new StringBuilder("0");
    for (int k = 0; k < 6; k++) id.append(ROR_ALPHABET.charAt(r.nextInt(ROR_ALPHABET.length())));
    return id.append(String.format("%02d", r.nextInt(100))).toString();
  }

  private static int index(SplittableRandom r, int[] weights) {
    int total = 0;
    for (int w : weights) total += w;
    int n = r.nextInt(total);
    for (int k = 0; k < weights.length; k++) {
      n -= weights[k];
      if (n < 0) return k;
    }
    return weights.length - 1;
  }
}
