-- v10: timed work acts only on promises known to have been delivered, and inactivity has an indexed due time.
-- idle_due_at: when the inactivity sweep must look at the ticket next (NULL: at the next sweep);
-- idle_warning_posted_at: when its warning was posted (idle_warned_at is the claim to post it);
-- close_request_message_id: the posted close request that close_due_at was promised in (NULL: not known yet).

-- dialect: sqlite

ALTER TABLE tickets ADD COLUMN idle_due_at INTEGER;

ALTER TABLE tickets ADD COLUMN idle_warning_posted_at INTEGER;

ALTER TABLE tickets ADD COLUMN close_request_message_id INTEGER;

CREATE INDEX tickets_idle_due ON tickets (status, idle_due_at);

-- dialect: mysql

ALTER TABLE tickets ADD COLUMN idle_due_at DATETIME(6) NULL, ADD COLUMN idle_warning_posted_at DATETIME(6) NULL,
    ADD COLUMN close_request_message_id BIGINT NULL, ADD INDEX tickets_idle_due (status, idle_due_at);
