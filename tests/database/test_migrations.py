"""A database written by the first release is upgraded in place and keeps every ticket usable."""

from dataclasses import dataclass

from pymongo import AsyncMongoClient

from core.models import Closure, ParticipantRole, TicketRequest, TicketStatus
from database import create_adapter
from tests.database.contract.helpers import BIG, MOMENT, entry


@dataclass(frozen=True)
class FirstRelease:
    """The ids of what a first-release server stored: its settings, one panel and one open ticket."""

    guild_id: int = BIG
    category_id: int = BIG + 3
    log_channel_id: int | None = None
    staff_role_id: int = 5
    opener_id: int = 7
    channel_id: int = BIG + 1
    panel_channel_id: int = BIG + 4
    panel_message_id: int = BIG + 5


async def first_release_database(url: str, ids: FirstRelease = FirstRelease()) -> None:
    """Write what the first release would have stored: its schema (v1), settings, a panel and an open ticket."""
    if url.startswith("mongodb"):
        client: AsyncMongoClient = AsyncMongoClient(url, tz_aware=True)
        db = client.get_default_database()
        await db.schema_version.insert_one({"_id": "schema", "version": 1})
        await db.tickets.insert_one(
            {
                "_id": 1,
                "guild_id": ids.guild_id,
                "number": 1,
                "opener_id": ids.opener_id,
                "channel_id": ids.channel_id,
                "status": "open",
                "reason": "old",
                "opened_at": MOMENT,
                "closed_at": None,
                "closed_by": None,
                "close_reason": None,
            }
        )
        await db.participants.insert_one(
            {
                "_id": f"1:{ids.opener_id}",
                "ticket_id": 1,
                "user_id": ids.opener_id,
                "role": "creator",
                "added_at": MOMENT,
            }
        )
        await db.open_slots.insert_one({"_id": f"{ids.guild_id}:{ids.opener_id}", "tickets": [{"id": 1, "at": MOMENT}]})
        await db.sequences.insert_many([{"_id": "tickets", "value": 1}, {"_id": "panels", "value": 1}])
        await db.counters.insert_one({"_id": ids.guild_id, "last_number": 1})
        await db.guild_configs.insert_one(
            {
                "_id": ids.guild_id,
                "staff_role_ids": [ids.staff_role_id],
                "ticket_category_id": ids.category_id,
                "log_channel_id": ids.log_channel_id,
                "archive_category_id": None,
                "close_action": "delete",
                "max_open_tickets": 1,
                "channel_name_template": "ticket-{number:04d}",
                "welcome_message": "hi",
                "updated_at": MOMENT,
            }
        )
        await db.panels.insert_one(
            {
                "_id": 1,
                "guild_id": ids.guild_id,
                "channel_id": ids.panel_channel_id,
                "message_id": ids.panel_message_id,
                "title": "Need help?",
                "description": "Press the button",
                "button_label": "Create Ticket",
                "created_by": 1,
                "created_at": MOMENT,
            }
        )
        await client.close()
        return
    old = create_adapter(url)
    old.MIGRATIONS = old.MIGRATIONS[:1]  # type: ignore[attr-defined, misc]
    await old.connect()
    at = old._to_db(MOMENT)  # type: ignore[attr-defined]
    async with old._session() as s:  # type: ignore[attr-defined]
        await s.execute(
            "INSERT INTO tickets (id, guild_id, number, opener_id, channel_id, status, reason, opened_at)"
            " VALUES (1, ?, 1, ?, ?, 'open', 'old', ?)",
            (ids.guild_id, ids.opener_id, ids.channel_id, at),
        )
        await s.execute(
            "INSERT INTO participants (ticket_id, user_id, role, added_at) VALUES (1, ?, 'creator', ?)",
            (ids.opener_id, at),
        )
        await s.execute("INSERT INTO counters (guild_id, last_number) VALUES (?, 1)", (ids.guild_id,))
        await s.execute(
            "INSERT INTO guild_configs (guild_id, ticket_category_id, log_channel_id, close_action, max_open_tickets,"
            " channel_name_template, welcome_message, updated_at) VALUES (?, ?, ?, 'delete', 1, 'ticket-{number:04d}', 'hi', ?)",
            (ids.guild_id, ids.category_id, ids.log_channel_id, at),
        )
        await s.execute(
            "INSERT INTO staff_roles (guild_id, role_id, position) VALUES (?, ?, 0)", (ids.guild_id, ids.staff_role_id)
        )
        await s.execute(
            "INSERT INTO panels (id, guild_id, channel_id, message_id, title, description, button_label, created_by,"
            " created_at) VALUES (1, ?, ?, ?, ?, 'Press the button', 'Create Ticket', 1, ?)",
            (ids.guild_id, ids.panel_channel_id, ids.panel_message_id, "Need help?", at),
        )
    await old.close()


