"""Staff alerts through the emulator: one live post per new ticket, edited as the ticket is claimed and closed."""

from core.models import TicketStatus
from tests.e2e.interruptions import cancelled_after, recover
from tests.e2e.test_lifecycle_costs import _discord_since
from tests.emulator.state import Overwrite, Permissions


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


async def _alerting(harness):
    world = await harness.world()
    await harness.setup(world)
    alerts = await harness.emulator.create_channel(world.guild, "staff-alerts")
    reply = await run(harness, world.owner, world.lobby, "type edit", type="Support", alert_channel=alerts)
    assert "saved" in reply.text, reply.text
    return world, alerts


async def test_a_new_ticket_is_one_live_post_that_follows_its_claim_and_close(harness):
    world, alerts = await _alerting(harness)
    emulator = harness.emulator
    panel = await harness.panel(world)
    before = len(emulator.requests)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    ticket = await harness.ticket_of_channel(channel)
    (post,) = alerts.history()
    assert post.content.startswith(f"🎫 **#0001** · Support · <@{world.alice.id}>") and not post.pinged_user_ids
    assert post.custom_ids == [f"ticket:claim:{ticket.id}"]
    routes = _discord_since(harness, before)
    assert routes.count("POST /channels/{channel_id}/messages") == 2, routes  # the welcome, and the one alert
    assert (await harness.ticket_of_channel(channel)).alert_message_id == post.id

    claimed = await (await emulator.click(world.staff, post, f"ticket:claim:{ticket.id}")).answered()
    assert "You have claimed" in claimed.text, claimed.text
    (post,) = alerts.history()
    assert f"claimed by <@{world.staff.id}>" in post.content and post.custom_ids == []

    await run(harness, world.staff, channel, "ticket close", reason="Done")
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    (post,) = alerts.history()
    assert post.content.startswith("🔒 ~~**#0001**") and post.components == []


async def test_an_alert_channel_gone_costs_the_alert_and_nothing_else(harness):
    world, alerts = await _alerting(harness)
    await harness.emulator.delete_channel(alerts)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.status is TicketStatus.OPEN and ticket.alert_message_id is None
    claimed = await run(harness, world.staff, channel, "ticket claim")
    assert "You have claimed" in claimed.text


async def test_an_alert_discord_refuses_costs_the_alert_and_nothing_else(harness):
    world = await harness.world()
    await harness.setup(world)
    bot = harness.emulator.bot_member(world.guild)
    closed = [Overwrite(bot.id, 1, deny=Permissions.SEND_MESSAGES)]
    alerts = await harness.emulator.create_channel(world.guild, "staff-alerts", overwrites=closed)
    await run(harness, world.owner, world.lobby, "type edit", type="Support", alert_channel=alerts)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    assert ticket.status is TicketStatus.OPEN and ticket.alert_message_id is None and alerts.history() == []


async def test_an_open_that_recovery_finishes_still_gets_its_alert(harness):
    world, alerts = await _alerting(harness)
    panel = await harness.panel(world)
    scope = world.guild.id
    # The welcome is posted (the first message in the new channel), then the process stops.
    await cancelled_after(
        harness, "POST /channels/{channel_id}/messages", 1, scope, lambda: harness.emulator.click(world.alice, panel)
    )
    await recover(harness)
    ticket = await harness.until(lambda: _open_ticket(harness, world), "recovery to finish the open")
    (post,) = alerts.history()
    assert post.content.startswith("🎫 **#0001**") and ticket.alert_message_id == post.id
    channel = harness.emulator.channels[ticket.channel_id]
    await run(harness, world.staff, channel, "ticket close", reason="Done")
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    (post,) = alerts.history()
    assert post.content.startswith("🔒")


async def _open_ticket(harness, world):
    found = await harness.database.list_tickets([TicketStatus.OPEN], world.guild.id)
    return found[0] if found else None
