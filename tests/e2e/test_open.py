"""Opening tickets through the emulator."""

import asyncio

import pytest

from core.models import ParticipantRole, TicketStatus
from core.rules.policy import ACTIVE


async def test_ticket_channel_is_private_to_opener_staff_and_bot(harness):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    reply, channel = await harness.open_ticket(world, world.alice, panel)
    emulator = harness.emulator
    assert reply.ephemeral and f"<#{channel.id}>" in reply.text
    assert channel.parent_id == world.category.id and channel.name == "ticket-0001"
    assert emulator.can_send(world.alice, channel)
    assert emulator.can_send(world.staff, channel)
    assert emulator.can_send(emulator.bot_member(world.guild), channel)
    assert not emulator.can_view(world.carol, channel)
    assert not emulator.can_view(world.bob, channel)
    welcome = channel.history()[0]
    assert welcome.pinged_user_ids == {world.alice.id} and not welcome.pinged_everyone
    ticket_id = (await harness.ticket_of(world, world.alice)).id
    assert welcome.custom_ids == [f"ticket:close:{ticket_id}:{world.alice.id}", f"ticket:claim:{ticket_id}"]
    ticket = await harness.ticket_of(world, world.alice)
    assert ticket.status is TicketStatus.OPEN and ticket.channel_id == channel.id
    participants = await harness.database.list_participants(ticket.id)
    assert [(p.user_id, p.role) for p in participants] == [(world.alice.id, ParticipantRole.CREATOR)]


async def test_open_makes_four_calls_on_the_openers_path_and_audits_afterwards(harness):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    await harness.eventually(lambda: len(world.log.history()) >= 1, "the setup and panel audit posts")
    before = len(harness.emulator.requests)
    reply, channel = await harness.open_ticket(world, world.alice, panel)
    assert reply.ack_latency is not None and reply.ack_latency < 3
    answered = next(
        n for n, r in enumerate(harness.emulator.requests) if n >= before and r.route.startswith("PATCH /webhooks/")
    )
    assert [r.route for r in harness.emulator.requests[before : answered + 1]] == [
        "POST /interactions/{interaction_id}/{interaction_token}/callback",
        "POST /guilds/{guild_id}/channels",
        "POST /channels/{channel_id}/messages",
        "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
    ]
    opened = await harness.eventually(
        lambda: [e for m in world.log.history() for e in m.embeds if e["author"]["name"] == "Ticket opened · #0001"],
        "the audit post of the open",
    )
    assert f"<#{channel.id}>" in opened[0]["description"] and f"<@{world.alice.id}>" in opened[0]["description"]


async def test_numbers_count_per_server(harness):
    first, second = await harness.world("First"), await harness.world("Second")
    for world in (first, second):
        await harness.setup(world)
    panels = [await harness.panel(first), await harness.panel(second)]
    _, a = await harness.open_ticket(first, first.alice, panels[0])
    _, b = await harness.open_ticket(first, first.bob, panels[0])
    _, c = await harness.open_ticket(second, second.alice, panels[1])
    assert (a.name, b.name, c.name) == ("ticket-0001", "ticket-0002", "ticket-0001")


async def test_second_click_at_the_limit_is_refused(harness):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    await harness.open_ticket(world, world.alice, panel)
    reply = await (await harness.emulator.click(world.alice, panel)).answered()
    assert reply.ephemeral and "already have 1 open ticket" in reply.text
    assert len(harness.ticket_channels(world)) == 1


async def test_two_quick_clicks_give_one_ticket(harness):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    clicks = await asyncio.gather(*(harness.emulator.click(world.alice, panel) for _ in range(2)))
    replies = [await c.answered() for c in clicks]
    assert sorted("is open" in r.text for r in replies) == [False, True]
    assert len(harness.ticket_channels(world)) == 1
    assert len(await harness.database.list_tickets(ACTIVE, world.guild.id)) == 1


async def test_slash_open_with_reason_and_username_naming(harness):
    world = await harness.world()
    await harness.setup(world)
    await (
        await harness.emulator.run_command(world.owner, world.lobby, "config naming", template="{username} help!")
    ).answered()
    reply = await (
        await harness.emulator.run_command(world.alice, world.lobby, "ticket open", reason="My order never arrived")
    ).answered()
    assert "is open" in reply.text
    channel = harness.ticket_channels(world)[0]
    assert channel.name == "alice-help"
    assert "My order never arrived" in channel.history()[0].embeds[0]["fields"][1]["value"]


