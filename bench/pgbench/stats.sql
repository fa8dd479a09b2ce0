-- GET /teams/stats: the first page of 100, no count.
\set off 0
\set lim 100
select t1_0.id,t1_0.name,count(h1_0.id),avg(h1_0.age),min(h1_0.age),max(h1_0.age) from team t1_0 left join hero h1_0 on h1_0.team_id=t1_0.id group by t1_0.id,t1_0.name order by count(h1_0.id) desc,lower(t1_0.name),t1_0.id offset :off rows fetch first :lim rows only;
