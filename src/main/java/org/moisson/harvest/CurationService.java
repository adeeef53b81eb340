package org.moisson.harvest;

import java.util.List;
import java.util.Map;
import org.moisson.store.DatasetStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Curators' corrections of datasets: stored apart from harvested records and applied on top of
 * them whenever a dataset is recomposed, so every later harvest keeps them.
 */
@Service
public class CurationService {
  /** Fields a curator may correct: every field of the dataset model. */
  public static final List<String> FIELDS = java.util.Arrays.stream(org.moisson.record.Dataset.class.getRecordComponents())
      .map(java.lang.reflect.RecordComponent::getName).toList();

  private final DatasetStore datasets;
  private final IndexFeeder feeder;
  private final TransactionTemplate tx;

  CurationService(DatasetStore datasets, IndexFeeder feeder, TransactionTemplate tx) {
    this.datasets = datasets;
    this.feeder = feeder;
    this.tx = tx;
  }

  public Map<String, String> corrections(String datasetId) {
    return datasets.curation(datasetId);
  }

  /**
   * @param fields field name → its corrected JSON value (null removes the field)
   * @throws IllegalArgumentException naming an unknown field, or a value the model cannot read
   */
  public void correct(String datasetId, Map<String, String> fields) {
    for (String f : fields.keySet()) {
      if (!FIELDS.contains(f)) throw new IllegalArgumentException("'" + f + "' is not a dataset field; fields: " + FIELDS);
    }
    tx.executeWithoutResult(s -> {
      datasets.curate(datasetId, fields);
      datasets.recompose(List.of(datasetId));
    });
    feeder.catchUp();
  }

  /** Drops a correction: the harvested value shows again. */
  public boolean revert(String datasetId, String field) {
    Boolean removed = tx.execute(s -> {
      boolean r = datasets.uncurate(datasetId, field);
      if (r) datasets.recompose(List.of(datasetId));
      return r;
    });
    feeder.catchUp();
    return Boolean.TRUE.equals(removed);
  }
}
