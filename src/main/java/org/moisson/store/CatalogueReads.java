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
      + "t.source_ids, array(select x.slug from dataset_theme x where x.dataset_id = d.id order by x.slug)";

  private final JdbcTemplate jdbc;

  CatalogueReads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A dataset as the machine interfaces see it. For a tombstone json is null and sourceIds are
   * those it had when it was deleted (empty if it was deleted before they were kept). themes are the
   * slugs of the platform themes it is classified under (a tombstone keeps its last ones).
   */
  public record Entry(String id, String json, boolean deleted, long seq, Instant changed, List<Long> sourceIds,
      List<String> themes) {}

  /** What a change listing selects: any of the fields may be null (no condition); themes are slugs. */
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

  /**
   * The live datasets at positions [offset, offset + limit) in id order, id and change time only,
   * read in batches (keyset after the first) so a window of any size streams.
   */
  public void forEachLive(long offset, long limit, int batch, Consumer<Entry> each) {
    List<String> start = jdbc.queryForList("select id from dataset where not deleted order by id offset ? limit 1",
        String.class, offset);
    if (start.isEmpty()) return;
    String after = null;
    long left = limit;
    while (left > 0) {
      int n = (int) Math.min(batch, left);
      List<Entry> rows = after == null
          ? jdbc.query("select d.id, null, false, d.seq, d.updated_at, d.source_ids, null, null from dataset d "
              + "where not d.deleted and d.id >= ? order by d.id limit ?", (rs, i) -> entry(rs), start.get(0), n)
          : jdbc.query("select d.id, null, false, d.seq, d.updated_at, d.source_ids, null, null from dataset d "
              + "where not d.deleted and d.id > ? order by d.id limit ?", (rs, i) -> entry(rs), after, n);
      rows.forEach(each);
      if (rows.size() < n) return;
      left -= rows.size();
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
      w.append(" and exists (select 1 from dataset_theme x where x.dataset_id = d.id and x.slug = any(?))");
      args.add(f.themes().toArray(String[]::new));
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
