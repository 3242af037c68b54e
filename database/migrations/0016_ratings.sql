-- v16: the opener's rating of a closed ticket (1 to 5 stars, given once) and their comment.

-- dialect: sqlite

ALTER TABLE tickets ADD COLUMN rating INTEGER;

ALTER TABLE tickets ADD COLUMN rating_comment TEXT;

ALTER TABLE tickets ADD COLUMN rated_at INTEGER;

-- dialect: mysql

ALTER TABLE tickets ADD COLUMN rating TINYINT NULL, ADD COLUMN rating_comment TEXT NULL, ADD COLUMN rated_at DATETIME(6) NULL;
