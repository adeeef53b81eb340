package org.moisson.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.moisson.harvest.RecordFailure;
import org.moisson.system.NodeId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Harvest runs, their progress, checkpoints and per-record errors. */
@Repository
public class RunStore {
  private final JdbcClient db;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final NodeId node;

  RunStore(JdbcClient db, JdbcTemplate jdbc, TransactionTemplate tx, NodeId node) {
    this.db = db;
    this.jdbc = jdbc;
    this.tx = tx;
    this.node = node;
  }

  /** Thrown when the source already has a running harvest. */
  public static class AlreadyRunning extends RuntimeException {
    public AlreadyRunning(long sourceId) {
      super("a harvest of source " + sourceId + " is already running");
    }
  }

  /** Opens a run on this node; the database refuses a second running run of one source, whichever node asks. */
  public long start(long sourceId, Instant incrementalFrom) {
    try {
      return db.sql("insert into harvest_run(source_id, status, incremental_from, node) values (?, 'RUNNING', ?, ?) returning id")
          .params(sourceId, ts(incrementalFrom), node.name()).query(Long.class).single();
    } catch (DuplicateKeyException e) {
      throw new AlreadyRunning(sourceId);
    }
  }

  /**
   * Opens a scheduled run unless some node started one since {@code seenLastStart} (what the
   * scheduler read): the source row is locked meanwhile, so of several nodes finding the source
   * due at the same tick exactly one starts it, even when that run ends before the others look.
   *
   * @return the run, or empty when another node was first
   */
  public OptionalLong startIfDue(long sourceId, Instant seenLastStart, Instant incrementalFrom) {
    Long id = tx.execute(status -> {
      db.sql("select id from source where id = ? for update").param(sourceId).query(Long.class).optional();
      Instant last = db.sql("select max(started_at) from harvest_run where source_id = ?").param(sourceId)
          .query((rs, i) -> instant(rs, 1)).optional().orElse(null);
      if (last != null && (seenLastStart == null || last.isAfter(seenLastStart))) return null;
      return start(sourceId, incrementalFrom);
    });
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /**
   * Takes over the running runs this node may resume: its own from before a restart (or from
   * before runs had owners), and any other node's whose lease expired. One UPDATE claims them, so
   * two nodes never take the same run.
   *
   * @param ownToo also this node's own runs (at start-up, when none of them is running here)
   */
  public List<RunStatus> claimResumable(boolean ownToo) {
    return db.sql("""
        update harvest_run set node = :me, heartbeat_at = now(), resumed = resumed + 1
        where status = 'RUNNING' and (node is null or (:own and node = :me)
          or (node <> :me and heartbeat_at < now() - make_interval(secs => :lease)))
        returning *""")
        .param("me", node.name()).param("own", ownToo).param("lease", (double) node.lease().toMillis() / 1000)
        .query(RunStore::status).list().stream().sorted(java.util.Comparator.comparingLong(RunStatus::id)).toList();
  }

  /** Renews this node's lease on the runs it is running. */
  public void heartbeat(Collection<Long> runIds) {
    if (runIds.isEmpty()) return;
    jdbc.update("update harvest_run set heartbeat_at = now() where id = any(?) and node = ? and status = 'RUNNING'",
        runIds.toArray(Long[]::new), node.name());
  }

  /** The node that runs (or last ran) the run. */
  public Optional<String> node(long runId) {
    return db.sql("select node from harvest_run where id = ?").param(runId).query(String.class).optional();
  }

  public Optional<RunStatus> find(long runId) {
    return db.sql("select * from harvest_run where id = ?").param(runId).query(RunStore::status).optional();
  }

  public List<RunStatus> running() {
    return db.sql("select * from harvest_run where status = 'RUNNING' order by id").query(RunStore::status).list();
  }

  /** Start time of the last run of the source that went through the whole list (for incremental harvests). */
  public Optional<Instant> lastCompleteStart(long sourceId) {
    return db.sql("select max(started_at) from harvest_run where source_id = ? and status in ('SUCCEEDED','PARTIAL')")
        .param(sourceId).query((rs, i) -> instant(rs, 1)).optional().filter(i -> i != null);
  }

  public Optional<RunStatus> last(long sourceId) {
    return db.sql("select * from harvest_run where source_id = ? order by id desc limit 1")
        .param(sourceId).query(RunStore::status).optional();
  }

  /**
   * Health of every source in three queries whatever their number: the last run of each (through
   * the (source_id, id desc) index), the last success, and the live records (a partial index).
   */
  public java.util.Map<Long, SourceHealth> health() {
    java.util.Map<Long, RunStatus> last = new java.util.HashMap<>();
    db.sql("""
        select r.* from source s cross join lateral
          (select * from harvest_run r where r.source_id = s.id order by r.id desc limit 1) r""")
        .query(RunStore::status).list().forEach(r -> last.put(r.sourceId(), r));
    java.util.Map<Long, Object[]> success = new java.util.HashMap<>();
    db.sql("""
        select source_id, max(finished_at), (array_agg(created + updated + unchanged + failed + skipped order by id desc))[1]
        from harvest_run where status in ('SUCCEEDED','PARTIAL') group by source_id""")
        .query(rs -> {
          success.put(rs.getLong(1), new Object[] {instant(rs, 2), rs.getLong(3)});
        });
    java.util.Map<Long, Long> records = new java.util.HashMap<>();
    db.sql("select source_id, count(*) from record where not deleted group by source_id")
        .query(rs -> {
          records.put(rs.getLong(1), rs.getLong(2));
        });
    java.util.Map<Long, SourceHealth> out = new java.util.HashMap<>();
    db.sql("select id from source").query(Long.class).list().forEach(id -> {
      Object[] ok = success.get(id);
      out.put(id, new SourceHealth(id, records.getOrDefault(id, 0L), last.get(id),
          ok == null ? null : (Instant) ok[0], ok == null ? 0 : (Long) ok[1]));
    });
    return out;
  }

  public List<RunStatus> history(long sourceId, int limit) {
    return db.sql("select * from harvest_run where source_id = ? order by id desc limit ?").params(sourceId, limit)
        .query(RunStore::status).list();
  }

  /** Adds one page's counts and errors and moves the checkpoint; called inside the page's transaction. */
  public void progress(long runId, RunStatus.Counts c, List<RecordFailure> errors, String checkpoint) {
    jdbc.update("""
        update harvest_run set pages = pages + 1, created = created + ?, updated = updated + ?,
          unchanged = unchanged + ?, deleted = deleted + ?, failed = failed + ?, skipped = skipped + ?, checkpoint = ?,
          heartbeat_at = now() where id = ?""",
        c.created(), c.updated(), c.unchanged(), c.deleted(), c.failed(), c.skipped(), checkpoint, runId);
    addErrors(runId, errors);
  }

  public void addErrors(long runId, List<RecordFailure> errors) {
    if (errors.isEmpty()) return;
    jdbc.batchUpdate("insert into harvest_error(run_id, identifier, url, message) values (?,?,?,?)", errors, 500,
        (ps, e) -> {
          ps.setLong(1, runId);
          ps.setString(2, e.identifier());
          ps.setString(3, e.url());
          ps.setString(4, truncate(e.message(), 4000));
        });
  }

  public void finish(long runId, String status, String message) {
    jdbc.update("update harvest_run set status = ?, message = ?, finished_at = now() where id = ?",
        status, truncate(message, 4000), runId);
  }

  public List<RecordFailure> errors(long runId, int limit) {
    return db.sql("select identifier, url, message from harvest_error where run_id = ? order by id limit ?")
        .params(runId, limit)
        .query((rs, i) -> new RecordFailure(rs.getString(1), rs.getString(2), rs.getString(3))).list();
  }

  private static RunStatus status(ResultSet rs, int i) throws SQLException {
    return new RunStatus(rs.getLong("id"), rs.getLong("source_id"), rs.getString("status"),
        instant(rs, "incremental_from"), instant(rs, "started_at"), instant(rs, "finished_at"),
        rs.getString("checkpoint"), rs.getInt("pages"),
        new RunStatus.Counts(rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"),
            rs.getInt("deleted"), rs.getInt("failed"), rs.getInt("skipped")),
        rs.getInt("resumed"), rs.getString("message"));
  }

  private static Instant instant(ResultSet rs, String col) throws SQLException {
    Timestamp t = rs.getTimestamp(col);
    return t == null ? null : t.toInstant();
  }

  private static Instant instant(ResultSet rs, int col) throws SQLException {
    Timestamp t = rs.getTimestamp(col);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
