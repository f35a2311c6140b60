-- The client addresses each account has signed in from, so that failures from elsewhere cannot lock
-- its user out: a row per account and address that signed in, named only by the SHA-256 digest of
-- "familiar:<e-mail>\n<address>", kept until forget_at (a quarter of a year after the last sign-in
-- from there) and then purged.
CREATE TABLE sign_in_familiar (
    key_hash  VARCHAR(64) PRIMARY KEY,
    forget_at BIGINT      NOT NULL
);
CREATE INDEX sign_in_familiar_forget ON sign_in_familiar (forget_at);
