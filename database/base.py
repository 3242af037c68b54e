"""The storage contract every backend implements, shaped by the ticket domain."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Collection, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, TypeAlias

from pydantic import TypeAdapter

from core.models import (
    ApiKey,
    AuditEntry,
    Closure,
    FileChunk,
    GuildConfig,
    GuildCounter,
    Panel,
    Participant,
    Revoked,
    Ticket,
    TicketRequest,
    TicketSearch,
    TicketStatus,
    TicketType,
    Transcript,
    TranscriptFile,
    WebRevocation,
)

Record: TypeAlias = (
    GuildConfig
    | GuildCounter
    | TicketType
    | Panel
    | Ticket
    | Participant
    | Transcript
    | FileChunk
    | AuditEntry
    | ApiKey
    | WebRevocation
)
CHUNK_SIZE = 512 * 1024  # under MySQL's smallest max_allowed_packet and MongoDB's 16 MB documents, with room


def chunked(files: Sequence[TranscriptFile]) -> list[FileChunk]:
    """Cut files into the pieces they are stored as (an empty file is one empty piece)."""
    return [
        FileChunk(f.ticket_id, f.position, part, f.filename, f.content_type, f.data[start : start + CHUNK_SIZE])
        for f in files
        for part, start in enumerate(range(0, max(len(f.data), 1), CHUNK_SIZE))
    ]


def joined(chunks: Sequence[FileChunk]) -> TranscriptFile | None:
    """Put a file's pieces, in order, back together; None when there are none."""
    if not chunks:
        return None
    first = chunks[0]
    return TranscriptFile(
        first.ticket_id, first.position, first.filename, first.content_type, b"".join(c.data for c in chunks)
    )


def page_size(kind: RecordKind) -> int:
    """How many records of a kind to read or write at once when copying: few file pieces, many small rows."""
    return 16 if kind is RecordKind.TRANSCRIPT_FILES else 500


# A type's settings are stored as one document (a JSON column on SQL): they grow with every feature,
# and nothing queries inside them. Pydantic checks what comes back, so a hand-edited row fails loudly.
_TYPES = TypeAdapter(TicketType)
_ANSWERS = TypeAdapter(tuple[tuple[str, str], ...])
_TYPE_COLUMNS = {"id", "guild_id", "name", "created_at"}


def type_options(ticket_type: TicketType) -> dict[str, Any]:
    """Return a type's settings (all but its id, server, name and creation time) as JSON-ready data."""
    options: dict[str, Any] = _TYPES.dump_python(ticket_type, mode="json", exclude=_TYPE_COLUMNS)
    return options


def ticket_type(type_id: int, guild_id: int, name: str, created_at: datetime, options: Any) -> TicketType:
    """Rebuild a stored type from its columns and its settings document (a dict, or JSON text)."""
    document = json.loads(options) if isinstance(options, str | bytes) else options
    fields = {"id": type_id, "guild_id": guild_id, "name": name, "created_at": created_at}
    return _TYPES.validate_python({**document, **fields})


def answers(stored: Any) -> tuple[tuple[str, str], ...]:
    """Return a ticket's form answers from their stored form (JSON text, a list, or nothing)."""
    if not stored:
        return ()
    return _ANSWERS.validate_json(stored) if isinstance(stored, str | bytes) else _ANSWERS.validate_python(stored)


def as_bytes(document: str | bytes) -> bytes:
    """Return a stored transcript document as bytes (records written before schema v3 hold text)."""
    return document.encode() if isinstance(document, str) else bytes(document)


class RecordKind(StrEnum):
    """The kinds of stored records, in an order that keeps references valid when copying."""

    GUILD_CONFIGS = "guild_configs"
    COUNTERS = "counters"
    TICKET_TYPES = "ticket_types"
    PANELS = "panels"
    TICKETS = "tickets"
    PARTICIPANTS = "participants"
    TRANSCRIPTS = "transcripts"
    TRANSCRIPT_FILES = "transcript_files"
    AUDIT_ENTRIES = "audit_entries"
    API_KEYS = "api_keys"
    WEB_REVOCATIONS = "web_revocations"


