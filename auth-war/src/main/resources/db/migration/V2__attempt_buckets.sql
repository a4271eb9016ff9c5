-- Throttling counts attempts in one row per subject (a username, an account's password check), so
-- that reserving an attempt is one atomic upsert: concurrent attempts serialise on the row (on one
-- node by its lock, across Galera nodes by certification, and the loser is run again).
CREATE TABLE attempt_bucket (
    subject      VARCHAR(255) NOT NULL,
    window_start DATETIME(3)  NOT NULL,
    attempts     INT          NOT NULL,
    PRIMARY KEY (subject),
    KEY ix_attempt_bucket_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

DROP TABLE sign_in_failure;
