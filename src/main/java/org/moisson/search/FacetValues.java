package org.moisson.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moisson.record.Dataset;
import org.moisson.record.Keyword;

/** The values a dataset shows under each facet, in the port so both backends count the same ones. */
final class FacetValues {
  /** Longer values are prose, not something a person picks in a list; indexes also cap term size. */
  static final int MAX_VALUE_LENGTH = 256;

  private FacetValues() {}

  static List<String> of(Facet facet, IndexedDataset d) {
    Dataset ds = d.dataset();
    Set<String> values = new LinkedHashSet<>();
    switch (facet) {
      case KEYWORD -> ds.keywords().stream().map(Keyword::label).forEach(values::add);
      case TYPE -> values.add(ds.resourceType() == null ? null : ds.resourceType().general());
      case SOURCE -> values.addAll(d.sources());
      case PUBLISHER -> values.add(ds.publisher() == null ? null : ds.publisher().name());
      case LICENCE -> values.add(ds.licence() == null ? null : ds.licence().name());
      case YEAR -> values.add(ds.year() == null ? null : String.valueOf(ds.year()));
      case CONCEPT -> values.addAll(d.concepts());
    }
    return values.stream().filter(FacetValues::usable).map(String::strip).distinct().toList();
  }

  private static boolean usable(String v) {
    return v != null && !v.isBlank() && v.strip().length() <= MAX_VALUE_LENGTH;
  }
}
