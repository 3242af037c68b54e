-- v14: how urgent staff judge a ticket; every earlier ticket is of normal priority.

-- dialect: sqlite

ALTER TABLE tickets ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal';

-- dialect: mysql

ALTER TABLE tickets ADD COLUMN priority VARCHAR(8) NOT NULL DEFAULT 'normal';
