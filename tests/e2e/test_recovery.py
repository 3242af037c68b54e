"""Restarts, channels deleted by hand, reconnects and Discord failures."""

import pytest

from core.models import AuditEntry, Closure, TicketRequest, TicketStatus, utcnow
from core.rules.policy import ACTIVE
from database import create_adapter
from tests.emulator.state import Overwrite, Permissions


async def _ready(harness):
    world = await harness.world()
    await harness.setup(world)
    return world, await harness.panel(world)


def _private_to(harness, world):
    """A ticket channel's overwrites: hidden from everyone, open to Alice and the bot."""
    return [
        Overwrite(world.guild.id, 0, deny=Permissions.VIEW_CHANNEL),
        Overwrite(world.alice.id, 1, allow=Permissions.VIEW_CHANNEL),
        Overwrite(harness.emulator.bot_user.id, 1, allow=Permissions.VIEW_CHANNEL | Permissions.MANAGE_CHANNELS),
    ]


async def test_channel_deleted_by_hand_closes_the_ticket(harness):
    world, panel = await _ready(harness)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    await harness.emulator.delete_channel(channel)

    async def closed():
        return (await harness.database.get_ticket_by_channel(channel.id)).status is TicketStatus.CLOSED

    await harness.until(closed, "the ticket to be closed")
    await harness.open_ticket(world, world.alice, panel)


async def test_restart_keeps_panel_buttons_and_closes_orphans(harness):
    world, panel = await _ready(harness)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    await harness.stop_bot()
    await harness.emulator.delete_channel(channel)
    await harness.start_bot()

    async def closed():
        return (await harness.database.get_ticket_by_channel(channel.id)).status is TicketStatus.CLOSED

    await harness.until(closed, "start-up reconciliation to close the orphan")
    _, new_channel = await harness.open_ticket(world, world.bob, panel)
    assert new_channel.name == "ticket-0002"
    reply = await (await harness.emulator.run_command(world.staff, new_channel, "ticket close")).answered()
    assert "#0002 closed" in reply.text


async def test_close_button_works_after_restart(harness):
    world, panel = await _ready(harness)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    await harness.stop_bot()
    await harness.start_bot()
    shown = await (await harness.emulator.click(world.alice, channel.history()[0], "ticket:close:")).answered()
    assert (
        shown.modal is not None
        and shown.modal["custom_id"] == f"ticket:close-modal:{(await harness.ticket_of(world, world.alice)).id}"
    )


async def test_gateway_reconnect_resumes(harness):
    world, panel = await _ready(harness)
    sessions = set(harness.emulator.sessions)
    await harness.emulator.reconnect_bot()
    await harness.open_ticket(world, world.alice, panel)
    assert set(harness.emulator.sessions) == sessions, "the bot identified anew instead of resuming"


async def test_a_discord_500_during_open_is_retried_without_duplicates(harness):
    world, panel = await _ready(harness)
    harness.emulator.fail("POST /guilds/{guild_id}/channels", 500)
    await harness.open_ticket(world, world.alice, panel)
    statuses = [r.status for r in harness.emulator.requests if r.route == "POST /guilds/{guild_id}/channels"]
    assert statuses == [500, 201]
    assert len(harness.ticket_channels(world)) == 1
    assert len(await harness.database.list_tickets(ACTIVE, world.guild.id)) == 1


async def test_a_429_during_open_waits_and_succeeds_once(harness):
    world, panel = await _ready(harness)
    harness.emulator.fail("POST /guilds/{guild_id}/channels", 429, retry_after=0.2)
    await harness.open_ticket(world, world.alice, panel)
    statuses = [r.status for r in harness.emulator.requests if r.route == "POST /guilds/{guild_id}/channels"]
    assert statuses == [429, 201]
    assert len(harness.ticket_channels(world)) == 1


async def test_a_failed_welcome_leaves_no_half_made_ticket(harness):
    world, panel = await _ready(harness)
    harness.emulator.fail("POST /channels/{channel_id}/messages", 403, code=50013)
    reply = await (await harness.emulator.click(world.alice, panel)).answered()
    assert reply.ephemeral and "refused" in reply.text
    await harness.eventually(lambda: not harness.ticket_channels(world), "the half-made channel to be removed")
    assert await harness.database.list_tickets(ACTIVE, world.guild.id) == []
    await harness.open_ticket(world, world.alice, panel)


