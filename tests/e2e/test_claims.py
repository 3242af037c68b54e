"""Claiming tickets through the emulator: one claimer of many clicks, the claim modes' access, hand-overs."""

import asyncio

import pytest

from tests.e2e.interruptions import cancelled_at, recover
from tests.e2e.test_types import command


async def _claimable(harness, mode: str | None = None):
    world = await harness.world()
    await harness.setup(world)
    if mode is not None:
        reply = await command(harness, world, world.owner, "config claim-mode", mode=mode)
        assert "saved" in reply.text, reply.text
    emulator = harness.emulator
    sue = await emulator.add_member(world.guild, "sue", world.staff_role)
    panel = await harness.panel(world)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    return world, sue, channel


def _claim_button(channel):
    welcome = channel.history()[0]
    return welcome, next(c for c in welcome.custom_ids if c.startswith("ticket:claim:"))


async def test_of_two_staff_clicking_claim_at_once_one_wins(harness):
    world, sue, channel = await _claimable(harness)
    emulator = harness.emulator
    welcome, claim = _claim_button(channel)
    clicks = [await emulator.click(member, welcome, claim) for member in (world.staff, sue, world.staff, sue)]
    replies = await asyncio.gather(*(c.answered() for c in clicks))
    winners = [r for r in replies if "You have claimed ticket #0001" in r.text]
    assert len(winners) == 1, [r.text for r in replies]
    winner = winners[0].member
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.claimed_by == winner.id
    for reply in replies:
        if reply is not winners[0]:
            assert "already claimed this ticket" in reply.text, reply.text
    fields = {f["name"]: f["value"] for f in channel.messages[welcome.id].embeds[0]["fields"]}
    assert fields["Claimed by"] == f"<@{winner.id}>"
    assert any(m.content == f"<@{winner.id}> has claimed this ticket and will handle it." for m in channel.history())
    assert emulator.can_send(world.staff, channel) and emulator.can_send(sue, channel), "shared: all keep access"
    refused = await (await emulator.click(world.alice, welcome, claim)).answered()
    assert "Only staff can claim tickets." in refused.text


async def test_claimer_writes_others_read_until_unclaimed(harness):
    world, sue, channel = await _claimable(harness, "claimer-writes")
    emulator = harness.emulator
    reply = await (await emulator.run_command(sue, channel, "ticket claim")).answered()
    assert "You have claimed" in reply.text, reply.text
    assert emulator.can_send(sue, channel) and emulator.can_send(world.alice, channel)
    assert emulator.can_view(world.staff, channel) and not emulator.can_send(world.staff, channel)
    refused = await (await emulator.run_command(world.staff, channel, "ticket unclaim")).answered()
    assert f"<@{sue.id}> has claimed this ticket; only they or an admin" in refused.text
    reply = await (await emulator.run_command(sue, channel, "ticket unclaim")).answered()
    assert "is no longer claimed" in reply.text, reply.text
    assert emulator.can_send(world.staff, channel) and emulator.can_send(sue, channel)
    assert sue.id not in channel.overwrites, "unclaiming restores the type's access exactly"
    assert (await harness.ticket_of_channel(channel)).claimed_by is None
    fields = [f["name"] for f in channel.history()[0].embeds[0]["fields"]]
    assert "Claimed by" not in fields


async def test_claimer_only_hides_the_ticket_and_a_transfer_moves_it(harness):
    world, sue, channel = await _claimable(harness, "claimer-only")
    emulator = harness.emulator
    await (await emulator.run_command(world.staff, channel, "ticket claim")).answered()
    assert not emulator.can_view(sue, channel) and emulator.can_send(world.staff, channel)
    assert emulator.can_send(world.alice, channel), "the opener keeps access"
    not_staff = await (await emulator.run_command(world.staff, channel, "ticket transfer", staff=world.bob)).answered()
    assert "is not staff of this ticket" in not_staff.text
    reply = await (await emulator.run_command(world.staff, channel, "ticket transfer", staff=sue)).answered()
    assert f"is now <@{sue.id}>'s" in reply.text, reply.text
    assert emulator.can_send(sue, channel) and not emulator.can_view(world.staff, channel)
    assert (await harness.ticket_of_channel(channel)).claimed_by == sue.id
    admin = await (await emulator.run_command(world.owner, channel, "ticket unclaim")).answered()
    assert "is no longer claimed" in admin.text, "an admin may release any claim"
    assert emulator.can_send(world.staff, channel) and emulator.can_send(sue, channel)
    entries = [e.action for e in await harness.database.list_audit_entries(world.guild.id)]
    assert entries[:3] == ["ticket_unclaimed", "ticket_transferred", "ticket_claimed"]


async def test_a_closed_ticket_cannot_be_claimed(harness):
    world, _, channel = await _claimable(harness)
    ticket = await harness.ticket_of_channel(channel)
    await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket claim")).answered()
    # The close may still be under way, or done.
    assert reply.text in (f"Ticket {ticket.label} is already being closed.", f"Ticket {ticket.label} is closed."), (
        reply.text
    )
    assert (await harness.database.get_ticket(ticket.id)).claimed_by is None


