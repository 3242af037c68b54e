-- v6: attachments kept with transcripts, in pieces.

CREATE TABLE transcript_files (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    part INTEGER NOT NULL,
    filename TEXT NOT NULL,
    content_type TEXT,
    data BLOB NOT NULL,
    PRIMARY KEY (ticket_id, position, part)
);