async def test_a_failed_channel_creation_frees_the_limit(harness):
    world, panel = await _ready(harness)
    harness.emulator.fail("POST /guilds/{guild_id}/channels", 403, code=50013)
    reply = await (await harness.emulator.click(world.alice, panel)).answered()
    assert "missing a permission" in reply.text
    assert await harness.database.list_tickets(ACTIVE, world.guild.id) == []
    await harness.open_ticket(world, world.alice, panel)


@pytest.mark.allow_errors
async def test_unexpected_errors_show_an_error_id(harness, monkeypatch):
    world, panel = await _ready(harness)

    async def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(harness.database, "reserve_ticket", broken)
    reply = await (await harness.emulator.click(world.alice, panel)).answered()
    assert reply.ephemeral and "error id" in reply.text and "boom" not in reply.text
    error_id = reply.text.split("`")[1]
    assert any(error_id in r.getMessage() for r in harness.errors.records)


async def test_start_up_retires_a_closed_tickets_surviving_channel(harness):
    """A first-release close could store the close and lose the delete: the channel lived on, writable."""
    world, panel = await _ready(harness)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    ticket = await harness.ticket_of_channel(channel)
    await harness.stop_bot()
    db = create_adapter(harness.database_url)
    await db.connect()
    await db.begin_close(ticket.id, Closure(world.staff.id, "old close", utcnow()))
    await db.finish_close(
        ticket.id, TicketStatus.CLOSED, AuditEntry(None, world.guild.id, ticket.id, 1, "x", "x", utcnow())
    )
    await db.close()
    await harness.start_bot()
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the leftover channel to be deleted")
    await harness.open_ticket(world, world.alice, panel)


async def test_start_up_retires_a_surviving_channel_with_the_first_releases_topic(harness):
    world, panel = await _ready(harness)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    ticket = await harness.ticket_of_channel(channel)
    await harness.stop_bot()
    channel.topic = f"Ticket #{ticket.number:04d} opened by alice ({world.alice.id})"
    db = create_adapter(harness.database_url)
    await db.connect()
    await db.begin_close(ticket.id, Closure(world.staff.id, "old close", utcnow()))
    await db.finish_close(
        ticket.id, TicketStatus.CLOSED, AuditEntry(None, world.guild.id, ticket.id, 1, "x", "x", utcnow())
    )
    await db.close()
    await harness.start_bot()
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the leftover channel to be deleted")


async def test_a_full_archive_category_keeps_the_ticket_open_and_says_which(harness):
    world = await harness.world()
    await harness.setup(world, close_action="archive", archive_category=world.archive)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    for n in range(50):
        await harness.emulator.create_channel(world.guild, f"archived-{n}", parent=world.archive)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "The archive category **Archive** is full" in reply.text and "stays open" in reply.text
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN
    assert harness.emulator.can_send(world.alice, channel)


async def test_start_up_deletes_a_ticket_channel_no_record_knows(harness):
    """What a power loss can leave with SQLite's synchronous=NORMAL: the channel made, its reservation lost."""
    world, panel = await _ready(harness)
    await harness.stop_bot()
    lost = await harness.emulator.create_channel(
        world.guild,
        "ticket-0007",
        parent=world.category,
        overwrites=_private_to(harness, world),
        topic="Ticket #0007 · opened by alice",
    )
    kept = await harness.emulator.create_channel(
        world.guild, "rules", parent=world.category, topic="Ticket #0007 · opened by alice"
    )
    await harness.start_bot()
    await harness.eventually(lambda: lost.id not in world.guild.channels, "the unknown ticket channel to be deleted")
    assert kept.id in world.guild.channels, "a channel that is not private to a member is not the bot's to delete"
    await harness.open_ticket(world, world.alice, panel)


async def test_a_process_starting_leaves_alone_the_channel_another_is_opening(harness):
    """An open records its channel only as it activates: a process starting meanwhile must not take it for lost."""
    world, _ = await _ready(harness)
    async with harness.second_process(utcnow) as other:
        ticket = await harness.database.reserve_ticket(TicketRequest(world.guild.id, world.alice.id, None, utcnow()), 5)
        making = await harness.emulator.create_channel(
            world.guild,
            "ticket-0001",
            parent=world.category,
            overwrites=_private_to(harness, world),
            topic=f"Ticket {ticket.label} · opened by alice",
        )
        await harness.eventually(lambda: other.get_channel(making.id), "the second process to see the channel")
        await other.tickets.recovery.settle({world.guild.id}, utcnow())
        assert making.id in world.guild.channels, "the channel of an open under way"
