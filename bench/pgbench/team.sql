-- GET /teams/1: the team and its 100 heroes in one statement.
\set id 1
select t1_0.id,t1_0.created_at,t1_0.headquarters,t1_0.name,t1_0.updated_at,t1_0.version, h1_0.id,h1_0.age,h1_0.created_at,h1_0.name,h1_0.secret_name,h1_0.team_id,h1_0.updated_at,h1_0.version from team t1_0 left join hero h1_0 on h1_0.team_id=t1_0.id where t1_0.id=:id order by h1_0.id;
