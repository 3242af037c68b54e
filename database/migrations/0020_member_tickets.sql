-- v20: a member's own tickets, across servers, for the viewer's "My tickets" page.

CREATE INDEX participants_user ON participants (user_id);
