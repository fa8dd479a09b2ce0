-- GET /heroes?offset=<:deep>&limit=100 (10,000 by default): one page, no count.
\set lim 100
select h1_0.id,h1_0.age,h1_0.created_at,h1_0.name,h1_0.secret_name,h1_0.team_id,h1_0.updated_at,h1_0.version from hero h1_0 where 1=1 order by 1 offset :deep rows fetch first :lim rows only;
