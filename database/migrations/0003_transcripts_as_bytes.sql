-- dialect: sqlite

-- v3: transcripts are UTF-8 documents kept as bytes. SQLite stores whatever a column is given, so
-- nothing changes on disk; the version keeps the backends' histories in step.

-- dialect: mysql

-- v3: transcripts are UTF-8 documents kept as bytes (the text already stored converts as it is).

ALTER TABLE transcripts MODIFY html LONGBLOB NOT NULL, MODIFY text LONGBLOB NOT NULL;
