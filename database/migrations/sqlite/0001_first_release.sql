-- v1: the first release's schema.

CREATE TABLE guild_configs (
    guild_id INTEGER PRIMARY KEY,
    ticket_category_id INTEGER,
    log_channel_id INTEGER,
    archive_category_id INTEGER,
    close_action TEXT NOT NULL CHECK (close_action IN ('delete', 'archive')),
    max_open_tickets INTEGER NOT NULL CHECK (max_open_tickets >= 1),
    channel_name_template TEXT NOT NULL,
    welcome_message TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE staff_roles (
    guild_id INTEGER NOT NULL REFERENCES guild_configs (guild_id) ON DELETE CASCADE,
    role_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (guild_id, role_id)
);

CREATE TABLE counters (
    guild_id INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

CREATE TABLE panels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    message_id INTEGER,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    button_label TEXT NOT NULL,
    created_by INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX panels_guild ON panels (guild_id);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    opener_id INTEGER NOT NULL,
    channel_id INTEGER UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'open', 'closed', 'archived')),
    reason TEXT,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER,
    closed_by INTEGER,
    close_reason TEXT,
    UNIQUE (guild_id, number)
);

CREATE INDEX tickets_opener ON tickets (guild_id, opener_id, status);

CREATE INDEX tickets_status ON tickets (status, guild_id);

CREATE TABLE participants (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('creator', 'staff', 'participant')),
    added_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
);

CREATE TABLE transcripts (
    ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    message_count INTEGER NOT NULL,
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE audit_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    ticket_id INTEGER,
    actor_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX audit_guild ON audit_entries (guild_id, id);
