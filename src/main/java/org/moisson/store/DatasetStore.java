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
   *
   * <p>Most datasets have one record and no correction: their JSON is that record's, copied in
   * SQL, so it is neither read back nor sent again. The others are merged here.
   */
  public void recompose(Collection<String> ids) {
    if (ids.isEmpty()) return;
    // Once each: the upserts below are multi-row statements, which may not update a row twice.
    Set<String> datasetIds = new LinkedHashSet<>(ids);
    Map<String, Integer> holderCounts = new java.util.HashMap<>();
    jdbc.query("select dataset_id, count(*) from record where dataset_id = any(?) and not deleted and mapped is not null "
        + "group by dataset_id", rs -> {
          holderCounts.put(rs.getString(1), rs.getInt(2));
        }, (Object) RecordStore.textArray(datasetIds));
    Map<String, Map<String, String>> curated = curations(datasetIds);
    List<String> single = new ArrayList<>();
    Set<String> merged = new LinkedHashSet<>();
    List<String> gone = new ArrayList<>();
    for (String id : datasetIds) {
      Integer n = holderCounts.get(id);
      if (n == null) gone.add(id);
      else if (n == 1 && !curated.containsKey(id)) single.add(id);
      else merged.add(id);
    }
    jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, SEQ_LOCK);
    if (!single.isEmpty()) {
      // The guard keeps a dataset another record joined since the count for the merge below.
      Set<String> copied = new java.util.HashSet<>(jdbc.queryForList("""
          insert into dataset(id, json, source_ids, deleted, seq)
          select r.dataset_id, r.mapped, array[r.source_id], false, nextval('dataset_seq') from record r
          where r.dataset_id = any(?) and not r.deleted and r.mapped is not null
            and not exists (select 1 from record o where o.dataset_id = r.dataset_id and o.id <> r.id
                            and not o.deleted and o.mapped is not null)
          on conflict (id) do update set json = excluded.json, source_ids = excluded.source_ids,
            deleted = false, seq = excluded.seq, updated_at = now()
          returning id""", String.class, (Object) RecordStore.textArray(single)));
      single.stream().filter(id -> !copied.contains(id)).forEach(merged::add);
    }
    merge(merged, curated);
    if (!gone.isEmpty()) {
      jdbc.update("update dataset set json = null, source_ids = '{}', deleted = true, seq = nextval('dataset_seq'), "
          + "updated_at = now() where id = any(?) and not deleted", (Object) RecordStore.textArray(gone));
    }
  }

  /** Datasets several records hold, or corrected ones: their records' JSON merged by priority, then the corrections. */
  private void merge(Set<String> datasetIds, Map<String, Map<String, String>> curated) {
    if (datasetIds.isEmpty()) return;
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
        gone.add(id); // its last record went since the count
      } else {
        Long[] sources = h.stream().map(o -> (Long) o[1]).distinct().toArray(Long[]::new);
        String json = DatasetComposer.compose(h.stream().map(o -> (String) o[0]).toList(), curated.get(id));
        live.add(new Object[] {id, json, sources});
      }
    }
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

  private Map<String, Map<String, String>> curations(Collection<String> datasetIds) {
    Map<String, Map<String, String>> out = new java.util.HashMap<>();
    jdbc.query("select dataset_id, field, value::text from curation where dataset_id = any(?)", rs -> {
      out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
    }, (Object) RecordStore.textArray(datasetIds));
    return out;
  }

  /** The datasets already known by any of these identifier keys. */
  public Map<String, String> byKeys(Collection<String> keys) {
    Map<String, String> out = new java.util.HashMap<>();
    if (keys.isEmpty()) return out;
    jdbc.query("select key, dataset_id from identifier_key where key = any(?)", rs -> {
      out.put(rs.getString(1), rs.getString(2));
    }, (Object) RecordStore.textArray(keys));
    return out;
  }

  /** Remembers identifier keys of datasets; a key already taken keeps its first dataset. */
  public void addKeys(Map<String, String> keyToDataset) {
    if (keyToDataset.isEmpty()) return;
    jdbc.batchUpdate("insert into identifier_key(key, dataset_id) values (?, ?) on conflict (key) do nothing",
        new ArrayList<>(keyToDataset.entrySet()), 1000, (ps, e) -> {
          ps.setString(1, e.getKey());
          ps.setString(2, e.getValue());
        });
  }

  /** A curator's corrections of a dataset, field by field (JSON values). */
  public Map<String, String> curation(String datasetId) {
    Map<String, String> out = new LinkedHashMap<>();
    jdbc.query("select field, value::text from curation where dataset_id = ? order by field", rs -> {
      out.put(rs.getString(1), rs.getString(2));
    }, datasetId);
    return out;
  }

  /** Stores corrections after checking the dataset still reads with them; call recompose after, in the same transaction. */
  public void curate(String datasetId, Map<String, String> fields) {
    Row row = find(datasetId).filter(r -> r.json() != null)
        .orElseThrow(() -> new IllegalArgumentException("no dataset " + datasetId + " to correct"));
    Map<String, String> all = new LinkedHashMap<>(curation(datasetId));
    all.putAll(fields);
    try {
      DatasetComposer.apply(row.json(), all);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the correction does not fit the dataset model: " + e.getMessage());
    }
    fields.forEach((field, value) -> jdbc.update("insert into curation(dataset_id, field, value) values (?, ?, ?::jsonb) "
        + "on conflict (dataset_id, field) do update set value = excluded.value, at = now()", datasetId, field, value));
  }

  public boolean uncurate(String datasetId, String field) {
    return jdbc.update("delete from curation where dataset_id = ? and field = ?", datasetId, field) > 0;
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

  /** Changes a feeder at this watermark still has to apply (for progress reports). */
  public long countChangesAfter(long seq) {
    Long n = jdbc.queryForObject("select count(*) from dataset where seq > ?", Long.class, seq);
    return n == null ? 0 : n;
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
