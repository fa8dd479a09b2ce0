-- PATCH /heroes/{id} with If-Match: the conditional write as one UPDATE that locks the
-- row, changes it and returns it (the service reads the row FOR NO KEY UPDATE first,
-- compares the version, then updates: the version check is one more condition here).
-- The upper half of the heroes: the service's PATCH scenario uses the lower half.
\set id random(:heroes / 2 + 1, :heroes)
\set age random(0, 100)
update hero h1_0 set age=:age,updated_at=now(),version=h1_0.version+1 where h1_0.id=:id returning h1_0.id,h1_0.age,h1_0.created_at,h1_0.name,h1_0.secret_name,h1_0.team_id,h1_0.updated_at,h1_0.version;
