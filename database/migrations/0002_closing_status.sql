-- v2: the closing status (a close in progress that any process can finish) and the transcript's message.

-- dialect: sqlite

-- SQLite cannot change a CHECK constraint, so the table is rebuilt (foreign keys are off meanwhile).

CREATE TABLE tickets_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    opener_id INTEGER NOT NULL,
    channel_id INTEGER UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'open', 'closing', 'closed', 'archived')),
    reason TEXT,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER,
    closed_by INTEGER,
    close_reason TEXT,
    transcript_message_id INTEGER,
    UNIQUE (guild_id, number)
);

INSERT INTO tickets_v2 (id, guild_id, number, opener_id, channel_id, status, reason, opened_at,
    closed_at, closed_by, close_reason)
    SELECT id, guild_id, number, opener_id, channel_id, status, reason, opened_at, closed_at, closed_by,
    close_reason FROM tickets;

DROP TABLE tickets;

ALTER TABLE tickets_v2 RENAME TO tickets;

CREATE INDEX tickets_opener ON tickets (guild_id, opener_id, status);

CREATE INDEX tickets_status ON tickets (status, guild_id);

-- dialect: mysql

ALTER TABLE tickets DROP CONSTRAINT status_known;

ALTER TABLE tickets ADD COLUMN transcript_message_id BIGINT NULL,
    ADD CONSTRAINT status_known CHECK (status IN ('pending', 'open', 'closing', 'closed', 'archived'));
