package org.moisson.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.record.Licence;

/**
 * Licences as sources write them (an SPDX id, a Creative Commons or other URL, a label) folded to
 * SPDX ids, so "https://creativecommons.org/licenses/by/4.0/" and "CC BY 4.0" count as one licence
 * in the facet. Access-rights statements (info:eu-repo, COAR) are told apart, they are no licence.
 */
final class Licences {
  private static final Map<String, String> KNOWN = known();
  private static final Pattern CC_URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?creativecommons\\.org/licenses/([a-z-]+)/(\\d\\.\\d)"
          + "(?:/([a-z]{2,3}))?/?(?:(?:legalcode|deed)(?:\\.[a-z_-]+)?/?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CC0_URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?creativecommons\\.org/publicdomain/zero/1\\.0(?:/.*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ODC_URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?opendatacommons\\.org/licenses/(odbl|by|pddl)(?:/.*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern OGL_URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?nationalarchives\\.gov\\.uk/doc/open-government-licence/version/([123])/?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ETALAB_URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?etalab\\.gouv\\.fr/(?:licence-ouverte-open-licence/?"
          + "|wp-content/uploads/\\d{4}/\\d{2}/etalab-licence-ouverte-v2\\.0\\.pdf)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LISTED_URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?(?:spdx\\.org/licenses|opensource\\.org/licenses?)/([A-Za-z0-9.+-]+?)"
          + "(?:\\.html|\\.json|\\.php)?/?", Pattern.CASE_INSENSITIVE);
  private static final Pattern APACHE_URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?apache\\.org/licenses/LICENSE-2\\.0(?:\\.txt|\\.html)?/?", Pattern.CASE_INSENSITIVE);
  /** The EU licence vocabulary, e.g. publications.europa.eu/resource/authority/licence/CC_BYNCSA_4_0. */
  private static final Pattern EU_URL = Pattern.compile(
      "https?://publications\\.europa\\.eu/resource/authority/licence/([A-Z0-9_]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern EU_CC = Pattern.compile("CC_BY(NC)?(SA|ND)?_(\\d)_(\\d)");
  private static final Map<String, String> EU_OTHERS = Map.of(
      "CC0", "CC0-1.0", "ODC_BY", "ODC-By-1.0", "ODC_BL", "ODbL-1.0", "ODC_PDDL", "PDDL-1.0",
      "OGL_3_0", "OGL-UK-3.0", "GNU_FDL_1_3", "GFDL-1.3-only", "EUPL_1_1", "EUPL-1.1", "EUPL_1_2", "EUPL-1.2");
  private static final Pattern SPDX_SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");
  private static final Pattern CC_LABEL = Pattern.compile("cc (by(?: (?:nc|nd|sa))*) (\\d\\.\\d)");
  private static final Pattern CC0_LABEL = Pattern.compile("(?:cc )?cc ?(?:0|zero)(?: v?1\\.0)?(?: universal)?");
  private static final Pattern ETALAB_LABEL = Pattern.compile(
      ".*(?:licence ouverte|open licen[cs]e).*(?:\\bv|\\bversion |\\s)2\\.0\\b.*|etalab[ -]?(?:v?2\\.0)?");
  private static final Pattern ACCESS = Pattern.compile(
      "info:eu-repo/semantics/(?:open|embargoed|restricted|closed)Access"
          + "|https?://purl\\.org/coar/access_right/c_[0-9a-f]{4}"
          + "|https?://publications\\.europa\\.eu/resource/authority/access-right/[A-Z_]+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCESS_LABEL = Pattern.compile(
      "(?:open|embargoed|restricted|closed|public|non[- ]public) access", Pattern.CASE_INSENSITIVE);

  private Licences() {}

  /** One rights statement as a source wrote it; any part may be null. */
  record Rights(String id, String idScheme, String uri, String label) {}

  /**
   * The best licence among the statements: one with an SPDX id first, else one with a URI, else the
   * first label; access-rights statements are skipped. Null when none is a licence.
   */
  static Licence pick(List<Rights> statements) {
    Licence withUri = null;
    Licence labelOnly = null;
    for (Rights r : statements) {
      if (accessRights(r) != null) continue;
      String spdx = spdx(r);
      if (spdx != null) return new Licence(spdx, r.uri(), r.label());
      if (r.uri() != null && withUri == null) withUri = new Licence(null, r.uri(), r.label());
      if (r.label() != null && labelOnly == null) labelOnly = new Licence(null, null, r.label());
    }
    return withUri != null ? withUri : labelOnly;
  }

  /**
   * The SPDX id of one statement. When the declared id and the URI disagree (the DataCite dataset
   * example declares CC-BY-4.0 for a by-nc URI and label), the URI wins unless the label sides with
   * the id: the URI is usually copied from the licence itself, the id typed by hand.
   */
  static String spdx(Rights r) {
    String fromId = spdx(r.id(), r.idScheme());
    String fromUri = spdx(r.uri());
    String fromLabel = spdx(r.label());
    if (fromId != null && fromUri != null && !fromId.equals(fromUri)) {
      return fromId.equals(fromLabel) ? fromId : fromUri;
    }
    return fromId != null ? fromId : fromUri != null ? fromUri : fromLabel;
  }

  /** The first access-rights URI (or label) among the statements, as written; null when none. */
  static String accessRights(List<Rights> statements) {
    return statements.stream().map(Licences::accessRights).filter(a -> a != null).findFirst().orElse(null);
  }

  private static String accessRights(Rights r) {
    if (r.uri() != null && ACCESS.matcher(r.uri()).matches()) return r.uri();
    if (r.uri() == null && r.id() == null && r.label() != null) {
      if (ACCESS.matcher(r.label()).matches() || ACCESS_LABEL.matcher(r.label()).matches()) return r.label();
    }
    return null;
  }

  /** A declared identifier: trusted when its scheme is SPDX, recognised otherwise. */
  static String spdx(String id, String scheme) {
    if (id == null || id.isBlank()) return null;
    String known = spdx(id);
    if (known != null) return known;
    boolean declaredSpdx = scheme != null && scheme.strip().equalsIgnoreCase("SPDX");
    return declaredSpdx && SPDX_SYNTAX.matcher(id.strip()).matches() ? id.strip() : null;
  }

  /** The short (SPDX) id of a licence IRI or text; null when it is not one Moisson knows. */
  static String shortId(String iriOrText) {
    return spdx(iriOrText);
  }

  /** The SPDX id an id, URL or label stands for; null when it is not recognised. */
  static String spdx(String text) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    String id = KNOWN.get(t.toLowerCase(Locale.ROOT).replace(' ', '-'));
    if (id != null) return id;
    id = fromUrl(t);
    return id != null ? id : fromLabel(t);
  }

  private static String fromUrl(String t) {
    Matcher m = CC_URL.matcher(t);
    if (m.matches()) {
      String type = m.group(1).toLowerCase(Locale.ROOT).replace("by-nd-nc", "by-nc-nd");
      String ported = m.group(3) == null ? "" : "-" + m.group(3);
      String base = "cc-" + type + "-" + m.group(2);
      // A port SPDX does not list (/3.0/fr/) counts as its international licence: same terms for the facet.
      String id = KNOWN.get(base + ported.toLowerCase(Locale.ROOT));
      return id != null ? id : KNOWN.get(base);
    }
    m = EU_URL.matcher(t);
    if (m.matches()) {
      Matcher cc = EU_CC.matcher(m.group(1).toUpperCase(Locale.ROOT));
      if (cc.matches()) {
        return KNOWN.get(("cc-by" + (cc.group(1) == null ? "" : "-nc") + (cc.group(2) == null ? "" : "-" + cc.group(2))
            + "-" + cc.group(3) + "." + cc.group(4)).toLowerCase(Locale.ROOT));
      }
      return EU_OTHERS.get(m.group(1).toUpperCase(Locale.ROOT));
    }
    if (CC0_URL.matcher(t).matches()) return "CC0-1.0";
    m = ODC_URL.matcher(t);
    if (m.matches()) {
      return switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "odbl" -> "ODbL-1.0";
        case "by" -> "ODC-By-1.0";
        default -> "PDDL-1.0";
      };
    }
    m = OGL_URL.matcher(t);
    if (m.matches()) return "OGL-UK-" + m.group(1) + ".0";
    if (ETALAB_URL.matcher(t).matches()) return "etalab-2.0";
    if (APACHE_URL.matcher(t).matches()) return "Apache-2.0";
    m = LISTED_URL.matcher(t);
    if (m.matches()) return KNOWN.get(m.group(1).toLowerCase(Locale.ROOT));
    return null;
  }

  // The label rewrites of fromLabel, compiled once: String.replaceAll compiles its pattern at each call.
  private static final Pattern LABEL_PARENS = Pattern.compile("\\([^)]*\\)");
  private static final Pattern LABEL_BY = Pattern.compile("\\battribution\\b");
  private static final Pattern LABEL_NC = Pattern.compile("\\bnon[- ]?commercial\\b");
  private static final Pattern LABEL_ND = Pattern.compile("\\bno[- ]?deriv(?:ative)?s?\\b");
  private static final Pattern LABEL_SA = Pattern.compile("\\bshare[- ]?alike\\b");
  private static final Pattern LABEL_WORDS =
      Pattern.compile("\\b(?:licen[cs]e|international|unported|generic|public domain dedication)\\b");
  private static final Pattern LABEL_NOISE = Pattern.compile("[\\s_,.:;-]+(?=\\D|$)|(?<=\\D)[\\s_,:;-]+");

  /** Labels only when they say nothing else, so "CC BY 4.0 except figures" stays unrecognised. */
  private static String fromLabel(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    if (ETALAB_LABEL.matcher(lower).matches()) return "etalab-2.0";
    String l = LABEL_NOISE.matcher(LABEL_WORDS.matcher(LABEL_SA.matcher(LABEL_ND.matcher(LABEL_NC.matcher(
        LABEL_BY.matcher(LABEL_PARENS.matcher(lower).replaceAll(" ").replace("creative commons", "cc"))
            .replaceAll("by")).replaceAll("nc")).replaceAll("nd")).replaceAll("sa")).replaceAll(" ")).replaceAll(" ")
        .strip();
    Matcher m = CC_LABEL.matcher(l);
    if (m.matches()) return KNOWN.get("cc-" + m.group(1).replace(' ', '-') + "-" + m.group(2));
    if (CC0_LABEL.matcher(l).matches()) return "CC0-1.0";
    if (l.equals("odbl") || l.equals("open database")) return "ODbL-1.0";
    return null;
  }

  private static Map<String, String> known() {
    Map<String, String> m = new HashMap<>();
    for (String type : List.of("BY", "BY-SA", "BY-NC", "BY-ND", "BY-NC-SA", "BY-NC-ND")) {
      for (String v : List.of("1.0", "2.0", "2.5", "3.0", "4.0")) put(m, "CC-" + type + "-" + v);
    }
    // The ported Creative Commons licences SPDX lists; other ported ones have no SPDX id.
    for (String id : List.of("CC-BY-2.5-AU", "CC-BY-3.0-AT", "CC-BY-3.0-AU", "CC-BY-3.0-DE",
        "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP",
        "CC-BY-SA-3.0-AT", "CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-IGO", "CC-BY-NC-3.0-DE",
        "CC-BY-NC-ND-3.0-DE", "CC-BY-NC-ND-3.0-IGO", "CC-BY-NC-SA-2.0-DE", "CC-BY-NC-SA-2.0-FR",
        "CC-BY-NC-SA-2.0-UK", "CC-BY-NC-SA-3.0-DE", "CC-BY-NC-SA-3.0-IGO", "CC-BY-ND-3.0-DE")) {
      put(m, id);
    }
    for (String id : List.of("CC0-1.0", "PDDL-1.0", "ODbL-1.0", "ODC-By-1.0", "etalab-2.0",
        "OGL-UK-1.0", "OGL-UK-2.0", "OGL-UK-3.0", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "NLOD-2.0",
        "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "GPL-2.0-only", "GPL-2.0-or-later",
        "GPL-3.0-only", "GPL-3.0-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "AGPL-3.0-only",
        "MPL-2.0", "EUPL-1.1", "EUPL-1.2", "GFDL-1.3-only", "CECILL-2.1", "CECILL-B", "CECILL-C", "Unlicense")) {
      put(m, id);
    }
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String id) {
    m.put(id.toLowerCase(Locale.ROOT), id);
  }
}
