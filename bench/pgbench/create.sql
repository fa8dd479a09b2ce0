-- POST /heroes: one INSERT (the id from the column's sequence default).
\set age random(0, 100)
insert into hero (age,created_at,name,secret_name,team_id,updated_at,version) values (:age,now(),'Bench','Bench secret',null,now(),0);
