package org.moisson.facts;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of the facts tables (V3): fair_score, related_key and their watermark. */
@Repository
class FactsStore {
  private final JdbcTemplate jdbc;

  FactsStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Only one node follows at a time; the others skip their turn instead of doing the work twice. */
  boolean tryLock() {
    Boolean got = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, 0x66616374L);
    return Boolean.TRUE.equals(got);
  }

  long watermark() {
    List<Long> v = jdbc.queryForList("select seq from facts_watermark where name = 'facts'", Long.class);
    return v.isEmpty() ? 0 : v.get(0);
  }

  void setWatermark(long seq) {
    jdbc.update("insert into facts_watermark(name, seq) values ('facts', ?) "
        + "on conflict (name) do update set seq = excluded.seq", seq);
  }

  /** Per live dataset, the metadata formats of its records and the protocols of their sources. */
  Map<String, Set<String>[]> formatsAndProtocols(Collection<String> ids) {
    Map<String, Set<String>[]> out = new HashMap<>();
    if (ids.isEmpty()) return out;
    jdbc.query("select r.dataset_id, r.format, s.protocol from record r join source s on s.id = r.source_id "
        + "where r.dataset_id = any(?) and not r.deleted", rs -> {
          @SuppressWarnings("unchecked")
          Set<String>[] v = out.computeIfAbsent(rs.getString(1),
              k -> new Set[] {new java.util.HashSet<String>(), new java.util.HashSet<String>()});
          if (rs.getString(2) != null) v[0].add(rs.getString(2));
          if (rs.getString(3) != null) v[1].add(rs.getString(3));
        }, (Object) ids.toArray(String[]::new));
    return out;
  }

  record Score(String datasetId, double f, double a, double i, double r, List<String> met, List<Long> sourceIds) {}

  record Key(String datasetId, String key, String relationType, String resourceType) {}

  /** Replaces the facts of these datasets: gone ones lose theirs, live ones get the new. */
  void replace(Collection<String> ids, List<Score> scores, List<Key> keys) {
    String[] all = ids.toArray(String[]::new);
    jdbc.update("delete from fair_score where dataset_id = any(?)", (Object) all);
    jdbc.update("delete from related_key where dataset_id = any(?)", (Object) all);
    jdbc.batchUpdate("insert into fair_score(dataset_id, f, a, i, r, met, source_ids) values (?,?,?,?,?,?,?)",
        scores, 1000, (ps, s) -> {
          ps.setString(1, s.datasetId());
          ps.setFloat(2, (float) s.f());
          ps.setFloat(3, (float) s.a());
          ps.setFloat(4, (float) s.i());
          ps.setFloat(5, (float) s.r());
          ps.setArray(6, ps.getConnection().createArrayOf("text", s.met().toArray()));
          ps.setArray(7, ps.getConnection().createArrayOf("bigint", s.sourceIds().toArray()));
        });
    jdbc.batchUpdate("insert into related_key(dataset_id, key, relation_type, resource_type) values (?,?,?,?)",
        keys, 1000, (ps, k) -> {
          ps.setString(1, k.datasetId());
          ps.setString(2, k.key());
          ps.setString(3, k.relationType());
          ps.setString(4, k.resourceType());
        });
  }

  record Theme(String datasetId, String slug) {}

  /**
   * Replaces the platform themes of these live datasets. A deleted dataset keeps its rows: its
   * OAI-PMH tombstone stays in the theme sets it was in.
   */
  void replaceThemes(Collection<String> liveIds, List<Theme> themes) {
    jdbc.update("delete from dataset_theme where dataset_id = any(?)", (Object) liveIds.toArray(String[]::new));
    jdbc.batchUpdate("insert into dataset_theme(dataset_id, slug) values (?,?)", themes, 1000, (ps, t) -> {
      ps.setString(1, t.datasetId());
      ps.setString(2, t.slug());
    });
  }

  /** Averages per source (one source when sourceId is not null), 0..1, with the datasets counted. */
  List<FactsQueries.SourceFair> sourceAverages(Long sourceId) {
    String where = sourceId == null ? "" : " where source_ids @> array[?]::bigint[]";
    String sql = "select s, count(*), avg(f), avg(a), avg(i), avg(r) from fair_score, unnest(source_ids) s" + where
        + (sourceId == null ? "" : " and s = ?") + " group by s order by s";
    Map<Long, Map<String, Long>> indicators = indicatorCounts(sourceId);
    Object[] args = sourceId == null ? new Object[0] : new Object[] {sourceId, sourceId};
    return jdbc.query(sql, (rs, n) -> new FactsQueries.SourceFair(rs.getLong(1), rs.getLong(2), rs.getDouble(3),
        rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
        indicators.getOrDefault(rs.getLong(1), Map.of())), args);
  }

  private Map<Long, Map<String, Long>> indicatorCounts(Long sourceId) {
    String where = sourceId == null ? "" : " where source_ids @> array[?]::bigint[] and s = ?";
    Map<Long, Map<String, Long>> out = new HashMap<>();
    Object[] args = sourceId == null ? new Object[0] : new Object[] {sourceId, sourceId};
    jdbc.query("select s, m, count(*) from fair_score, unnest(source_ids) s, unnest(met) m" + where + " group by s, m",
        rs -> {
          out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, args);
    return out;
  }

  /** Datasets whose related identifiers name one of this dataset's identifier keys. */
  List<FactsQueries.Pointer> pointingTo(String datasetId, int limit) {
    return jdbc.query("""
        select rk.dataset_id, rk.relation_type, d.json->'titles'->0->>'value', d.json->'resourceType'->>'general'
        from related_key rk join dataset d on d.id = rk.dataset_id and not d.deleted
        where rk.key in (select key from identifier_key where dataset_id = ?) and rk.dataset_id <> ?
        order by rk.dataset_id, rk.relation_type limit ?""",
        (rs, n) -> new FactsQueries.Pointer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        datasetId, datasetId, limit);
  }

  /** Title and resource type of live datasets, by id. */
  Map<String, String[]> titles(Collection<String> ids) {
    Map<String, String[]> out = new HashMap<>();
    if (ids.isEmpty()) return out;
    jdbc.query("select id, json->'titles'->0->>'value', json->'resourceType'->>'general' from dataset "
        + "where id = any(?) and not deleted", rs -> {
          out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        }, (Object) ids.toArray(String[]::new));
    return out;
  }

  static List<Long> longs(Array a) throws java.sql.SQLException {
    List<Long> out = new ArrayList<>();
    if (a != null) for (Object o : (Object[]) a.getArray()) out.add(((Number) o).longValue());
    return out;
  }
}
