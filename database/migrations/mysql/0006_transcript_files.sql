-- v6: attachments kept with transcripts, in pieces.

CREATE TABLE transcript_files (
    ticket_id BIGINT NOT NULL,
    position INT NOT NULL,
    part INT NOT NULL,
    filename VARCHAR(255) NOT NULL,
    content_type VARCHAR(255) NULL,
    data MEDIUMBLOB NOT NULL,
    PRIMARY KEY (ticket_id, position, part)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
