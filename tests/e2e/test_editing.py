"""Renaming tickets (within Discord's two renames per ten minutes) and moving them between types."""

import time

from tests.e2e.interruptions import cancelled_at, recover
from tests.e2e.test_types import post_panel, typed_world


async def _ticket(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    return world, channel


async def test_staff_rename_twice_and_the_third_is_refused_with_when(harness):
    world, channel = await _ticket(harness)
    emulator = harness.emulator
    refused = await (await emulator.run_command(world.alice, channel, "ticket rename", name="mine")).answered()
    assert "staff" in refused.text.lower(), refused.text
    reply = await (await emulator.run_command(world.staff, channel, "ticket rename", name="Billing Issue!!")).answered()
    assert "#billing-issue" in reply.text and channel.name == "billing-issue", reply.text
    assert channel.history()[-1].content == f"<@{world.staff.id}> renamed this ticket to #billing-issue."
    await (await emulator.run_command(world.staff, channel, "ticket rename", name="refund")).answered()
    assert channel.name == "refund"
    started = time.monotonic()
    third = await (await emulator.run_command(world.staff, channel, "ticket rename", name="later")).answered()
    assert time.monotonic() - started < 5, "refused at once, not queued for ten minutes"
    assert "two renames per channel every ten minutes" in third.text and "<t:" in third.text, third.text
    assert channel.name == "refund"
    empty = await (await emulator.run_command(world.staff, channel, "ticket rename", name="!!!")).answered()
    assert "at least one letter or digit" in empty.text


async def test_moving_a_ticket_hands_it_to_the_new_types_staff_and_category(harness):
    world, _billing_role, billing_category, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    panel = await post_panel(harness, world, types="Reports")
    _, channel = await harness.open_ticket(world, world.alice, panel)
    assert emulator.can_send(world.staff, channel) and not emulator.can_view(billing_staff, channel)
    refused = await (await emulator.run_command(world.alice, channel, "ticket move", type="Billing")).answered()
    assert "staff" in refused.text.lower(), refused.text
    same = await (await emulator.run_command(world.staff, channel, "ticket move", type="Reports")).answered()
    assert "already a Reports ticket" in same.text, same.text

    reply = await (await emulator.run_command(world.staff, channel, "ticket move", type="Billing")).answered()
    assert "moved" in reply.text, reply.text
    ticket = await harness.ticket_of_channel(channel)
    types = {t.name: t.id for t in await harness.database.list_ticket_types(world.guild.id)}
    assert ticket.type_id == types["Billing"] and channel.parent_id == billing_category.id
    assert emulator.can_send(billing_staff, channel) and emulator.can_send(world.alice, channel)
    assert not emulator.can_view(world.staff, channel), "the old type's staff lose it"
    assert channel.history()[-1].content == f"<@{world.staff.id}> moved this ticket from Reports to Billing."

    emulator.fail("PATCH /channels/{channel_id}", 403, code=50013, scope=world.guild.id)
    refused = await (await emulator.run_command(billing_staff, channel, "ticket move", type="Reports")).answered()
    assert "Discord refused to let me move this ticket" in refused.text, refused.text
    assert (await harness.ticket_of_channel(channel)).type_id == types["Billing"], "a refused move changes nothing"


async def test_a_claimed_ticket_keeps_its_claim_when_moved(harness):
    world, _billing_role, _, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    await emulator.run_command(world.owner, world.lobby, "type edit", type="Billing", claim_mode="claimer-only")
    panel = await post_panel(harness, world, types="Reports")
    _, channel = await harness.open_ticket(world, world.alice, panel)
    await (await emulator.run_command(world.staff, channel, "ticket claim")).answered()
    reply = await (await emulator.run_command(world.staff, channel, "ticket move", type="Billing")).answered()
    assert "moved" in reply.text, reply.text
    assert emulator.can_send(world.staff, channel), "the claimer keeps the ticket"
    assert not emulator.can_view(billing_staff, channel), "claimer-only: the new type's staff do not see it"


async def test_a_move_interrupted_before_discord_is_finished_by_recovery(harness):
    world, _billing_role, billing_category, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    panel = await post_panel(harness, world, types="Reports")
    _, channel = await harness.open_ticket(world, world.alice, panel)
    await cancelled_at(
        harness,
        "PATCH /channels/{channel_id}",
        world.guild.id,
        lambda: emulator.run_command(world.staff, channel, "ticket move", type="Billing"),
    )
    types = {t.name: t.id for t in await harness.database.list_ticket_types(world.guild.id)}
    assert (await harness.ticket_of_channel(channel)).type_id == types["Billing"]
    await recover(harness)
    assert emulator.can_send(billing_staff, channel), "the new type's staff can work in it"
    assert not emulator.can_view(world.staff, channel), "the old type's staff lose it"
    assert emulator.can_send(world.alice, channel) and channel.parent_id == billing_category.id
    reply = await (await emulator.run_command(billing_staff, channel, "ticket move", type="Reports")).answered()
    assert "moved" in reply.text, "the new staff can manage it"


async def test_a_move_refused_by_discord_leaves_the_old_types_access(harness):
    world, _billing_role, _, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    panel = await post_panel(harness, world, types="Reports")
    _, channel = await harness.open_ticket(world, world.alice, panel)
    emulator.fail("PATCH /channels/{channel_id}", 500, times=5, scope=world.guild.id)
    refused = await (await emulator.run_command(world.staff, channel, "ticket move", type="Billing")).answered(20)
    assert "move this ticket" in refused.text, refused.text
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.unsynced_since is None and emulator.can_send(world.staff, channel)
    assert not emulator.can_view(billing_staff, channel)
