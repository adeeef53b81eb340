package org.moisson.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.record.Dataset;
import org.moisson.record.Keyword;
import org.moisson.record.Licence;

/** The values a dataset shows under each facet, in the port so both backends count the same ones. */
final class FacetValues {
  /** Longer values are prose, not something a person picks in a list; indexes also cap term size. */
  static final int MAX_VALUE_LENGTH = 256;
  private static final Pattern SPDX_LIKE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]{0,63}");
  private static final Pattern SPDX_URI = Pattern.compile(
      "^https?://spdx\\.org/licenses/([A-Za-z0-9.+-]+?)(?:\\.html|\\.json)?/?$");
  private static final Pattern CC_URI = Pattern.compile(
      "^https?://(?:www\\.)?creativecommons\\.org/(licenses/([a-z-]+)|publicdomain/(zero))/(\\d\\.\\d)(?:/.*)?$");

  private FacetValues() {}

  static List<String> of(Facet facet, IndexedDataset d) {
    Dataset ds = d.dataset();
    Set<String> values = new LinkedHashSet<>();
    switch (facet) {
      case KEYWORD -> ds.keywords().stream().map(Keyword::label).forEach(values::add);
      case TYPE -> values.add(ds.resourceType() == null ? null : ds.resourceType().general());
      case SOURCE -> values.addAll(d.sources());
      case PUBLISHER -> values.add(ds.publisher() == null ? null : ds.publisher().name());
      case LICENCE -> values.add(licence(ds.licence()));
      case YEAR -> values.add(ds.year() == null ? null : String.valueOf(ds.year()));
    }
    return values.stream().filter(FacetValues::usable).map(String::strip).distinct().toList();
  }

  /**
   * The licence as people pick it: a label that already is an SPDX-like id ("CC-BY-4.0"), else the
   * id an SPDX or Creative Commons URI names, else the label, else the URI.
   */
  static String licence(Licence l) {
    if (l == null) return null;
    String label = blankToNull(l.label());
    String uri = blankToNull(l.uri());
    if (label != null && SPDX_LIKE.matcher(label).matches()) return label;
    String fromUri = uri == null ? null : idFromUri(uri);
    if (fromUri != null) return fromUri;
    return label != null ? label : uri;
  }

  private static String idFromUri(String uri) {
    Matcher m = SPDX_URI.matcher(uri);
    if (m.matches()) return m.group(1);
    m = CC_URI.matcher(uri.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      return m.group(3) != null ? "CC0-" + m.group(4)
          : "CC-" + m.group(2).toUpperCase(Locale.ROOT) + "-" + m.group(4);
    }
    return null;
  }

  private static boolean usable(String v) {
    return v != null && !v.isBlank() && v.strip().length() <= MAX_VALUE_LENGTH;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
