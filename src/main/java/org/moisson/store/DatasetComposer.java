package org.moisson.store;

import java.util.List;
import java.util.Map;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.record.DatasetMerge;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The public JSON of a dataset: its sources' descriptions merged by priority, then the curators' corrections. */
final class DatasetComposer {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DatasetComposer() {}

  /**
   * @param bestFirst the mapped JSON of each live record, best source first
   * @param curated field name → corrected JSON value
   */
  static String compose(List<String> bestFirst, Map<String, String> curated) {
    String merged = bestFirst.size() == 1 ? bestFirst.get(0)
        : DatasetJson.write(DatasetMerge.merge(bestFirst.stream().map(DatasetJson::read).toList()));
    if (curated == null || curated.isEmpty()) return merged;
    return apply(merged, curated);
  }

  /** Replaces fields of a dataset's JSON; the result must still read as a dataset. */
  static String apply(String datasetJson, Map<String, String> fields) {
    ObjectNode node = (ObjectNode) JSON.readTree(datasetJson);
    fields.forEach((field, value) -> {
      JsonNode v = JSON.readTree(value);
      if (v.isNull()) node.remove(field);
      else node.set(field, v);
    });
    Dataset d = DatasetJson.read(node.toString());
    return DatasetJson.write(d);
  }
}
