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
error-not-a-member = That member is not in this server (any more).
error-rate-limited = Discord asks me to wait before doing that here; please try again { $again }.
error-not-in-ticket = Use this inside a ticket channel.
error-check-failed = You cannot use this here.
error-unexpected = Something went wrong on my side. If it keeps happening, give the admins this error id: `{ $id }`.
error-not-configured = Tickets are not set up on this server yet. An admin needs to run `/setup`.
# $scope: "named" (a type's limit, $type is its name), "type" (this type's limit), "server" (the server's).
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] You already have { $limit } open { $type } ticket.
           *[other] You already have { $limit } open { $type } tickets.
        }
        [type] { $limit ->
            [one] You already have { $limit } open ticket of this type.
           *[other] You already have { $limit } open tickets of this type.
        }
       *[server] { $limit ->
            [one] You already have { $limit } open ticket.
           *[other] You already have { $limit } open tickets.
        }
    } Close one before opening another.
error-type-name-taken = There is already a ticket type named “{ $name }”.
# The database failed in the middle of a close, which recovery will finish. $label: "#0042".
close-database-failed = The database failed while ticket { $label } was being closed. The close will be finished automatically in a minute or so.
open-database-failed = The database failed while your ticket was being opened, so it was not opened. Please try again in a moment.
form-database-slow = The database is slow right now, so the form cannot open in time. Please try again.
error-ticket-not-pending = Ticket { $ticket_id } is not waiting for a channel.

## Tickets

# The default welcome of a ticket, when the server or type wrote none of its own.
welcome-default = Thanks for reaching out! Describe your issue and a staff member will be with you shortly.
# The welcome embed's title. $label: the ticket's number such as "#0042"; $type: the ticket type's name.
welcome-title = Ticket { $label }
welcome-title-typed = { $type } · Ticket { $label }
# Field names of the welcome embed and the close summary.
welcome-opened-by = Opened by
welcome-reason = Reason
welcome-claimed-by = Claimed by
welcome-no-reason = No reason given
welcome-footer = Press Close when your issue is solved.
# Posted in the log channel for a new thread ticket. $type: type name; $label: "#0042"; $opener, $place: mentions.
join-notice = New { $type } ticket { $label } from { $opener }: { $place }. Join to take part.
# Notices posted in a ticket. $actor, $claimer, $held, $member, $opener: mentions of members.
notice-claimed = { $actor } has claimed this ticket and will handle it.
notice-transferred = { $actor } handed this ticket to { $claimer }.
notice-unclaimed = { $actor } unclaimed this ticket.
notice-unclaimed-held = { $actor } unclaimed this ticket (it was { $held }’s).
notice-member-added = { $member } was added to this ticket by { $actor }.
notice-member-removed = { $member } was removed from this ticket by { $actor }.
# $reason: the staff member's reason (when $with_reason is "true"); $due: a Discord relative time ("in 2 hours",
# when $with_due is "true"). The second sentence is on its own line.
notice-close-requested = { $opener }, { $actor } would like to close this ticket{ $with_reason ->
        [true] : { $reason }
       *[other] .
    }{ $with_due ->
        [true] {"\u000A"}It closes by itself { $due } unless you keep it open.
       *[other] {""}
    }
# $by_opener: "true" when only the opener's messages count as activity; $due: a Discord relative time.
notice-idle-warning = { $opener }, this ticket has { $by_opener ->
        [true] had no message from you
       *[other] been quiet
    } for a while and closes by itself { $due }. Write anything here to keep it open.
# The summary of a closed ticket (log channel and the opener's DM). $label: "#0042".
close-summary-title = Ticket { $label } closed
close-summary-server = Server
close-summary-closed-by = Closed by
close-summary-opened = Opened
close-summary-closed = Closed
close-summary-duration = Duration
close-summary-participants = Participants
close-summary-messages = Messages
close-summary-no-transcript = no transcript
close-summary-transcript = Transcript
# $link: the web address of the transcript.
close-summary-transcript-link = [Read it in the browser]({ $link }) (the link works for a limited time)
# Below each audit post in the log channel. $actor: a mention.
audit-by = by { $actor }
# An audit post's heading with the ticket's number. $heading: the action's heading below; $label: "#0042".
audit-author = { $heading } · { $label }
# Refusals and states of a ticket. $label: the ticket's number such as "#0042".
ticket-not-a-ticket = This channel is not a ticket.
ticket-server-gone = That ticket belongs to a server I am not in.
ticket-place-gone = Ticket { $label }'s channel no longer exists.
ticket-still-opening = Ticket { $label } is still being opened; try again in a moment.
ticket-already-closing = Ticket { $label } is already being closed.
ticket-closed = Ticket { $label } is closed.
# A member who is not staff tried a staff-only act; $action names the act.
refusal-staff-only = { $action ->
        [add-members] Only staff can add members to tickets.
        [remove-members] Only staff can remove members from tickets.
        [join] Only staff can join tickets.
        [claim] Only staff can claim tickets.
        [transfer] Only staff can hand tickets over.
        [auto-close] Only staff can change auto-close.
        [rename] Only staff can rename tickets.
        [move] Only staff can move tickets.
        [request-close] Only staff can ask to close tickets.
        [reopen] Only staff can reopen tickets.
        [tags] Only staff can use saved replies.
        [labels] Only staff can label tickets.
        [open-for] Only staff of that type can open tickets for others.
        [priority] Only staff can change a ticket's priority.
        [notes] Only staff can read and write notes.
        [stats] Only staff can see the statistics.
       *[other] Only staff can do this.
    }
refusal-close = Only the member who opened this ticket, or staff, can close it.
# Why a role cannot be a staff role (/setup, /config). $role: a role mention.
staff-role-everyone = @everyone cannot be a staff role: every member could then read and close every ticket.
staff-role-managed = { $role } is managed by an integration (a bot or a subscription), so its members are not chosen by you; pick a role you assign yourself.
staff-role-above-bot = { $role } is at or above my highest role, so I cannot manage it. Move my role above it in Server Settings → Roles, or pick another role.
# $low and $high: the allowed range of open tickets per member.
limit-out-of-range = The limit must be between { $low } and { $high } open tickets per member.
# Discord refused an act of the bot. $action: one of the place-action texts below (what the bot tried).
place-refused = Discord refused to let me { $action }: I am missing a permission there.
# $status: Discord's HTTP status code.
place-failed = Discord failed when I tried to { $action } ({ $status }). Please try again.
# $count: how many categories are named; $categories: their names in bold, separated by commas.
place-category-full = { $count ->
        [0] The ticket category is
        [one] The category { $categories } is
       *[other] The categories { $categories } are
    } full (Discord allows 50 channels per category), so no ticket can be opened now. Close some tickets there, or ask an admin to add an overflow category (`/setup` or `/type edit`).
place-server-full = This server has reached Discord's limit of 500 channels, so no channel can be made.
# What the bot tried, completing "Discord refused to let me …" and "Discord failed when I tried to …".
# $member: a member's mention.
place-action-grant = give { $member } access to this ticket
place-action-join = add you to this ticket
place-action-revoke = remove { $member } from this ticket
place-action-create = create the ticket channel
place-action-welcome = greet you in the ticket channel
place-action-claim = change who may work in this ticket
place-action-rename = rename this ticket
place-action-move = move this ticket
place-action-retire = delete or archive this ticket's channel
place-action-retire-closed = delete or archive this ticket's channel; the ticket is closed
place-action-reopen = reopen this ticket
place-action-read = read this ticket's messages for its transcript
place-action-post-transcript = post the transcript in the log channel
# $step: one of the actions above.
place-action-stays-open = { $step }; the ticket stays open
# Claims. $claimer, $member: mentions.
claim-already-yours = You have already claimed this ticket. `/ticket unclaim` hands it back.
claim-already-taken = { $claimer } has already claimed this ticket.
claim-none = No one has claimed this ticket.
claim-transfer-not-staff = { $member } is not staff of this ticket, so it cannot be theirs.
claim-transfer-same = { $member } already has this ticket.
claim-held = { $claimer } has claimed this ticket; only they or an admin can change that.
# $known: "true" when $claimer (who holds it now) is known.
claim-raced = { $known ->
        [true] { $claimer } changed
       *[other] someone changed
    } this ticket's claim a moment before you; try again.
# Close requests. $actor: a mention; $reason: the staff member's reason (when $with_reason is "true").
close-request-own = This is your own ticket: close it with `/ticket close`.
close-request-opener-only = Only the member who opened this ticket can answer its close request.
close-request-answered = This close request was already answered.
notice-kept-open = { $actor } kept this ticket open.
audit-detail-close-requested = { $with_reason ->
        [true] { $actor } asked to close this ticket ({ $reason })
       *[other] { $actor } asked to close this ticket
    }
# Stored as the reason of a ticket closed because its opener did not answer a close request.
close-reason-no-answer = { $with_reason ->
        [true] No answer to the close request: { $reason }
       *[other] No answer to the close request
    }
# Renaming and moving. $name: a channel name without "#"; $again: a Discord relative time; $type: a type name.
rename-empty = A channel name needs at least one letter or digit.
rename-same = The channel is already called #{ $name }.
rename-rate-limited = Discord allows two renames per channel every ten minutes; this one can be renamed again { $again }.
notice-renamed = { $actor } renamed this ticket to #{ $name }.
move-same = Ticket { $label } is already a { $type } ticket.
ticket-changed-meanwhile = Ticket { $label } changed meanwhile; try again.
# $before: the type it was in (when $had_type is "true").
notice-moved = { $had_type ->
        [true] { $actor } moved this ticket from { $before } to { $type }.
       *[other] { $actor } moved this ticket to { $type }.
    }
# Reasons shown in Discord's own audit log (Server Settings → Audit Log). $label: "#0042"; $actor: a user id.
discord-reason-renamed = Ticket { $label } renamed
# $enabled: "true" when the ticket closes after inactivity again, "false" when it no longer does.
notice-auto-close = { $enabled ->
        [true] { $actor } set this ticket so that it will close after inactivity again.
       *[other] { $actor } set this ticket so that it will not close for inactivity.
    }
# Stored as the reason of a ticket closed for inactivity. $unit: "minutes" or "hours"; $amount: how many.
close-reason-idle = { $unit ->
        [minutes] { $amount ->
            [one] No activity for { $amount } minute
           *[other] No activity for { $amount } minutes
        }
       *[hours] { $amount ->
            [one] No activity for { $amount } hour
           *[other] No activity for { $amount } hours
        }
    }
