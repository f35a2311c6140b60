-- People of the press office, their browser sessions and their API tokens.
-- Secrets (session ids, API tokens, setup tokens) are stored only as SHA-256 hex digests;
-- passwords only as Argon2id hashes in PHC string form.

CREATE TABLE users (
    id            ${id},
    email         VARCHAR(254) NOT NULL,
    name          VARCHAR(200) NOT NULL DEFAULT '',
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(255),
    disabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);
CREATE UNIQUE INDEX users_email ON users (email);

CREATE TABLE sessions (
    token_hash  VARCHAR(64) PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES users (id),
    csrf_token  VARCHAR(64) NOT NULL,
    created_at  BIGINT      NOT NULL,
    expires_at  BIGINT      NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id           ${id},
    user_id      BIGINT       NOT NULL REFERENCES users (id),
    name         VARCHAR(200) NOT NULL DEFAULT '',
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);

CREATE TABLE setup_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    expires_at BIGINT      NOT NULL,
    used_at    BIGINT
);