async def test_a_claim_costs_five_discord_calls_and_one_more_to_change_access(harness):
    _, sue, channel = await _claimable(harness, "claimer-writes")
    emulator = harness.emulator
    before = len(emulator.requests)
    await (await emulator.run_command(sue, channel, "ticket claim")).answered()
    answered = next(
        n for n, r in enumerate(emulator.requests) if n >= before and r.route.startswith("PATCH /webhooks/")
    )
    assert [r.route for r in emulator.requests[before : answered + 1]] == [
        "POST /interactions/{interaction_id}/{interaction_token}/callback",
        "PATCH /channels/{channel_id}",  # the staff's access (not in the shared mode)
        "GET /channels/{channel_id}/messages",  # the welcome, to show the claimer
        "PATCH /channels/{channel_id}/messages/{message_id}",
        "POST /channels/{channel_id}/messages",  # the notice
        "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
    ]


async def test_new_staff_roles_respect_a_claim(harness):
    world, sue, channel = await _claimable(harness, "claimer-only")
    emulator = harness.emulator
    await (await emulator.run_command(sue, channel, "ticket claim")).answered()
    helpers = await emulator.add_role(world.guild, "Helpers")
    helper = await emulator.add_member(world.guild, "helper", helpers)
    await harness.setup(world, staff_role=helpers)
    assert not emulator.can_view(helper, channel), "the new staff role gets what the claim leaves staff: nothing"
    assert emulator.can_send(sue, channel)


async def test_a_claim_discord_refuses_is_put_back(harness):
    world, sue, channel = await _claimable(harness, "claimer-only")
    emulator = harness.emulator
    emulator.fail("PATCH /channels/{channel_id}", 403, code=50013, scope=world.guild.id)
    reply = await (await emulator.run_command(sue, channel, "ticket claim")).answered()
    assert "Discord refused to let me change who may work in this ticket" in reply.text, reply.text
    assert (await harness.ticket_of_channel(channel)).claimed_by is None
    assert emulator.can_view(world.staff, channel)
    reply = await (await emulator.run_command(world.staff, channel, "ticket claim")).answered()
    assert "You have claimed" in reply.text, "the refused claim left nothing behind"


async def test_a_claim_interrupted_before_discord_is_finished_by_recovery(harness):
    world, sue, channel = await _claimable(harness, "claimer-only")
    emulator = harness.emulator
    await cancelled_at(
        harness,
        "PATCH /channels/{channel_id}",
        world.guild.id,
        lambda: emulator.run_command(world.staff, channel, "ticket claim"),
    )
    assert (await harness.ticket_of_channel(channel)).claimed_by == world.staff.id
    await recover(harness)
    assert not emulator.can_view(sue, channel), "claimer-only holds once recovered"
    assert emulator.can_send(world.staff, channel) and emulator.can_send(world.alice, channel)
    fields = {f["name"]: f["value"] for f in channel.history()[0].embeds[0]["fields"]}
    assert fields["Claimed by"] == f"<@{world.staff.id}>"
    assert (await harness.ticket_of_channel(channel)).unsynced_since is None


@pytest.mark.parametrize(
    ("route", "status", "code", "times"),
    [
        ("GET /channels/{channel_id}/messages", 500, 0, 5),
        ("GET /channels/{channel_id}/messages", 403, 50013, 1),
        ("PATCH /channels/{channel_id}/messages/{message_id}", 404, 10008, 1),
    ],
    ids=["read welcome 500x5", "read welcome 403", "edit welcome 404"],
)
async def test_a_claim_refused_at_the_welcome_is_put_back_on_discord_too(harness, route, status, code, times):
    world, sue, channel = await _claimable(harness, "claimer-only")
    emulator = harness.emulator
    emulator.fail(route, status, code=code, times=times, scope=world.guild.id)
    reply = await (await emulator.run_command(world.staff, channel, "ticket claim")).answered(20)
    assert "Discord" in reply.text and "change who may work in this ticket" in reply.text, reply.text
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.claimed_by is None and ticket.unsynced_since is None
    assert emulator.can_send(sue, channel), "the other staff see the unclaimed ticket again"
    assert world.staff.id not in channel.overwrites, "the would-be claimer's own access went with the claim"
    reply = await (await emulator.run_command(sue, channel, "ticket claim")).answered()
    assert "You have claimed" in reply.text, reply.text


async def test_a_claim_discord_asks_to_wait_long_for_is_undone_and_says_when(harness):
    _, sue, channel = await _claimable(harness, "claimer-writes")
    # Longer than the bot waits for a click (max_ratelimit_timeout): discord.py raises instead of waiting.
    harness.emulator.fail("PATCH /channels/{channel_id}", 429, retry_after=120)
    reply = await (await harness.emulator.run_command(sue, channel, "ticket claim")).answered()
    assert reply.ephemeral and "try again <t:" in reply.text and "error id" not in reply.text, reply.text
    assert (await harness.ticket_of_channel(channel)).claimed_by is None, "nothing is claimed that Discord did not show"
