-- v8: web credentials (sessions, transcript links) revoked before a time, per user or ticket.

-- dialect: sqlite

CREATE TABLE web_revocations (
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    revoked_at INTEGER NOT NULL,
    PRIMARY KEY (kind, subject_id)
);

-- dialect: mysql

CREATE TABLE web_revocations (
    kind VARCHAR(16) NOT NULL,
    subject_id BIGINT NOT NULL,
    revoked_at DATETIME(6) NOT NULL,
    PRIMARY KEY (kind, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
