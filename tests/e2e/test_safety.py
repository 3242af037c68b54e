"""What must never happen to a ticket: exposed to the wrong people, closed twice, or an answer lost."""

import asyncio

import pytest

from core.models import TicketStatus
from tests.emulator.emulator import BOT_PERMISSIONS
from tests.emulator.state import ChannelType, Permissions


async def _ticket(harness, **setup):
    world = await harness.world()
    await harness.setup(world, **setup)
    panel = await harness.panel(world)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    return world, panel, channel


@pytest.mark.parametrize(
    ("make_role", "expected"),
    [
        (lambda e, w: w.guild.everyone, "@everyone cannot be a staff role"),
        (lambda e, w: e.create_role(w.guild, "Owners", position=11), "at or above my highest role"),
        (lambda e, w: e.create_role(w.guild, "Boosters", managed=True), "managed by an integration"),
    ],
)
async def test_setup_refuses_staff_roles_that_expose_tickets(harness, make_role, expected):
    world = await harness.world()
    reply = await harness.setup(world, staff_role=make_role(harness.emulator, world))
    assert reply.ephemeral and expected in reply.text
    assert await harness.database.get_guild_config(world.guild.id) is None


async def test_setup_refuses_a_log_channel_everyone_can_read(harness):
    world = await harness.world()
    public = await harness.emulator.create_channel(world.guild, "public-log")
    reply = await harness.setup(world, log_channel=public)
    assert "Everyone can read" in reply.text and "would be public" in reply.text
    assert await harness.database.get_guild_config(world.guild.id) is None


async def test_setup_needs_manage_messages_in_the_ticket_category(harness):
    world = await harness.world(bot_permissions=BOT_PERMISSIONS & ~Permissions.MANAGE_MESSAGES)
    reply = await harness.setup(world)
    assert f"Manage Messages in <#{world.category.id}>" in reply.text


@pytest.mark.parametrize("closers", [2, 5])
async def test_staff_closing_at_once_make_one_transcript(harness, closers):
    world, _, channel = await _ticket(harness)
    staff = [world.staff] + [
        await harness.emulator.add_member(world.guild, f"staff{n}", world.staff_role) for n in range(closers - 1)
    ]
    clicks = await asyncio.gather(
        *(
            harness.emulator.run_command(member, channel, "ticket close", reason=f"by {n}")
            for n, member in enumerate(staff)
        )
    )
    replies = [await click.answered() for click in clicks]
    assert sum("#0001 closed" in r.text for r in replies) == 1
    assert all(r.ephemeral for r in replies)
    ticket = await harness.until_status((await harness.ticket_of_channel(channel)).id, TicketStatus.CLOSED)
    assert len([m for m in world.log.history() if m.attachments]) == 1
    assert await harness.database.get_transcript(ticket.id) is not None


async def test_the_close_modal_works_after_a_restart(harness):
    world, _, channel = await _ticket(harness)
    shown = await (await harness.emulator.click(world.alice, channel.history()[0], "ticket:close:")).answered()
    await harness.stop_bot()
    await harness.start_bot()
    text_input = shown.modal["components"][0]["components"][0]["custom_id"]
    reply = await (
        await harness.emulator.submit_modal(world.alice, channel, shown.modal["custom_id"], {text_input: "Fixed"})
    ).answered()
    assert "#0001 closed" in reply.text
    ticket = await harness.until_status((await harness.ticket_of_channel(channel)).id, TicketStatus.CLOSED)
    assert ticket.close_reason == "Fixed"


async def test_the_close_button_answers_before_any_database_work(harness):
    world, _, channel = await _ticket(harness)
    await (await harness.emulator.run_command(world.staff, channel, "ticket add", member=world.bob)).answered()
    refused = await (await harness.emulator.click(world.bob, channel.history()[0], "ticket:close:")).answered()
    assert refused.ephemeral and "Only the member who opened" in refused.text and refused.modal is None
    shown = await (await harness.emulator.click(world.staff, channel.history()[0], "ticket:close:")).answered()
    assert shown.modal is not None


async def test_commands_in_a_voice_channel_are_refused_clearly(harness):
    world, _, _ = await _ticket(harness)
    voice = await harness.emulator.create_channel(world.guild, "Lounge", type=ChannelType.GUILD_VOICE)
    run = harness.emulator.run_command
    for command, options, expected in [
        ("ticket add", {"member": world.bob}, "inside a ticket channel"),
        ("ticket remove", {"member": world.bob}, "inside a ticket channel"),
        ("ticket close", {}, "inside a ticket channel"),
        ("panel send", {}, "Panels go in a text channel"),
    ]:
        member = world.owner if command == "panel send" else world.staff
        reply = await (await run(member, voice, command, **options)).answered()
        assert reply.ephemeral and expected in reply.text, (command, reply.text)


async def test_removing_staff_says_the_truth(harness):
    world, _, channel = await _ticket(harness)
    other = await harness.emulator.add_member(world.guild, "sally", world.staff_role)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket remove", member=other)).answered()
    assert "is staff" in reply.text and harness.can_see(other, channel)


async def test_add_and_remove_post_notices_that_ping_only_the_added_member(harness):
    world, _, channel = await _ticket(harness)
    run = harness.emulator.run_command
    await (await run(world.staff, channel, "ticket add", member=world.bob)).answered()
    added = channel.history()[-1]
    assert f"<@{world.bob.id}> was added" in added.content and added.pinged_user_ids == {world.bob.id}
    await (await run(world.staff, channel, "ticket remove", member=world.bob)).answered()
    removed = channel.history()[-1]
    assert f"<@{world.bob.id}> was removed" in removed.content and not removed.pinged_user_ids


async def test_a_failed_dm_is_not_blamed_on_the_opener(harness):
    world, _, channel = await _ticket(harness)
    harness.emulator.fail("POST /users/@me/channels", 500, times=5, scope=world.alice.id)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered(30)
    assert "Discord failed to deliver the opener's copy" in reply.text


async def test_a_deleted_channel_is_closed_by_the_bot_through_the_close_path(harness):
    world, _, channel = await _ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    await harness.emulator.delete_channel(channel)
    closed = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert closed.closed_by == harness.emulator.bot_user.id and closed.close_reason == "Channel deleted outside the bot"

    # MongoDB stores the status and the audit entry in two writes (no multi-document transaction).
    async def closed_entry():
        entries = await harness.database.list_audit_entries(world.guild.id)
        return entries[0] if entries and entries[0].action == "ticket_closed" else None

    entry = await harness.until(closed_entry, "the close's audit entry")
    assert entry.actor_id == harness.emulator.bot_user.id
    await harness.eventually(
        lambda: any(e["author"]["name"] == "Ticket closed · #0001" for m in world.log.history() for e in m.embeds),
        "the close's audit post",
    )
