package org.moisson.bench;

import java.util.ArrayList;
import java.util.List;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.record.LangText;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a simple catalogue would do: PostgreSQL full-text search on the same records, a tsvector
 * (configuration 'simple': no stemming, both languages alike) over titles and descriptions with a
 * GIN index, matches ranked by ts_rank, the first 20 and the exact total.
 */
final class PostgresFullText {
  private final JdbcTemplate jdbc;

  PostgresFullText(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Builds the table from the live datasets; returns the rows. */
  long build() {
    jdbc.execute("drop table if exists bench_fts");
    jdbc.execute("create table bench_fts (id text primary key, body text not null, "
        + "tsv tsvector generated always as (to_tsvector('simple', body)) stored)");
    List<Object[]> batch = new ArrayList<>();
    long n = LiveDatasets.forEach(jdbc, (id, json, sourceIds) -> {
      Dataset ds = DatasetJson.read(json);
      StringBuilder body = new StringBuilder();
      for (LangText t : ds.titles()) body.append(t.value()).append('\n');
      for (LangText t : ds.descriptions()) body.append(t.value()).append('\n');
      batch.add(new Object[] {id, body.toString()});
      if (batch.size() == 1000) flush(batch);
    });
    flush(batch);
    jdbc.execute("create index bench_fts_tsv on bench_fts using gin(tsv)");
    jdbc.execute("analyze bench_fts");
    return n;
  }

  private void flush(List<Object[]> batch) {
    if (batch.isEmpty()) return;
    jdbc.batchUpdate("insert into bench_fts(id, body) values (?, ?)", batch);
    batch.clear();
  }

  /** The exact total, and the top 20 by rank fetched. */
  long search(String words) {
    List<Long> total = jdbc.query("""
        select count(*) over () from bench_fts, plainto_tsquery('simple', ?) q
        where tsv @@ q order by ts_rank(tsv, q) desc limit 20""", (rs, i) -> rs.getLong(1), words);
    return total.isEmpty() ? 0 : total.get(0);
  }

  void drop() {
    jdbc.execute("drop table if exists bench_fts");
  }
}
