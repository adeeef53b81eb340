-- Views of dataset pages and clicks to the source, one row per dataset and day: counts only, nothing
-- about who (no IP, no cookie, no user agent).
create table dataset_usage (
  dataset_id  text not null,
  day         date not null,
  views       bigint not null default 0,
  clicks      bigint not null default 0,
  primary key (dataset_id, day)
);

-- Facts derived from each dataset's JSON by a follower of dataset.seq (as the search index is), so
-- aggregates and reverse lookups are SQL queries, never scans of the JSON.
create table facts_watermark (
  name  text primary key,
  seq   bigint not null
);

-- The FAIR score of a dataset: per principle, as a fraction 0..1, and the ids of the indicators met.
-- source_ids copies dataset.source_ids so a source's average reads this table only.
create table fair_score (
  dataset_id  text primary key,
  f           real not null,
  a           real not null,
  i           real not null,
  r           real not null,
  met         text[] not null,
  source_ids  bigint[] not null
);
create index fair_score_sources on fair_score using gin (source_ids);

-- Every related identifier of a dataset, under the same normalised key as identifier_key
-- ("doi:10.1/x"), so "which datasets point to this one" is a join on key.
create table related_key (
  dataset_id     text not null,
  key            text not null,
  relation_type  text,
  resource_type  text
);
create index related_key_key on related_key(key);
create index related_key_dataset on related_key(dataset_id);
