-- Memberships (API.md §7): a hero can belong to any number of teams, each with a role
-- and the time it joined. The link goes with either side.

CREATE TABLE team_member (
    team_id   bigint      NOT NULL,
    hero_id   bigint      NOT NULL,
    role      varchar(50) NOT NULL DEFAULT 'member',
    joined_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT team_member_pkey PRIMARY KEY (team_id, hero_id),
    CONSTRAINT team_member_team_id_fkey FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT team_member_hero_id_fkey FOREIGN KEY (hero_id) REFERENCES hero (id) ON DELETE CASCADE,
    CONSTRAINT team_member_role_not_blank CHECK (role ~ '[^\x01-\x20]')
);

-- A hero's teams in team order (GET /heroes/{id}/teams), and the cascade from hero.
-- A team's members in hero order use the primary key.
CREATE INDEX team_member_hero_id_team_id_idx ON team_member (hero_id, team_id);

-- sort=joined_at within a team's members or a hero's teams.
CREATE INDEX team_member_team_joined_idx ON team_member (team_id, joined_at, hero_id);
CREATE INDEX team_member_hero_joined_idx ON team_member (hero_id, joined_at, team_id);
