-- v15: labels a server defines, and the labels put on its tickets.

-- dialect: sqlite

CREATE TABLE labels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    created_by INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (guild_id, name_key)
);

CREATE TABLE ticket_labels (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, label_id)
);

CREATE INDEX ticket_labels_label ON ticket_labels (label_id, ticket_id);

-- dialect: mysql

CREATE TABLE labels (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    name_key VARCHAR(300) NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    UNIQUE KEY labels_name (guild_id, name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ticket_labels (
    ticket_id BIGINT NOT NULL,
    label_id BIGINT NOT NULL,
    added_at DATETIME(6) NOT NULL,
    PRIMARY KEY (ticket_id, label_id),
    INDEX ticket_labels_label (label_id, ticket_id),
    CONSTRAINT ticket_labels_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE,
    CONSTRAINT ticket_labels_label FOREIGN KEY (label_id) REFERENCES labels (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
