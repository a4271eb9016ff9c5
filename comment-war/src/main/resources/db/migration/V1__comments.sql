-- The photos comment-war knows of (announced by photo-war).
CREATE TABLE photo (
    id         BIGINT      NOT NULL,
    owner_id   VARCHAR(36) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Text exactly as given (trimmed); escaping is the output's job.
CREATE TABLE comment (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    photo_id   BIGINT      NOT NULL,
    author_id  VARCHAR(36) NOT NULL,
    text       TEXT        NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    -- a photo's comments newest first, their counts, the latest few per photo
    KEY ix_comment_photo (photo_id, created_at, id),
    -- a user's comments newest first, and their removal with the account
    KEY ix_comment_author (author_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Deleted photos stay deleted: a late or repeated announcement of one is ignored.
CREATE TABLE deleted_photo (
    id         BIGINT      NOT NULL,
    deleted_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