# Members of a ticket. $member: a mention; $place: the ticket's channel mention.
member-bot = Bots cannot be added to tickets.
member-already-in = { $member } is already in this ticket.
member-remove-opener = The member who opened the ticket cannot be removed. Close the ticket instead.
member-remove-staff = { $member } is staff, so their role gives them access to every ticket. Take the staff role away from them to remove them.
member-not-in = { $member } is not in this ticket.
join-sees-already = You see ticket { $label } already: { $place }.
join-in-already = You are in ticket { $label } already: { $place }.
notice-joined = { $member } joined this ticket.
notice-opener-left = { $opener } left the server. The ticket stays open; close it when done.
discord-reason-added = Added to ticket { $label } by { $actor }
discord-reason-joined = Joined ticket { $label }
discord-reason-removed = Removed from ticket { $label } by { $actor }
# The type name of a ticket opened without a type.
ticket-type-default = Support
open-type-gone = That ticket type no longer exists. Ask an admin to update the panel.
# $type: the type's name; $again: a Discord relative time ("in 5 minutes").
open-cooldown = You opened a { $type } ticket a moment ago. You can open another { $again }.
discord-reason-open-failed = Ticket { $label } could not be opened
discord-reason-withdrawn = Ticket { $label } was withdrawn
# The audit entry of a new ticket. $opener: a mention; $place: the channel's mention; $reason: the opener's
# reason (when $with_reason is "true"); $resumed: "true" when the bot finished the open after a restart.
audit-detail-opened = { $with_reason ->
        [true] { $opener } opened { $place }: { $reason }
       *[other] { $opener } opened { $place }
    }{ $resumed ->
        [true] {"\u000A"}(finished after an interruption)
       *[other] {""}
    }
# Closing. $reason: the close's reason as stored.
notice-closed-by-bot = Ticket { $label } closed: { $reason }.
close-open-again = Ticket { $label } is open again; close it again if it should close.
close-log-channel-gone = The log channel no longer exists, so the transcript cannot be saved. The ticket stays open; an admin needs to run `/setup` again.
# Posted in the log channel when it is readable by everyone. $channel: its mention.
close-transcript-held = The transcript of ticket { $label } was not posted here: everyone can read { $channel }. It is stored. An admin needs to deny View Channel to @everyone here (and allow it to the staff role); `/doctor` checks it.
# Stored as the reason of a ticket whose channel or thread someone deleted.
close-reason-channel-deleted = Channel deleted outside the bot
close-reason-thread-deleted = Thread deleted outside the bot
close-reason-thread-channel-deleted = Thread channel deleted outside the bot
close-reason-opener-left = Opener left the server
# Audit entries of a close. $opener: a mention; $archived: "true" when the channel was archived, not deleted.
audit-detail-closed = { $archived ->
        [true] { $with_reason ->
            [true] Ticket { $label } of { $opener } archived: { $reason }
           *[other] Ticket { $label } of { $opener } archived: no reason given
        }
       *[other] { $with_reason ->
            [true] Ticket { $label } of { $opener } closed: { $reason }
           *[other] Ticket { $label } of { $opener } closed: no reason given
        }
    }
# $place: the channel's mention (when $known is "true"); $why: why Discord refused (a whole sentence).
audit-detail-retire-refused = { $known ->
        [true] Ticket { $label } of { $opener } is closed and its transcript saved, but { $place } is still there: { $why } I keep retrying; `/ticket close` there retries at once.
       *[other] Ticket { $label } of { $opener } is closed and its transcript saved, but its channel is still there: { $why } I keep retrying; `/ticket close` there retries at once.
    }
# Reopening. $opener: a mention; $limit: the most open tickets allowed; $per_type: "true" when it is the type's limit.
reopen-limit = { $per_type ->
        [true] { $limit ->
            [one] { $opener } already has { $limit } open ticket, the most allowed for this type; one of them must close first.
           *[other] { $opener } already has { $limit } open tickets, the most allowed for this type; one of them must close first.
        }
       *[other] { $limit ->
            [one] { $opener } already has { $limit } open ticket, the most allowed; one of them must close first.
           *[other] { $opener } already has { $limit } open tickets, the most allowed; one of them must close first.
        }
    }
reopen-raced = Ticket { $label } was reopened a moment ago.
reopen-is-open = Ticket { $label } is open.
reopen-is-closing = Ticket { $label } is being closed; reopen it once it is archived.
reopen-place-deleted = Ticket { $label }'s channel was deleted, so it cannot be reopened; open a new ticket.
reopen-not-archived = Ticket { $label } was closed without archiving its channel, so it cannot be reopened.
notice-reopened = { $actor } reopened this ticket.
# $why: why Discord refused (a whole sentence).
audit-detail-reopen-undone = Ticket { $label } could not be reopened: { $why }
discord-reason-unknown-channel = Ticket channel that no ticket record knows (lost in a crash)
close-reason-missing-at-start = Channel missing at start-up
# The bot keeps failing to finish an open or close. $closing: "true" for a close; $place: the channel's
# mention (when $known is "true"); $why: the failure.
audit-detail-recovery-stuck = { $closing ->
        [true] { $known ->
            [true] I could not finish closing ticket { $label } of { $opener } in { $place }: { $why }
           *[other] I could not finish closing ticket { $label } of { $opener } in its channel: { $why }
        }
       *[other] { $known ->
            [true] I could not finish opening ticket { $label } of { $opener } in { $place }: { $why }
           *[other] I could not finish opening ticket { $label } of { $opener } in its channel: { $why }
        }
    }{"\u000A"}I keep retrying; check my permissions there.
# Missing Discord permissions. $permissions: Discord's permission names, comma-separated; $channel: a mention.
permissions-missing-in = { $permissions } in { $channel }
# Joins two or more of the above. $first: one; $rest: the others.
permissions-missing-list = { $first }; { $rest }
permissions-missing = I am missing permissions: { $problems }. Grant them to my role and run the command again.
# Places of tickets. $category: a category's name.
place-ticket-category-gone = The ticket category no longer exists. An admin needs to run `/setup` again.
place-ticket-category-full = The ticket category **{ $category }** is full (Discord allows 50 channels per category); close some tickets first.
# $channels: how many channels the server has; $limit: Discord's limit (500).
place-categories-full = Every ticket category is full and this server has { $channels } channels, near Discord's limit of { $limit }, so no ticket can be opened now. Close some tickets or delete unused channels.
place-archive-gone-stays-open = The archive category no longer exists, so the ticket stays open. An admin needs to run `/setup` again.
place-archive-gone = The archive category no longer exists. An admin needs to run `/setup` again.
place-archive-full = The archive category **{ $category }** is full (Discord allows 50 channels per category), so the ticket stays open. An admin can delete old archived tickets there or choose another archive category with `/setup`.
place-thread-channel-gone = The channel for thread tickets no longer exists. An admin needs to choose another with `/type edit thread_channel`.
place-thread-channel-hidden = Tickets of this kind are made as threads in { $channel }, which you cannot see or write in there. Ask the server's staff to let you in, or to choose another channel with `/type edit thread_channel`.
place-thread-move = A thread ticket can only move to a type whose tickets are threads in the same channel.
# More reasons for Discord's audit log. $opener: the opener's user name.
discord-reason-opened = Ticket { $label } opened by { $opener }
discord-reason-opened-resumed = Ticket { $label } opened after an interruption
discord-reason-opener-gone = Ticket { $label } could not be opened: its opener left
discord-reason-categories-full = Every ticket category is full (50 channels each)
discord-reason-closed = Ticket { $label } closed
discord-reason-archived = Ticket { $label } archived
discord-reason-reopened = Ticket { $label } reopened
discord-reason-claim = Ticket claim changed
discord-reason-moved = Ticket { $label } moved to another type
discord-reason-synced = Ticket brought in line with its record
# Replies only the member who acted sees. $label: "#0042"; $place, $member: mentions.
form-prompt = **{ $type }** tickets start with a few questions.
reply-opened = Your ticket { $label } is open: { $place }
# $why: why Discord refused (a whole sentence).
reply-retire-refused = Ticket { $label } is closed and its transcript saved, but its channel is still there: { $why } Once that is fixed, `/ticket close` in it finishes the close.
reply-kept-open = Ticket { $label } stays open.
reply-close-requested = The opener of { $label } was asked whether it may close.
# Told to whoever closed a ticket. $archived: "true" when the channel was archived; $copy: what became of the
# opener's copy of the transcript (sent, refused, failed, none); $held: "true" when the log channel is public.
reply-closed = { $archived ->
        [true] Ticket { $label } archived.
       *[other] Ticket { $label } closed.
    }{ $copy ->
        [sent] {" "}The opener was sent a copy of the transcript.
        [refused] {" "}The opener does not accept direct messages, so no copy was sent to them.
        [failed] {" "}Discord failed to deliver the opener's copy of the transcript.
       *[none] {""}
    }{ $held ->
        [true] {" "}Everyone can read the log channel, so the transcript was stored but not posted there.
       *[other] {""}
    }
# Posted in a ticket as it closes. $closer: a mention; $reason: the reason (when $with_reason is "true");
# $transcript: the transcript's web address (when $with_transcript is "true"); $seconds: until the channel goes.
notice-closed = { $with_reason ->
        [true] Ticket { $label } was closed by { $closer }: { $reason }.
       *[other] Ticket { $label } was closed by { $closer }: no reason given.
    }{ $with_transcript ->
        [true] {"\u000A"}The transcript is saved: { $transcript }
       *[other] {""}
    }{"\u000A"}{ $archived ->
        [true] This channel is archived read-only.
       *[other] { $seconds ->
            [one] This channel will be deleted in { $seconds } second.
           *[other] This channel will be deleted in { $seconds } seconds.
        }
    }
reply-reopened = Ticket { $label } is open again.
reply-renamed = The ticket is now #{ $name }.
reply-moved = Ticket { $label } moved; its new type's staff have it now.
reply-joined = You joined ticket { $label }: { $place }.
reply-claimed = You have claimed ticket { $label }.
reply-unclaimed = Ticket { $label } is no longer claimed.
reply-transferred = Ticket { $label } is now { $member }'s.
reply-auto-close = { $enabled ->
        [true] Ticket { $label } closes after inactivity again, counting from now.
       *[other] Ticket { $label } will not close for inactivity.
    }
