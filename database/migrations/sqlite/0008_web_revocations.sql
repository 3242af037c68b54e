-- v8: web credentials (sessions, transcript links) revoked before a time, per user or ticket.
CREATE TABLE web_revocations (
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    revoked_at INTEGER NOT NULL,
    PRIMARY KEY (kind, subject_id)
);
