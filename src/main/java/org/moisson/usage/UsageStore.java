package org.moisson.usage;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Daily view and click counts per dataset (table dataset_usage, V3). */
@Repository
class UsageStore {
  private final JdbcTemplate jdbc;

  UsageStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Row(String datasetId, LocalDate day, long views, long clicks) {}

  /** Adds counts; rows in key order so two nodes flushing at once never deadlock. */
  void add(List<Row> rows) {
    if (rows.isEmpty()) return;
    List<Row> sorted = rows.stream()
        .sorted(Comparator.comparing(Row::datasetId).thenComparing(Row::day)).toList();
    jdbc.batchUpdate("insert into dataset_usage(dataset_id, day, views, clicks) values (?,?,?,?) "
        + "on conflict (dataset_id, day) do update set views = dataset_usage.views + excluded.views, "
        + "clicks = dataset_usage.clicks + excluded.clicks", sorted, 1000, (ps, r) -> {
          ps.setString(1, r.datasetId());
          ps.setDate(2, Date.valueOf(r.day()));
          ps.setLong(3, r.views());
          ps.setLong(4, r.clicks());
        });
  }

  /** [views, clicks, views since, clicks since]. */
  long[] totals(String datasetId, LocalDate since) {
    return jdbc.queryForObject("select coalesce(sum(views), 0), coalesce(sum(clicks), 0), "
        + "coalesce(sum(views) filter (where day >= ?), 0), coalesce(sum(clicks) filter (where day >= ?), 0) "
        + "from dataset_usage where dataset_id = ?", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2),
        rs.getLong(3), rs.getLong(4)}, Date.valueOf(since), Date.valueOf(since), datasetId);
  }
}