reply-member-added = { $member } was added to this ticket.
reply-member-removed = { $member } was removed from this ticket.
welcome-edit-denied = Only members with Manage Server can change welcome messages.
welcome-saved-server = The server's welcome message is saved.
welcome-type-gone = That ticket type was deleted meanwhile.
welcome-saved-type = The welcome message of { $type } is saved.
# Button labels (short).
button-close = Close
button-claim = Claim
button-form = Answer the questions
button-accept-close = Close it
button-keep-open = Keep open
button-reopen = Reopen
button-join = Join
# Modals. The title is at most 45 characters. $type: a ticket type's name.
close-modal-title = Close this ticket?
close-modal-reason = Reason (optional)
close-confirm = Press Close to confirm closing ticket { $label }.
form-title = { $type } ticket
welcome-modal-label = Welcome message
# The placeholders themselves ({user} …) stay as they are: the bot fills them in.
welcome-modal-placeholders = Placeholders: {"{"}user{"}"} {"{"}type{"}"} {"{"}number{"}"} {"{"}server{"}"}
# Forms. $question: the question's label; $limit: how many files; $error: the network error.
form-required = Please answer “{ $question }”: it is required.
form-too-many-files = A form can bring at most { $limit } files of 10 MB together; attach fewer.
form-download-failed = Discord did not hand over your files ({ $error }). Please try again.
# Audit headings, one per action, shown above each audit post in the log channel.
audit-setup = Setup
audit-settings-changed = Settings changed
audit-panel-sent = Panel posted
audit-panel-changed = Panel edited
audit-panel-deleted = Panel deleted
audit-type-created = Ticket type created
audit-type-changed = Ticket type changed
audit-type-deleted = Ticket type deleted
audit-blacklist-added = Blacklisted
audit-blacklist-removed = Taken off the blacklist
audit-api-key-created = API key created
audit-api-key-revoked = API key revoked
audit-ticket-opened = Ticket opened
audit-ticket-renamed = Ticket renamed
audit-ticket-moved = Ticket moved
audit-member-added = Member added
audit-member-removed = Member removed
audit-staff-joined = Staff joined
audit-opener-left = Opener left
audit-ticket-claimed = Ticket claimed
audit-ticket-unclaimed = Ticket unclaimed
audit-ticket-transferred = Ticket handed over
audit-auto-close-on = Auto-close on
audit-auto-close-off = Auto-close off
audit-close-requested = Close requested
audit-close-refused = Kept open
audit-ticket-closed = Ticket closed
audit-ticket-archived = Ticket archived
audit-ticket-reopened = Ticket reopened
audit-reopen-undone = Reopen undone
audit-transcript-links-revoked = Transcript links revoked
audit-recovery-stuck = Needs attention



## Admin
# /help and /status (only the member who asked sees them).
help-title = Commands
status-title = Status
status-measuring = measuring
status-field = { $field ->
        [latency] Gateway latency
        [database] Database
        [open] Open tickets here
       *[uptime] Uptime
    }
# /api-key. $problem: why the name cannot be used (a whole sentence); $name: the key's name.
api-key-name-problem = { $problem } For example `dashboard`.
api-key-name-taken = There is already a key named **{ $name }**.
api-key-too-many = A server has at most { $most } keys; revoke one with `/api-key revoke` first.
api-key-unknown = There is no key in use by that name; `/api-key list` shows them.
audit-detail-api-key-made = API key **{ $name }** made
audit-detail-api-key-revoked = API key **{ $name }** revoked
# /setup and /config refusals. $channel, $role, $target: mentions.
setup-archive-needs-category = Archiving needs an archive category: pass `archive_category` too.
setup-log-public = Everyone can read { $channel }, so every transcript posted there would be public. Deny View Channel to @everyone there (allow it to your staff role), or pick a private channel.
setup-role-gone = That role no longer exists; pick another.
setup-ping-role-unmentionable = I could not ping { $role }: it is not mentionable and I lack Mention @everyone, @here and All Roles. Turn on “Allow anyone to @mention this role” in its settings, or give me that permission.
setup-category-gone = That category no longer exists; pick another.
setup-thread-channel-not-text = Thread tickets need a text channel; pick one.
blacklist-already = { $target } is already on the blacklist.
blacklist-everyone = @everyone cannot be blacklisted; that would close tickets to the whole server.
blacklist-not-on = { $target } is not on the blacklist.
# $count: open tickets of the type; $labels: up to five of them, such as "#0001, #0002".
type-delete-open = { $count ->
        [one] { $count } { $type } ticket is still open ({ $labels }).
       *[other] { $count } { $type } tickets are still open ({ $labels }).
    } Close them first, so no ticket loses its staff.
# Audit log details. $staff: role mentions; $category, $log, $archive: channel mentions; $archived: "true" or "false".
audit-detail-setup = Staff: { $staff }; tickets in { $category }; log in { $log }; closed tickets are { $archived ->
        [true] archived in { $archive }
       *[other] deleted
    }
# $changes: what changed, each an audit-detail-change, in a list (audit-list).
audit-detail-settings-changed = { $changes }
audit-detail-blocked = { $target } may no longer open tickets
audit-detail-unblocked = { $target } may open tickets again
audit-detail-type-deleted = Ticket type “{ $type }” deleted
# $settings: what the type sets, each an audit-detail-setting, in a list (audit-list) (when $any is "true").
audit-detail-type-created = Ticket type “{ $type }” created{ $any ->
        [true] : { $settings }
       *[other] {""}
    }
# $changes: what changed, each an audit-detail-change, in a list (audit-list) (when $any is "true").
audit-detail-type-changed = Ticket type “{ $type }” changed: { $any ->
        [true] { $changes }
       *[other] nothing
    }
# One changed setting in the audit log. $setting: its name (audit-setting); $before, $after: its values.
audit-detail-change = { $setting }: { $before } → { $after }
# One setting of a new type in the audit log. $setting: its name (audit-setting); $value: its value.
audit-detail-setting = { $setting }: { $value }
# Two or more items of an audit entry in a row: $first, then the rest (which may be another audit-list).
audit-list = { $first }; { $rest }
# A setting's name in the audit log. $setting: the stored name of a server's or type's setting; English
# shows these names as stored, a translation may name each in words.
audit-setting = { $setting ->
        [name] name
        [emoji] emoji
        [description] description
        [staff_role_ids] staff_role_ids
        [category_id] category_id
        [overflow_category_id] overflow_category_id
        [channel_name_template] channel_name_template
        [welcome_message] welcome_message
        [ping_role_ids] ping_role_ids
        [max_open] max_open
        [max_open_tickets] max_open_tickets
        [required_role_ids] required_role_ids
        [cooldown_seconds] cooldown_seconds
        [hours] hours
        [timezone] timezone
        [bypass_role_ids] bypass_role_ids
        [claim_mode] claim_mode
        [auto_close_hours] auto_close_hours
        [auto_close_warning_hours] auto_close_warning_hours
        [idle_counts] idle_counts
        [confirm_close] confirm_close
        [ask_rating] ask_rating
        [members_open_about] members_open_about
        [priority_prefix] priority_prefix
        [alert_channel_id] alert_channel_id
        [deflect] deflect
        [on_opener_leave] on_opener_leave
        [thread_channel_id] thread_channel_id
        [language] language
        [questions] questions
       *[other] { $setting }
    }
# A type's setting for openers of one language. $setting: its name (audit-setting); $language: the language's own name.
audit-setting-variant = { $setting } ({ $language })
# A text an admin wrote (a name, a welcome, a template), quoted in the audit log.
audit-value-text = “{ $text }”
# No language chosen. $owner: "server" (the server's Discord language stands) or "type" (the server's language stands).
audit-value-language-unset = { $owner ->
        [server] the server's Discord language
       *[type] the server's
    }
# A form's question in the audit log. $number: its place in the form; $label: the question; $style: short,
# paragraph, choice… (as the command names it); $required: "true" or "false"; $choices: its choices, comma-separated (when $any is "true").
audit-value-question = { $number }. “{ $label }” ({ $style }, { $required ->
        [true] required
       *[other] optional
    }{ $any ->
        [true] , choices: { $choices }
       *[other] {""}
    })
# /doctor: each finding is a check that passed or a problem with its fix.
doctor-title = { $problems ->
        [0] Everything looks right
        [one] { $problems } problem found
       *[other] { $problems } problems found
    }
# $problem: a web setting's problem, as the bot's settings file names it (not translated).
doctor-web = Web side: { $problem }
doctor-not-set-up = Tickets are not set up here: run `/setup`.
# $used, $limit: numbers of channels; $full: "true" when nearly full.
doctor-server-fullness = The server has { $used } of Discord's { $limit } channels{ $full ->
        [true] : delete old channels before no ticket can be made.
       *[other] .
    }
# $place: which category (doctor-place); $channel: its mention.
doctor-category-fullness = The { $place } { $channel } holds { $used } of Discord's { $limit } channels{ $full ->
        [true] : close or delete some, or choose another.
       *[other] .
    }
# $on: "true" when the intent is on.
doctor-message-content = { $on ->
        [true] The Message Content intent is on.
       *[other] The Message Content intent is off, so transcripts come out empty: turn on Message Content Intent in the developer portal under Bot → Privileged Gateway Intents.
    }
doctor-endpoint-clear = Discord sends clicks and commands to this bot.
doctor-endpoint-set = An Interactions Endpoint URL is set ({ $endpoint }): Discord sends every click there, and members see 'This interaction failed'. Clear it in the developer portal under General Information.
# The places /doctor checks. $type: a ticket type's name.
doctor-place = { $place ->
        [category] ticket category
        [log] log channel
        [overflow] overflow category
        [type-category] { $type } category
        [type-overflow] { $type } overflow
        [type-threads] { $type } thread channel
        [archive] archive category
       *[panel] panel channel
    }
doctor-place-gone = The { $place } no longer exists: run `/setup` (or `/type edit`, `/panel send`) again.
doctor-permissions-ok = I have every permission I need in { $channel }.
# $missing: Discord's permission names, comma-separated.
doctor-permissions-missing = In { $channel } I lack { $missing }: grant them to my role there.
doctor-log-public = Everyone can read { $channel }: deny View Channel to @everyone there.
doctor-staff-role-gone = A staff role no longer exists: run `/setup` (or `/type edit`) with the current ones.
doctor-staff-role-everyone = @everyone is a staff role, so every member sees every ticket: run `/setup`.
doctor-staff-role-high = { $role } is at or above my role { $top }: move my role above it.
doctor-staff-roles-ok = The staff roles exist and sit below my role.
# Replies to /setup and /config. $restaffed, $failed: counts of open tickets given the new staff roles.
setup-done = Tickets are set up.{ $restaffed ->
        [0] {""}
       *[other] {" "}{ $restaffed } open tickets now use the new staff roles{ $failed ->
            [0] .
           *[other] ; { $failed } could not be updated (check my permissions there).
        }
    }
