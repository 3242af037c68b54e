"""The web side: /health and /metrics over real HTTP from the running bot."""

import re
import socket

import aiohttp

from core.models import TicketStatus


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _web_bot(harness) -> str:
    port = _free_port()
    await harness.stop_bot()
    await harness.start_bot(web={"enabled": True, "port": port})
    return f"http://127.0.0.1:{port}"


async def _get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, response.headers["Content-Type"], await response.text()


def _value(text: str, sample: str) -> float:
    match = re.search(rf"^{re.escape(sample)} (\S+)$", text, re.MULTILINE)
    assert match, f"{sample} not in /metrics"
    return float(match[1])


async def test_health_reports_the_gateway_and_the_database(harness):
    base = await _web_bot(harness)
    status, kind, body = await _get(base + "/health")
    assert status == 200 and kind.startswith("application/json"), body
    assert '"status": "ok"' in body and '"connected": true' in body and '"reachable": true' in body
    await harness.database.close()  # the database goes away under the running bot
    status, _, body = await _get(base + "/health")
    assert status == 503 and '"reachable": false' in body, body
    await harness.database.connect()


async def test_metrics_count_opens_closes_acknowledgements_and_database_work(harness):
    base = await _web_bot(harness)
    _, _, before = await _get(base + "/metrics")
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    status, kind, text = await _get(base + "/metrics")
    assert status == 200 and kind.startswith("text/plain"), kind
    assert _value(text, "ticketbot_open_tickets") >= 1
    opened = 'ticketbot_tickets_opened_total{type="Support"}'
    assert _value(text, opened) == (_value(before, opened) if opened in before else 0) + 1
    acknowledged = "ticketbot_interaction_ack_seconds_count"
    assert _value(text, acknowledged) > _value(before, acknowledged)
    assert _value(text, 'ticketbot_database_operation_seconds_count{operation="reserve_ticket"}') >= 1
    assert "ticketbot_audit_queue_depth" in text

    harness.emulator.fail("POST /channels/{channel_id}/messages", 403, code=50013, scope=world.guild.id)
    await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "closed" in reply.text, reply.text
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    _, _, text = await _get(base + "/metrics")
    assert _value(text, 'ticketbot_tickets_closed_total{type="Support"}') >= 1
    assert _value(text, 'ticketbot_discord_http_errors_total{status="403"}') >= 1