async def test_a_first_release_database_is_upgraded(db_url):
    await first_release_database(db_url)
    db = create_adapter(db_url)
    await db.connect()
    try:
        ticket = await db.get_ticket(1)
        assert ticket is not None
        assert (ticket.status, ticket.channel_id, ticket.reason, ticket.transcript_message_id) == (
            TicketStatus.OPEN,
            BIG + 1,
            "old",
            None,
        )
        assert [(p.user_id, p.role) for p in await db.list_participants(1)] == [(7, ParticipantRole.CREATOR)]
        # Inactivity counts from when the ticket opened.
        assert (ticket.active_at, ticket.opener_active_at, ticket.auto_close) == (ticket.opened_at,) * 2 + (True,)
        assert [t.id for t in await db.list_idle_due(ticket.opened_at)] == [1]
        assert await db.begin_close(1, Closure(7, "bye", MOMENT))
        await db.set_transcript_message(1, BIG + 2)
        assert await db.finish_close(1, TicketStatus.CLOSED, entry(ticket_id=1, action="ticket_closed"))
        assert (await db.get_ticket(1)).transcript_message_id == BIG + 2
        again = await db.reserve_ticket(TicketRequest(BIG, 7, None, MOMENT), 1)
        assert again.number == 2
        # The server's settings became one type with nothing of its own set.
        assert [(t.name, t.staff_role_ids, t.category_id, t.questions) for t in await db.list_ticket_types(BIG)] == [
            ("Support", (), None, ())
        ]
        assert (await db.get_ticket(1)).type_id is None
    finally:
        await db.close()


async def test_transcripts_stored_as_text_are_read_as_bytes(db_url):
    """Transcripts written before schema v3 were text; they come back as the same UTF-8 bytes."""
    await first_release_database(db_url)
    if db_url.startswith("mongodb"):
        client: AsyncMongoClient = AsyncMongoClient(db_url, tz_aware=True)
        await client.get_default_database().transcripts.insert_one(
            {"_id": 1, "message_count": 1, "html": "<p>é 🎉</p>", "text": "é 🎉", "created_at": MOMENT}
        )
        await client.close()
    else:
        old = create_adapter(db_url)
        old.MIGRATIONS = old.MIGRATIONS[:2]  # type: ignore[attr-defined, misc]
        await old.connect()
        async with old._session() as s:  # type: ignore[attr-defined]
            await s.execute(
                "INSERT INTO transcripts (ticket_id, message_count, html, text, created_at) VALUES (1, 1, ?, ?, ?)",
                ("<p>é 🎉</p>", "é 🎉", old._to_db(MOMENT)),  # type: ignore[attr-defined]
            )
        await old.close()
    db = create_adapter(db_url)
    await db.connect()
    try:
        transcript = await db.get_transcript(1)
        assert (transcript.html, transcript.text) == ("<p>é 🎉</p>".encode(), "é 🎉".encode())
    finally:
        await db.close()
