package org.moisson.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads of the public catalogue for the machine interfaces (DCAT catalogue, OAI-PMH, sitemap,
 * export): pages in a stable order, batches by id, and change listings with tombstones. Nothing
 * here writes.
 */
@Repository
public class CatalogueReads {
  private static final String COLUMNS = "d.id, d.json::text, d.deleted, d.seq, d.updated_at, d.source_ids, "
      + "t.source_ids, t.themes";

  private final JdbcTemplate jdbc;

  CatalogueReads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A dataset as the machine interfaces see it. For a tombstone json is null and sourceIds and
   * themes are those it had when it was deleted (empty if it was deleted before they were kept).
   */
  public record Entry(String id, String json, boolean deleted, long seq, Instant changed, List<Long> sourceIds,
      List<String> themes) {}

  /** What a change listing selects: any of the fields may be null (no condition). */
  public record ChangeFilter(Long sourceId, List<String> themes, Instant from, Instant untilExclusive) {}

  /** Live datasets in id order, for paging the whole catalogue without the search window. */
  public List<Entry> page(long offset, int limit) {
    return jdbc.query("select " + COLUMNS + " from dataset d left join dataset_tombstone t on false "
        + "where not d.deleted order by d.id offset ? limit ?", (rs, i) -> entry(rs), offset, limit);
  }

  /** Live datasets by id, in the order asked; ids not found (or deleted) are left out. */
  public List<Entry> byIds(List<String> ids) {
    if (ids.isEmpty()) return List.of();
    Map<String, Entry> found = new LinkedHashMap<>();
    jdbc.query("select " + COLUMNS + " from dataset d left join dataset_tombstone t on false "
        + "where d.id = any(?) and not d.deleted", rs -> {
          Entry e = entry(rs);
          found.put(e.id(), e);
        }, (Object) RecordStore.textArray(ids));
    List<Entry> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      Entry e = found.get(id);
      if (e != null) out.add(e);
    }
    return out;
  }

  /** Every live dataset's id and change time, in id order, read in batches (keyset) so memory stays flat. */
  public void forEachLive(int batch, Consumer<Entry> each) {
    String after = "";
    while (true) {
      List<Entry> rows = jdbc.query("select d.id, null, false, d.seq, d.updated_at, d.source_ids, null, null "
          + "from dataset d where not d.deleted and d.id > ? order by d.id limit ?", (rs, i) -> entry(rs), after, batch);
      rows.forEach(each);
      if (rows.size() < batch) return;
      after = rows.get(rows.size() - 1).id();
    }
  }

  /** One dataset, live or tombstone. */
  public java.util.Optional<Entry> find(String id) {
    return jdbc.query("select " + COLUMNS + " from dataset d left join dataset_tombstone t on t.dataset_id = d.id "
        + "where d.id = ?", (rs, i) -> entry(rs), id).stream().findFirst();
  }

  /** Changes matching the filter after a sequence number, oldest change first. */
  public List<Entry> changes(ChangeFilter f, long afterSeq, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(f, args);
    args.add(afterSeq);
    args.add(limit);
    return jdbc.query("select " + COLUMNS + " from dataset d left join dataset_tombstone t on t.dataset_id = d.id "
        + "where " + where + " and d.seq > ? order by d.seq limit ?", (rs, i) -> entry(rs), args.toArray());
  }

  public long countChanges(ChangeFilter f) {
    List<Object> args = new ArrayList<>();
    String where = where(f, args);
    Long n = jdbc.queryForObject("select count(*) from dataset d left join dataset_tombstone t on t.dataset_id = d.id "
        + "where " + where, Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  private static String where(ChangeFilter f, List<Object> args) {
    StringBuilder w = new StringBuilder("true");
    if (f.sourceId() != null) {
      w.append(" and ((not d.deleted and ? = any(d.source_ids)) or (d.deleted and ? = any(t.source_ids)))");
      args.add(f.sourceId());
      args.add(f.sourceId());
    }
    if (f.themes() != null) {
      w.append(" and ((not d.deleted and jsonb_exists_any(d.json->'themes', ?::text[])) or (d.deleted and t.themes && ?::text[]))");
      String[] themes = f.themes().toArray(String[]::new);
      args.add(themes);
      args.add(themes);
    }
    if (f.from() != null) {
      w.append(" and d.updated_at >= ?");
      args.add(java.sql.Timestamp.from(f.from()));
    }
    if (f.untilExclusive() != null) {
      w.append(" and d.updated_at < ?");
      args.add(java.sql.Timestamp.from(f.untilExclusive()));
    }
    return w.toString();
  }

  /** Every theme of a live or deleted dataset, for the OAI-PMH set list. */
  public List<String> themes() {
    return jdbc.queryForList("""
        select distinct theme from (
          select jsonb_array_elements_text(json->'themes') theme from dataset where not deleted and jsonb_typeof(json->'themes') = 'array'
          union select unnest(themes) from dataset_tombstone) t order by theme""", String.class);
  }

  /** The oldest change time in the catalogue, null when it is empty. */
  public Instant earliestChange() {
    java.sql.Timestamp t = jdbc.queryForObject("select min(updated_at) from dataset", java.sql.Timestamp.class);
    return t == null ? null : t.toInstant();
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    boolean deleted = rs.getBoolean(3);
    List<Long> sources = longs(rs.getArray(deleted ? 7 : 6));
    List<String> themes = new ArrayList<>();
    Array t = rs.getArray(8);
    if (t != null) for (Object o : (Object[]) t.getArray()) themes.add((String) o);
    return new Entry(rs.getString(1), rs.getString(2), deleted, rs.getLong(4), rs.getTimestamp(5).toInstant(),
        sources, themes);
  }

  private static List<Long> longs(Array a) throws SQLException {
    List<Long> out = new ArrayList<>();
    if (a != null) for (Object o : (Object[]) a.getArray()) out.add(((Number) o).longValue());
    return out;
  }
}
