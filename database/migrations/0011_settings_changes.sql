-- v11: a marker per server, moved on by every change of its settings, staff roles or ticket types, so each
-- process can ask cheaply which servers' cached settings to read again.
-- version: counts the server's changes; changed_at: when the last one was written (indexed, to ask
-- "what changed since" across all servers in one statement).

-- dialect: sqlite

CREATE TABLE settings_changes (
    guild_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
);

CREATE INDEX settings_changes_changed_at ON settings_changes (changed_at);

-- dialect: mysql

CREATE TABLE settings_changes (
    guild_id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    INDEX settings_changes_changed_at (changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
