-- v18: server-wide choices for ratings (types may say otherwise), for who may open a ticket about a message,
-- and for showing a ticket's priority as an emoji before its channel or thread name.

-- dialect: sqlite

ALTER TABLE guild_configs ADD COLUMN ask_rating INTEGER NOT NULL DEFAULT 0;

ALTER TABLE guild_configs ADD COLUMN members_open_about INTEGER NOT NULL DEFAULT 0;

ALTER TABLE guild_configs ADD COLUMN priority_prefix INTEGER NOT NULL DEFAULT 0;

-- dialect: mysql

ALTER TABLE guild_configs
    ADD COLUMN ask_rating BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN members_open_about BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN priority_prefix BOOLEAN NOT NULL DEFAULT FALSE;
