-- Several application nodes share the database: a running harvest belongs to the node running it,
-- which renews heartbeat_at while it runs. Another node takes a run over (resumes it from its
-- checkpoint) only once that lease has expired, so a live node's run is never run twice.
alter table harvest_run add column node text;
create index harvest_run_running on harvest_run(heartbeat_at) where status = 'RUNNING';
