-- v5: the ticket lifecycle: closing for inactivity, confirmation, openers who leave. Tickets remember their last message (from anyone, and from the opener);
-- those made before count from when they opened.

-- dialect: sqlite

ALTER TABLE guild_configs ADD COLUMN auto_close_hours REAL;

ALTER TABLE guild_configs ADD COLUMN auto_close_warning_hours REAL;

ALTER TABLE guild_configs ADD COLUMN idle_counts TEXT NOT NULL DEFAULT 'opener' CHECK (idle_counts IN ('opener', 'anyone'));

ALTER TABLE guild_configs ADD COLUMN confirm_close INTEGER NOT NULL DEFAULT 0;

ALTER TABLE guild_configs ADD COLUMN on_opener_leave TEXT NOT NULL DEFAULT 'keep' CHECK (on_opener_leave IN ('keep', 'close'));

ALTER TABLE tickets ADD COLUMN active_at INTEGER;

ALTER TABLE tickets ADD COLUMN opener_active_at INTEGER;

ALTER TABLE tickets ADD COLUMN idle_warned_at INTEGER;

ALTER TABLE tickets ADD COLUMN auto_close INTEGER NOT NULL DEFAULT 1;

ALTER TABLE tickets ADD COLUMN opener_left_at INTEGER;

UPDATE tickets SET active_at = opened_at, opener_active_at = opened_at;

CREATE INDEX tickets_idle ON tickets (guild_id, status, active_at);

CREATE INDEX tickets_opener_idle ON tickets (guild_id, status, opener_active_at);

-- dialect: mysql

ALTER TABLE guild_configs ADD COLUMN auto_close_hours DOUBLE NULL,
    ADD COLUMN auto_close_warning_hours DOUBLE NULL,
    ADD COLUMN idle_counts VARCHAR(16) NOT NULL DEFAULT 'opener',
    ADD COLUMN confirm_close BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN on_opener_leave VARCHAR(16) NOT NULL DEFAULT 'keep',
    ADD CONSTRAINT on_opener_leave_known CHECK (on_opener_leave IN ('keep', 'close')),
    ADD CONSTRAINT idle_counts_known CHECK (idle_counts IN ('opener', 'anyone'));

ALTER TABLE tickets ADD COLUMN active_at DATETIME(6) NULL, ADD COLUMN opener_active_at DATETIME(6) NULL,
    ADD COLUMN idle_warned_at DATETIME(6) NULL, ADD COLUMN auto_close BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN opener_left_at DATETIME(6) NULL,
    ADD INDEX tickets_idle (guild_id, status, active_at),
    ADD INDEX tickets_opener_idle (guild_id, status, opener_active_at);

UPDATE tickets SET active_at = opened_at, opener_active_at = opened_at;
