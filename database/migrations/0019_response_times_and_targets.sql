-- v19: what the statistics read of each ticket (its first staff answer, reopens, messages), the server's
-- warning share of a response target, and each ticket's target alerts (each at most once). A type's targets
-- are in its settings document.

-- dialect: sqlite

ALTER TABLE tickets ADD COLUMN first_response_at INTEGER;

ALTER TABLE tickets ADD COLUMN first_responder_id INTEGER;

ALTER TABLE tickets ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0;

ALTER TABLE tickets ADD COLUMN message_count INTEGER;

ALTER TABLE tickets ADD COLUMN target_due_at INTEGER;

ALTER TABLE tickets ADD COLUMN response_warned_at INTEGER;

ALTER TABLE tickets ADD COLUMN response_breached_at INTEGER;

ALTER TABLE tickets ADD COLUMN resolution_warned_at INTEGER;

ALTER TABLE tickets ADD COLUMN resolution_breached_at INTEGER;

CREATE INDEX tickets_opened ON tickets (guild_id, opened_at);

CREATE INDEX tickets_closed ON tickets (guild_id, closed_at);

CREATE INDEX tickets_target_due ON tickets (status, target_due_at);

ALTER TABLE guild_configs ADD COLUMN target_warning_percent INTEGER NOT NULL DEFAULT 80;

-- dialect: mysql

ALTER TABLE tickets
    ADD COLUMN first_response_at DATETIME(6) NULL,
    ADD COLUMN first_responder_id BIGINT NULL,
    ADD COLUMN reopen_count INT NOT NULL DEFAULT 0,
    ADD COLUMN message_count INT NULL,
    ADD COLUMN target_due_at DATETIME(6) NULL,
    ADD COLUMN response_warned_at DATETIME(6) NULL,
    ADD COLUMN response_breached_at DATETIME(6) NULL,
    ADD COLUMN resolution_warned_at DATETIME(6) NULL,
    ADD COLUMN resolution_breached_at DATETIME(6) NULL,
    ADD INDEX tickets_opened (guild_id, opened_at),
    ADD INDEX tickets_closed (guild_id, closed_at),
    ADD INDEX tickets_target_due (status, target_due_at);

ALTER TABLE guild_configs ADD COLUMN target_warning_percent INT NOT NULL DEFAULT 80;