config-saved = Settings saved.
config-welcome-modal-title = Welcome message
# /blacklist. $target: a mention of a member or role.
blacklist-added = { $target } can no longer open tickets (staff are never blocked).
blacklist-removed = { $target } can open tickets again.
# The settings embed of /setup and /config show (only the admin sees it).
settings-title = Ticket settings
settings-not-set = not set
settings-none = none
settings-field = { $field ->
        [priority-prefix] Priority before names
        [target-warning] Staff alerted
        [ratings] Ratings after a close
        [members-open-about] Members open tickets about messages
        [staff-roles] Staff roles
        [category] Ticket category
        [log-channel] Log channel
        [on-close] On close
        [archive] Archive category
        [overflow] Overflow category
        [claim-mode] When a ticket is claimed
        [auto-close] Auto-close
        [confirm-close] /ticket close confirms
        [opener-leaves] When an opener leaves
        [max-open] Max open tickets per member
        [names] Channel names
        [language] Language
       *[welcome] Welcome message
    }
# $yes: "true" or "false".
settings-yes-no = { $yes ->
        [true] yes
       *[other] no
    }
settings-language-discord = the server's Discord language
settings-auto-close-never = never
# $hours, $warning: numbers of hours; $warned: "true" when there is a warning; $counts: "opener" or "anyone".
settings-auto-close = after { $hours } hours without a message { $counts ->
        [opener] from the opener
       *[anyone] from anyone
    }{ $warned ->
        [true] , warned { $warning } hours before
       *[other] {""}
    }
# /panel list. $channel: a channel mention; $types: type names; $style: "buttons" or "select".
panel-list-title = Panels
panel-list-empty = No panels yet: post one with `/panel send`.
panel-list-message-gone = ⚠️ its message in { $channel } was deleted
panel-list-first-type = the first type
panel-list-offers = Offers { $types } ({ $style })
# /type list: a type's facts, one per line. $value is what the type sets.
type-list-title = Ticket types
type-list-empty = No ticket types yet: create one with `/type create`.
type-list-fact = { $fact ->
        [staff] Staff: { $value }
        [category] Category: { $value }
        [overflow] Overflow: { $value }
        [limit] Limit per member: { $value }
        [needs] Needs: { $value }
        [pings] Pings: { $value }
        [hours] Hours: { $value }
        [claims] Claims: { $value }
        [confirm-close] /ticket close confirms: { $value }
        [names] Names: `{ $value }`
        [language] Language: { $value }
       *[auto-close] Auto-close: { $value }
    }
type-list-cooldown = Cooldown: { $minutes } min
type-list-variant = Has a welcome or form for { $language }
# A question of a type's form. $number: its place in the form; $label: the question; $style: short, paragraph, choice… (as the command names it).
type-list-question = Q{ $number }. { $label } ({ $style })
type-list-server-settings = Uses the server's settings.
type-list-auto-close-never = Auto-close: never
# One part of a type's auto-close settings; $value is a number of hours, or "opener"/"anyone" for counts.
type-list-auto-close-part = { $part ->
        [after] after { $value } h
        [warning] warning { $value } h
       *[counts] counts: { $value }
    }
# /blacklist list. $names: mentions, comma-separated; $count: how many.
blacklist-list = { $count ->
        [0] Blacklisted: nobody
       *[other] Blacklisted: { $names }
    }
# /api-key. $name: the key's name; $secret: the key itself; $by: a mention; $when: a Discord timestamp.
api-key-made = API key **{ $name }** made. Copy it now: it is not stored and will not be shown again.
    ```
    { $secret }
    ```
    Send it as `Authorization: Bearer <key>`; `/api-key revoke` stops it.
api-key-revoked = The key **{ $name }** no longer works.
api-key-line = **{ $name }** — by { $by }, { $when }
api-key-none = No API keys; `/api-key create` makes one.

# --- Ticket types, forms and panels (/type, /panel; core/rules/ticket_types.py, hours.py, names.py, naming.py)

# A name that matches no ticket type. $name: what was typed; $known: the types' names, quoted, separated by commas; $count: how many types there are.
type-unknown = { $count ->
        [0] There is no ticket type named “{ $name }”. Types here: none yet; create one with `/type create`.
       *[other] There is no ticket type named “{ $name }”. Types here: { $known }.
    }
# A member who is on the server's block list tries to open a ticket.
open-refused-blocked = You cannot open tickets on this server. If you think this is a mistake, contact a moderator.
# $roles: role mentions separated by commas; $type: the ticket type's name.
open-refused-role = Only members with { $roles } can open { $type } tickets.
# Outside a type's opening hours. $hours: the hours as the admin wrote them (e.g. Mon-Fri 09:00-17:00); $timezone: e.g. Europe/Berlin; $known: "yes" when $back, a Discord relative timestamp ("in 3 hours"), says when they open again.
open-refused-hours = { $known ->
        [no] { $type } tickets are answered { $hours } ({ $timezone }), so they cannot be opened now.
       *[yes] { $type } tickets are answered { $hours } ({ $timezone }), so they cannot be opened now. They are back { $back }.
    }