async def test_mentions_in_reasons_never_ping(harness):
    world = await harness.world()
    await harness.setup(world)
    reason = f"<@{world.carol.id}> @everyone <@&{world.staff_role.id}> please"
    await (await harness.emulator.run_command(world.alice, world.lobby, "ticket open", reason=reason)).answered()
    channel = harness.ticket_channels(world)[0]
    for message in channel.history() + world.log.history():
        assert message.pinged_user_ids <= {world.alice.id}, message.content
        assert not message.pinged_role_ids and not message.pinged_everyone
    assert channel.history()[0].pinged_user_ids == {world.alice.id}


async def _full_category(harness):
    """A set-up server whose ticket category already holds 50 channels, and its panel."""
    world = await harness.world()
    await harness.setup(world)
    for n in range(50):
        await harness.emulator.create_channel(world.guild, f"old-{n}", parent=world.category)
    return world, await harness.panel(world)


async def test_a_full_category_spills_into_a_numbered_one_and_a_full_server_is_said_plainly(harness):
    world, panel = await _full_category(harness)
    emulator = harness.emulator
    _, channel = await harness.open_ticket(world, world.alice, panel)
    [spill] = [c for c in world.guild.channels.values() if c.name == "Tickets 2"]
    assert channel.parent_id == spill.id and spill.overwrites == world.category.overwrites
    assert emulator.can_view(world.staff, channel) and not emulator.can_view(world.bob, channel)
    _, second = await harness.open_ticket(world, world.bob, panel)
    assert second.parent_id == spill.id, "the numbered category is reused"

    for n in range(48):
        await emulator.create_channel(world.guild, f"spill-{n}", parent=spill)
    while len(world.guild.channels) < 499:  # no room for a "Tickets 3" and its first channel
        await emulator.create_channel(world.guild, f"filler-{len(world.guild.channels)}")
    reply = await (await emulator.click(world.carol, panel)).answered()
    assert reply.ephemeral and "near Discord's limit of 500" in reply.text, reply.text
    assert {t.opener_id for t in await harness.database.list_tickets(ACTIVE, world.guild.id)} == {
        world.alice.id,
        world.bob.id,
    }, "nothing half-made"


async def test_quick_opens_into_full_categories_make_one_numbered_category(harness):
    world, panel = await _full_category(harness)
    emulator = harness.emulator
    clicks = [await emulator.click(member, panel) for member in (world.alice, world.bob, world.carol)]
    replies = await asyncio.gather(*(click.answered() for click in clicks))
    assert all("is open" in r.text for r in replies), [r.text for r in replies]
    assert [c.name for c in world.guild.channels.values() if c.name.startswith("Tickets ")] == ["Tickets 2"]


async def test_posted_buttons_are_not_kept_in_memory_per_message(harness):
    """Buttons are routed by their custom_ids: a view kept per panel or welcome would only grow with tickets."""
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    await (await harness.emulator.click(world.bob, panel)).answered()
    assert harness.bot.persistent_views == []
    shown = await (await harness.emulator.click(world.alice, channel.history()[0], "ticket:close:")).answered()
    assert shown.modal is not None, "the welcome's Close button still works"


async def test_the_ticket_is_reserved_while_discord_answers_the_acknowledgement(harness):
    """The acknowledgement goes out first, and the reservation does not wait for Discord's answer to it."""
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    reserved: list[TicketStatus] = []

    async def slow_answer() -> None:
        await asyncio.sleep(0.3)  # Discord carried the acknowledgement out and takes its time to say so
        reserved.extend(t.status for t in await harness.database.list_tickets(ACTIVE, world.guild.id))

    callback = "POST /interactions/{interaction_id}/{interaction_token}/callback"
    harness.emulator.after(callback, slow_answer, scope=world.guild.id)
    before = len(harness.emulator.requests)
    await harness.open_ticket(world, world.alice, panel)
    assert reserved == [TicketStatus.PENDING]
    log_posts = f"/channels/{world.log.id}/messages"  # the setup's audit posts may still be going out
    assert next(r.route for r in harness.emulator.requests[before:] if r.path != log_posts) == callback


@pytest.mark.parametrize(
    "route", ["POST /guilds/{guild_id}/channels", "POST /channels/{channel_id}/messages"], ids=["create", "welcome"]
)
async def test_a_long_rate_limit_during_an_open_says_when_and_leaves_nothing(harness, route):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    # Longer than the bot waits for a click (max_ratelimit_timeout): discord.py raises instead of waiting.
    harness.emulator.fail(route, 429, retry_after=120, scope=world.guild.id)
    reply = await (await harness.emulator.click(world.alice, panel)).answered()
    assert reply.ephemeral and "try again <t:" in reply.text, reply.text
    await harness.eventually(lambda: not harness.ticket_channels(world), "the half-made channel to go", timeout=3)
    assert await harness.database.list_tickets(ACTIVE, world.guild.id) == []
