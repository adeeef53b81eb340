package org.moisson.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Harvested records, one row per (source, identifier), with the raw payload and its provenance. */
@Repository
public class RecordStore {
  private final JdbcTemplate jdbc;

  RecordStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What is stored of a record already, to tell unchanged from updated. */
  public record Existing(String hash, boolean deleted, String datasetId) {}

  public Map<String, Existing> existing(long sourceId, Collection<String> identifiers) {
    Map<String, Existing> out = new HashMap<>();
    if (identifiers.isEmpty()) return out;
    jdbc.query("select identifier, hash, deleted, dataset_id from record where source_id = ? and identifier = any(?)",
        rs -> {
          out.put(rs.getString(1), new Existing(rs.getString(2), rs.getBoolean(3), rs.getString(4)));
        }, sourceId, textArray(identifiers));
    return out;
  }

  /**
   * Applies the page's changes; every written record is marked as seen by the run.
   *
   * @throws IllegalArgumentException when two writes name one record: the batch is sent as one
   *     multi-row upsert (reWriteBatchedInserts), which may not update a row twice
   */
  public void write(long sourceId, long runId, List<RecordWrite> writes) {
    Set<String> identifiers = new HashSet<>();
    for (RecordWrite w : writes) {
      if (!identifiers.add(w.identifier())) {
        throw new IllegalArgumentException("record " + w.identifier() + " written twice in one batch");
      }
    }
    jdbc.batchUpdate("""
        insert into record(source_id, identifier, format, payload_deflated, hash, datestamp, url, deleted, mapped,
                           dataset_id, error, harvested_at, last_seen_run)
        values (?,?,?,?,?,?,?,?,?::jsonb,?,?, now(), ?)
        on conflict (source_id, identifier) do update set
          format = coalesce(excluded.format, record.format),
          payload = case when excluded.payload_deflated is null then record.payload end,
          payload_deflated = coalesce(excluded.payload_deflated, record.payload_deflated),
          hash = excluded.hash, datestamp = excluded.datestamp, url = coalesce(excluded.url, record.url),
          deleted = excluded.deleted,
          mapped = case when excluded.error is null then excluded.mapped else record.mapped end,
          dataset_id = case when excluded.error is null then excluded.dataset_id else record.dataset_id end,
          error = excluded.error, harvested_at = now(), last_seen_run = excluded.last_seen_run""",
        writes, 1000, (ps, w) -> {
          boolean deleted = w.kind() == RecordWrite.Kind.DELETED;
          ps.setLong(1, sourceId);
          ps.setString(2, w.identifier());
          ps.setString(3, w.format());
          ps.setBytes(4, w.payload());
          ps.setString(5, w.hash());
          ps.setString(6, w.datestamp());
          ps.setString(7, w.url());
          ps.setBoolean(8, deleted);
          ps.setString(9, w.mappedJson());
          ps.setString(10, w.datasetId());
          ps.setString(11, w.error());
          ps.setLong(12, runId);
        });
  }

  /** Marks unchanged records as seen by the run, so a full harvest's deletion diff spares them. */
  public void markSeen(long sourceId, long runId, Collection<String> identifiers) {
    if (identifiers.isEmpty()) return;
    jdbc.update("update record set last_seen_run = ? where source_id = ? and identifier = any(?)",
        runId, sourceId, textArray(identifiers));
  }

  /** Live records of the source the run has not seen: gone from the source after a full harvest. */
  public Map<String, String> unseen(long sourceId, long runId) {
    Map<String, String> out = new HashMap<>();
    jdbc.query("select identifier, dataset_id from record where source_id = ? and not deleted "
        + "and last_seen_run is distinct from ?", rs -> {
          out.put(rs.getString(1), rs.getString(2));
        }, sourceId, runId);
    return out;
  }

  public java.util.Set<String> datasetsOf(long sourceId) {
    return new java.util.HashSet<>(jdbc.queryForList(
        "select distinct dataset_id from record where source_id = ? and dataset_id is not null", String.class, sourceId));
  }

  public void deleteAll(long sourceId) {
    jdbc.update("delete from record where source_id = ?", sourceId);
  }

  public long liveCount(long sourceId) {
    Long n = jdbc.queryForObject("select count(*) from record where source_id = ? and not deleted", Long.class, sourceId);
    return n == null ? 0 : n;
  }

  /** The raw payload and provenance of a source's record, for re-mapping and for stewards. */
  public record Raw(long sourceId, String identifier, String format, String payload, String url,
      java.time.Instant harvestedAt, String hash) {}

  public List<Raw> rawForDataset(String datasetId) {
    return jdbc.query("select source_id, identifier, format, payload_deflated, payload, url, harvested_at, hash from record "
        + "where dataset_id = ? and not deleted order by source_id", (rs, i) -> new Raw(rs.getLong(1),
        rs.getString(2), rs.getString(3), payload(rs.getBytes(4), rs.getString(5)), rs.getString(6),
        rs.getTimestamp(7).toInstant(), rs.getString(8)), datasetId);
  }

  /** A source's record of a dataset as pages link to it: the source's landing page and the record's own URL. */
  public record Holder(long sourceId, String landingPage, String recordUrl) {}

  /** Every live record of the dataset, best source (lowest priority) first. */
  public List<Holder> holders(String datasetId) {
    return jdbc.query("select r.source_id, r.mapped->>'landingPage', r.url from record r join source s on s.id = r.source_id "
        + "where r.dataset_id = ? and not r.deleted order by s.priority, r.harvested_at desc, r.source_id",
        (rs, i) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3)), datasetId);
  }

  /** Rows stored before payloads were deflated (V7) keep their text. */
  private static String payload(byte[] deflated, String text) {
    return deflated != null ? PayloadCodec.inflate(deflated) : text;
  }

  /** pgjdbc binds a String[] as text[]. */
  static String[] textArray(Collection<String> values) {
    return values.toArray(String[]::new);
  }
}
