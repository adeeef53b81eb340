package org.moisson.collection;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The official collections, in their display order (position, then title). */
@Repository
public class CollectionStore {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<String>> IDS = new TypeReference<>() {};

  private final JdbcClient db;

  CollectionStore(JdbcClient db) {
    this.db = db;
  }

  private final RowMapper<OfficialCollection> rows = (rs, i) -> new OfficialCollection(rs.getString("slug"),
      rs.getString("title_fr"), rs.getString("title_en"), rs.getString("description_fr"),
      rs.getString("description_en"), rs.getString("query"),
      rs.getString("dataset_ids") == null ? null : JSON.readValue(rs.getString("dataset_ids"), IDS),
      rs.getInt("position"));

  public List<OfficialCollection> all() {
    return db.sql("select * from official_collection order by position, coalesce(title_en, title_fr)").query(rows).list();
  }

  public Optional<OfficialCollection> find(String slug) {
    return db.sql("select * from official_collection where slug = ?").param(slug).query(rows).optional();
  }

  public boolean exists(String slug) {
    return db.sql("select count(*) from official_collection where slug = ?").param(slug).query(Long.class).single() > 0;
  }

  /** Inserts, or replaces the collection with the same slug. */
  public void save(OfficialCollection c) {
    db.sql("""
        insert into official_collection(slug, title_fr, title_en, description_fr, description_en, query, dataset_ids, position)
        values (:slug, :tfr, :ten, :dfr, :den, :query, cast(:ids as jsonb), :position)
        on conflict (slug) do update set title_fr = excluded.title_fr, title_en = excluded.title_en,
          description_fr = excluded.description_fr, description_en = excluded.description_en,
          query = excluded.query, dataset_ids = excluded.dataset_ids, position = excluded.position, updated_at = now()""")
        .param("slug", c.slug()).param("tfr", c.titleFr()).param("ten", c.titleEn())
        .param("dfr", c.descriptionFr()).param("den", c.descriptionEn())
        .param("query", c.byQuery() ? c.query().strip() : null)
        .param("ids", c.ids() == null ? null : JSON.writeValueAsString(c.ids()))
        .param("position", c.position()).update();
  }

  public boolean delete(String slug) {
    return db.sql("delete from official_collection where slug = ?").param(slug).update() > 0;
  }

  public long count() {
    return db.sql("select count(*) from official_collection").query(Long.class).single();
  }
}
