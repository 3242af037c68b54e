"""The records storage keeps, their kinds, and the conversions every backend shares."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias

from pydantic import TypeAdapter

from core.models import (
    ApiKey,
    AuditEntry,
    FileChunk,
    GuildConfig,
    GuildCounter,
    Panel,
    Participant,
    Ticket,
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
