-- GET /teams/stats: the first page of 100 (and one more row, to know whether a next page
-- exists), no count: the service's statement, as Hibernate writes it.
\set off 0
\set lim 101
select t1_0.id,t1_0.name,coalesce(s1_0.heroes,0),s1_0.averageAge,s1_0.minAge,s1_0.maxAge from team t1_0 left join (select h1_0.team_id,count(h1_0.id),avg(h1_0.age),min(h1_0.age),max(h1_0.age) from hero h1_0 where h1_0.team_id is not null group by h1_0.team_id) s1_0(teamId,heroes,averageAge,minAge,maxAge) on s1_0.teamId=t1_0.id order by coalesce(s1_0.heroes,0) desc,lower(t1_0.name),t1_0.id offset :off rows fetch first :lim rows only;
