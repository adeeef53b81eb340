package org.moisson.search;

import java.util.List;
import org.moisson.record.Dataset;

/**
 * What the index holds for one dataset: its id, the dataset, the names of the sources holding it,
 * and the URIs of the thesaurus concepts it is classified under ({@link Facet#CONCEPT}).
 *
 * <p>{@code concepts} is closed upwards by the caller: it holds every concept the dataset matched
 * and every ancestor of those (broader concepts, and the theme concepts they are mapped to), so a
 * backend counts and filters them as plain values and needs no knowledge of the hierarchy. It is
 * computed when the dataset is sent to the index (see {@code vocabulary.Classifier}), so a change of
 * thesaurus only needs an index rebuild.
 */
public record IndexedDataset(String id, Dataset dataset, List<String> sources, List<String> concepts) {
  public IndexedDataset {
    sources = List.copyOf(sources);
    concepts = concepts == null ? List.of() : List.copyOf(concepts);
  }

  /** A dataset classified under no concept. */
  public IndexedDataset(String id, Dataset dataset, List<String> sources) {
    this(id, dataset, sources, List.of());
  }
}
