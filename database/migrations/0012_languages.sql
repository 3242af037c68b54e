-- v12: languages. A server and a ticket type may choose the language of what the whole ticket or server
-- reads (NULL: the server's, and for a server its Discord preferred locale). The welcome message earlier
-- releases stored as the default English becomes empty, which now means "the default, in the ticket's language".

-- dialect: sqlite

ALTER TABLE guild_configs ADD COLUMN language TEXT;

ALTER TABLE ticket_types ADD COLUMN language TEXT;

UPDATE guild_configs SET welcome_message = ''
    WHERE welcome_message = 'Thanks for reaching out! Describe your issue and a staff member will be with you shortly.';

-- dialect: mysql

ALTER TABLE guild_configs ADD COLUMN language VARCHAR(16) NULL;

ALTER TABLE ticket_types ADD COLUMN language VARCHAR(16) NULL;

UPDATE guild_configs SET welcome_message = ''
    WHERE welcome_message = 'Thanks for reaching out! Describe your issue and a staff member will be with you shortly.';
