-- v4: ticket types. Every configured server gets one type with nothing set, so it behaves exactly as
-- the server's settings did; tickets and panels made before have no type and open that one.

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
