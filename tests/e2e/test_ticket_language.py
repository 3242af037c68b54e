"""A ticket reads its server's language: the welcome and the notices, and what the bot recognises it by stays the same.

The assertions compare against the Spanish catalog, and check that it is not the English fallback.
"""

from dataclasses import replace

from core import messages
from core.i18n import render, t
from core.models import TicketStatus
from tests.e2e.interruptions import cancelled_after

POST = "POST /channels/{channel_id}/messages"


def es(key: str, **params: object) -> str:
    return render(t(key, **params), "es")


async def _spanish_server(harness):
    """A set-up server whose chosen language is Spanish, read by a bot started after it was chosen."""
    world = await harness.world()
    await harness.setup(world)
    config = await harness.database.get_guild_config(world.guild.id)
    await harness.database.save_guild_config(replace(config, language="es"))
    await harness.stop_bot()
    await harness.start_bot()
    return world, await harness.panel(world)


async def test_a_spanish_server_gets_its_welcome_and_claim_notice_in_spanish(harness):
    world, panel = await _spanish_server(harness)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    welcome = channel.history()[0]
    embed = welcome.embeds[0]
    assert embed["title"] == es("welcome-title-typed", type="Support", label="#0001")
    assert embed["description"] == es("welcome-default")
    assert embed["footer"]["text"] == es("welcome-footer")
    names = [field["name"] for field in embed["fields"]]
    assert names == [es("welcome-opened-by"), es("welcome-reason")]
    assert embed["fields"][1]["value"] == es("welcome-no-reason")
    assert embed["description"] != render(t("welcome-default"), "en"), "Spanish, not the English fallback"

    claim = next(c for c in welcome.custom_ids if c.startswith("ticket:claim:"))
    await (await harness.emulator.click(world.staff, welcome, claim)).answered()
    notice = es("notice-claimed", actor=f"<@{world.staff.id}>")
    await harness.eventually(lambda: any(m.content == notice for m in channel.history()), "the claim notice")
    fields = {f["name"]: f["value"] for f in channel.messages[welcome.id].embeds[0]["fields"]}
    assert fields[es("welcome-claimed-by")] == f"<@{world.staff.id}>"


async def test_an_interrupted_open_in_a_spanish_server_is_recognised_after_a_restart(harness):
    world, panel = await _spanish_server(harness)
    await cancelled_after(harness, POST, 1, world.guild.id, lambda: harness.emulator.click(world.alice, panel))
    [channel] = harness.ticket_channels(world)
    assert messages.is_ticket_topic(channel.topic), channel.topic
    await harness.stop_bot()
    await harness.start_bot()

    async def opened():
        tickets = await harness.database.list_tickets([TicketStatus.OPEN], world.guild.id)
        return tickets[0] if tickets else None

    ticket = await harness.until(opened, "recovery to finish the open")
    assert ticket.channel_id == channel.id, "the channel was recognised by its topic"
    close = f"ticket:close:{ticket.id}:"
    welcomes = [m for m in channel.history() if any(c.startswith(close) for c in m.custom_ids)]
    assert len(welcomes) == 1, "the welcome was recognised, not posted again"
    assert welcomes[0].embeds[0]["footer"]["text"] == es("welcome-footer")
