"""Staff's private notes on a ticket: kept with it, shown to its staff only, never to its opener or members.

Notes live in the database, not in the ticket's channel or thread, so no Discord permission can show
them to a member; the transcript's staff copy and the web viewer read them from there for staff alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.errors import UserInputError
from core.i18n import t
from core.models import Ticket, TicketNote, TicketStatus
from core.rules import policy
from core.rules.policy import Actor

if TYPE_CHECKING:
    from core.runtime.services import Services, TicketKey

MAX_NOTE = 1500


class Notes:
    """Staff write and read a ticket's notes."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def add(self, key: TicketKey, actor: Actor, text: str) -> TicketNote:
        """Keep a note on the ticket ``key`` names, for its staff."""
        ticket = await self._staff_ticket(key, actor)
        content = text.strip()
        if not 1 <= len(content) <= MAX_NOTE:
            raise UserInputError(t("note-length", most=MAX_NOTE))
        note = TicketNote(0, ticket.id, ticket.guild_id, actor.id, content, self._deps.clock())
        return await self._deps.db.add_note(note)

    async def read(self, key: TicketKey, actor: Actor) -> tuple[Ticket, list[TicketNote]]:
        """Return the ticket and its notes, oldest first, for its staff."""
        ticket = await self._staff_ticket(key, actor)
        return ticket, await self._deps.db.list_notes(ticket.id)

    async def _staff_ticket(self, key: TicketKey, actor: Actor) -> Ticket:
        ticket = await self._deps.load(key)
        if ticket.status is TicketStatus.PENDING:
            policy.require_open(ticket)  # says it is still opening
        policy.require_staff(actor, await self._deps.settings.for_ticket(ticket), "notes")
        return ticket
