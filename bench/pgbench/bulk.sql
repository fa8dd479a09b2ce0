-- POST /heroes/bulk with 1000 heroes: one INSERT of 1000 rows.
insert into hero (age,created_at,name,secret_name,team_id,updated_at,version) select g % 100,now(),'Bulk ' || g,'Bulk secret',null,now(),0 from generate_series(1, 1000) g;
