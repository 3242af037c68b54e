"""Panels through the emulator: edited in place, listed (with any whose message was deleted), deleted."""

import asyncio

from tests.e2e.interruptions import cancel_handlers, cancelled_at, handlers_running
from tests.e2e.test_types import command, post_panel, typed_world


async def test_edit_in_place_list_and_delete(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    panel = await post_panel(harness, world, types="Billing")
    [panel_id] = [p.id for p in await harness.database.list_panels(world.guild.id)]
    choices = await emulator.autocomplete(world.owner, world.lobby, "panel edit", "panel", "need")
    assert choices == [{"name": f"#{panel_id} Need help?", "value": panel_id}]

    reply = await command(
        harness,
        world,
        world.owner,
        "panel edit",
        panel=panel_id,
        title="Support desk",
        types="Billing, Reports",
        style="select",
    )
    assert f"Panel #{panel_id} “Support desk” edited." in reply.text, reply.text
    edited = world.lobby.messages[panel.id]
    assert edited.embeds[0]["title"] == "Support desk" and edited.custom_ids == [f"ticket:pick:{panel_id}"]
    options = edited.components[0]["components"][0]["options"]
    assert [o["label"] for o in options] == ["Billing", "Reports"]
    picked = await (
        await emulator.choose(world.alice, edited, f"ticket:pick:{panel_id}", options[1]["value"])
    ).answered()
    assert "is open" in picked.text

    await command(harness, world, world.owner, "type edit", type="Reports", name="Player reports", emoji="🛑")
    refreshed = world.lobby.messages[panel.id].components[0]["components"][0]["options"]
    assert [o["label"] for o in refreshed] == ["Billing", "Player reports"], "a renamed type shows on its panels"

    second = await post_panel(harness, world)
    await emulator.delete_message(second)
    listed = await command(harness, world, world.owner, "panel list")
    assert "Support desk" in listed.text and "Offers Billing, Player reports (select)" in listed.text
    assert f"its message in <#{world.lobby.id}> was deleted" in listed.text
    second_id = max(p.id for p in await harness.database.list_panels(world.guild.id))
    reply = await command(harness, world, world.owner, "panel edit", panel=second_id, title="x")
    assert "was deleted: delete the panel and send a new one" in reply.text

    for number in (second_id, panel_id):
        reply = await command(harness, world, world.owner, "panel delete", panel=number)
        assert "deleted" in reply.text, reply.text
    assert panel.id not in world.lobby.messages
    assert await harness.database.list_panels(world.guild.id) == []
    reply = await command(harness, world, world.owner, "panel delete", panel=panel_id)
    assert f"There is no panel #{panel_id} here" in reply.text


async def test_a_panel_keeps_working_after_a_restart(harness):
    world, *_ = await typed_world(harness)
    panel = await post_panel(harness, world, types="Billing, Reports", style="select")
    await harness.stop_bot()
    await harness.start_bot()
    await harness.eventually(lambda: harness.bot.get_guild(world.guild.id), "the bot to see the guild")
    [select_id] = panel.custom_ids
    value = panel.components[0]["components"][0]["options"][0]["value"]
    reply = await (await harness.emulator.choose(world.bob, panel, select_id, value)).answered()
    assert "is open" in reply.text, reply.text


async def _panel_world(harness):
    world = await harness.world()
    await harness.setup(world)
    return world


def _panel_messages(world) -> list:
    return [m for m in world.lobby.history() if any(c.startswith("ticket:open:") for c in m.custom_ids)]


async def _cancel_after(harness, world, route: str, name: str, **options) -> None:
    fired = asyncio.Event()

    def cancel() -> None:
        cancel_handlers()
        fired.set()

    harness.emulator.after(route, cancel, scope=world.guild.id)
    await harness.emulator.run_command(world.owner, world.lobby, name, **options)
    await asyncio.wait_for(fired.wait(), 20)
    await harness.eventually(lambda: not handlers_running(), "the handlers to end")


async def _restarted(harness) -> None:
    await harness.stop_bot()
    await harness.start_bot()
    await harness.bot.scheduler.sweep(startup=True)


async def test_a_panel_post_interrupted_after_its_message_is_recorded_at_restart(harness):
    world = await _panel_world(harness)
    await _cancel_after(harness, world, "POST /channels/{channel_id}/messages", "panel send")
    [panel] = await harness.database.list_panels(world.guild.id)
    [message] = _panel_messages(world)
    await _restarted(harness)
    assert [p.message_id for p in await harness.database.list_panels(world.guild.id)] == [message.id]
    reply = await command(harness, world, world.owner, "panel delete", panel=panel.id)
    assert "deleted" in reply.text and _panel_messages(world) == [], "no orphan message"


async def test_a_panel_post_interrupted_before_its_message_leaves_no_row(harness):
    world = await _panel_world(harness)
    await cancelled_at(
        harness,
        "POST /channels/{channel_id}/messages",
        world.guild.id,
        lambda: harness.emulator.run_command(world.owner, world.lobby, "panel send"),
    )
    assert len(await harness.database.list_panels(world.guild.id)) == 1 and _panel_messages(world) == []
    await _restarted(harness)
    assert await harness.database.list_panels(world.guild.id) == []


async def test_a_panel_edit_interrupted_after_discord_shows_the_row_at_restart(harness):
    world = await _panel_world(harness)
    await harness.panel(world)
    [panel] = await harness.database.list_panels(world.guild.id)
    await _cancel_after(
        harness,
        world,
        "PATCH /channels/{channel_id}/messages/{message_id}",
        "panel edit",
        panel=panel.id,
        title="Support desk",
    )
    await _restarted(harness)
    [stored] = await harness.database.list_panels(world.guild.id)
    [message] = _panel_messages(world)
    assert (stored.title, stored.unsynced_since) == ("Support desk", None)
    assert message.embeds[0]["title"] == "Support desk"


async def test_a_panel_deletion_interrupted_after_its_message_went_forgets_the_row_at_restart(harness):
    world = await _panel_world(harness)
    await harness.panel(world)
    [panel] = await harness.database.list_panels(world.guild.id)
    await _cancel_after(
        harness, world, "DELETE /channels/{channel_id}/messages/{message_id}", "panel delete", panel=panel.id
    )
    await _restarted(harness)
    assert await harness.database.list_panels(world.guild.id) == [] and _panel_messages(world) == []
