-- Indexes for every filter and sort of the lists (API.md §3, §4, §6). Each sort order
-- ends with the id, as the service orders it, so one index serves both directions and
-- keyset pages start their scan at the cursor.

-- Substring search (name_contains) on lower(name), with trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX hero_name_trgm_idx ON hero USING gin (lower(name) gin_trgm_ops);
CREATE INDEX team_name_trgm_idx ON team USING gin (lower(name) gin_trgm_ops);

-- Exact names ignoring case (name=...) and sort=name.
CREATE INDEX hero_name_lower_id_idx ON hero (lower(name), id);
CREATE INDEX team_name_lower_id_idx ON team (lower(name), id);

-- Ages: age, age_gte and age_lte filter on the column; sort=age orders by a key that is
-- never null (a missing age sorts last ascending, as PostgreSQL sorts nulls).
CREATE INDEX hero_age_idx ON hero (age);
CREATE INDEX hero_age_sort_idx ON hero (coalesce(age, 2147483647), id);

-- sort=created_at and sort=updated_at.
CREATE INDEX hero_created_at_id_idx ON hero (created_at, id);
CREATE INDEX hero_updated_at_id_idx ON hero (updated_at, id);
CREATE INDEX team_created_at_id_idx ON team (created_at, id);
CREATE INDEX team_updated_at_id_idx ON team (updated_at, id);

-- A team's heroes in id order (GET /teams/{id}, /teams/{id}/heroes), team_id and
-- has_team filters, and the foreign key's own lookups: (team_id, id) does all that
-- the single-column index did.
CREATE INDEX hero_team_id_id_idx ON hero (team_id, id);
DROP INDEX hero_team_id_idx;
