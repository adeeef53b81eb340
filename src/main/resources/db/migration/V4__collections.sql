-- Official collections: curated sets of datasets shown on the portal, defined either by a search
-- (a query string such as 'q=coast&keyword=Ocean') or by a list of dataset ids, never both.
create table official_collection (
  id              bigserial primary key,
  slug            text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title_fr        text,
  title_en        text,
  description_fr  text,
  description_en  text,
  query           text,
  dataset_ids     jsonb,
  position        integer not null default 100,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  check ((query is null) <> (dataset_ids is null)),
  check (coalesce(title_fr, title_en) is not null)
);
