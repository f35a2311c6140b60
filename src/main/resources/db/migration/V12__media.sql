-- The media library: one row per uploaded file, so every node sharing the database lists the
-- same files. The bytes live in the media directory (the media_dir setting, which nodes may
-- share) at path, which holds the SHA-256 of the bytes: the same bytes are stored once.
CREATE TABLE media (
    id           ${id},
    sha256       VARCHAR(64)  NOT NULL,
    path         VARCHAR(200) NOT NULL,
    name         VARCHAR(255) NOT NULL,
    content_type VARCHAR(50)  NOT NULL,
    bytes        BIGINT       NOT NULL,
    uploaded_at  BIGINT       NOT NULL,
    uploaded_by  BIGINT       REFERENCES users (id)
);
CREATE UNIQUE INDEX media_sha256 ON media (sha256);
CREATE UNIQUE INDEX media_path ON media (path);
