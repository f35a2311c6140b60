-- The core content model: site settings, the masthead and publications.
-- One file for SQLite and PostgreSQL: ${id} is the dialect's identity column (see db/Dialect).
-- Instants are epoch milliseconds (BIGINT), calendar dates ISO-8601 text (YYYY-MM-DD):
-- both compare and index the same way on either database.

CREATE TABLE site_settings (
    name  VARCHAR(100) PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clocks (
    id       ${id},
    position INTEGER      NOT NULL,
    label    VARCHAR(100) NOT NULL,
    zone     VARCHAR(64)  NOT NULL
);

CREATE TABLE contact_lines (
    id       ${id},
    position INTEGER      NOT NULL,
    label    VARCHAR(200) NOT NULL,
    phone    VARCHAR(100) NOT NULL DEFAULT '',
    email    VARCHAR(200) NOT NULL DEFAULT ''
);

CREATE TABLE day_counters (
    id         ${id},
    position   INTEGER     NOT NULL,
    event_date VARCHAR(10) NOT NULL,
    label      TEXT        NOT NULL,
    comment    TEXT        NOT NULL DEFAULT '',
    active     BOOLEAN     NOT NULL DEFAULT TRUE
);

CREATE TABLE publications (
    id           ${id},
    slug         VARCHAR(120) NOT NULL,
    type         VARCHAR(32)  NOT NULL,
    lang         VARCHAR(8)   NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    title        TEXT         NOT NULL,
    lead         TEXT         NOT NULL DEFAULT '',
    body         TEXT         NOT NULL DEFAULT '',
    place        VARCHAR(200),
    event_date   VARCHAR(10),
    published_at BIGINT,
    featured     BOOLEAN      NOT NULL DEFAULT FALSE,
    series_key   VARCHAR(100),
    series_part  INTEGER,
    speakers     TEXT         NOT NULL DEFAULT '',
    created_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);

-- The archive and the home page read newest first within a language and status; with id
-- last the index alone answers the page query and the count (no table scan).
CREATE INDEX publications_by_date ON publications (lang, status, published_at, id);
CREATE INDEX publications_by_type_date ON publications (lang, status, type, published_at, id);
CREATE INDEX publications_featured ON publications (lang, status, featured, published_at);
CREATE INDEX publications_series ON publications (series_key, series_part);
