"""The web side: /health and /metrics over real HTTP from the running bot."""

import asyncio
import logging
import re
import socket

import aiohttp

import web.guard
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
    assert _value(text, "ticketbot_tickets_waiting_on_staff") >= 1, "nobody answered the new ticket yet"
    assert _value(text, "ticketbot_tickets_past_target") == 0
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


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    try:
        return await asyncio.wait_for(reader.read(), seconds) is not None
    except TimeoutError:
        return False


async def test_slow_or_greedy_clients_are_cut_off(harness, monkeypatch):
    monkeypatch.setattr(web.guard, "IDLE_TIMEOUT", 1.0)
    monkeypatch.setattr(web.guard, "CONNECTIONS_PER_ADDRESS", 4)
    base = await _web_bot(harness)
    port = int(base.rsplit(":", 1)[1])
    silent = await asyncio.open_connection("127.0.0.1", port)
    trickling = await asyncio.open_connection("127.0.0.1", port)
    trickling[1].write(b"GET /health HTTP/1.1\r\n")
    for _ in range(3):
        await asyncio.sleep(0.4)
        if not trickling[1].is_closing():
            trickling[1].write(b"X-Slow: 1\r\n")
    assert await _closed_within(silent[0], 3) and await _closed_within(trickling[0], 3)
    held = [await asyncio.open_connection("127.0.0.1", port) for _ in range(4)]
    refused = await asyncio.open_connection("127.0.0.1", port)
    assert await _closed_within(refused[0], 0.5), "a fifth connection from one address is closed at once"
    for _, writer in [*held, silent, trickling, refused]:
        writer.close()


async def test_headers_name_no_server_version_and_bad_requests_are_one_quiet_line(harness, caplog):
    base = await _web_bot(harness)
    async with aiohttp.ClientSession() as session:
        async with session.get(base + "/health") as answer:
            assert "Server" not in answer.headers and "Strict-Transport-Security" not in answer.headers
        async with session.get(base + "/health", headers={"X-Big": "x" * 20_000}) as too_big:
            assert too_big.status in (400, 431)
        async with session.get(base + "/health?" + "q" * 20_000) as long_query:
            assert long_query.status in (400, 414)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info], caplog.records


async def test_an_https_public_url_asks_browsers_for_https_only(harness):
    port = _free_port()
    await harness.stop_bot()
    await harness.start_bot(
        web={"enabled": True, "port": port, "public_url": "https://tickets.example", "secret": "s" * 40}
    )
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/health") as answer:
        assert answer.headers["Strict-Transport-Security"].startswith("max-age=")


async def test_doctor_names_web_settings_that_switch_something_off(harness):
    await _web_bot(harness)  # enabled, without WEB_SECRET: no transcript viewer
    world = await harness.world()
    reply = await (await harness.emulator.run_command(world.owner, world.lobby, "doctor")).answered()
    assert "Web side: web.enabled is true but WEB_SECRET is not set" in reply.text, reply.text


async def test_a_metrics_token_keeps_metrics_and_health_details_private(harness):
    port = _free_port()
    token = "m" * 40
    await harness.stop_bot()
    await harness.start_bot(web={"enabled": True, "port": port, "metrics_token": token})
    base = f"http://127.0.0.1:{port}"
    status, _, body = await _get(base + "/metrics")
    assert status == 401 and "ticketbot_" not in body
    status, _, body = await _get(base + "/health")
    assert status == 200 and body == '{"status": "ok"}', body
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as session:
        async with session.get(base + "/metrics") as metrics:
            assert metrics.status == 200 and "ticketbot_open_tickets" in await metrics.text()
        async with session.get(base + "/health") as health:
            assert '"reachable": true' in await health.text()
