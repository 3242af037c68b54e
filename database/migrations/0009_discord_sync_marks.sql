-- v9: a ticket or panel whose Discord side may lag its row (an operation on both under way, or interrupted)
-- says since when; recovery brings Discord to the row and clears the mark.

-- dialect: sqlite

ALTER TABLE tickets ADD COLUMN unsynced_since INTEGER;

CREATE INDEX tickets_unsynced ON tickets (unsynced_since);

ALTER TABLE panels ADD COLUMN unsynced_since INTEGER;

-- dialect: mysql

ALTER TABLE tickets ADD COLUMN unsynced_since DATETIME(6) NULL, ADD INDEX tickets_unsynced (unsynced_since);

ALTER TABLE panels ADD COLUMN unsynced_since DATETIME(6) NULL;
