"""The web side under odd and hostile requests: a mistake of the sender's is a 4xx, never a 500 or a traceback.

Each case here was a 500 (with an ERROR and a traceback in the log, which fails the test by itself).
"""

import asyncio
import re

from core.audit import AuditAction
from core.i18n import t
from core.models import AuditEntry, TicketPriority, TicketRequest, utcnow
from tests.e2e.test_api import _call, _key
from tests.e2e.test_viewer import _browser, _sign_in, _viewer_bot
from tests.e2e.test_web import _free_port
from web.members import LOOKUPS_PER_MINUTE


async def _raw(base: str, request: bytes) -> bytes:
    """Send ``request`` as written, on a connection of its own; return the answer's status line."""
    host, port = base.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(request)
    try:
        return (await asyncio.wait_for(reader.read(4096), 5)).split(b"\r\n")[0]
    finally:
        writer.close()


async def _open_tickets(harness, world, count):
    """Store ``count`` open tickets straight in the database (the list needs no channel to show them)."""
    made = []
    for n in range(count):
        ticket = await harness.database.reserve_ticket(TicketRequest(world.guild.id, 1000 + n, "x", utcnow()), 5)
        details = t("audit-detail-web-links-revoked", ticket="x").dump()
        entry = AuditEntry(
            None, world.guild.id, ticket.id, ticket.opener_id, AuditAction.TICKET_OPENED, details, utcnow()
        )
        await harness.database.activate_ticket(ticket.id, 10_000 + n, entry)
        made.append(ticket)
    return made


async def _status_for_the_owner(harness, base, world, path):
    """Return the status of a page of the site as the server's owner, signed in, is answered."""
    async with _browser() as browser:
        await _sign_in(harness, browser, base, world.owner.user, "/")
        async with browser.get(base + path) as page:
            return page.status


