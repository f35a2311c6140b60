-- The change log: every change readers can see, in the order it committed. Each node follows it
-- to keep its own caches and search index current, whichever node made the change.
CREATE TABLE change_log (
    id             ${id},
    kind           VARCHAR(20) NOT NULL,
    publication_id BIGINT      NOT NULL,
    occurred_at    BIGINT      NOT NULL
);
