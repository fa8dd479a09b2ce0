-- GET /heroes?limit=100&after=<cursor after the :deep-th hero> (10,000 by default)
\set lim 100
select h1_0.id,h1_0.age,h1_0.created_at,h1_0.name,h1_0.secret_name,h1_0.team_id,h1_0.updated_at,h1_0.version from hero h1_0 where 1=1 and h1_0.id>:deep order by 1 fetch first :lim rows only;
