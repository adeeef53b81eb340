package org.moisson.store;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The public datasets. A dataset is composed from the records of every source that holds it: the
 * record of the source with the best (lowest) priority gives the description, all give provenance.
 */
@Repository
public class DatasetStore {
  /** Serialises sequence numbers in commit order; see V1__catalogue.sql. */
  private static final long SEQ_LOCK = 0x6d6f6973L;

  private final JdbcTemplate jdbc;

  DatasetStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A dataset row: json is null for a tombstone. */
  public record Row(String id, String json, List<Long> sourceIds, boolean deleted, long seq) {}

  /**
   * Recomposes the given datasets from their live records, in the caller's transaction: a dataset no
   * record holds any more becomes a tombstone. Takes the sequence lock until commit.
   */
  public void recompose(Collection<String> ids) {
    if (ids.isEmpty()) return;
    // Once each: the upsert below is one multi-row statement, which may not update a row twice.
    Set<String> datasetIds = new LinkedHashSet<>(ids);
    Map<String, List<Object[]>> holders = new LinkedHashMap<>();
    jdbc.query("""
        select r.dataset_id, r.mapped::text, r.source_id from record r join source s on s.id = r.source_id
        where r.dataset_id = any(?) and not r.deleted and r.mapped is not null
        order by r.dataset_id, s.priority, r.harvested_at desc, r.source_id""", rs -> {
          holders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Object[] {rs.getString(2), rs.getLong(3)});
        }, (Object) RecordStore.textArray(datasetIds));
    List<Object[]> live = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    for (String id : datasetIds) {
      List<Object[]> h = holders.get(id);
      if (h == null) {
        gone.add(id);
      } else {
        Long[] sources = h.stream().map(o -> (Long) o[1]).distinct().toArray(Long[]::new);
        live.add(new Object[] {id, h.get(0)[0], sources});
      }
    }
    jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, SEQ_LOCK);
    jdbc.batchUpdate("""
        insert into dataset(id, json, source_ids, deleted, seq) values (?, ?::jsonb, ?, false, nextval('dataset_seq'))
        on conflict (id) do update set json = excluded.json, source_ids = excluded.source_ids,
          deleted = false, seq = excluded.seq, updated_at = now()""", live, 1000, (ps, row) -> {
          ps.setString(1, (String) row[0]);
          ps.setString(2, (String) row[1]);
          ps.setArray(3, ps.getConnection().createArrayOf("bigint", (Long[]) row[2]));
        });
    if (!gone.isEmpty()) {
      jdbc.update("update dataset set json = null, source_ids = '{}', deleted = true, seq = nextval('dataset_seq'), "
          + "updated_at = now() where id = any(?) and not deleted", (Object) RecordStore.textArray(gone));
    }
  }

  public Optional<Row> find(String id) {
    return jdbc.query("select id, json::text, source_ids, deleted, seq from dataset where id = ?",
        (rs, i) -> row(rs), id).stream().findFirst();
  }

  /** Changes after a watermark, oldest first. */
  public List<Row> changesAfter(long seq, int limit) {
    return jdbc.query("select id, json::text, source_ids, deleted, seq from dataset where seq > ? order by seq limit ?",
        (rs, i) -> row(rs), seq, limit);
  }

  public long liveCount() {
    Long n = jdbc.queryForObject("select count(*) from dataset where not deleted", Long.class);
    return n == null ? 0 : n;
  }

  public long maxSeq() {
    Long n = jdbc.queryForObject("select coalesce(max(seq), 0) from dataset", Long.class);
    return n == null ? 0 : n;
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    Array a = rs.getArray(3);
    List<Long> sources = new ArrayList<>();
    if (a != null) for (Object o : (Object[]) a.getArray()) sources.add(((Number) o).longValue());
    return new Row(rs.getString(1), rs.getString(2), sources, rs.getBoolean(4), rs.getLong(5));
  }
}