class DatabaseAdapter(ABC):
    """Persists tickets, settings, panels, transcripts and the audit log.

    Implementations take and return ``core.models`` records, raise ``core.errors`` exceptions and
    enforce the invariants themselves (per-server numbering, the open-ticket limit), so that several
    bot processes can share one database.
    """

    backend: ClassVar[str]

    @abstractmethod
    async def connect(self) -> None:
        """Open the connection (or pool) and bring the schema up to date."""

    @abstractmethod
    async def close(self) -> None:
        """Release every connection; safe to call twice."""

    # Settings

    @abstractmethod
    async def get_guild_config(self, guild_id: int) -> GuildConfig | None:
        """Return a server's settings, or None before /setup."""

    @abstractmethod
    async def save_guild_config(self, config: GuildConfig) -> None:
        """Insert or replace a server's settings."""

    # Ticket types

    @abstractmethod
    async def list_ticket_types(self, guild_id: int) -> list[TicketType]:
        """Return a server's ticket types, oldest first (the first is the one a typeless panel opens)."""

    @abstractmethod
    async def save_ticket_type(self, ticket_type: TicketType) -> TicketType:
        """Store a new type (id 0) or replace a stored one; return it with its id.

        Raises ``UserInputError`` when another type of the server has the same name (case-insensitive).
        """

    @abstractmethod
    async def delete_ticket_type(self, type_id: int) -> None:
        """Forget a type; its tickets keep their type id and fall back to the server's settings."""

    # Panels

    @abstractmethod
    async def create_panel(self, panel: Panel) -> Panel:
        """Store a panel before its message is posted (so its button can carry the id); return it with its id."""

    @abstractmethod
    async def set_panel_message(self, panel_id: int, message_id: int) -> None:
        """Record the message that shows the panel."""

    @abstractmethod
    async def update_panel(self, panel: Panel) -> None:
        """Store a panel's new text, types and style (its place and message stay)."""

    @abstractmethod
    async def get_panel(self, panel_id: int) -> Panel | None:
        """Return one panel."""

    @abstractmethod
    async def list_panels(self, guild_id: int) -> list[Panel]:
        """Return a server's panels, oldest first."""

    @abstractmethod
    async def delete_panel(self, panel_id: int) -> None:
        """Forget a panel (used when posting it failed)."""

    # Tickets: opening (pending → open)

    @abstractmethod
    async def reserve_ticket(
        self, request: TicketRequest, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket:
        """Atomically check the opener's limits, take the server's next number and store a pending ticket.

        The opener is recorded as the ticket's creator. Raises ``TicketLimitReached`` when the opener
        already has ``max_open`` active tickets (``core.rules.policy.ACTIVE``) in the server, or ``type_max_open``
        of the request's type (``per_type`` set); no number is used then.
        """

    @abstractmethod
    async def last_opened_at(self, guild_id: int, opener_id: int, type_id: int | None) -> datetime | None:
        """Return when the member last opened a ticket of this type in the server (any status), if ever."""

    @abstractmethod
    async def activate_ticket(self, ticket_id: int, channel_id: int, entry: AuditEntry) -> AuditEntry:
        """Attach the channel to a pending ticket, mark it open and store its audit entry; return the entry.

        Repeating a call that succeeded (its answer lost) succeeds without storing the entry again.
        Raises ``NotFoundError`` when the ticket is neither pending nor open in that channel.
        """

    @abstractmethod
    async def discard_ticket(self, ticket_id: int) -> None:
        """Remove a pending ticket whose open was undone; its number stays used."""

    @abstractmethod
    async def set_claim(self, ticket_id: int, claimer_id: int | None, expected: int | None) -> bool:
        """Compare-and-set an open ticket's claimer: set ``claimer_id`` (None: unclaimed) only if it is ``expected``.

        Returns False, changing nothing, when another claim got there first or the ticket is not open.
        """

    @abstractmethod
    async def set_close_due(self, ticket_id: int, due_at: datetime | None, reason: str | None) -> bool:
        """Set (or, with None, clear) when an open ticket closes by itself and why; False if it is not open."""

    @abstractmethod
    async def list_due_closes(self, now: datetime) -> list[Ticket]:
        """Return the open tickets whose close fell due at or before ``now``, oldest first."""

    @abstractmethod
    async def reopen_ticket(
        self, ticket_id: int, at: datetime, max_open: int, *, type_max_open: int | None = None
    ) -> Ticket | None:
        """Open an archived ticket again (its close details cleared, activity counting from ``at``).

        Its stored transcript stays until the next close replaces it with one of the whole conversation.

        The opener's limits are checked as for a new ticket (``TicketLimitReached``); None, changing
        nothing, when the ticket is not archived: exactly one of several reopeners wins.
        """

    @abstractmethod
    async def set_ticket_type(self, ticket_id: int, type_id: int | None, expected: int | None) -> bool:
        """Move an open ticket to another type, if its type is still ``expected``; False changes nothing."""

    # Tickets: inactivity

    @abstractmethod
    async def record_activity(self, ticket_id: int, at: datetime, *, by_opener: bool) -> None:
        """Record a message in an open ticket at ``at`` (by its opener or by anyone); times never go back."""

    @abstractmethod
    async def list_idle(self, guild_id: int, before: datetime, *, by_opener: bool) -> list[Ticket]:
        """Return a server's open tickets, not exempted, with no message (from the opener) since ``before``."""

    @abstractmethod
    async def mark_idle_warned(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        """Set when the inactivity warning was posted, if it is still ``expected``: one process warns."""

    @abstractmethod
    async def set_auto_close(self, ticket_id: int, enabled: bool) -> bool:
        """Exempt an open ticket from closing for inactivity, or end the exemption; False if it is not open."""

    @abstractmethod
    async def mark_opener_left(self, ticket_id: int, at: datetime) -> bool:
        """Record that an open ticket's opener left the server; False if already recorded (or not open)."""

    # Tickets: closing (open → closing → closed or archived)

    @abstractmethod
    async def begin_close(self, ticket_id: int, closure: Closure) -> bool:
        """Mark an open ticket as closing, recording who closes it and why.

        Returns False, changing nothing, when the ticket is not open: exactly one of several closers wins.
        """

    @abstractmethod
    async def cancel_close(self, ticket_id: int) -> bool:
        """Put a closing ticket back to open (its close was refused before anything was posted)."""

    @abstractmethod
    async def save_transcript(self, transcript: Transcript) -> None:
        """Store a closing ticket's transcript, replacing one stored before (so the step can be repeated)."""

    @abstractmethod
    async def set_transcript_message(self, ticket_id: int, message_id: int) -> None:
        """Record the log-channel message that carries the ticket's transcript."""

    @abstractmethod
    async def finish_close(self, ticket_id: int, status: TicketStatus, entry: AuditEntry) -> AuditEntry | None:
        """Move a closing ticket to ``status`` (closed or archived) and store its audit entry.

        Returns the stored entry, or None (changing nothing) when the ticket was not closing.
        """

    # Tickets: reading

    @abstractmethod
    async def get_ticket(self, ticket_id: int) -> Ticket | None:
        """Return one ticket."""

    @abstractmethod
    async def get_ticket_by_channel(self, channel_id: int) -> Ticket | None:
        """Return the ticket whose channel this is."""

    @abstractmethod
    async def list_tickets(
        self, statuses: Collection[TicketStatus], guild_id: int | None = None, *, opener_id: int | None = None
    ) -> list[Ticket]:
        """Return the tickets in any of ``statuses``, of one server or of all, oldest first."""

    @abstractmethod
    async def search_tickets(self, search: TicketSearch) -> list[Ticket]:
        """Return one page of a server's tickets matching ``search``, newest (highest number) first."""

    @abstractmethod
    async def count_open_tickets(self, guild_id: int | None = None) -> int:
        """Return how many tickets are open in a server, or in all of them."""

    # Participants

    @abstractmethod
    async def add_participant(self, participant: Participant) -> bool:
        """Add a member to a ticket; False if they were in it already."""

    @abstractmethod
    async def remove_participant(self, ticket_id: int, user_id: int) -> bool:
        """Remove a member from a ticket; False if they were not in it."""

    @abstractmethod
    async def list_participants(self, ticket_id: int) -> list[Participant]:
        """Return a ticket's members, in the order they joined."""

    # Transcripts and audit

    @abstractmethod
    async def get_transcript(self, ticket_id: int) -> Transcript | None:
        """Return a closed ticket's transcript."""

    @abstractmethod
    async def create_api_key(self, key: ApiKey) -> ApiKey:
        """Store a new API key (``id`` 0) and return it with its id."""

    @abstractmethod
    async def find_api_key(self, key_hash: str) -> ApiKey | None:
        """Return the key with this hash, revoked or not."""

    @abstractmethod
    async def list_api_keys(self, guild_id: int) -> list[ApiKey]:
        """Return a server's keys that are not revoked, oldest first."""

    @abstractmethod
    async def revoke_api_key(self, key_id: int, at: datetime) -> bool:
        """Revoke a key; False when it was already revoked (or never existed)."""

    @abstractmethod
    async def revoke_web_access(self, revocation: WebRevocation) -> None:
        """Store that the subject's credentials issued before ``revoked_at`` end (a later time stored stays)."""

    @abstractmethod
    async def web_access_revoked_at(self, kind: Revoked, subject_id: int) -> datetime | None:
        """Return when the subject's credentials were last revoked, or None if never."""

    @abstractmethod
    async def save_transcript_files(self, ticket_id: int, files: Sequence[TranscriptFile]) -> None:
        """Store the attachments kept with a ticket's transcript, replacing any kept at an earlier close."""

    @abstractmethod
    async def get_transcript_file(self, ticket_id: int, position: int) -> TranscriptFile | None:
        """Return one kept attachment of a ticket's transcript."""

    @abstractmethod
    async def add_audit_entry(self, entry: AuditEntry) -> AuditEntry:
        """Store an audit entry and return it with its id."""

    @abstractmethod
    async def list_audit_entries(self, guild_id: int, limit: int = 50) -> list[AuditEntry]:
        """Return a server's newest audit entries, newest first."""

    # Whole-database access, for copying between backends

    @abstractmethod
    def iter_records(self, kind: RecordKind) -> AsyncIterator[Record]:
        """Yield every stored record of one kind, in key order."""

    @abstractmethod
    async def import_records(self, kind: RecordKind, records: Sequence[Record]) -> None:
        """Insert or replace records of one kind, keeping their ids; running it twice changes nothing."""

    @abstractmethod
    async def count_records(self, kind: RecordKind) -> int:
        """Return how many records of one kind are stored."""
