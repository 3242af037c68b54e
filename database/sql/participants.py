"""SQL storage of the members added to a ticket."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from typing_extensions import override

from core.models import Participant, Ticket, TicketStatus
from database.contract import ParticipantStore
from database.records import RecordKind
from database.retry import retry_transient
from database.sql.lifecycle import TICKETS
from database.sql.mapping import table
from database.sql.store import SQLStore

PARTICIPANTS = table(RecordKind.PARTICIPANTS, ["ticket_id", "user_id"])


class SQLParticipants(SQLStore, ParticipantStore):
    """Participants in ``participants``, keyed by ticket and member."""

    @override
    @retry_transient
    async def add_participant(self, participant: Participant) -> bool:
        async with self._session() as s:
            result = await self._insert(s, RecordKind.PARTICIPANTS, participant, ignore=True)
        return result.rowcount == 1

    @override
    @retry_transient
    async def remove_participant(self, ticket_id: int, user_id: int) -> bool:
        result = await self._write("DELETE FROM participants WHERE ticket_id = ? AND user_id = ?", (ticket_id, user_id))
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_participants(self, ticket_id: int) -> list[Participant]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{PARTICIPANTS.select} WHERE ticket_id = ? ORDER BY added_at, user_id", (ticket_id,)
            )
        return [self._rows.load(Participant, row) for row in rows]

    @override
    @retry_transient
    async def list_member_tickets(self, user_id: int, guild_ids: Collection[int], limit: int) -> list[Ticket]:
        if not guild_ids:
            return []
        servers = ", ".join("?" for _ in guild_ids)
        # Two indexed reads, by participant and by opener (an opener is a participant, unless removed by hand).
        sql = (
            f"{TICKETS.select} WHERE id IN (SELECT ticket_id FROM participants WHERE user_id = ?)"
            f" AND guild_id IN ({servers})"
            f" UNION {TICKETS.select} WHERE guild_id IN ({servers}) AND opener_id = ?"
            f" ORDER BY id DESC LIMIT {int(limit)}"
        )
        async with self._reader() as s:
            rows = await s.fetchall(sql, (user_id, *guild_ids, *guild_ids, user_id))
        return [self._rows.load(Ticket, row) for row in rows]

    @override
    @retry_transient
    async def set_reopen_asked(self, ticket_id: int, at: datetime | None, expected: datetime | None) -> bool:
        held = "reopen_asked_at IS NULL" if expected is None else "reopen_asked_at = ?"
        result = await self._write(
            f"UPDATE tickets SET reopen_asked_at = ? WHERE id = ? AND status = ? AND {held}",
            (
                self._opt_to_db(at),
                ticket_id,
                TicketStatus.ARCHIVED.value,
                *([] if expected is None else [self._to_db(expected)]),
            ),
        )
        return result.rowcount == 1
