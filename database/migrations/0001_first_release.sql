-- v1: the first release's schema.

-- dialect: sqlite

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

-- dialect: mysql

CREATE TABLE guild_configs (
    guild_id BIGINT NOT NULL PRIMARY KEY,
    ticket_category_id BIGINT NULL,
    log_channel_id BIGINT NULL,
    archive_category_id BIGINT NULL,
    close_action VARCHAR(16) NOT NULL,
    max_open_tickets INT NOT NULL,
    channel_name_template VARCHAR(200) NOT NULL,
    welcome_message TEXT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT close_action_known CHECK (close_action IN ('delete', 'archive')),
    CONSTRAINT max_open_positive CHECK (max_open_tickets >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE staff_roles (
    guild_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    position INT NOT NULL,
    PRIMARY KEY (guild_id, role_id),
    CONSTRAINT staff_roles_guild FOREIGN KEY (guild_id) REFERENCES guild_configs (guild_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE counters (
    guild_id BIGINT NOT NULL PRIMARY KEY,
    last_number BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE panels (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    message_id BIGINT NULL,
    title VARCHAR(256) NOT NULL,
    description TEXT NOT NULL,
    button_label VARCHAR(80) NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    INDEX panels_guild (guild_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE tickets (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    number BIGINT NOT NULL,
    opener_id BIGINT NOT NULL,
    channel_id BIGINT NULL,
    status VARCHAR(16) NOT NULL,
    reason TEXT NULL,
    opened_at DATETIME(6) NOT NULL,
    closed_at DATETIME(6) NULL,
    closed_by BIGINT NULL,
    close_reason TEXT NULL,
    UNIQUE KEY tickets_number (guild_id, number),
    UNIQUE KEY tickets_channel (channel_id),
    INDEX tickets_opener (guild_id, opener_id, status),
    INDEX tickets_status (status, guild_id),
    CONSTRAINT status_known CHECK (status IN ('pending', 'open', 'closed', 'archived'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE participants (
    ticket_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    role VARCHAR(16) NOT NULL,
    added_at DATETIME(6) NOT NULL,
    PRIMARY KEY (ticket_id, user_id),
    CONSTRAINT participants_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE,
    CONSTRAINT role_known CHECK (role IN ('creator', 'staff', 'participant'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE transcripts (
    ticket_id BIGINT NOT NULL PRIMARY KEY,
    message_count INT NOT NULL,
    html LONGTEXT NOT NULL,
    text LONGTEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT transcripts_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_entries (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    ticket_id BIGINT NULL,
    actor_id BIGINT NOT NULL,
    action VARCHAR(64) NOT NULL,
    details TEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    INDEX audit_guild (guild_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
