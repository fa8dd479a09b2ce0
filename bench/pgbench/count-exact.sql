-- GET /heroes?limit=100 with Prefer: count=exact: the page and its count.
\set off 0
\set lim 100
select h1_0.id,h1_0.age,h1_0.created_at,h1_0.name,h1_0.secret_name,h1_0.team_id,h1_0.updated_at,h1_0.version from hero h1_0 where 1=1 order by 1 offset :off rows fetch first :lim rows only;
select count(h1_0.id) from hero h1_0 where 1=1;
