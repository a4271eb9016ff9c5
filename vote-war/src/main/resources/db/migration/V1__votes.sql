-- The photos vote-war knows of (announced by photo-war), with their tally and ranking keys.
-- upvotes, downvotes and score are never incremented: every vote re-derives them from the vote
-- rows, under the photo row's lock (see the README).
CREATE TABLE photo (
    id         BIGINT        NOT NULL,
    owner_id   VARCHAR(36)   NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    -- the upload's calendar day in the hot timeline's zone (photoshare.vote.hot.zone)
    upload_day DATE          NOT NULL,
    upvotes    INT           NOT NULL DEFAULT 0,
    downvotes  INT           NOT NULL DEFAULT 0,
    -- sign(s) * log10(max(|s|, 1)) + t / 45000, s = upvotes - downvotes, t = created_at in epoch seconds
    score      DECIMAL(18, 7) NOT NULL,
    PRIMARY KEY (id),
    -- hot: one day's photos, most upvotes first, then newest
    KEY ix_photo_hot (upload_day, upvotes, created_at, id),
    -- trending: every photo by score
    KEY ix_photo_trending (score, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per user and photo that has a vote; withdrawing a vote deletes the row.
CREATE TABLE vote (
    photo_id BIGINT      NOT NULL,
    user_id  VARCHAR(36) NOT NULL,
    value    TINYINT     NOT NULL,
    voted_at DATETIME(3) NOT NULL,
    PRIMARY KEY (photo_id, user_id),
    KEY ix_vote_photo_value (photo_id, value),
    KEY ix_vote_user (user_id, voted_at, photo_id),
    CONSTRAINT ck_vote_value CHECK (value IN (-1, 1))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Deleted photos stay deleted: a late or repeated announcement of one is ignored.
CREATE TABLE deleted_photo (
    id         BIGINT      NOT NULL,
    deleted_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
