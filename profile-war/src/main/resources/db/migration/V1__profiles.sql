-- Case-insensitive collation: usernames and emails are unique regardless of case.
CREATE TABLE profile (
    id           CHAR(36)     NOT NULL,
    username     VARCHAR(30)  NOT NULL,
    display_name VARCHAR(50)  NULL,
    bio          VARCHAR(300) NULL,
    email        VARCHAR(254) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_profile_username (username),
    UNIQUE KEY uk_profile_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
