-- v2: the closing status (a close in progress that any process can finish) and the transcript's message.

ALTER TABLE tickets DROP CONSTRAINT status_known;

ALTER TABLE tickets ADD COLUMN transcript_message_id BIGINT NULL,
    ADD CONSTRAINT status_known CHECK (status IN ('pending', 'open', 'closing', 'closed', 'archived'));
