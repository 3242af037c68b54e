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


