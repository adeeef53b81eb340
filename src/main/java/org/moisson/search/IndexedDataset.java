package org.moisson.search;

import java.util.List;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;

/**
 * What the index holds for one dataset: its id, the dataset, the names of the sources holding it,
 * and the URIs of the thesaurus concepts it is classified under ({@link Facet#CONCEPT}).
 *
 * <p>{@code concepts} is closed upwards by the caller: it holds every concept the dataset matched
 * and every ancestor of those (broader concepts, and the theme concepts they are mapped to), so a
 * backend counts and filters them as plain values and needs no knowledge of the hierarchy. It is
 * computed when the dataset is sent to the index (see {@code vocabulary.Classifier}), so a change of
 * thesaurus only needs an index rebuild.
 *
 * <p>{@code json} is the dataset as the database holds it, when the caller has read it there (the
 * index keeps it for results without writing it again); null, it is written from {@code dataset}.
 */
public record IndexedDataset(String id, Dataset dataset, List<String> sources, List<String> concepts, String json) {
  public IndexedDataset {
    sources = List.copyOf(sources);
    concepts = concepts == null ? List.of() : List.copyOf(concepts);
  }

  public IndexedDataset(String id, Dataset dataset, List<String> sources, List<String> concepts) {
    this(id, dataset, sources, concepts, null);
  }

  /** The JSON the index stores for results. */
  public String storedJson() {
    return json != null ? json : DatasetJson.write(dataset);
  }

  /** A dataset classified under no concept. */
  public IndexedDataset(String id, Dataset dataset, List<String> sources) {
    this(id, dataset, sources, List.of());
  }
}
