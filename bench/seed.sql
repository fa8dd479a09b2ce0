-- The benchmark's data, in the schema the service's migrations created:
--   psql -v heroes=100000 -v teams=2000 -f bench/seed.sql
-- Hero g has id g (1..heroes); team 1 has exactly heroes 1..100; every tenth other hero
-- has no team and the rest are spread over teams 2..teams; every fiftieth has no age,
-- the others an age in 0..100; names are 'Hero ' and ten hex digits, so that
-- name_contains=abc matches about 0.2 % of them.
\set ON_ERROR_STOP on
SET search_path TO heroes;
SET maintenance_work_mem = '256MB';

INSERT INTO team (id, name, headquarters)
SELECT g, 'Team ' || g, 'HQ ' || g FROM generate_series(1, :teams) g;
SELECT setval('team_id_seq', :teams);

-- Faster to build the secondary indexes once than to update them row by row.
CREATE TEMPORARY TABLE bench_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i
WHERE i.indrelid = 'hero'::regclass AND NOT i.indisprimary AND NOT i.indisunique;
DO $$
DECLARE
    index record;
BEGIN
    FOR index IN SELECT name FROM bench_index LOOP
        EXECUTE 'DROP INDEX ' || index.name;
    END LOOP;
END $$;

INSERT INTO hero (id, name, secret_name, age, team_id)
SELECT g, 'Hero ' || substr(md5(g::text), 1, 10), 'Secret ' || g,
       CASE WHEN g % 50 = 0 THEN NULL ELSE (g::bigint * 7919 % 101)::integer END,
       CASE WHEN g <= 100 THEN 1 WHEN g % 10 = 0 THEN NULL ELSE 2 + g % (:teams - 1) END
FROM generate_series(1, :heroes) g;
SELECT setval('hero_id_seq', :heroes);

DO $$
DECLARE
    index record;
BEGIN
    FOR index IN SELECT definition FROM bench_index LOOP
        EXECUTE index.definition;
    END LOOP;
END $$;

VACUUM ANALYZE team;
VACUUM ANALYZE hero;
