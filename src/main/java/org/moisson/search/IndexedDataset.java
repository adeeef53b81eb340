package org.moisson.search;

import java.util.List;
import org.moisson.record.Dataset;

/** What the index holds for one dataset: its id, the dataset, and the names of the sources holding it. */
public record IndexedDataset(String id, Dataset dataset, List<String> sources) {
  public IndexedDataset {
    sources = List.copyOf(sources);
  }
}
