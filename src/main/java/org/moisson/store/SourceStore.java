package org.moisson.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moisson.harvest.Source;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The sources Moisson harvests. */
@Repository
public class SourceStore {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {};

  private final JdbcClient db;

  SourceStore(JdbcClient db) {
    this.db = db;
  }

  private final RowMapper<Source> rows = (rs, i) -> new Source(rs.getLong("id"), rs.getString("name"),
      rs.getString("protocol"), rs.getString("url"), JSON.readValue(rs.getString("settings"), SETTINGS),
      rs.getInt("priority"));

  public long create(String name, String protocol, String url, Map<String, String> settings, int priority) {
    return db.sql("insert into source(name, protocol, url, settings, priority) values (?,?,?,?::jsonb,?) returning id")
        .params(name, protocol, url, JSON.writeValueAsString(settings == null ? Map.of() : settings), priority)
        .query(Long.class).single();
  }

  /** Replaces a source's name, URL, settings and priority; its protocol stays. */
  public void update(long id, String name, String url, Map<String, String> settings, int priority) {
    db.sql("update source set name = ?, url = ?, settings = ?::jsonb, priority = ? where id = ?")
        .params(name, url, JSON.writeValueAsString(settings == null ? Map.of() : settings), priority, id).update();
  }

  public Optional<Source> find(long id) {
    return db.sql("select * from source where id = ?").param(id).query(rows).optional();
  }

  public List<Source> all() {
    return db.sql("select * from source order by id").query(rows).list();
  }

  /** Source names by id, for labelling datasets in the index. */
  public Map<Long, String> names() {
    Map<Long, String> names = new HashMap<>();
    db.sql("select id, name from source").query(rs -> {
      names.put(rs.getLong(1), rs.getString(2));
    });
    return names;
  }

  /** A source with a schedule, and when its last run started. */
  public record Scheduled(long id, String schedule, java.time.Instant createdAt, java.time.Instant lastStart) {}

  public List<Scheduled> scheduled() {
    return db.sql("""
        select s.id, s.settings->>'schedule', s.created_at, (select max(r.started_at) from harvest_run r where r.source_id = s.id)
        from source s where coalesce(s.settings->>'schedule', '') <> ''""")
        .query((rs, i) -> new Scheduled(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant())).list();
  }

  /** Deletes the source row; its runs and errors go with it (on delete cascade). */
  public void delete(long id) {
    db.sql("delete from source where id = ?").param(id).update();
  }

  public long count() {
    return db.sql("select count(*) from source").query(Long.class).single();
  }
}
