-- OAI-PMH answers deleted records persistently, in the sets they belonged to. The dataset row of a
-- tombstone keeps its id, seq and time but loses its JSON and sources, so the sets (source ids,
-- themes) it was in are kept here, by a trigger, whatever code path deletes the dataset.
create table dataset_tombstone (
  dataset_id  text primary key,
  source_ids  bigint[] not null default '{}',
  themes      text[] not null default '{}',
  deleted_at  timestamptz not null default now()
);

create function dataset_tombstone_keep() returns trigger language plpgsql as $$
begin
  if new.deleted and not old.deleted then
    insert into dataset_tombstone(dataset_id, source_ids, themes, deleted_at)
    values (old.id, old.source_ids,
            coalesce(array(select jsonb_array_elements_text(coalesce(old.json->'themes', '[]'::jsonb))), '{}'), now())
    on conflict (dataset_id) do update
      set source_ids = excluded.source_ids, themes = excluded.themes, deleted_at = excluded.deleted_at;
  elsif old.deleted and not new.deleted then
    delete from dataset_tombstone where dataset_id = new.id;
  end if;
  return new;
end $$;

create trigger dataset_tombstone_keep after update on dataset
  for each row when (old.deleted is distinct from new.deleted) execute function dataset_tombstone_keep();

-- Listings by change time (OAI-PMH from/until, sitemap lastmod) read this.
create index dataset_updated_idx on dataset(updated_at);
