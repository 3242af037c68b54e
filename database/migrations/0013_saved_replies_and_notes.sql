-- v13: staff's saved replies (tags), searchable by their words, and staff's private notes on tickets.
-- A tag's name is unique in its server regardless of case: name_key holds the name as compared.

-- dialect: sqlite

CREATE TABLE tags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    content TEXT NOT NULL,
    created_by INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    type_ids TEXT,
    uses INTEGER NOT NULL DEFAULT 0,
    solved INTEGER NOT NULL DEFAULT 0,
    opened_anyway INTEGER NOT NULL DEFAULT 0,
    UNIQUE (guild_id, name_key)
);

-- The words of every tag, for matching a member's question to the answers staff saved (kept by triggers);
-- the server's id is a token too, so a search reads only its own server's tags.
CREATE VIRTUAL TABLE tags_search USING fts5(guild_id, name, content, content='tags', content_rowid='id');

CREATE TRIGGER tags_search_added AFTER INSERT ON tags BEGIN INSERT INTO tags_search (rowid, guild_id, name, content) VALUES (new.id, new.guild_id, new.name, new.content); END;

CREATE TRIGGER tags_search_removed AFTER DELETE ON tags BEGIN INSERT INTO tags_search (tags_search, rowid, guild_id, name, content) VALUES ('delete', old.id, old.guild_id, old.name, old.content); END;

CREATE TRIGGER tags_search_changed AFTER UPDATE OF name, content ON tags BEGIN INSERT INTO tags_search (tags_search, rowid, guild_id, name, content) VALUES ('delete', old.id, old.guild_id, old.name, old.content); INSERT INTO tags_search (rowid, guild_id, name, content) VALUES (new.id, new.guild_id, new.name, new.content); END;

CREATE TABLE ticket_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    guild_id INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    content TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX ticket_notes_ticket ON ticket_notes (ticket_id, id);

-- dialect: mysql

-- The searched columns compare without case (a binary collation would make full-text search case-sensitive).
CREATE TABLE tags (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    name VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    name_key VARCHAR(300) NOT NULL,
    content TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    type_ids TEXT NULL,
    uses INT NOT NULL DEFAULT 0,
    solved INT NOT NULL DEFAULT 0,
    opened_anyway INT NOT NULL DEFAULT 0,
    UNIQUE KEY tags_name (guild_id, name_key),
    FULLTEXT KEY tags_search (name, content)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ticket_notes (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id BIGINT NOT NULL,
    guild_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    content TEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    INDEX ticket_notes_ticket (ticket_id, id),
    CONSTRAINT ticket_notes_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
