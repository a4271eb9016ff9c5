-- Case-insensitive collation: "Alice" and "alice" are the same username.
CREATE TABLE credential (
    user_id       CHAR(36)     NOT NULL,
    username      VARCHAR(30)  NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    state         VARCHAR(12)  NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id),
    UNIQUE KEY uk_credential_username (username),
    KEY ix_credential_state_updated (state, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins per (normalised) username, for throttling; old rows are purged.
CREATE TABLE sign_in_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    username  VARCHAR(100) NOT NULL,
    failed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_sign_in_failure_username_time (username, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
