package org.moisson.bench;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every live dataset's id and JSON, read by pages in id order: the driver would hold a whole
 * result set in memory, and at 1M datasets that is more than the benchmark's 2 GB heap.
 */
final class LiveDatasets {
  private static final int PAGE = 5_000;

  private LiveDatasets() {}

  /** One live dataset as the index is fed it. */
  @FunctionalInterface
  interface Visitor {
    void accept(String id, String json, List<Long> sourceIds);
  }

  static long forEach(JdbcTemplate jdbc, Visitor visitor) {
    long n = 0;
    String after = "";
    while (true) {
      List<String> ids = jdbc.query("select id, json::text, source_ids from dataset where not deleted and json is not null"
          + " and id > ? order by id limit " + PAGE, (rs, i) -> {
            visitor.accept(rs.getString(1), rs.getString(2), List.of((Long[]) rs.getArray(3).getArray()));
            return rs.getString(1);
          }, after);
      n += ids.size();
      if (ids.size() < PAGE) return n;
      after = ids.get(ids.size() - 1);
    }
  }
}