# $placeholder: the unknown placeholder as written, in braces, e.g. {name}.
type-welcome-unknown-placeholder = The welcome message uses { $placeholder }, which is not a placeholder; use {"{"}user{"}"}, {"{"}type{"}"}, {"{"}number{"}"} or {"{"}server{"}"}.
# $warning and $hours: numbers of hours, already formatted.
type-auto-close-warning-late = The warning ({ $warning } hours before the close) must come after the ticket goes quiet: with auto-close after { $hours } hours, warn fewer than { $hours } hours before.
type-too-many = A server can have at most { $limit } ticket types (a select menu's limit).
type-emoji-invalid = The emoji must be one emoji, such as 💳, or a server emoji such as <:billing:123…>.
type-description-too-long = A type's description must be at most 100 characters (it shows under the menu option).
type-limit-invalid = A type's limit must be between 1 and 25 open tickets per member.
type-cooldown-invalid = The cooldown must be between 0 and 7 days.
type-too-many-questions = A form has at most { $limit } questions (Discord's limit for one modal).
# $name: a type's name; it also reads as two or more other types: $others (quoted, separated by commas), then $last.
type-name-ambiguous = In a list of types, such as `/panel send types:`, “{ $name }” would also read as { $others } and { $last }. Choose a name that does not.
question-label-length = A question must be 1 to 45 characters (Discord's limit for a label).
question-placeholder-too-long = A question's placeholder must be at most 100 characters.
# $style: the question's style as the command names it (choice, radio, checkboxes); $low, $high: numbers.
question-choice-count = A { $style } question needs { $low } to { $high } choices, separated by commas.
question-choice-invalid = Each choice must be 1 to 100 characters, and no two the same.
# $style: the question's style as the command names it (short, paragraph, file…).
question-choices-not-taken = Only choice, radio and checkboxes questions take choices, not { $style }.
question-max-length-invalid = A question's answer may be at most 4000 characters long.
question-min-length-invalid = A question's shortest answer must be between 0 and its longest.
# Opening hours. $zone: what the admin typed as a time zone.
hours-zone-unknown = “{ $zone }” is not a time zone; use a name such as Europe/Berlin or America/New_York.
hours-empty = No opening times given; e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
# $window: one part of the hours as typed.
hours-window-invalid = “{ $window }” is not an opening time; e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
# $time: a time as typed, e.g. 25:00.
hours-time-invalid = { $time } is not a time of day; e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
# $days: a day or range as typed.
hours-days-invalid = “{ $days }” is not a day or range of days; use Mon, Tue, … Sun, or Daily.
# A name an admin gives. $what: "type" (a ticket type) or "api-key" (an API key); $limit: the longest name.
name-length = { $what ->
        [type] A ticket type needs a name of 1 to { $limit } characters.
        [tag] A saved reply needs a name of 1 to { $limit } characters.
        [label] A label needs a name of 1 to { $limit } characters.
       *[api-key] An API key needs a name of 1 to { $limit } characters.
    }
name-control-characters = { $what ->
        [type] A ticket type's name cannot hold control characters; use letters, digits, spaces and punctuation.
        [tag] A saved reply's name cannot hold control characters; use letters, digits, spaces and punctuation.
        [label] A label's name cannot hold control characters; use letters, digits, spaces and punctuation.
       *[api-key] An API key's name cannot hold control characters; use letters, digits, spaces and punctuation.
    }
# Channel name templates. $field: a placeholder in braces ({number}); $padded: the same with padding ({number:04d}); $given: what was written.
naming-format-refused = The channel name template may format { $field } only with padding such as { $padded }, not { $given }.
naming-field-unknown = The channel name template may only use {"{"}number{"}"}, {"{"}username{"}"} and {"{"}type{"}"}, not { $field }.
# $template: the template as written, in quotes; $error: Python's explanation (English).
naming-invalid = The channel name template { $template } is not valid: { $error }.
naming-needs-number = The channel name template needs {"{"}number{"}"} or {"{"}username{"}"}, e.g. ticket-{"{"}number:04d{"}"}.
naming-empty = The channel name template { $template } gives an empty channel name.
# What a new panel says when the admin leaves its text out (stored with the panel, in the server's language).
panel-default-title = Need help?
panel-default-description = Press the button below to open a private ticket with our staff.
panel-default-button = Create Ticket
# $id: a panel's number.
panel-channel-gone = The channel of panel #{ $id } no longer exists: delete it and send a new one.
panel-message-gone = The message of panel #{ $id } was deleted: delete the panel and send a new one.
panel-unknown = There is no panel #{ $id } here; `/panel list` shows them.
# What the bot tried when Discord refused (see place-refused). $channel: a channel mention.
place-action-post-panel = post the panel in { $channel }
place-action-edit-panel = edit the panel
place-action-delete-panel = delete the panel's message in { $channel }
place-action-read-panel = read the panel in { $channel }
place-action-update-panel = update the panel
# Audit details of panels. $title: the panel's title; $channel: a channel mention; $link: the message's link.
audit-detail-panel-sent = Panel “{ $title }” posted in { $channel }: { $link }
audit-detail-panel-deleted = Panel “{ $title }” deleted
# $changed: "yes" when $changes lists what changed (audit-detail-panel-change texts), "no" when nothing did.
audit-detail-panel-edited = { $changed ->
        [no] Panel #{ $id } “{ $title }” edited: nothing changed
       *[yes] Panel #{ $id } “{ $title }” edited: { $changes }
    }
# One changed field of a panel. $field: title, description, button_label, type_ids or style; $before, $after: the values.
audit-detail-panel-change = { $field ->
        [title] title
        [description] text
        [button_label] button label
        [type_ids] types
       *[style] style
    }: { $before } → { $after }
# Replies to /panel. $id: the panel's number; $title: its title; $channel: a channel mention.
panel-posted = Panel #{ $id } “{ $title }” posted in { $channel }.
panel-edited = Panel #{ $id } “{ $title }” edited.
panel-deleted = Panel #{ $id } “{ $title }” deleted.
panel-needs-text-channel = Panels go in a text channel: pick one with the `channel` option.
# Replies to /type. $name: the type's name.
type-created = Ticket type “{ $name }” created.
type-saved = Ticket type “{ $name }” saved.
type-deleted = Ticket type “{ $name }” deleted.
# The title of the form that edits a type's welcome message. $type: the type's name.
type-welcome-modal-title = { $type }: welcome
# $language: a language code that has no catalog, as given.
type-variant-language-unknown = “{ $language }” is not a language the bot speaks.



## Web and transcripts
web-error = Please try again later. Error id: { $id }
    .title = Something went wrong
# In a transcript, a mention of what Discord no longer knows.
transcript-unknown = { $kind ->
        [user] unknown user
        [role] deleted role
       *[channel] unknown channel
    }
# The transcript (HTML and text). $label: "#0042"; $server: the server's name.
transcript-title = Ticket { $label } — { $server }
transcript-word = { $word ->
        [messages] Messages
        [participants] Participants
        [reply-deleted] Original message was deleted
        [bot] BOT
        [edited] (edited)
       *[image] image
    }
transcript-sticker = Sticker: { $name }
transcript-in-reply-to = in reply to message { $id }
# What became of an attachment. $cap: a size such as "25 MB"; $status: Discord's HTTP status.
transcript-kept = kept
transcript-not-kept = not kept
transcript-not-kept-cap = not kept: over the { $cap } kept per ticket
transcript-not-kept-refused = not kept: Discord answered { $status } when it was downloaded
transcript-not-kept-failed = not kept: the download failed
transcript-not-kept-larger = not kept: larger than Discord reported
# The web viewer's short pages: the value is the message, .title the page's title.
web-not-your-server = Only the server's staff see its tickets.
    .title = Not your server
# $sign_in: "true" when sign-in with Discord is set up on this site.
web-link-expired = { $sign_in ->
        [true] This link is not valid any more. Sign in with Discord to read the transcripts you may see.
       *[other] This link is not valid any more. Ask the server's staff for the transcript.
    }
    .title = Link expired
web-no-transcript = This ticket has no saved transcript (yet).
    .title = No transcript
# DISCORD_CLIENT_SECRET is the name of a setting: keep it as it is.
web-login-off = Sign-in with Discord is not set up here: the bot's host sets DISCORD_CLIENT_SECRET to turn it on.
    .title = Login is off
web-sign-in-cancelled = You cancelled the sign-in on Discord, so nothing was shared.
    .title = Not signed in
web-sign-in-not-ours = That sign-in was not started here or took too long. Try again.
    .title = Sign-in failed
web-sign-in-failed = Discord did not confirm the sign-in. Try again.
    .title = Sign-in failed
web-not-signed-out = That request did not come from this site.
    .title = Not signed out
web-not-revoked = That request did not come from this site.
    .title = Not revoked
web-revoke-not-yours = Only the ticket's staff revoke its links.
    .title = Not yours
web-not-yours-to-read = There is no transcript here that you may see.
    .title = Not yours to read
web-slow-down = You opened many servers' pages in a minute. Wait a minute, then try again.
    .title = Slow down
# A server's ticket list on the web. $server: the server's name.
web-tickets-title = Tickets — { $server }
web-tickets-unknown-server = Server { $id }
# Labels of the search form; $field names which.
web-tickets-field = { $field ->
        [number] Number
        [opener-id] Opener (name or id)
        [type] Type
        [status] Status
        [priority] Priority
        [waiting] Waiting on
        [label] Label
        [sort] Sort
        [from] From
       *[to] To
    }
web-tickets-any = any
# Who an open ticket waits for: staff (the opener wrote last) or the opener.
web-tickets-waiting = { $who ->
        [staff] staff
       *[opener] opener
    }
web-tickets-search = Search
web-tickets-column = { $column ->
        [ticket] Ticket
        [type] Type
        [opener] Opener
        [status] Status
        [priority] Priority
        [waiting] Waiting on
        [labels] Labels
        [opened] Opened
        [closed] Closed
       *[links] Links
    }
web-tickets-status = { $status ->
        [open] open
        [closed] closed
       *[archived] archived
    }
web-tickets-revoke = Revoke
    .title = Links already sent stop working
web-tickets-none = No tickets match.
web-tickets-older = Older tickets →
# What a search could not read; $field is the field's name in the query (number, opener, from, to, before).
web-search-not-a-number = { $field ->
        [number] Number
        [opener] Opener
       *[before] Page
    } must be a number.
web-search-not-a-date = { $field ->
        [from] From
       *[to] To
    } must be a date such as 2026-01-31.
web-search-no-such-type = There is no such type.
web-search-no-such-status = There is no such status.
web-search-no-such-priority = There is no such priority.
web-search-no-such-waiting = Waiting on is staff or opener.
web-search-no-such-label = There is no such label.
# No member of the server has a name that starts with what was typed as the opener. $name: what was typed.
web-search-no-such-opener = No member's name starts with “{ $name }”.
# Before the members whose names start with what was typed, each a link to their tickets.
web-search-openers = Which opener?
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
    [0] Signed in as { $name }. Your own tickets:
   *[other] Signed in as { $name }. Your own tickets, and your servers' tickets:
}



## Commands: tickets

cmd-ticket = ticket
    .description = Open and manage support tickets
cmd-ticket-open = open
    .description = Open a private support ticket
cmd-ticket-open-type = type
    .description = What kind of help you need
cmd-ticket-open-reason = reason
    .description = What you need help with
cmd-ticket-close = close
    .description = Close this ticket and save its transcript
cmd-ticket-close-reason = reason
    .description = Why the ticket is being closed
cmd-ticket-add = add
    .description = Give a member access to this ticket (staff)
cmd-ticket-add-member = member
    .description = The member to add
cmd-ticket-remove = remove
    .description = Take a member's access to this ticket away (staff)
cmd-ticket-remove-member = member
    .description = The member to remove
cmd-ticket-close-request = close-request
    .description = Ask the opener whether this ticket may close (staff)
cmd-ticket-close-request-reason = reason
    .description = Why it may close
cmd-ticket-close-request-hours = hours
    .description = Close by itself after this many hours unless the opener keeps it open
cmd-ticket-reopen = reopen
    .description = Open this archived ticket again (staff)
cmd-ticket-rename = rename
    .description = Rename this ticket's channel (staff)
cmd-ticket-rename-name = name
    .description = The new name (Discord allows two renames per ten minutes)
cmd-ticket-move = move
    .description = Move this ticket to another type; its staff and category follow (staff)
cmd-ticket-move-type = type
    .description = The type it becomes
cmd-ticket-claim = claim
    .description = Take this ticket on (staff)
cmd-ticket-unclaim = unclaim
    .description = Hand this ticket back to all its staff
cmd-ticket-transfer = transfer
    .description = Hand this ticket to another staff member
cmd-ticket-transfer-staff = staff
    .description = Who takes it on
cmd-ticket-auto-close = auto-close
    .description = Let this ticket close when it goes quiet, or not (staff)
cmd-ticket-auto-close-enabled = enabled
    .description = off: this ticket never closes for inactivity; on: it does again, counting from now
cmd-ticket-auto-close-enabled-choice-on = on
cmd-ticket-auto-close-enabled-choice-off = off



## Commands: admin and utility
cmd-help = help
    .description = List the commands you can use
cmd-status = status
    .description = Show the bot's health
cmd-setup = setup
    .description = Set up tickets: staff roles, category, log channel
cmd-setup-staff-role = staff_role
    .description = The role that handles tickets
cmd-setup-category = category
    .description = The category new ticket channels go in
cmd-setup-log-channel = log_channel
    .description = Where transcripts and the audit log are posted (staff only)
cmd-setup-close-action = close_action
    .description = Delete closed tickets' channels, or archive them read-only
cmd-setup-close-action-choice-delete = delete
cmd-setup-close-action-choice-archive = archive
cmd-setup-archive-category = archive_category
    .description = Where archived tickets go (needed for archive)
cmd-setup-overflow-category = overflow_category
    .description = Where new tickets go while the ticket category is full (50 channels)
cmd-setup-staff-role-2 = staff_role_2
    .description = Another staff role
cmd-setup-staff-role-3 = staff_role_3
    .description = Another staff role
cmd-config = config
    .description = Show or change ticket settings
cmd-config-show = show
    .description = Show this server's ticket settings
cmd-config-max-tickets = max-tickets
    .description = How many tickets a member may have open at once
cmd-config-max-tickets-limit = limit
    .description = From 1 to 25
cmd-config-naming = naming
    .description = How ticket channels are named
cmd-config-naming-template = template
    .description = Uses {"{"}number{"}"} and/or {"{"}username{"}"}, e.g. ticket-{"{"}number:04d{"}"}
cmd-config-welcome = welcome
    .description = The message shown in every new ticket
cmd-config-welcome-message = message
    .description = One line, up to 1500 characters; leave out to write several lines in a form
cmd-config-language = language
    .description = The language of what the whole server reads: welcomes, notices, panels, logs, transcripts
cmd-config-language-language = language
    .description = A language, or the server's own Discord language
# Each language is named in itself: keep these five as they are in every catalog.
cmd-config-language-language-choice-en = English
cmd-config-language-language-choice-es = Español
cmd-config-language-language-choice-de = Deutsch
cmd-config-language-language-choice-fr = Français
cmd-config-language-language-choice-pt-BR = Português do Brasil
cmd-config-language-language-choice-server = The server's Discord language
cmd-config-claim-mode = claim-mode
    .description = What claiming a ticket does to the other staff's access
cmd-config-claim-mode-mode = mode
    .description = shared: all keep access; claimer-writes: others read only; claimer-only: others lose it
cmd-config-claim-mode-mode-choice-shared = shared
cmd-config-claim-mode-mode-choice-claimer-writes = claimer-writes
cmd-config-claim-mode-mode-choice-claimer-only = claimer-only
cmd-config-auto-close = auto-close
    .description = Close tickets that go quiet, after a warning
cmd-config-auto-close-hours = hours
    .description = Close after this many hours without a message (0: never)
cmd-config-auto-close-warning-hours = warning_hours
    .description = Warn the opener this many hours before (0: no warning)
cmd-config-auto-close-counts = counts
    .description = Whose messages keep a ticket open: the opener's (default) or anyone's
cmd-config-auto-close-counts-choice-opener = opener
cmd-config-auto-close-counts-choice-anyone = anyone
cmd-config-close-confirmation = close-confirmation
    .description = Whether /ticket close asks before closing
cmd-config-close-confirmation-enabled = enabled
    .description = Ask for confirmation (the Close button always does)
cmd-config-opener-leaves = opener-leaves
    .description = What happens to a ticket whose opener leaves the server
cmd-config-opener-leaves-action = action
    .description = keep: it stays open and staff are told; close: it closes, transcript saved
cmd-config-opener-leaves-action-choice-keep = keep
cmd-config-opener-leaves-action-choice-close = close
cmd-blacklist = blacklist
    .description = Stop members or roles from opening tickets
cmd-blacklist-add = add
    .description = Stop a member, or everyone with a role, from opening tickets
cmd-blacklist-add-target = target
    .description = The member or role
cmd-blacklist-remove = remove
    .description = Let a blacklisted member or role open tickets again
cmd-blacklist-remove-target = target
    .description = The member or role
cmd-blacklist-list = list
    .description = Show who may not open tickets
cmd-api-key = api-key
    .description = Keys to this server's tickets over HTTP
cmd-api-key-create = create
    .description = Make a key to this server's tickets over HTTP (shown once)
cmd-api-key-create-name = name
    .description = What the key is for, e.g. dashboard
cmd-api-key-list = list
    .description = Show this server's API keys in use
cmd-api-key-revoke = revoke
    .description = Stop an API key from working
cmd-api-key-revoke-name = name
    .description = The key's name
cmd-doctor = doctor
    .description = Check everything that stops tickets from working here

# --- /type and /panel
cmd-type = type
    .description = Define ticket types and their forms
cmd-type-create = create
    .description = Create a ticket type
cmd-type-edit = edit
    .description = Change a ticket type (options left out stay as they are)
cmd-type-edit-type = type
    .description = The type to change
# /type edit's name option (the other options' texts are the cmd-type-option-… ones).
cmd-type-edit-name = name
    .description = A new name
# The options of /type create and /type edit. The hours option reads the English word "always" as any time.
cmd-type-option-name = name
    .description = Shown on the panel's button or menu
cmd-type-option-emoji = emoji
    .description = One emoji for the button
cmd-type-option-description = description
    .description = A short line under the menu option
cmd-type-option-staff-role = staff_role
    .description = Who handles these tickets (default: the server's staff roles)
cmd-type-option-category = category
    .description = Where these tickets go (default: the server's ticket category)
cmd-type-option-overflow-category = overflow_category
    .description = Where these tickets go while their category is full
cmd-type-option-max-open = max_open
    .description = How many of these a member may have open at once
cmd-type-option-required-role = required_role
    .description = Only members with this role may open these
cmd-type-option-ping-role = ping_role
    .description = A role pinged when one opens
cmd-type-option-cooldown-minutes = cooldown_minutes
    .description = How long a member waits between two of these
cmd-type-option-naming = naming
    .description = Channel names, with {"{"}number{"}"}, {"{"}username{"}"} and {"{"}type{"}"}
cmd-type-option-welcome = welcome
    .description = The welcome text, with {"{"}user{"}"}, {"{"}type{"}"}, {"{"}number{"}"} and {"{"}server{"}"}
cmd-type-option-hours = hours
    .description = When staff answer, e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00 (always: any time)
cmd-type-option-timezone = timezone
    .description = The time zone of the hours, e.g. Europe/Berlin
cmd-type-option-bypass-role = bypass_role
    .description = Members with this role may open outside the hours
cmd-type-option-claim-mode = claim_mode
    .description = What claiming does to the other staff's access (default: the server's)
cmd-type-option-claim-mode-choice-shared = SHARED
cmd-type-option-claim-mode-choice-claimer-writes = CLAIMER_WRITES
cmd-type-option-claim-mode-choice-claimer-only = CLAIMER_ONLY
cmd-type-option-auto-close-hours = auto_close_hours
    .description = Close after this many hours without a message (0: never; default: the server's)
cmd-type-option-auto-close-warning-hours = auto_close_warning_hours
    .description = Warn the opener this many hours before closing (default: the server's)
cmd-type-option-idle-counts = idle_counts
    .description = Whose messages keep one open: the opener's or anyone's (default: the server's)
cmd-type-option-idle-counts-choice-opener = OPENER
cmd-type-option-idle-counts-choice-anyone = ANYONE
cmd-type-option-confirm-close = confirm_close
    .description = Whether /ticket close asks before closing (default: the server's)
cmd-type-option-thread-channel = thread_channel
    .description = Make these tickets private threads in this text channel instead of channels
cmd-type-option-language = language
    .description = What these tickets read: welcome, notices, transcript (default: the server's language)
# The language choices: each language named in itself (keep them as they are), and the server's own.
cmd-type-option-language-choice-server = the server's
cmd-type-option-language-choice-en = English
cmd-type-option-language-choice-es = Español
cmd-type-option-language-choice-de = Deutsch
cmd-type-option-language-choice-fr = Français
cmd-type-option-language-choice-pt-BR = Português do Brasil
cmd-type-welcome = welcome
    .description = A type's welcome message
cmd-type-welcome-type = type
    .description = The type
cmd-type-welcome-message = message
    .description = One line; leave out to write several lines in a form
cmd-type-welcome-language = language
    .description = For openers whose Discord is in this language (leave out the message to remove it)
cmd-type-delete = delete
    .description = Delete a ticket type that has no open tickets
cmd-type-delete-type = type
    .description = The type to delete
cmd-type-list = list
    .description = List the ticket types
cmd-type-question-add = question-add
    .description = Add a question to a type's form (at most 5)
cmd-type-question-add-type = type
    .description = The type whose form it is
cmd-type-question-add-question = question
    .description = The question, up to 45 characters
cmd-type-question-add-style = style
    .description = A line of text, a paragraph, or a choice from a list
cmd-type-question-add-style-choice-short = SHORT
cmd-type-question-add-style-choice-paragraph = PARAGRAPH
cmd-type-question-add-style-choice-choice = CHOICE
cmd-type-question-add-style-choice-radio = RADIO
cmd-type-question-add-style-choice-checkboxes = CHECKBOXES
cmd-type-question-add-style-choice-member = MEMBER
cmd-type-question-add-style-choice-role = ROLE
cmd-type-question-add-style-choice-channel = CHANNEL
cmd-type-question-add-style-choice-file = FILE
cmd-type-question-add-choices = choices
    .description = For a choice: the options, separated by commas
cmd-type-question-add-required = required
    .description = Whether an answer is needed (default: yes)
cmd-type-question-add-placeholder = placeholder
    .description = Grey hint text in the empty field
cmd-type-question-add-min-length = min_length
    .description = For text: the shortest answer accepted
cmd-type-question-add-max-length = max_length
    .description = For text: the longest answer accepted (default 1000)
cmd-type-question-add-language = language
    .description = Add it to the form openers whose Discord is in this language fill in instead
cmd-type-question-remove = question-remove
    .description = Remove a question from a type's form
cmd-type-question-remove-type = type
    .description = The type whose form it is
cmd-type-question-remove-number = number
    .description = The question's number, from 1
cmd-type-question-remove-language = language
    .description = Remove it from the form openers whose Discord is in this language fill in
cmd-panel = panel
    .description = Post and manage ticket panels
cmd-panel-send = send
    .description = Post a panel that opens tickets
cmd-panel-send-channel = channel
    .description = Where to post it (default: here)
cmd-panel-send-title = title
    .description = The panel's title (default: Need help?)
cmd-panel-send-description = description
    .description = The panel's text
cmd-panel-send-button-label = button_label
    .description = The button's label (with one type, default Create Ticket), or the menu's placeholder
cmd-panel-send-types = types
    .description = Ticket types to offer, separated by commas (default: the first type)
cmd-panel-send-style = style
    .description = Offer the types as buttons or as a select menu
cmd-panel-send-style-choice-buttons = BUTTONS
cmd-panel-send-style-choice-select = SELECT
cmd-panel-edit = edit
    .description = Change a panel; its message is edited in place
cmd-panel-edit-panel = panel
    .description = The panel (see /panel list)
cmd-panel-edit-title = title
    .description = A new title
cmd-panel-edit-description = description
    .description = A new text
cmd-panel-edit-button-label = button_label
    .description = A new button label or menu placeholder
cmd-panel-edit-types = types
    .description = The ticket types to offer, separated by commas
cmd-panel-edit-style = style
    .description = Buttons or a select menu
cmd-panel-delete = delete
    .description = Delete a panel and its message
cmd-panel-delete-panel = panel
    .description = The panel (see /panel list)
cmd-panel-list = list
    .description = List the panels, and any whose message was deleted



## Staff tools: saved replies (tags) and notes (core/staff, core/ui/staff.py)
# $name: a saved reply's name.
error-tag-name-taken = There is already a saved reply named **{ $name }**. Choose another name, or change that one with /tag edit.
tag-too-many = This server has { $most } saved replies, the most it can keep. Delete one with /tag delete first.
tag-unknown = There is no saved reply named **{ $name }**. /tag list shows them all.
tag-not-for-type = The saved reply **{ $name }** is not for this ticket's type.
tag-name-problem = { $problem }
tag-content-length = A saved reply holds 1 to { $most } characters.
# $placeholder: a placeholder in braces that does not exist, such as {user}.
tag-unknown-placeholder = Saved replies know no { $placeholder }. They can use {"{"}opener{"}"}, {"{"}number{"}"}, {"{"}type{"}"}, {"{"}claimer{"}"} and {"{"}server{"}"}.
# Under a saved reply posted in a ticket (small text).
tag-sent-footer = -# Saved reply: { $name }
# $names: the ticket types a saved reply is limited to, separated by commas.
tag-types = for { $names }
tag-created = Saved reply **{ $name }** created. Send it in a ticket with /tag send.
tag-changed = Saved reply **{ $name }** changed.
tag-deleted = Saved reply **{ $name }** deleted.
tag-list-title = { $count ->
        [one] 1 saved reply
       *[other] { $count } saved replies
    }
tag-list-empty = No saved replies yet. Make one with /tag create.
# One saved reply in /tag list. $uses: how often staff sent it.
tag-line = **{ $name }** · { $uses ->
        [one] sent once
       *[other] sent { $uses } times
    }
# How often a saved reply answered members before they opened a ticket. $offered: times shown; $solved: times it solved it.
tag-deflection = solved { $solved } of { $offered } before a ticket ({ $percent } %)
tag-modal-title-new = New saved reply
tag-modal-title-edit = Change saved reply
tag-modal-name = Name
tag-modal-content = Text
tag-modal-placeholders = Filled in when sent: {"{"}opener{"}"} {"{"}number{"}"} {"{"}type{"}"} {"{"}claimer{"}"} {"{"}server{"}"}
tag-modal-types = Ticket types (optional)
tag-modal-types-hint = Type names separated by commas; empty for every type.
audit-tag-created = Saved reply created
audit-tag-changed = Saved reply changed
audit-tag-deleted = Saved reply deleted
audit-detail-tag = Saved reply **{ $name }**
note-length = A note holds 1 to { $most } characters.
note-added = Note kept. Only staff can read it, with /ticket notes.
note-modal-title = Staff note
note-modal-label = Note (only staff will see it)
# $label: the ticket's number, such as #0042.
note-list-title = Staff notes on { $label }
note-list-empty = No notes on this ticket yet. Add one with /ticket note.
# Above each note in /ticket notes. $by: who wrote it (a mention); $when: when.
note-line = { $by }, { $when }:
cmd-tag = tag
    .description = Saved replies for staff
cmd-tag-send = send
    .description = Send a saved reply into this ticket
cmd-tag-send-name = name
    .description = The saved reply to send
cmd-tag-create = create
    .description = Save a reply staff can send into tickets
cmd-tag-create-name = name
    .description = What staff type to find it, e.g. refund
cmd-tag-create-content = text
    .description = The reply; leave it out to write a long one in a form
cmd-tag-create-types = types
    .description = Only for these ticket types, separated by commas
cmd-tag-edit = edit
    .description = Change a saved reply
cmd-tag-edit-name = name
    .description = The saved reply to change
cmd-tag-delete = delete
    .description = Delete a saved reply
cmd-tag-delete-name = name
    .description = The saved reply to delete
cmd-tag-list = list
    .description = List this server's saved replies
cmd-tag-show = show
    .description = Show a saved reply as written, to you alone
cmd-tag-show-name = name
    .description = The saved reply to show
cmd-ticket-note = note
    .description = Keep a note on this ticket that only staff can read
cmd-ticket-note-text = text
    .description = The note; leave it out to write a long one in a form
cmd-ticket-notes = notes
    .description = Show this ticket's staff notes, to you alone
# A ticket's priority. $priority: low, normal, high or urgent.
priority-name = { $priority ->
        [low] 🟢 Low
        [high] 🟠 High
        [urgent] 🔴 Urgent
       *[normal] Normal
    }
welcome-priority = Priority
priority-already = This ticket's priority is already { priority-name }.
priority-raced = Someone changed this ticket's priority at the same moment; it is now { priority-name }.
place-action-priority = show this ticket's priority
notice-priority = { $actor } set this ticket's priority to { priority-name }.
reply-priority = Ticket { $label } is now of { priority-name } priority.
audit-priority-changed = Priority changed
cmd-ticket-priority = priority
    .description = Set how urgent this ticket is
cmd-ticket-priority-level = level
    .description = How urgent it is
cmd-ticket-priority-level-choice-low = low
cmd-ticket-priority-level-choice-normal = normal
cmd-ticket-priority-level-choice-high = high
cmd-ticket-priority-level-choice-urgent = urgent
# The section of staff notes that only staff's copies of a transcript carry.
transcript-staff-notes = Staff notes (only staff see this section)
transcript-staff-notes-of = Staff notes on ticket { $label }
open-for-bot = { $member } is a bot; tickets are for people.
# $why: the reason the member could not have opened it themselves.
open-for-refused = No ticket was opened for { $member }: { $why }
notice-opened-for = { $actor } opened this ticket for { $opener }.
audit-ticket-opened-for = Ticket opened for a member
reply-opened-for = Ticket { $label } is open for { $member }: { $place }
cmd-ticket-open-for = open-for
    .description = Open a ticket for a member, as if they had asked
cmd-ticket-open-for-member = member
    .description = Who the ticket is for
cmd-ticket-open-for-type = type
    .description = The type of ticket (default: the first)
cmd-ticket-open-for-reason = reason
    .description = What it is about
error-label-name-taken = There is already a label named **{ $name }**.
label-name-problem = { $problem }
label-too-many = This server has { $most } labels, the most it can keep. Delete one with /label delete first.
label-unknown = There is no label named **{ $name }**. /label list shows them.
label-already-on = This ticket already has the label **{ $name }**.
label-not-on = This ticket does not have the label **{ $name }**.
label-created = Label **{ $name }** created. Staff put it on tickets with /ticket label add.
label-deleted = Label **{ $name }** deleted, and taken off every ticket.
label-list = { $count ->
        [one] 1 label
       *[other] { $count } labels
    }: { $labels }
label-list-empty = No labels yet. Make one with /label create.
# $label: the ticket's number, such as #0042.
label-put-on = Ticket { $label } now has the label **{ $name }**.
label-taken-off = Ticket { $label } no longer has the label **{ $name }**.
audit-label-created = Label created
audit-label-deleted = Label deleted
audit-label-added = Label put on a ticket
audit-label-removed = Label taken off a ticket
audit-detail-label = Label **{ $name }**
cmd-label = label
    .description = Labels for sorting this server's tickets
cmd-label-create = create
    .description = Make a label staff can put on tickets
cmd-label-create-name = name
    .description = The label, e.g. bug
cmd-label-delete = delete
    .description = Delete a label (it comes off every ticket)
cmd-label-delete-name = name
    .description = The label to delete
cmd-label-list = list
    .description = Show this server's labels
cmd-ticket-label = label
    .description = This ticket's labels
cmd-ticket-label-add = add
    .description = Put a label on this ticket
cmd-ticket-label-add-name = name
    .description = The label to put on
cmd-ticket-label-remove = remove
    .description = Take a label off this ticket
cmd-ticket-label-remove-name = name
    .description = The label to take off
# The message context menu (Apps → …): up to 32 characters, spaces and capitals allowed.
menu-open-ticket-about = Open ticket about this
# $link: a jump link to the message; $quote: the message, quoted.
notice-opened-about = { $actor } opened this ticket for { $opener } about { $link }:
    { $quote }
cmd-type-option-rating = rating
    .description = Whether the opener is asked to rate the ticket after it closes (1 to 5 stars)
rating-prompt = How did we do with ticket { $label }? Rate the help you got:
# $stars: the rating as stars (★★★★☆).
rating-thanks = Thank you! You rated ticket { $label } { $stars }.
rating-stars = A rating is 1 to { $most } stars.
rating-already = Ticket { $label } has been rated already; a rating counts once.
rating-comment-already = Ticket { $label } has a comment already.
rating-not-yours = Only the person who opened the ticket can rate it.
rating-not-closed = Ticket { $label } is not closed; it can be rated once it is.
rating-expired = Ticket { $label } closed more than a week ago and can no longer be rated.
rating-modal-title = Your comment
rating-modal-label = What went well, or what could be better?
button-rate-comment = Add a comment
audit-ticket-rated = Ticket rated
audit-rating-commented = Rating commented
audit-detail-rated = Rated { $stars } ({ $rating } of 5)
audit-detail-rating-comment = Comment on the rating:
    { $comment }
cmd-type-option-alert-channel = alert_channel
    .description = A staff channel that gets one live post per new ticket, with Claim
# A ticket's line in the staff alert channel. $state: new, claimed or closed.
alert-line = { $state ->
        [claimed] 🙋 **{ $label }** · { $type } · { $opener } · claimed by { $claimer }
        [closed] 🔒 ~~**{ $label }** · { $type } · { $opener }~~ · closed
       *[new] 🎫 **{ $label }** · { $type } · { $opener }
    }
deflect-subject = What do you need?
deflect-title = These answers may already help
# On a button under one offered saved reply.
deflect-solved = { $name } solved it
deflect-anyway = Open the ticket anyway
deflect-your-request = Your request
deflect-glad = Glad that helped! No ticket was opened.
cmd-type-answers-first = answers-first
    .description = Offer the saved replies that match what members need before a ticket of this type opens
cmd-type-answers-first-type = type
    .description = The ticket type
cmd-type-answers-first-enabled = enabled
    .description = On or off
# Above a bot's message that answered someone's slash command (a saved reply staff sent), as Discord shows it.
transcript-used-command = { $user } used a command
# In a transcript's header, once the opener rated the ticket. $stars: ★★★★☆; $comment: their words.
transcript-rating = The opener's rating: { $stars }{ $with_comment ->
        [true] {" "}— “{ $comment }”
       *[false] {""}
    }
notice-opened-about-self = { $opener } opened this ticket about { $link }:
    { $quote }
cmd-config-rating = rating
    .description = Whether openers rate their closed tickets, for types that do not say (1 to 5 stars)
cmd-config-rating-enabled = enabled
    .description = On or off
cmd-config-members-open-about = members-open-about
    .description = Whether members, not only staff, may open a ticket about a message from its Apps menu
cmd-config-members-open-about-enabled = enabled
    .description = On or off
discord-reason-priority = Ticket { $label }: priority shown in its name
priority-name-later = The name shows it after { $again }: Discord allows two renames per ten minutes.
reply-priority-unnamed = { $said } { $why }
cmd-config-priority-prefix = priority-prefix
    .description = Whether a ticket’s priority shows as an emoji before its channel or thread name
cmd-config-priority-prefix-enabled = enabled
    .description = On or off
web-tickets-sort = { $by ->
        [priority] Most urgent first
       *[newest] Newest first
    }
# /stats: a server's figures for a period, for its staff alone.
cmd-stats = stats
    .description = How fast tickets are answered and closed, ratings, missed targets and the backlog
cmd-stats-days = days
    .description = The period: the last 7, 30, 90 or 365 days
cmd-stats-days-choice-7 = last 7 days
cmd-stats-days-choice-30 = last 30 days
cmd-stats-days-choice-90 = last 90 days
cmd-stats-days-choice-365 = last 365 days
cmd-stats-type = type
    .description = Only tickets of this type
cmd-stats-staff = staff
    .description = Only tickets this staff member answered first, claimed or closed
stats-title = Ticket statistics: the last { $days } days
# Under the title when /stats was narrowed to one type. $name: the type's name.
stats-only-type = Type: { $name }
stats-note = Times count each type's opening hours only; wall-clock times are in brackets. Figures may be a minute old.
stats-field = { $field ->
        [tickets] Tickets
        [first-response] First response
        [resolution] Resolution
        [quality] Quality
        [targets] Missed targets
        [backlog] Open now
       *[staff] Staff
    }
stats-tickets = { $opened } opened · { $closed } closed · { $claimed } claimed
# Business time, then wall-clock time. $median, $p90: durations such as 1d 2h 3m; $count: how many tickets.
stats-times = median { $median }, 90 % within { $p90 }
    ({ $wall_median }, { $wall_p90 } on the clock; { $count ->
        [one] 1 ticket
       *[other] { $count } tickets
    })
stats-none = none yet
# $reopened: a percentage or —; $messages: a number or —; $rating: an average such as 4.5, or —.
stats-quality = Reopened: { $reopened } % · Messages per ticket: { $messages } · Rating: { $rating } ★ ({ $ratings ->
        [one] 1 rating
       *[other] { $ratings } ratings
    }) · Answered by saved replies before a ticket: { $deflected } (all time)
stats-targets = { $response } first responses · { $resolution } resolutions
stats-backlog = { $total } open: { $day } under a day · { $days } 1–3 days · { $week } 3–7 days · { $older } older
    Waiting on staff: { $staff } · on the opener: { $opener }
# One staff member's line. $member: a mention; $median: their median first response (or —).
stats-staff-line = { $member }: { $answers } first answers ({ $median }) · { $claimed } claimed · { $closed } closed
# Response targets.
cmd-type-targets = targets
    .description = Targets in the type's opening hours: to staff's first answer, and to the close (0: none)
cmd-type-targets-type = type
    .description = The ticket type
cmd-type-targets-first-response = first_response
    .description = Minutes of opening hours until staff's first answer (0: no target)
cmd-type-targets-resolution = resolution
    .description = Hours of opening hours until the close (0: no target)
cmd-config-target-warning = target-warning
    .description = How much of a response target a ticket uses before staff are alerted
cmd-config-target-warning-percent = percent
    .description = A percentage, 50 to 95
# $response, $resolution: durations such as 2h, or "none".
type-list-targets = Targets (opening hours): first answer within { $response }, closed within { $resolution }
settings-target-warning = at { $percent } % of a target
# Posted for staff in the type's alert channel (else the log channel). $ticket: a channel mention; $label: #0042;
# $type: the type's name; $target, $elapsed: durations of opening hours such as 1h 30m.
target-alert = { $kind ->
        [response_warned_at] ⏳ { $ticket } ({ $label }, { $type }) has waited { $elapsed } of opening hours for a first answer; the target is { $target }.
        [response_breached_at] 🚨 { $ticket } ({ $label }, { $type }) missed its first-answer target of { $target }.
        [resolution_warned_at] ⏳ { $ticket } ({ $label }, { $type }) has been open { $elapsed } of opening hours; the target to close it is { $target }.
       *[resolution_breached_at] 🚨 { $ticket } ({ $label }, { $type }) missed its resolution target of { $target }.
    }
# The HTTP API's answers to a wrong statistics query. $choices: "7, 30, 90, 365".
api-error-days = days must be one of { $choices }.
api-error-stats-type = type must be the id of one of this server's ticket types.
api-error-stats-staff = staff must be a member's id, as a string of digits.
# The viewer's statistics page. $server: the server's name.
web-stats-title = Statistics — { $server }
web-stats-link = Statistics
web-stats-tickets-link = Tickets
web-stats-csv = Download as CSV
web-stats-period = Period
web-stats-show = Show
web-stats-chart = { $chart ->
        [tickets] Tickets per week
       *[response] Median first response per week, in hours of opening time
    }
# The series of the weekly charts.
web-stats-series = { $series ->
        [opened] opened
        [closed] closed
       *[response] first response
    }
web-stats-by = { $group ->
        [type] By type
       *[staff] By staff member
    }
web-stats-column = { $column ->
        [type] Type
        [opened] Opened
        [closed] Closed
        [first-response] Median first response
        [resolution] Median resolution
        [missed] Missed targets
        [staff] Staff member
        [answers] First answers
        [claimed] Claimed
       *[rating] Rating
    }
# The viewer's "My tickets" page: a member's own tickets on the servers they share with the bot.
web-mine-title = My tickets
web-mine-none = You have no tickets on the servers you share with this bot.
web-mine-column = { $column ->
        [server] Server
        [ticket] Ticket
        [type] Type
        [status] Status
        [opened] Opened
        [closed] Closed
       *[reopen] {""}
    }
# The link to the site's home page, at the top of every page.
web-nav-home = Home
web-not-found = There is nothing at this address.
    .title = Page not found
# On "My tickets", for an archived ticket; and what the member, then staff, are told.
web-mine-reopen = Ask staff to reopen
web-reopen-asked = Staff were asked to reopen { $label }. They will see your request in their channel.
    .title = Request sent
web-reopen-not-asked = The request was not sent: sign in again and retry from My tickets.
    .title = Not sent
# Posted for staff, with the ticket's Reopen button. $member: a mention; $label: #0042; $type: the type's name.
reopen-asked = 🔁 { $member } asks to reopen { $label } ({ $type }).
reopen-ask-not-archived = Only an archived ticket can be reopened, and { $label } is not one.
reopen-ask-too-soon = Staff were already asked to reopen { $label } today.
reopen-ask-nowhere = This server has no channel where staff would see the request; ask them in Discord.
reopen-ask-refused = Discord refused to post the request; try again later.
web-unavailable = The database is unavailable right now. Please try again in a moment.
    .title = Unavailable

## The dashboard (web.dashboard): where people who manage a server set the bot up from a browser.

# A dashboard change in the audit log: the command's own words, then where it was made. $details: those words.
audit-detail-via-dashboard = { $details } (via the dashboard)
web-dash-not-yours = Only people who manage this server (Manage Server) can open its dashboard, and the bot must be in the server.
    .title = Not your dashboard
web-dash-forged = This change did not come from this site's own page, so it was not made. Reload the page and try again.
    .title = Change refused
# The dashboard's own navigation (its aria-label).
web-dash-sections = Server
# A section of a server's pages. $section: tickets, stats, settings, types, panels, blacklist or keys.
web-dash-section = { $section ->
        [tickets] Tickets
        [stats] Statistics
        [settings] Settings
        [types] Ticket types
        [panels] Panels
        [tags] Saved replies
        [labels] Labels
        [blacklist] Blacklist
       *[keys] API keys
    }
# What was just saved. $what: setup, settings, created, changed, deleted or posted.
web-dash-saved = { $what ->
        [setup] Setup saved.
        [settings] Settings saved.
        [created] Ticket type created.
        [deleted] Deleted.
        [posted] Panel posted.
       *[changed] Changes saved.
    }
# A group of settings on a form. $group: its name.
web-dash-group = { $group ->
        [setup] Staff, category and log
        [opening] Opening tickets
        [handling] Handling tickets
        [closing] Closing tickets
        [basics] Name and language
        [who] Who opens, who answers
        [where] Where tickets go
        [when] Opening hours and targets
        [welcome] Welcome message
       *[panel] Panel
    }
# A setting's name on a form. $field: the setting.
web-dash-field = { $field ->
        [max_open_tickets] Open tickets per member
        [channel_name_template] Channel name template
        [members_open_about] Members may open a ticket about a message
        [welcome_message] Welcome message
        [language] Language
        [claim_mode] Claim mode
        [priority_prefix] Priority emoji before the name
        [target_warning_percent] Alert staff at this share of a target (%)
        [auto_close_hours] Auto-close after (hours)
        [auto_close_warning_hours] Warn before auto-close (hours)
        [idle_counts] Quiet means no message from
        [confirm_close] Confirm /ticket close
        [ask_rating] Ask openers for a rating
        [on_opener_leave] When the opener leaves
        [staff_role_ids] Staff roles
        [ticket_category_id] Ticket category
        [log_channel_id] Log channel
        [close_action] Closed tickets are
        [archive_category_id] Archive category
        [overflow_category_id] Overflow category
        [name] Name
        [emoji] Emoji
        [description] Description
        [required_role_ids] Roles needed to open
        [bypass_role_ids] Roles that open outside hours
        [ping_role_ids] Roles pinged on open
        [max_open] Open tickets per member
        [cooldown_seconds] Cooldown between tickets (minutes)
        [category_id] Category
        [thread_channel_id] Private threads in channel
        [alert_channel_id] Staff alert channel
        [hours] Opening hours
        [timezone] Time zone
        [response_target_minutes] First-response target (minutes)
        [resolution_target_minutes] Resolution target (hours)
        [deflect] Offer saved replies first
        [channel_id] Channel
        [title] Title
        [button_label] Button label
        [style] Style
        [label] Question
        [required] Required
        [placeholder] Placeholder
        [min_length] Shortest answer
        [max_length] Longest answer
        [choices] Choices (comma-separated)
       *[blocked_role] Role
    }
# An empty optional choice: the server's setting (or the default) stands.
web-dash-default = Default
web-dash-required = { $field }: this must be filled in.
web-dash-length = { $field }: at most { $most } characters.
web-dash-range = { $field }: enter a number from { $least } to { $most }.
web-dash-choice = { $field }: choose one of the options offered.
web-dash-channel-gone = { $field }: that channel is gone, or is not of the right kind; choose another.
web-dash-member-unknown = No member of this server has that id.
web-dash-set-up-first = Save the setup above first; the other settings follow.
web-dash-save = Save
web-dash-post = Post
web-dash-preview = Preview
web-dash-new-type = New ticket type
web-dash-types-none = No ticket types yet.
# A column of a dashboard list. $column: its name.
web-dash-column = { $column ->
        [name] Name
        [questions] Questions
        [staff] Staff roles
        [description] Description
        [panel] Panel
        [channel] Channel
        [offers] Ticket types offered
        [state] Message
        [types] For ticket types
        [text] Text
       *[made-by] Made by
    }
web-dash-form = Form
web-dash-form-help = Members answer these questions when they open a ticket (up to five). Fill an empty row to add one, change the numbers to reorder them, tick Remove to take one out.
web-dash-form-none = No questions: the ticket opens at once.
# A row of the form editor. $number: its place.
web-dash-question = Question { $number }
web-dash-position = Position
web-dash-remove = Remove
# The buttons of Discord's form window, in the preview. $button: cancel or submit.
web-dash-modal = { $button ->
        [cancel] Cancel
       *[submit] Submit
    }
web-dash-delete-type = Delete this ticket type
# Before the links to a type's welcome and form in each language.
web-dash-variants = Welcome and form for openers who read:
# The link back to a type's own settings, from one language's welcome and form.
web-dash-variant-own = the type's own
web-dash-variant-help = Openers whose Discord reads this language get this welcome and form; left empty, they get the type's own.
web-dash-new-panel = New panel
web-dash-panels-none = No panels yet.
web-dash-panel-gone = Message gone: post it again or delete it
web-dash-panel-posted = Posted
web-dash-panel-types = The types this panel offers; none: the server's first type, behind one button.
# The tag Discord shows beside a bot's name.
web-dash-app = APP
web-dash-delete-panel = Delete this panel
web-dash-blacklist-none = Nobody is blacklisted.
web-dash-block = Blacklist
web-dash-block-member = Or a member, by id
web-dash-unblock = Remove
web-dash-keys-none = No API keys.
web-dash-key-create = Make a key
web-dash-key-revoke = Revoke
web-dash-key-once = Here is the new key. Copy it now: it is shown only this once.
web-dash-delete = Delete
web-dash-tag-new = New saved reply
web-dash-tag-types = None chosen: for every ticket type.
# How often staff sent a saved reply. $uses: the count.
web-dash-tag-uses = { $uses ->
        [one] Sent once
       *[other] Sent { $uses } times
    }
web-dash-labels-none = No labels yet.
web-dash-label-new = Make a label
# The link from a server's ticket list to its dashboard.
web-dash-link = Settings
