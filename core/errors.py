"""The bot's exception family: every message is written for the user who will read it."""

from __future__ import annotations


class TicketBotError(Exception):
    """Base of every error the bot raises on purpose; ``str(error)`` is shown to the user."""


class ConfigurationError(TicketBotError):
    """A setting is missing or invalid; the message names the key and the fix."""


class UserInputError(TicketBotError):
    """The user asked for something that cannot be done as asked."""


class NotFoundError(UserInputError):
    """The ticket, panel or member the user referred to does not exist."""


class TicketLimitReached(UserInputError):
    """The member already has as many open tickets as the server (or the ticket's type) allows."""

    def __init__(self, limit: int, type_name: str | None = None, *, per_type: bool = False) -> None:
        plural = "ticket" if limit == 1 else "tickets"
        what = f"{type_name} {plural}" if type_name else (f"{plural} of this type" if per_type else plural)
        super().__init__(f"You already have {limit} open {what}. Close one before opening another.")
        self.limit = limit
        self.per_type = per_type or type_name is not None


class NotConfigured(UserInputError):
    """The server has not been set up yet."""

    def __init__(self) -> None:
        super().__init__("Tickets are not set up on this server yet. An admin needs to run `/setup`.")


class PermissionDenied(TicketBotError):
    """The invoking member may not do this."""


class BotMissingPermissions(TicketBotError):
    """The bot lacks Discord permissions it needs; the message lists them and where."""


class DiscordOperationFailed(TicketBotError):
    """Discord refused or failed an operation; nothing was left half done."""


class DatabaseError(TicketBotError):
    """The database failed; the user is told to try again later."""

    def __init__(self, message: str = "The database is unavailable right now. Please try again in a moment.") -> None:
        super().__init__(message)


class TransientDatabaseError(DatabaseError):
    """A database failure worth retrying: a dropped connection, a deadlock, a busy file."""


class DatabaseUnavailable(DatabaseError):
    """The database cannot be reached or its driver is missing; raised at start-up."""


class StorageError(TicketBotError):
    """Storage refused a change; ``code`` names the rule and ``params`` the values, never a sentence.

    Storage writes no text: ``core.ui.errors`` renders the code for the user where errors become replies.
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class StorageConflict(StorageError, UserInputError):
    """The change clashes with a stored record (``type_name_taken``: another type has the ``name``)."""


class StorageNotFound(StorageError, NotFoundError):
    """The record is not in the state the change needs (``ticket_not_pending``: ``ticket_id`` has no channel to get)."""
