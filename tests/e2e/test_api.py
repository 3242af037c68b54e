"""The HTTP API over real HTTP: keys made with /api-key, scoped to their server, revocable, rate-limited."""

import asyncio
import json
import re

import aiohttp

import web.api
from core.models import TicketStatus
from tests.e2e.test_viewer import _browser, _sign_in, _viewer_bot
from web.api import BURST


async def _key(harness, world, name="dashboard"):
    reply = await (await harness.emulator.run_command(world.owner, world.lobby, "api-key create", name=name)).answered()
    assert reply.ephemeral, reply.text
    return re.search(r"```\n(tbk_\S+)\n```", reply.text).group(1)


async def _call(base, path, key=None, method="GET", **options):
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    async with aiohttp.ClientSession() as http, http.request(method, base + path, headers=headers, **options) as answer:
        body = await answer.json() if answer.content_type == "application/json" else await answer.text()
        return answer.status, body, answer.headers


async def test_a_key_reads_its_servers_tickets_and_transcripts(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    await harness.emulator.post_message(world.alice, channel, "where is <b>my</b> order")
    await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered()
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    key = await _key(harness, world)

    status, body, _ = await _call(base, "/api/v1/tickets", key)
    assert status == 200 and [t["number"] for t in body["tickets"]] == [1]
    shown = body["tickets"][0]
    assert shown["status"] == "closed" and shown["type"] == "Support" and shown["opener_id"] == str(world.alice.id)
    status, body, _ = await _call(base, f"/api/v1/tickets?status=open&opener={world.alice.id}", key)
    assert status == 200 and body["tickets"] == []
    status, body, _ = await _call(base, f"/api/v1/tickets/{ticket.id}", key)
    assert status == 200 and body["close_reason"] == "Done"
    status, body, _ = await _call(base, f"/api/v1/tickets/{ticket.id}/transcript", key)
    assert status == 200 and "where is <b>my</b> order" in body["text"] and body["message_count"] == 2
    status, page, headers = await _call(base, f"/api/v1/tickets/{ticket.id}/transcript?format=html", key)
    assert (
        status == 200
        and "where is &lt;b&gt;my&lt;/b&gt; order" in page
        and "sandbox" in headers["Content-Security-Policy"]
    )
    status, body, _ = await _call(base, "/api/v1/stats", key)
    assert (
        status == 200 and body["tickets"] == 1 and body["open_tickets"] == 0 and body["types"][0]["name"] == "Support"
    )

    status, body, _ = await _call(base, "/api/v1/tickets?limit=500&number=x", key)
    assert status == 400 and body["error"]["code"] == "bad_request" and "limit" in body["error"]["message"]
    other = await harness.world("Other Server")
    await harness.setup(other)
    other_key = await _key(harness, other)
    status, body, _ = await _call(base, f"/api/v1/tickets/{ticket.id}", other_key)
    assert status == 404 and body["error"]["code"] == "not_found", "another server's key sees nothing here"


async def test_the_stats_give_a_periods_figures_by_type_staff_and_week_and_as_csv(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    await harness.emulator.post_message(world.staff, channel, "On it")

    async def answered():
        return (await harness.ticket_of_channel(channel)).first_response_at is not None

    await harness.until(answered, "the first answer to be stored")
    await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered()
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    key = await _key(harness, world)
    type_id = (await harness.bot.guild_settings.types(world.guild.id))[0].id

    status, body, _ = await _call(base, f"/api/v1/stats?days=7&type={type_id}&staff={world.staff.id}", key)
    assert status == 200 and body["period"]["days"] == 7
    overall = body["overall"]
    assert (overall["opened"], overall["closed"], overall["first_response"]["count"]) == (1, 1, 1)
    assert overall["messages_per_ticket"]["median"] == 2, "the welcome and the answer"
    assert body["by_type"][0]["name"] == "Support" and body["by_staff"][0]["user_id"] == str(world.staff.id)
    assert body["by_week"][-1]["opened"] == 1 and body["backlog"]["open"] == 0
    status, table, headers = await _call(base, "/api/v1/stats.csv?days=7", key)
    rows = table.splitlines()
    assert (
        status == 200
        and headers["Content-Type"].startswith("text/csv")
        and "attachment" in headers["Content-Disposition"]
    )
    assert rows[0].startswith("group,key,name,opened,closed") and rows[1].startswith("overall,,,1,1,")
    assert any(row.startswith(f"type,{type_id},Support,1,1") for row in rows)
    status, body, _ = await _call(base, "/api/v1/stats?days=3&type=99&staff=x", key)
    message = body["error"]["message"]
    assert status == 400 and "days must be one of 7, 30, 90, 365" in message and "type must be" in message
    assert "staff must be" in message


async def test_a_database_gone_is_a_503_to_retry_not_an_internal_error(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    key = await _key(harness, world)
    async with _browser() as member:
        await _sign_in(harness, member, base, world.alice.user, "/")
        await harness.database.close()  # the database goes away under the running bot
        try:
            status, body, headers = await _call(base, "/api/v1/stats", key)
            assert status == 503 and body["error"]["code"] == "unavailable" and headers["Retry-After"] == "5"
            async with member.get(f"{base}/me") as page:
                assert page.status == 503 and "<h1>Unavailable</h1>" in await page.text()
        finally:
            await harness.database.connect()


async def test_keys_are_refused_when_missing_wrong_or_revoked(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    key = await _key(harness, world)
    for bad in (None, "tbk_guess", key + "x"):
        status, body, _ = await _call(base, "/api/v1/stats", bad)
        assert status == 401 and body["error"]["code"] == "unauthorized"
    stored = await harness.database.list_api_keys(world.guild.id)
    assert len(stored) == 1 and key not in repr(stored), "only the key's hash is stored"
    duplicate = await (
        await harness.emulator.run_command(world.owner, world.lobby, "api-key create", name="dashboard")
    ).answered()
    assert "already a key named" in duplicate.text
    listed = await (await harness.emulator.run_command(world.owner, world.lobby, "api-key list")).answered()
    assert "dashboard" in listed.text and "tbk_" not in listed.text
    refused = await (
        await harness.emulator.run_command(world.bob, world.lobby, "api-key create", name="mine")
    ).answered()
    assert refused.ephemeral and "tbk_" not in refused.text
    revoked = await (
        await harness.emulator.run_command(world.owner, world.lobby, "api-key revoke", name="dashboard")
    ).answered()
    assert "no longer works" in revoked.text
    status, body, _ = await _call(base, "/api/v1/stats", key)
    assert status == 401 and body["error"]["code"] == "unauthorized"


async def test_rate_limit_and_posting_a_panel(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    key = await _key(harness, world)
    body = {"channel_id": str(world.lobby.id), "title": "Help <@everyone>", "description": "Press below"}
    status, answer, _ = await _call(base, "/api/v1/panels", key, "POST", json=body)
    assert status == 201, answer
    posted = world.lobby.history()[-1]
    assert posted.id == int(answer["message_id"]) and posted.embeds[0]["title"] == "Help <@everyone>"
    assert not posted.pinged_everyone
    status, answer, _ = await _call(base, "/api/v1/panels", key, "POST", data=b"not json")
    assert status == 400 and answer["error"]["code"] == "bad_request"
    status, answer, _ = await _call(base, "/api/v1/panels", key, "POST", json={"channel_id": "1"})
    assert status == 404 and answer["error"]["code"] == "not_found"
    # The bucket refills while the requests run (2 a second), so count until the first refusal.
    served = 0
    while (answer := await _call(base, "/api/v1/stats", key))[0] == 200 and served < 4 * BURST:
        served += 1
    status, body, headers = answer
    assert BURST - 3 <= served < 4 * BURST, "a burst is served, then the key is slowed down"
    assert status == 429 and body["error"]["code"] == "rate_limited" and float(headers["Retry-After"]) > 0


async def test_oversized_or_odd_requests_get_json_errors_before_discord_is_asked(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    key = await _key(harness, world)
    messages = "POST /channels/{channel_id}/messages"
    posted = harness.emulator.requests_per_route()[messages]
    lobby = str(world.lobby.id)
    refused = [
        ({"data": b"[" * 8_000 + b"]" * 8_000}, 400, "bad_request"),
        ({"data": b'{"a":' * 2_000 + b"1" + b"}" * 2_000}, 400, "bad_request"),
        ({"json": {"channel_id": lobby, "types": ["Support"] * 1_000}}, 400, "bad_request"),
        ({"json": {"channel_id": "9" * 5_000}}, 400, "bad_request"),
        ({"json": {"channel_id": "\u00b2"}}, 400, "bad_request"),
        ({"json": {"channel_id": lobby, "title": "x" * 10_000}}, 400, "bad_request"),
        ({"data": b"{" + b" " * 2_000_000 + b"}"}, 413, "too_large"),
    ]
    for options, status, code in refused:
        answer = await _call(base, "/api/v1/panels", key, "POST", **options)
        assert answer[0] == status and answer[1]["error"]["code"] == code, (str(options)[:80], answer[:2])
    assert harness.emulator.requests_per_route()[messages] == posted, "nothing was sent to Discord"
    for path, status, code in (
        (f"/api/v1/tickets/{'9' * 20}", 404, "not_found"),
        (f"/api/v1/tickets?number={'9' * 20}&opener=%C2%B2", 400, "bad_request"),
        ("/api/v1/nothing", 404, "not_found"),
    ):
        answer = await _call(base, path, key)
        assert answer[0] == status and answer[1]["error"]["code"] == code, (path, answer[:2])
    answer = await _call(base, "/api/v1/stats", key, "DELETE")
    assert answer[0] == 405 and answer[1]["error"]["code"] == "method_not_allowed"


async def test_a_body_sent_in_pieces_is_read_whole_and_a_stalled_one_refused(harness, monkeypatch):
    monkeypatch.setattr(web.api, "BODY_SECONDS", 0.5)
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    key = await _key(harness, world)
    body = json.dumps({"channel_id": str(world.lobby.id), "title": "In pieces " + "x" * 200}).encode()

    async def pieces():
        for start in range(0, len(body), 50):
            yield body[start : start + 50]
            await asyncio.sleep(0.01)

    status, answer, _ = await _call(base, "/api/v1/panels", key, "POST", data=pieces())
    assert status == 201, answer
    host, port = base.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(
        f"POST /api/v1/panels HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {key}\r\n"
        "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{".encode()
    )
    answer = await asyncio.wait_for(reader.read(4096), 5)
    writer.close()
    assert answer.startswith(b"HTTP/1.1 408") and b'"timeout"' in answer, answer
