-- GET /heroes?name_contains=abc&age_gte=30&limit=100
\set off 0
\set lim 100
\set age 30
select h1_0.id,h1_0.age,h1_0.created_at,h1_0.name,h1_0.secret_name,h1_0.team_id,h1_0.updated_at,h1_0.version from hero h1_0 where lower(h1_0.name) like lower(:pattern) escape '\' and h1_0.age>=:age order by 1 offset :off rows fetch first :lim rows only;
