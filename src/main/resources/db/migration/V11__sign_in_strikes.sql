-- Failed sign-ins, counted in the database so that every node sharing it counts against one quota.
-- One row per account (the e-mail as typed) or client address, named only by the SHA-256 digest of
-- "account:<e-mail>" or "address:<address>": what someone typed in the e-mail field is not kept.
-- recent holds the failures within the window, epoch milliseconds separated by commas; a row whose
-- forget_at has passed counts as absent and is purged.
CREATE TABLE sign_in_strikes (
    key_hash     VARCHAR(64) PRIMARY KEY,
    recent       TEXT        NOT NULL DEFAULT '',
    locks        INTEGER     NOT NULL DEFAULT 0,
    locked_until BIGINT,
    forget_at    BIGINT      NOT NULL
);
CREATE INDEX sign_in_strikes_forget ON sign_in_strikes (forget_at);
