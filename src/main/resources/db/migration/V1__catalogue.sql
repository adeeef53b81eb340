-- Sources Moisson harvests. protocol is a harvester id: persisted, never renamed.
create table source (
  id          bigserial primary key,
  name        text not null,
  protocol    text not null,
  url         text not null,
  settings    jsonb not null default '{}'::jsonb,
  priority    integer not null default 100,
  created_at  timestamptz not null default now()
);

-- One harvest of one source. checkpoint is the cursor of the next page to fetch, so a run
-- interrupted by a crash resumes there instead of starting over.
create table harvest_run (
  id                bigserial primary key,
  source_id         bigint not null references source(id) on delete cascade,
  status            text not null check (status in ('RUNNING','SUCCEEDED','PARTIAL','FAILED')),
  incremental_from  timestamptz,
  started_at        timestamptz not null default now(),
  finished_at       timestamptz,
  heartbeat_at      timestamptz not null default now(),
  checkpoint        text,
  pages             integer not null default 0,
  created           integer not null default 0,
  updated           integer not null default 0,
  unchanged         integer not null default 0,
  deleted           integer not null default 0,
  failed            integer not null default 0,
  skipped           integer not null default 0,
  resumed           integer not null default 0,
  message           text
);
-- Never two runs of one source at once, whichever node asks.
create unique index harvest_run_one_running on harvest_run(source_id) where status = 'RUNNING';
create index harvest_run_source on harvest_run(source_id, id desc);

create table harvest_error (
  id          bigserial primary key,
  run_id      bigint not null references harvest_run(id) on delete cascade,
  identifier  text,
  url         text,
  message     text not null,
  at          timestamptz not null default now()
);
create index harvest_error_run on harvest_error(run_id, id);

-- A record as one source serves it: the raw payload is kept with its provenance so any source can
-- be re-mapped without being harvested again. hash is null after a failed mapping so the next run
-- tries again; mapped keeps the last good mapping meanwhile.
create table record (
  id             bigserial primary key,
  source_id      bigint not null references source(id) on delete cascade,
  identifier     text not null,
  format         text,
  payload        text,
  hash           text,
  datestamp      text,
  url            text,
  deleted        boolean not null default false,
  mapped         jsonb,
  dataset_id     text,
  error          text,
  harvested_at   timestamptz not null default now(),
  last_seen_run  bigint,
  unique (source_id, identifier)
);
create index record_dataset on record(dataset_id);
-- Live records per source, counted for the harvest health page without reading the rows.
create index record_live_source on record(source_id) where not deleted;

-- The public, merged dataset. seq grows with every change, in commit order, so the search index
-- (a projection) knows from its watermark what it still has to apply. Deleted datasets stay as
-- tombstones for incremental consumers (OAI-PMH deleted records).
create sequence dataset_seq;
create table dataset (
  id          text primary key,
  json        jsonb,
  source_ids  bigint[] not null default '{}',
  deleted     boolean not null default false,
  seq         bigint not null,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create index dataset_seq_idx on dataset(seq);

-- Every normalised identifier (doi:, handle:, ark:, urn:, url:) a dataset is known by, so a record
-- from another source carrying any of them joins that dataset instead of making a second one.
create table identifier_key (
  key         text primary key,
  dataset_id  text not null
);
create index identifier_key_dataset on identifier_key(dataset_id);

-- A curator's correction of one field of a dataset: kept apart from harvested records and applied
-- again every time the dataset is recomposed, so a re-harvest never undoes it.
create table curation (
  dataset_id  text not null,
  field       text not null,
  value       jsonb not null,
  at          timestamptz not null default now(),
  primary key (dataset_id, field)
);
