-- The editorial workflow: each publication's state beside its content, every saved revision,
-- the public change notes (corrections) and the audit log.
-- One ALTER per statement, each column nullable or with a default: the form both SQLite and
-- PostgreSQL accept. A REFERENCES column must default to NULL on SQLite, so these do.

-- Raised by every save and every change of state; a save names the version it edited.
ALTER TABLE publications ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE publications ADD COLUMN author_id BIGINT REFERENCES users (id);
ALTER TABLE publications ADD COLUMN submitted_by BIGINT REFERENCES users (id);
ALTER TABLE publications ADD COLUMN scheduled_at BIGINT;
ALTER TABLE publications ADD COLUMN withdrawn_at BIGINT;
ALTER TABLE publications ADD COLUMN withdrawal_reason TEXT;
ALTER TABLE publications ADD COLUMN replacement_url TEXT;
ALTER TABLE publications ADD COLUMN force_reason TEXT;
ALTER TABLE publications ADD COLUMN force_published_by BIGINT REFERENCES users (id);
ALTER TABLE publications ADD COLUMN force_approved_by BIGINT REFERENCES users (id);
-- One tag per line, like speakers.
ALTER TABLE publications ADD COLUMN tags TEXT NOT NULL DEFAULT '';

-- The scheduler asks for scheduled items whose time has come.
CREATE INDEX publications_due ON publications (status, scheduled_at);

-- A full snapshot of the editable content per save, numbered from 1 within a publication.
-- version is the publication's version that the save produced.
CREATE TABLE revisions (
    id             ${id},
    publication_id BIGINT       NOT NULL REFERENCES publications (id),
    number         INTEGER      NOT NULL,
    version        BIGINT       NOT NULL,
    type           VARCHAR(32)  NOT NULL,
    lang           VARCHAR(8)   NOT NULL,
    title          TEXT         NOT NULL,
    lead           TEXT         NOT NULL DEFAULT '',
    body           TEXT         NOT NULL DEFAULT '',
    place          VARCHAR(200),
    event_date     VARCHAR(10),
    featured       BOOLEAN      NOT NULL DEFAULT FALSE,
    speakers       TEXT         NOT NULL DEFAULT '',
    tags           TEXT         NOT NULL DEFAULT '',
    author_id      BIGINT       REFERENCES users (id),
    created_at     BIGINT       NOT NULL,
    change_note    TEXT         NOT NULL DEFAULT '',
    minor          BOOLEAN      NOT NULL DEFAULT FALSE,
    restored_from  INTEGER
);
CREATE UNIQUE INDEX revisions_number ON revisions (publication_id, number);

-- Corrections shown on the public page as "Updated <date>: <note>".
CREATE TABLE change_notes (
    id              ${id},
    publication_id  BIGINT  NOT NULL REFERENCES publications (id),
    revision_number INTEGER NOT NULL,
    noted_at        BIGINT  NOT NULL,
    note            TEXT    NOT NULL
);
CREATE INDEX change_notes_publication ON change_notes (publication_id, noted_at);

-- Who did what, when. actor_id is empty for the system (the scheduler); actor keeps the
-- e-mail address as it was, so the log reads the same after a user changes.
CREATE TABLE audit_log (
    id          ${id},
    occurred_at BIGINT       NOT NULL,
    actor_id    BIGINT       REFERENCES users (id),
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    detail      TEXT         NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_occurred ON audit_log (occurred_at);
CREATE INDEX audit_log_subject ON audit_log (subject, occurred_at);
