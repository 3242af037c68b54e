-- v10: inactivity by an indexed due time on the ticket row, and warnings known to have been delivered.
-- idle_due_at: when the inactivity sweep must look at the ticket next (NULL: at the next sweep);
-- idle_warning_posted_at: when its warning was posted (idle_warned_at is the claim to post it).

-- dialect: sqlite

ALTER TABLE tickets ADD COLUMN idle_due_at INTEGER;

ALTER TABLE tickets ADD COLUMN idle_warning_posted_at INTEGER;

CREATE INDEX tickets_idle_due ON tickets (status, idle_due_at);

-- dialect: mysql

ALTER TABLE tickets ADD COLUMN idle_due_at DATETIME(6) NULL, ADD COLUMN idle_warning_posted_at DATETIME(6) NULL,
    ADD INDEX tickets_idle_due (status, idle_due_at);
