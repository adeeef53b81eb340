package org.moisson.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the IRIs of well-known licences and gives their SPDX-style short id ("CC-BY-4.0"),
 * so the licence facet counts one value whether a source wrote the Creative Commons URL, the
 * EU licence vocabulary IRI or the SPDX page. Null for anything else: an unknown licence is shown
 * as the source wrote it rather than guessed.
 */
final class Licences {
  /** creativecommons.org/licenses/by-sa/4.0/ (and /legalcode, /deed.fr, a jurisdiction port). */
  private static final Pattern CC = Pattern.compile(
      "^https?://(?:www\\.)?creativecommons\\.org/licenses/(by(?:-nc)?(?:-sa|-nd)?)/(\\d\\.\\d)(?:/.*)?$");
  private static final Pattern CC_ZERO = Pattern.compile(
      "^https?://(?:www\\.)?creativecommons\\.org/publicdomain/zero/1\\.0(?:/.*)?$");
  /** publications.europa.eu/resource/authority/licence/CC_BYNCSA_4_0 */
  private static final Pattern EU_CC = Pattern.compile("^CC_BY(NC)?(SA|ND)?_(\\d)_(\\d)$");
  private static final String EU = "publications.europa.eu/resource/authority/licence/";
  private static final Pattern SPDX = Pattern.compile("^https?://spdx\\.org/licenses/([A-Za-z0-9.+-]+?)(?:\\.html|\\.json)?$");
  private static final Map<String, String> EU_OTHERS = Map.of(
      "CC0", "CC0-1.0", "ODC_BY", "ODC-By-1.0", "ODC_BL", "ODbL-1.0", "ODC_PDDL", "PDDL-1.0",
      "OGL_3_0", "OGL-UK-3.0", "GNU_FDL_1_3", "GFDL-1.3-only", "EUPL_1_1", "EUPL-1.1",
      "EUPL_1_2", "EUPL-1.2");
  private static final Map<String, String> OPEN_DATA_COMMONS = Map.of(
      "by", "ODC-By-1.0", "odbl", "ODbL-1.0", "pddl", "PDDL-1.0");
  private static final Pattern ODC = Pattern.compile(
      "^https?://(?:www\\.)?opendatacommons\\.org/licenses/(by|odbl|pddl)(?:/.*)?$");
  /** The French Licence Ouverte 2.0 under the addresses Etalab published it at. */
  private static final Pattern ETALAB_2 = Pattern.compile(
      "^https?://(?:www\\.)?etalab\\.gouv\\.fr/(?:licence-ouverte-open-licence/?|wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2\\.0\\.pdf)$");

  private Licences() {}

  /** The short id of a licence IRI, or null when it is not one Moisson knows. */
  static String shortId(String iri) {
    if (iri == null) return null;
    String u = iri.strip();
    Matcher m = CC.matcher(u);
    // A jurisdiction port (/3.0/fr/) counts as its international licence: same terms for the facet.
    if (m.matches()) return "CC-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2);
    if (CC_ZERO.matcher(u).matches()) return "CC0-1.0";
    int eu = u.indexOf(EU);
    if (eu >= 0 && (u.startsWith("http://") || u.startsWith("https://"))) return euLicence(u.substring(eu + EU.length()));
    m = ODC.matcher(u);
    if (m.matches()) return OPEN_DATA_COMMONS.get(m.group(1));
    if (ETALAB_2.matcher(u).matches()) return "etalab-2.0";
    m = SPDX.matcher(u);
    if (m.matches()) return m.group(1);
    return null;
  }

  private static String euLicence(String code) {
    Matcher m = EU_CC.matcher(code);
    if (m.matches()) {
      return "CC-BY" + (m.group(1) == null ? "" : "-NC") + (m.group(2) == null ? "" : "-" + m.group(2))
          + "-" + m.group(3) + "." + m.group(4);
    }
    return EU_OTHERS.get(code);
  }
}
