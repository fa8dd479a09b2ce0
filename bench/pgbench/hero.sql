-- GET /heroes/{id}: the hero and its team in one statement (the service's own SQL).
\set id random(1, :heroes)
select h.id, h.name, h.age, h.team_id, h.created_at, h.updated_at, h.version, t.id, t.name, t.headquarters, t.created_at, t.updated_at, t.version from hero h left join team t on t.id = h.team_id where h.id = :id;
