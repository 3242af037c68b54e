-- v4: ticket types. Every configured server gets one type with nothing set, so it behaves exactly as
-- the server's settings did; tickets and panels made before have no type and open that one.

-- dialect: sqlite

CREATE TABLE ticket_types (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    options TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX ticket_types_guild ON ticket_types (guild_id);

INSERT INTO ticket_types (guild_id, name, options, created_at) SELECT guild_id, 'Support', '{}', updated_at FROM guild_configs WHERE ticket_category_id IS NOT NULL ORDER BY guild_id;

ALTER TABLE guild_configs ADD COLUMN overflow_category_id INTEGER;

ALTER TABLE guild_configs ADD COLUMN blocked_ids TEXT;

ALTER TABLE guild_configs ADD COLUMN claim_mode TEXT NOT NULL DEFAULT 'shared' CHECK (claim_mode IN ('shared', 'claimer-writes', 'claimer-only'));

ALTER TABLE tickets ADD COLUMN claimed_by INTEGER;

ALTER TABLE tickets ADD COLUMN close_due_at INTEGER;

CREATE INDEX tickets_due ON tickets (close_due_at) WHERE close_due_at IS NOT NULL;

ALTER TABLE tickets ADD COLUMN type_id INTEGER;

ALTER TABLE tickets ADD COLUMN answers TEXT;

ALTER TABLE panels ADD COLUMN type_ids TEXT;

ALTER TABLE panels ADD COLUMN style TEXT NOT NULL DEFAULT 'buttons' CHECK (style IN ('buttons', 'select'));

-- dialect: mysql

CREATE TABLE ticket_types (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    options MEDIUMTEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    INDEX ticket_types_guild (guild_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO ticket_types (guild_id, name, options, created_at) SELECT guild_id, 'Support', '{}', updated_at FROM guild_configs WHERE ticket_category_id IS NOT NULL ORDER BY guild_id;

ALTER TABLE guild_configs ADD COLUMN overflow_category_id BIGINT NULL, ADD COLUMN blocked_ids TEXT NULL,
    ADD COLUMN claim_mode VARCHAR(16) NOT NULL DEFAULT 'shared',
    ADD CONSTRAINT claim_mode_known CHECK (claim_mode IN ('shared', 'claimer-writes', 'claimer-only'));

ALTER TABLE tickets ADD COLUMN type_id BIGINT NULL, ADD COLUMN answers MEDIUMTEXT NULL,
    ADD COLUMN claimed_by BIGINT NULL, ADD COLUMN close_due_at DATETIME(6) NULL,
    ADD INDEX tickets_due (close_due_at);

ALTER TABLE panels ADD COLUMN type_ids TEXT NULL,
    ADD COLUMN style VARCHAR(16) NOT NULL DEFAULT 'buttons',
    ADD CONSTRAINT style_known CHECK (style IN ('buttons', 'select'));
