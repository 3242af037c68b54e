-- v20: a member's own tickets across servers, for the viewer's "My tickets" page, and when one of them last
-- asked staff to reopen an archived ticket.

CREATE INDEX participants_user ON participants (user_id);

-- dialect: sqlite

ALTER TABLE tickets ADD COLUMN reopen_asked_at INTEGER;

-- dialect: mysql

ALTER TABLE tickets ADD COLUMN reopen_asked_at DATETIME(6) NULL;
