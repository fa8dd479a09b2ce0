-- GET /heroes/{id}: the hero and its team in one statement.
\set id random(1, :heroes)
select h1_0.id,h1_0.age,h1_0.created_at,h1_0.name,h1_0.secret_name,h1_0.team_id,h1_0.updated_at,h1_0.version, t1_0.id,t1_0.created_at,t1_0.headquarters,t1_0.name,t1_0.updated_at,t1_0.version from hero h1_0 left join team t1_0 on t1_0.id=h1_0.team_id where h1_0.id=:id;
