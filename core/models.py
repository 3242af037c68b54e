"""Plain records passed between the TicketManager and the database adapters.

Ids are ``int`` snowflakes and every datetime is timezone-aware UTC, whatever the backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime, to the millisecond.

    Milliseconds are Discord's own precision and the finest every backend stores exactly (BSON dates).
    """
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class TicketStatus(StrEnum):
    PENDING = "pending"
    OPEN = "open"
    CLOSED = "closed"
    ARCHIVED = "archived"

    @property
    def is_active(self) -> bool:
        """Whether the ticket counts towards its opener's limit."""
        return self in (TicketStatus.PENDING, TicketStatus.OPEN)


class ParticipantRole(StrEnum):
    CREATOR = "creator"
    STAFF = "staff"
    PARTICIPANT = "participant"


class CloseAction(StrEnum):
    DELETE = "delete"
    ARCHIVE = "archive"


@dataclass(slots=True)
class GuildConfig:
    """One server's ticket settings, changed through /setup and /config."""

    guild_id: int
    staff_role_ids: list[int] = field(default_factory=list)
    ticket_category_id: int | None = None
    log_channel_id: int | None = None
    archive_category_id: int | None = None
    close_action: CloseAction = CloseAction.DELETE
    max_open_tickets: int = 1
    channel_name_template: str = "ticket-{number:04d}"
    welcome_message: str = "Thanks for reaching out! Describe your issue and a staff member will be with you shortly."
    updated_at: datetime = field(default_factory=utcnow)


@dataclass(slots=True)
class Panel:
    """A posted embed with a Create Ticket button."""

    id: int
    guild_id: int
    channel_id: int
    message_id: int | None
    title: str
    description: str
    button_label: str
    created_by: int
    created_at: datetime


@dataclass(slots=True)
class Ticket:
    """A support ticket; ``number`` counts per server from 1."""

    id: int
    guild_id: int
    number: int
    opener_id: int
    channel_id: int | None
    status: TicketStatus
    reason: str | None
    opened_at: datetime
    closed_at: datetime | None = None
    closed_by: int | None = None
    close_reason: str | None = None


@dataclass(slots=True)
class Participant:
    """A member with access to a ticket, and why they have it."""

    ticket_id: int
    user_id: int
    role: ParticipantRole
    added_at: datetime


@dataclass(slots=True)
class Transcript:
    """The saved conversation of a closed ticket, in both formats."""

    ticket_id: int
    message_count: int
    html: str
    text: str
    created_at: datetime


@dataclass(slots=True)
class AuditEntry:
    """One recorded action: a ticket action or a settings change."""

    id: int | None
    guild_id: int
    ticket_id: int | None
    actor_id: int
    action: str
    details: str
    created_at: datetime


@dataclass(slots=True)
class GuildCounter:
    """The last ticket number handed out in a server."""

    guild_id: int
    last_number: int
