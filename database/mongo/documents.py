"""Records ⇄ documents for MongoDB, by field name: the one place the backend converts values.

A document holds its record's fields under their names, enums as their values; its ``_id`` is the
record's key (a composite key as ``"a:b"`` text). Datetimes are BSON dates and bytes BSON binary,
which the driver converts itself. Fields added after a document was written take their defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from enum import StrEnum
from typing import Any, TypeAlias

from core.models import (
    ApiKey,
    AuditEntry,
    ClaimMode,
    CloseAction,
    FileChunk,
    GuildConfig,
    GuildCounter,
    IdleCounts,
    LeaveAction,
    Panel,
    PanelStyle,
    Participant,
    ParticipantRole,
    Revoked,
    Ticket,
    TicketStatus,
    TicketType,
    Transcript,
    WebRevocation,
)
from database.records import Record, RecordKind, answers, as_bytes, ticket_type, type_options

Document: TypeAlias = dict[str, Any]

COLLECTIONS = {kind: kind.value for kind in RecordKind}
# The collections whose ids come from a sequence (the others are keyed by what they belong to).
SEQUENCED = {
    RecordKind.TICKET_TYPES: "ticket_types",
    RecordKind.PANELS: "panels",
    RecordKind.TICKETS: "tickets",
    RecordKind.AUDIT_ENTRIES: "audit_entries",
}
# The field stored as ``_id``; the records not named here are keyed by ``id`` or by a composite key.
KEY_FIELDS: dict[type, str] = {GuildConfig: "guild_id", GuildCounter: "guild_id", Transcript: "ticket_id"}


def participant_id(ticket_id: int, user_id: int) -> str:
    """Return a participant's ``_id``: one member once in a ticket."""
    return f"{ticket_id}:{user_id}"


def revocation_id(kind: Revoked, subject_id: int) -> str:
    """Return a web revocation's ``_id``: one per kind and subject."""
    return f"{kind.value}:{subject_id}"


def document(record: Record) -> Document:
    """Turn a record into its document; enums become their values."""
    if isinstance(record, TicketType):
        return {
            "_id": record.id,
            "guild_id": record.guild_id,
            "name": record.name,
            "options": type_options(record),
            "created_at": record.created_at,
        }
    values = {f.name: getattr(record, f.name) for f in fields(record)}
    values = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in values.items()}
    match record:
        case GuildConfig():
            del values["thread_channel_id"]  # a type's setting, seen through the server's (not stored)
        case Participant():
            values["_id"] = participant_id(record.ticket_id, record.user_id)
            return values
        case FileChunk():
            values["_id"] = f"{record.ticket_id}:{record.position}:{record.part}"
            return values
        case WebRevocation():
            values["_id"] = revocation_id(record.kind, record.subject_id)
            return values
    values["_id"] = values.pop(KEY_FIELDS.get(type(record), "id"))
    return values


def _fields(found: Document, key: str | None = "id") -> Document:
    """Return a document's fields, its ``_id`` under the record's key field (None: derived, dropped)."""
    values = {k: v for k, v in found.items() if k != "_id"}
    if key is not None:
        values[key] = found["_id"]
    return values


def guild_config(found: Document) -> GuildConfig:
    """Rebuild a server's settings."""
    values = _fields(found, "guild_id")
    return GuildConfig(
        **{
            **values,
            "close_action": CloseAction(values["close_action"]),
            "claim_mode": ClaimMode(values.get("claim_mode", ClaimMode.SHARED)),
            "idle_counts": IdleCounts(values.get("idle_counts", IdleCounts.OPENER)),
            "on_opener_leave": LeaveAction(values.get("on_opener_leave", LeaveAction.KEEP)),
        }
    )


def counter(found: Document) -> GuildCounter:
    """Rebuild a server's ticket counter."""
    return GuildCounter(found["_id"], int(found["last_number"]))


def ticket_type_of(found: Document) -> TicketType:
    """Rebuild a ticket type from its columns and its settings document."""
    return ticket_type(found["_id"], found["guild_id"], found["name"], found["created_at"], found["options"])


def panel(found: Document) -> Panel:
    """Rebuild a panel (those stored before types have none, and buttons)."""
    values = _fields(found)
    return Panel(
        **{
            **values,
            "type_ids": tuple(values.get("type_ids") or ()),
            "style": PanelStyle(values.get("style", PanelStyle.BUTTONS)),
        }
    )


def ticket(found: Document) -> Ticket:
    """Rebuild a ticket."""
    values = _fields(found)
    return Ticket(**{**values, "status": TicketStatus(values["status"]), "answers": answers(values.get("answers"))})


def participant(found: Document) -> Participant:
    """Rebuild a participant."""
    values = _fields(found, None)
    return Participant(**{**values, "role": ParticipantRole(values["role"])})


def transcript(found: Document) -> Transcript:
    """Rebuild a transcript (those stored before schema v3 hold text)."""
    values = _fields(found, "ticket_id")
    return Transcript(**{**values, "html": as_bytes(values["html"]), "text": as_bytes(values["text"])})


def file_chunk(found: Document) -> FileChunk:
    """Rebuild one piece of a kept file."""
    values = _fields(found, None)
    return FileChunk(**{**values, "data": bytes(values["data"])})


def api_key(found: Document) -> ApiKey:
    """Rebuild an API key."""
    return ApiKey(**_fields(found))


def audit_entry(found: Document) -> AuditEntry:
    """Rebuild an audit entry."""
    return AuditEntry(**_fields(found))


def web_revocation(found: Document) -> WebRevocation:
    """Rebuild a web revocation."""
    values = _fields(found, None)
    return WebRevocation(**{**values, "kind": Revoked(values["kind"])})


READERS: dict[RecordKind, Callable[[Document], Record]] = {
    RecordKind.GUILD_CONFIGS: guild_config,
    RecordKind.COUNTERS: counter,
    RecordKind.TICKET_TYPES: ticket_type_of,
    RecordKind.PANELS: panel,
    RecordKind.TICKETS: ticket,
    RecordKind.PARTICIPANTS: participant,
    RecordKind.TRANSCRIPTS: transcript,
    RecordKind.TRANSCRIPT_FILES: file_chunk,
    RecordKind.AUDIT_ENTRIES: audit_entry,
    RecordKind.API_KEYS: api_key,
    RecordKind.WEB_REVOCATIONS: web_revocation,
}
