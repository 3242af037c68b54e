"""SQL storage of the members added to a ticket."""

from __future__ import annotations

from typing_extensions import override

from core.models import Participant
from database.contract import ParticipantStore
from database.records import RecordKind
from database.retry import retry_transient
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
        async with self._session() as s:
            result = await s.execute(
                "DELETE FROM participants WHERE ticket_id = ? AND user_id = ?", (ticket_id, user_id)
            )
        return result.rowcount == 1

    @override
    @retry_transient
    async def list_participants(self, ticket_id: int) -> list[Participant]:
        async with self._reader() as s:
            rows = await s.fetchall(
                f"{PARTICIPANTS.select} WHERE ticket_id = ? ORDER BY added_at, user_id", (ticket_id,)
            )
        return [self._rows.load(Participant, row) for row in rows]
