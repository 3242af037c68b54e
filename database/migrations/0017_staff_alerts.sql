-- v17: a ticket's post in its type's staff alert channel, which the bot edits as the ticket is claimed and closed.

-- dialect: sqlite

ALTER TABLE tickets ADD COLUMN alert_message_id INTEGER;

-- dialect: mysql

ALTER TABLE tickets ADD COLUMN alert_message_id BIGINT NULL;
