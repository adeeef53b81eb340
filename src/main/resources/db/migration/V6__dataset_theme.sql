-- The platform themes (slugs of the theme scheme's concepts) each dataset is classified under, for
-- the OAI-PMH theme sets. Filled by the facts feeder from the change sequence; a deleted dataset keeps
-- its rows, so its tombstone stays in the sets it was in.
create table dataset_theme (
  dataset_id text not null,
  slug text not null,
  primary key (dataset_id, slug)
);
create index dataset_theme_slug on dataset_theme (slug, dataset_id);
