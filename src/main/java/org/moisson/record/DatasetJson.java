package org.moisson.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON form of a {@link Dataset}: stored in the database, the index and golden files. */
public final class DatasetJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_EMPTY))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();
  private static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DatasetJson() {}

  public static String write(Dataset d) {
    return MAPPER.writeValueAsString(d);
  }

  /** Indented, for golden files a person reviews. */
  public static String pretty(Dataset d) {
    return PRETTY.writeValueAsString(d);
  }

  public static Dataset read(String json) {
    return MAPPER.readValue(json, Dataset.class);
  }
}
