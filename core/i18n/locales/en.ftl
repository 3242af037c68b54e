# English: the source every other catalog translates, and the fallback for any key a catalog lacks.
# Fluent syntax: https://projectfluent.org/fluent/guide/ — `{ $name }` is a parameter the code passes.

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors (core/errors.py, core/ui/errors.py)

error-configuration = The bot is not configured correctly. The admins can see why in its log.
error-database = The database is unavailable right now. Please try again in a moment.
error-restarting = The bot is restarting. Please try again in a moment.
error-discord-refused = Discord refused my request ({ $status }). Please try again in a moment.
error-missing-permission = You need the { $permissions } permission for this.
error-server-only = This only works in a server.
error-not-in-ticket = Use this inside a ticket channel.
error-check-failed = You cannot use this here.
error-unexpected = Something went wrong on my side. If it keeps happening, give the admins this error id: `{ $id }`.
error-not-configured = Tickets are not set up on this server yet. An admin needs to run `/setup`.
# $scope: "named" (a type's limit, $type is its name), "type" (this type's limit), "server" (the server's).
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] You already have an open { $type } ticket.
           *[other] You already have { $limit } open { $type } tickets.
        }
        [type] { $limit ->
            [one] You already have an open ticket of this type.
           *[other] You already have { $limit } open tickets of this type.
        }
       *[server] { $limit ->
            [one] You already have an open ticket.
           *[other] You already have { $limit } open tickets.
        }
    } Close one before opening another.
error-type-name-taken = There is already a ticket type named “{ $name }”.
error-ticket-not-pending = Ticket { $ticket_id } is not waiting for a channel.

## Tickets



## Admin



## Web and transcripts
# The button on a web page that starts signing in through Discord.
web-sign-in = Sign in with Discord
# The button on a web page that ends the signed-in session.
web-sign-out = Sign out
# The web side's home page: its title, then one of three messages below it.
web-home-title = Ticket transcripts
# Home page when signing in is not set up.
web-home-anonymous = Open a transcript from its link.
web-home-sign-in = Open a transcript from its link, or sign in with Discord.
# Home page once signed in: $name is the user's Discord name; $servers how many of their servers use the bot (listed below).
# API errors (JSON, for developers using an API key). "/api-key create" is a command; keep it as it is.
api-error-no-key = Send Authorization: Bearer <key> (a key from /api-key create).
api-error-bad-key = This key is not valid, or was revoked.
api-error-rate-limited = Too many requests; slow down.
api-error-no-ticket = This server has no such ticket.
# $most is the largest page size allowed. "limit" is a query parameter's name: keep it as it is.
api-error-limit = limit must be a number from 1 to { $most }.
api-error-no-transcript = This ticket has no saved transcript (yet).
# "channel_id" is a JSON field's name: keep it as it is.
api-error-channel-id = channel_id must be a channel's id, as a string of digits.
# The JSON field names (title, description, button_label, types) stay as they are.
api-error-panel-fields = title, description and button_label are text; types a list of names.
# $field is a JSON field's name (kept as it is); $limit a number of characters.
api-error-too-long = { $field } is longer than { $limit } characters.
# "types" is a JSON field's name; $most how many names, $length their most characters.
api-error-types = types lists at most { $most } names of up to { $length } characters.
api-error-no-channel = channel_id must name a text channel of this server that the bot sees.
# $most is a number of bytes.
api-error-too-large = Send at most { $most } bytes.
api-error-timeout = Send the body within { $seconds } seconds.
api-error-not-object = Send a JSON object.
# $id is a short code to quote when reporting the error.
api-error-internal = Something went wrong; error id { $id }.
# Audit log detail when staff revoke a ticket's transcript links on the web viewer; $ticket is its number, e.g. "#0001".
audit-detail-web-links-revoked = Every transcript link of ticket { $ticket } made so far stops working (from the web viewer)
# In a transcript, the name shown for a user Discord no longer knows.
transcript-former-member = a former member
# The labels of a transcript's header, before each fact about the ticket ($fact names which one).
transcript-fact = { $fact ->
    [server] Server
    [type] Type
    [opened-by] Opened by
    [reason] Reason
    [claimed-by] Claimed by
    [closed-by] Closed by
    [close-reason] Close reason
   *[duration] Duration
}
# A ticket cannot close because its transcript is too large to upload; $size and $limit are in MiB (e.g. "12.5", "10").
transcript-too-large = The transcript is { $size } MiB even compressed, more than Discord's upload limit of { $limit } MiB, so the ticket stays open. Save the conversation another way, then delete the channel: the ticket is then closed without a transcript.
web-home-signed-in = { $servers ->
    [0] Signed in as { $name }.
   *[other] Signed in as { $name }. Your servers' tickets:
}



## Commands: tickets



## Commands: admin and utility


