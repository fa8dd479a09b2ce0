-- GET /heroes?limit=100 with Prefer: count=estimated: the page and the planner's row
-- estimate of the table (what an estimate of an unfiltered list costs at the least).
\set off 0
\set lim 100
select h1_0.id,h1_0.age,h1_0.created_at,h1_0.name,h1_0.secret_name,h1_0.team_id,h1_0.updated_at,h1_0.version from hero h1_0 where 1=1 order by 1 offset :off rows fetch first :lim rows only;
select c.reltuples::bigint from pg_class c where c.oid = 'hero'::regclass;
