-- Teams and heroes, as in API.md §3 and §4.
--
-- Ids come from sequences that step by 50 so that Hibernate's pooled optimizer
-- can hand out a block of ids per round trip and batch the inserts; the column
-- default lets plain SQL insert rows too without colliding with those blocks.
--
-- The CHECK constraints carry the same limits as the API's validation, so the
-- database refuses what the API refuses. "Not blank" mirrors Bean Validation's
-- @NotBlank: at least one character above U+0020.

CREATE SEQUENCE team_id_seq INCREMENT BY 50;

CREATE TABLE team (
    id           bigint       NOT NULL DEFAULT nextval('team_id_seq'),
    name         varchar(100) NOT NULL,
    headquarters varchar(255) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT team_pkey PRIMARY KEY (id),
    CONSTRAINT team_name_not_blank CHECK (name ~ '[^\x01-\x20]'),
    CONSTRAINT team_headquarters_not_blank CHECK (headquarters ~ '[^\x01-\x20]'),
    CONSTRAINT team_version_not_negative CHECK (version >= 0)
);

ALTER SEQUENCE team_id_seq OWNED BY team.id;

-- Team names are unique regardless of case: "Avengers" and "AVENGERS" clash.
CREATE UNIQUE INDEX team_name_lower_key ON team (lower(name));

CREATE SEQUENCE hero_id_seq INCREMENT BY 50;

CREATE TABLE hero (
    id          bigint       NOT NULL DEFAULT nextval('hero_id_seq'),
    name        varchar(100) NOT NULL,
    secret_name varchar(255) NOT NULL,
    age         integer,
    team_id     bigint,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT hero_pkey PRIMARY KEY (id),
    CONSTRAINT hero_team_id_fkey FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE SET NULL,
    CONSTRAINT hero_name_not_blank CHECK (name ~ '[^\x01-\x20]'),
    CONSTRAINT hero_secret_name_not_blank CHECK (secret_name ~ '[^\x01-\x20]'),
    CONSTRAINT hero_age_range CHECK (age BETWEEN 0 AND 10000),
    CONSTRAINT hero_version_not_negative CHECK (version >= 0)
);

ALTER SEQUENCE hero_id_seq OWNED BY hero.id;

CREATE INDEX hero_team_id_idx ON hero (team_id);
