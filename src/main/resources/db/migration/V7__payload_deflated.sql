-- Raw payloads are deflated by the application (zlib) before they are stored: on the harvest's
-- parallel stage instead of PostgreSQL's single backend (pglz was a third of its work on a page),
-- and about 3.5 times smaller where pglz halved them. Already compressed, they are not compressed
-- again (storage external). Rows stored before keep their text payload, read as it is.
alter table record add column payload_deflated bytea;
alter table record alter column payload_deflated set storage external;
