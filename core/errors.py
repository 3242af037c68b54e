"""The bot's exception family: an error a member reads carries a ``Text``, rendered in their language.

Errors only operators read (a bad setting at start-up, a database failure's cause) carry an English
message for the terminal and the logs; the member who meets one is shown a general text instead.
"""

from __future__ import annotations

from core.i18n import Text, render, t


class TicketBotError(Exception):
    """Base of every error the bot raises on purpose; ``text`` is what the member is shown."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.key)
        self.text = text

    def __str__(self) -> str:
        """Return the English text, for logs."""
        return render(self.text, "en")


class OperatorError(TicketBotError):
    """An error only the bot's operator reads (the terminal, the log): its English message says what to fix."""

    def __init__(self, message: str) -> None:
        super().__init__(t("error-configuration"))
        self.message = message

    def __str__(self) -> str:
        """Return the operator's message."""
        return self.message


class ConfigurationError(OperatorError):
    """A setting is missing or invalid; the message names the key and the fix."""


class CommandLineRefused(OperatorError):
    """A command-line tool (``db copy``) refused what its operator asked."""


class UserInputError(TicketBotError):
    """The user asked for something that cannot be done as asked."""


class NotFoundError(UserInputError):
    """The ticket, panel or member the user referred to does not exist."""


class TicketLimitReached(UserInputError):
    """The member already has as many open tickets as the server (or the ticket's type) allows."""

    def __init__(self, limit: int, type_name: str | None = None, *, per_type: bool = False) -> None:
        per_type = per_type or type_name is not None
        scope = "named" if type_name else ("type" if per_type else "server")
        super().__init__(t("error-ticket-limit", limit=limit, type=type_name or "", scope=scope))
        self.limit = limit
        self.per_type = per_type


class NotConfigured(UserInputError):
    """The server has not been set up yet."""

    def __init__(self) -> None:
        super().__init__(t("error-not-configured"))


class PermissionDenied(TicketBotError):
    """The invoking member may not do this."""


class BotMissingPermissions(TicketBotError):
    """The bot lacks Discord permissions it needs; the text lists them and where."""


class DiscordOperationFailed(TicketBotError):
    """Discord refused or failed an operation; nothing was left half done."""


# The cause logged when a database error names none.
UNAVAILABLE = "the database is unavailable"  # i18n: for the log


class DatabaseError(TicketBotError):
    """The database failed; the member is told to try again later (or ``text``), the message (the cause) is logged."""

    def __init__(self, message: str = "", text: Text | None = None) -> None:
        super().__init__(text or t("error-database"))
        self.message = message or UNAVAILABLE

    def __str__(self) -> str:
        """Return the cause, for the logs."""
        return self.message


class TransientDatabaseError(DatabaseError):
    """A database failure worth retrying: a dropped connection, a deadlock, a busy file."""


class DatabaseUnavailable(DatabaseError):
    """The database cannot be reached or its driver is missing; raised at start-up."""


class StorageError(TicketBotError):
    """Storage refused a change; ``code`` names the rule and ``params`` the values, never a sentence.

    The member reads the catalog's ``error-<code>`` text with the same parameters.
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(Text("error-" + code.replace("_", "-"), params))
        self.code = code
        self.params = params


class StorageConflict(StorageError, UserInputError):
    """The change clashes with a stored record (``type_name_taken``: another type has the ``name``)."""


class StorageNotFound(StorageError, NotFoundError):
    """The record is not in the state the change needs (``ticket_not_pending``: ``ticket_id`` has no channel to get)."""
