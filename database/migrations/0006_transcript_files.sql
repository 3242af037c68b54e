-- v6: attachments kept with transcripts, in pieces.

-- dialect: sqlite

CREATE TABLE transcript_files (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    part INTEGER NOT NULL,
    filename TEXT NOT NULL,
    content_type TEXT,
    data BLOB NOT NULL,
    PRIMARY KEY (ticket_id, position, part)
);

-- dialect: mysql

CREATE TABLE transcript_files (
    ticket_id BIGINT NOT NULL,
    position INT NOT NULL,
    part INT NOT NULL,
    filename VARCHAR(255) NOT NULL,
    content_type VARCHAR(255) NULL,
    data MEDIUMBLOB NOT NULL,
    PRIMARY KEY (ticket_id, position, part)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
