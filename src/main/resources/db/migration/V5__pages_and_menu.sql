-- Static pages (consular services, visas, contacts) at /{lang}/{slug}, the site's navigation
-- menu, and the indexes the audit log's viewer filters by.

-- Saved pages are public. version is raised by every save; a save names the version it edited.
CREATE TABLE pages (
    id         ${id},
    lang       VARCHAR(8)   NOT NULL,
    slug       VARCHAR(80)  NOT NULL,
    title      VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL DEFAULT '',
    version    BIGINT       NOT NULL DEFAULT 1,
    updated_at BIGINT       NOT NULL,
    updated_by BIGINT       REFERENCES users (id)
);
CREATE UNIQUE INDEX pages_slug ON pages (lang, slug);

-- The links of each language's site navigation, in order.
CREATE TABLE menu_items (
    id       ${id},
    lang     VARCHAR(8)    NOT NULL,
    position INTEGER       NOT NULL,
    label    VARCHAR(100)  NOT NULL,
    url      VARCHAR(2000) NOT NULL
);
CREATE INDEX menu_items_lang ON menu_items (lang, position);

-- The viewer lists the log newest first, a page at a time after the last (occurred_at, id) shown,
-- optionally of one action or one actor: each filter reads its own index in that order, and a
-- deep page starts where the last one ended instead of counting its way there.
DROP INDEX audit_log_occurred;
CREATE INDEX audit_log_occurred ON audit_log (occurred_at, id);
CREATE INDEX audit_log_action ON audit_log (action, occurred_at, id);
CREATE INDEX audit_log_actor ON audit_log (actor, occurred_at, id);