async def test_a_form_body_aiohttp_cannot_read_is_a_400(harness):
    base = await _viewer_bot(harness)
    host = base.removeprefix("http://")
    answers = {}
    for content_type, body in (
        ("application/x-www-form-urlencoded", b"csrf=\xff"),
        ("application/x-www-form-urlencoded; charset=nope", b"csrf=x"),
        ("multipart/form-data", b"csrf=x"),
    ):
        head = (
            f"POST /logout HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        answers[content_type] = await _raw(base, head.encode() + body)
    assert all(line.startswith(b"HTTP/1.1 400") for line in answers.values()), answers


async def test_an_authorization_header_that_is_not_utf8_is_refused_not_a_500(harness):
    port = _free_port()
    await harness.stop_bot()
    await harness.start_bot(web={"enabled": True, "port": port, "metrics_token": "m" * 40})
    base = f"http://127.0.0.1:{port}"
    host = base.removeprefix("http://")
    answers = {}
    for path in ("/api/v1/tickets", "/metrics", "/health"):
        request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer \xff\r\nConnection: close\r\n\r\n"
        answers[path] = await _raw(base, request.encode("latin-1"))
    assert answers["/api/v1/tickets"].startswith(b"HTTP/1.1 401"), answers
    assert answers["/metrics"].startswith(b"HTTP/1.1 401"), answers
    assert answers["/health"].startswith((b"HTTP/1.1 200", b"HTTP/1.1 503")), answers


async def test_the_calendars_last_day_as_to_is_no_bound(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    await _open_tickets(harness, world, 1)
    key = await _key(harness, world)
    status, body, _ = await _call(base, "/api/v1/tickets?to=9999-12-31", key)
    assert status == 200 and [ticket["number"] for ticket in body["tickets"]] == [1], (status, body)
    assert await _status_for_the_owner(harness, base, world, f"/g/{world.guild.id}?to=9999-12-31") == 200


async def test_odd_numbers_in_the_query_are_a_400(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    key = await _key(harness, world)
    for path in ("/api/v1/tickets?limit=%C2%B2", f"/api/v1/tickets?limit={'1' * 5000}", "/api/v1/tickets?limit=0"):
        status, body, _ = await _call(base, path, key)
        assert status == 400 and body["error"]["code"] == "bad_request", (path[:40], status, body)
    days = "1" * 5000
    for path in (f"/api/v1/stats?days={days}", f"/api/v1/stats.csv?days={days}", "/api/v1/stats?days=%C2%B2"):
        status, body, _ = await _call(base, path, key)
        assert status == 400, (path[:40], status, body)
    assert await _status_for_the_owner(harness, base, world, f"/g/{world.guild.id}/stats?days={days}") == 200


async def test_the_api_pages_by_priority_past_a_low_ticket(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    key = await _key(harness, world)
    made = await _open_tickets(harness, world, 3)
    for ticket in made[:2]:  # #1 and #2 Low, #3 Normal
        assert await harness.database.set_priority(ticket.id, TicketPriority.LOW, TicketPriority.NORMAL)
    status, body, _ = await _call(base, "/api/v1/tickets?sort=priority&limit=2", key)
    assert [(ticket["number"], ticket["priority"]) for ticket in body["tickets"]] == [(3, "normal"), (2, "low")]
    # The next page starts after #2, which is Low: its rank is 0.
    status, body, _ = await _call(base, "/api/v1/tickets?sort=priority&limit=2&before=2&before_rank=0", key)
    assert status == 200 and [ticket["number"] for ticket in body["tickets"]] == [1], (status, body)
    status, body, _ = await _call(base, "/api/v1/tickets?sort=priority&before=2&before_rank=4", key)
    assert status == 400, (status, body)


async def test_the_viewers_next_page_after_a_low_ticket_holds_the_rest(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    made = await _open_tickets(harness, world, 51)
    for ticket in made[1:]:  # #1 Normal, #2..#51 Low: the first page is #1, #51..#3; the next holds #2 alone
        assert await harness.database.set_priority(ticket.id, TicketPriority.LOW, TicketPriority.NORMAL)
    async with _browser() as staff:
        await _sign_in(harness, staff, base, world.staff.user, "/")
        async with staff.get(f"{base}/g/{world.guild.id}?sort=priority") as first:
            html = await first.text()
        older = re.search(r'href="(\?[^"]*before=\d+[^"]*)"', html).group(1).replace("&amp;", "&")
        assert "before_rank=0" in older, older
        async with staff.get(f"{base}/g/{world.guild.id}{older}") as second:
            html = await second.text()
        assert re.findall(r'<tr><td><a href="/t/\d+">(#\d+)</a>', html) == ["#0002"]
        assert "must be a number" not in html


async def test_searches_by_name_count_against_the_readers_lookups(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    route = "GET /guilds/{guild_id}/members/search"
    statuses = []
    async with _browser() as staff:
        await _sign_in(harness, staff, base, world.staff.user, "/")
        before = harness.emulator.requests_per_route()[route]
        for n in range(2 * LOOKUPS_PER_MINUTE):
            async with staff.get(f"{base}/g/{world.guild.id}?opener=nobody{n}") as listing:
                statuses.append(listing.status)
        asked = harness.emulator.requests_per_route()[route] - before
    assert asked < LOOKUPS_PER_MINUTE, f"{asked} member searches asked of Discord by one reader in seconds"
    assert statuses[-1] == 429 and set(statuses) == {200, 429}, statuses


async def test_the_bearer_scheme_is_read_in_any_case(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    key = await _key(harness, world)
    async with _browser() as client:
        for header in (f"bearer {key}", f"BEARER  {key}"):
            async with client.get(f"{base}/api/v1/tickets", headers={"Authorization": header}) as answer:
                assert answer.status == 200, (header[:8], answer.status)
        async with client.get(f"{base}/api/v1/tickets", headers={"Authorization": f"Basic {key}"}) as answer:
            assert answer.status == 401
