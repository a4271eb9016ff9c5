-- Photo metadata: what listings read. No image bytes here, so timelines never touch a BLOB.
CREATE TABLE photo (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id   CHAR(36)     NOT NULL,
    title      VARCHAR(140) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    width      INT          NOT NULL,
    height     INT          NOT NULL,
    PRIMARY KEY (id),
    -- the newest timeline, keyset-paged by (created_at DESC, id DESC)
    KEY ix_photo_newest (created_at, id),
    -- one user's photos, same order
    KEY ix_photo_owner_newest (owner_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The stored renditions, one row per photo and variant; read one at a time by the image endpoint.
CREATE TABLE photo_image (
    photo_id     BIGINT      NOT NULL,
    variant      VARCHAR(16) NOT NULL,
    media_type   VARCHAR(32) NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    byte_count   INT         NOT NULL,
    content_hash CHAR(43)    NOT NULL,
    bytes        LONGBLOB    NOT NULL,
    PRIMARY KEY (photo_id, variant),
    CONSTRAINT fk_photo_image_photo FOREIGN KEY (photo_id) REFERENCES photo (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages to vote-war and comment-war, written in the transaction that adds or removes a photo
-- and deleted once the target acknowledged them.
CREATE TABLE photo_outbox (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    target           VARCHAR(16)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    photo_id         BIGINT       NOT NULL,
    owner_id         CHAR(36)     NOT NULL,
    photo_created_at DATETIME(3)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)  NOT NULL,
    last_error       VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_photo_outbox_due (next_attempt_at, id),
    KEY ix_photo_outbox_photo (photo_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
