"""The transcript viewer over real HTTP: signed links, login with Discord (emulated OAuth2), who sees what."""

import base64
import re
import time
from html.parser import HTMLParser

import aiohttp
import yarl
from itsdangerous import TimestampSigner, URLSafeTimedSerializer

import web.members
from core.models import TicketRequest, TicketStatus
from tests.e2e.test_reopen import _archived
from tests.e2e.test_types import post_panel, typed_world
from tests.e2e.test_web import _free_port
from tests.emulator.state import Permissions

SECRET = "test-secret-" + "x" * 32
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class _Form(HTMLParser):
    """The fields and target of the first form on a page (the emulated consent page)."""

    def __init__(self) -> None:
        super().__init__()
        self.action, self.fields = "", {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form" and not self.action:
            self.action = attributes["action"]
        if tag == "input":
            self.fields[attributes["name"]] = attributes.get("value", "")


async def _viewer_bot(harness) -> str:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    await harness.stop_bot()
    await harness.start_bot(
        web={
            "enabled": True,
            "port": port,
            "public_url": base,
            "secret": SECRET,
            "client_secret": harness.emulator.oauth.client_secret,
        }
    )
    return base


def _browser() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def _closed_ticket(harness, world, *, files=(), added=()):
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    for member in added:
        await (await harness.emulator.run_command(world.staff, channel, "ticket add", member=member)).answered()
    await harness.emulator.post_message(world.alice, channel, "here it is", files=list(files))
    await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered()
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    return ticket


async def _sign_in(harness, browser, base, user, path):
    """Sign in as ``user`` through the emulated Discord, the way a browser would; return the final answer."""
    harness.emulator.browser_user = user
    async with browser.get(f"{base}/login?next={path}") as consent:
        assert consent.status == 200, await consent.text()
        form = _Form()
        form.feed(await consent.text())
        target = str(consent.url.join(aiohttp.helpers.URL(form.action)))
    async with browser.post(target, data=form.fields) as answer:
        return answer.status, await answer.text(), answer


def _link(message):
    fields = {f["name"]: f["value"] for f in message.embeds[0]["fields"]}
    return re.search(r"\((http[^)]+)\)", fields["Transcript"]).group(1)


async def test_signed_link_opens_one_transcript_and_its_images(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(
        harness, world, files=[("cat.png", PNG, "image/png"), ("page.html", b"<script>", None)]
    )
    dm = harness.emulator.dm_messages(world.alice.user)[-1]
    link = _link(dm)
    assert link.startswith(f"{base}/t/{ticket.id}?key=")
    assert _link([m for m in world.log.history() if m.attachments][-1]).startswith(f"{base}/t/{ticket.id}?key=")

    async with _browser() as browser:
        async with browser.get(link, allow_redirects=False) as swapped:
            assert swapped.status == 303 and swapped.headers["Location"] == f"/t/{ticket.id}"
            cookie = swapped.headers["Set-Cookie"]
            assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
        async with browser.get(f"{base}/t/{ticket.id}") as page:
            html = await page.text()
            assert page.status == 200 and "here it is" in html, html
            assert "script-src 'sha256-" in page.headers["Content-Security-Policy"]
        async with browser.get(f"{base}/t/{ticket.id}/files/0/cat.png") as image:
            assert image.status == 200 and image.content_type == "image/png" and await image.read() == PNG
        # The name in the address is only for people: a file is found by ticket and position alone.
        traversal = yarl.URL(f"{base}/t/{ticket.id}/files/0/..%2F..%2F..%2Fetc%2Fpasswd", encoded=True)
        async with browser.get(traversal) as same:
            assert same.status == 200 and await same.read() == PNG
        async with browser.get(f"{base}/t/{ticket.id}/files/1/page.html") as download:
            assert download.content_type == "application/octet-stream"
            assert download.headers["Content-Disposition"].startswith("attachment;")
            assert "sandbox" in download.headers["Content-Security-Policy"]


async def test_bad_links_open_nothing(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    first = await _closed_ticket(harness, world)
    link = _link(harness.emulator.dm_messages(world.alice.user)[-1])
    key = link.split("key=")[1]

    class Old(TimestampSigner):
        def get_timestamp(self):
            return int(time.time()) - 31 * 86_400

    expired = URLSafeTimedSerializer(SECRET, salt="transcript-link", signer=Old).dumps(first.id)
    forged = URLSafeTimedSerializer("another secret" * 3, salt="transcript-link").dumps(first.id)
    async with _browser() as browser:
        for bad in (key[:-2] + ("AA" if not key.endswith("AA") else "BB"), expired, forged):
            async with browser.get(f"{base}/t/{first.id}?key={bad}", allow_redirects=False) as answer:
                assert answer.status == 403 and "not valid any more" in await answer.text()
        async with browser.get(f"{base}/t/{first.id + 1}?key={key}", allow_redirects=False) as other:
            assert other.status == 403, "a key opens its own ticket only"
        async with browser.get(f"{base}/t/{first.id}", allow_redirects=False) as anonymous:
            assert anonymous.status == 303 and anonymous.headers["Location"] == f"/login?next=/t/{first.id}"
        async with browser.get(f"{base}/t/{first.id}/files/0/x.png", allow_redirects=False) as file:
            assert file.status == 303


async def test_login_shows_staff_and_participants_their_transcripts_only(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world, added=[world.carol])
    other = await harness.world("Other Server")
    path = f"/t/{ticket.id}"

    async with _browser() as staff:
        status, html, answer = await _sign_in(harness, staff, base, world.staff.user, path)
        assert status == 200 and "here it is" in html and answer.url.path == path
    async with _browser() as opener:
        status, html, _ = await _sign_in(harness, opener, base, world.alice.user, path)
        assert status == 200 and "here it is" in html
    async with _browser() as stranger:
        status, html, _ = await _sign_in(harness, stranger, base, world.bob.user, path)
        assert status == 404 and "here it is" not in html
    async with _browser() as other_owner:  # manages another server, not this one
        status, html, _ = await _sign_in(harness, other_owner, base, other.owner.user, path)
        assert status == 404
    async with _browser() as owner:  # manages this server: sees every ticket of it
        status, html, _ = await _sign_in(harness, owner, base, world.owner.user, path)
        assert status == 200
    await harness.emulator.remove_member(world.carol)  # added to the ticket, then left the server
    async with _browser() as former:
        status, html, _ = await _sign_in(harness, former, base, world.carol.user, path)
        assert status == 404


async def test_login_refuses_a_foreign_state_and_sign_out_needs_the_sites_token(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    async with _browser() as browser:
        async with browser.get(f"{base}/auth/callback?code=abc&state=forged") as answer:
            assert answer.status == 400
        status, html, _ = await _sign_in(harness, browser, base, world.alice.user, "/")
        assert status == 200 and "Signed in as" in html
        async with browser.post(f"{base}/logout", data={"csrf": "guess"}) as refused:
            assert refused.status == 403
        token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
        async with browser.post(f"{base}/logout", data={"csrf": token}) as signed_out:
            assert signed_out.status == 200 and "sign in with Discord" in await signed_out.text()


async def test_staff_list_their_servers_tickets_with_search_and_pages(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world)
    for opener in range(55):  # older pages: tickets straight into the database
        await harness.database.reserve_ticket(
            TicketRequest(world.guild.id, 1000 + opener, "<b>x</b>", ticket.opened_at), 5
        )
    async with _browser() as staff:
        status, html, _ = await _sign_in(harness, staff, base, world.staff.user, "/")
        assert status == 200 and f'href="/g/{world.guild.id}"' in html and "Support Server" in html
        asked = harness.emulator.requests_per_route()["GET /users/{user_id}"]
        async with staff.get(f"{base}/g/{world.guild.id}") as listing:
            html = await listing.text()
            assert listing.status == 200 and html.count("<tr><td><a href=") == 50 and "#0056" in html
            older = re.search(r'href="(\?[^"]*before=7)"', html)
            assert older, "a link to the next page"
        looked_up = harness.emulator.requests_per_route()["GET /users/{user_id}"] - asked
        assert looked_up == 20, "openers Discord is asked about, at most 20 a page; the others show by id"
        async with staff.get(f"{base}/g/{world.guild.id}" + older.group(1).replace("&amp;", "&")) as page:
            html = await page.text()
            assert html.count("<tr><td><a href=") == 6 and f'href="/t/{ticket.id}">#0001' in html
        async with staff.get(f"{base}/g/{world.guild.id}?number=1&status=closed&type=Support") as found:
            html = await found.text()
            assert html.count("<tr><td><a href=") == 1 and "#0001" in html
            assert f'<span class="person" title="{world.alice.id}">' in html and ">alice</span>" in html, "by name"
        async with staff.get(f"{base}/g/{world.guild.id}?number=x&from=yesterday&type=<b>") as wrong:
            html = await wrong.text()
            assert "Number must be a number" in html and "From must be a date" in html and "no such type" in html
            assert "<b>" not in html.split("</form>")[0].split("<form")[0]
    async with _browser() as member:
        await _sign_in(harness, member, base, world.bob.user, "/")
        async with member.get(f"{base}/g/{world.guild.id}") as refused:
            assert refused.status == 404 and "#0001" not in await refused.text()


async def test_staff_find_an_openers_tickets_by_name(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world)
    await harness.emulator.add_member(world.guild, "alina")
    async with _browser() as staff:
        await _sign_in(harness, staff, base, world.staff.user, "/")
        async with staff.get(f"{base}/g/{world.guild.id}?opener=ALICE") as found:
            html = await found.text()
            assert f'href="/t/{ticket.id}">#0001' in html, "one member of that name: their tickets"
        async with staff.get(f"{base}/g/{world.guild.id}?opener=ali") as several:
            html = await several.text()
            assert "Which opener?" in html and f"opener={world.alice.id}" in html and ">alina</span>" in html
        asked = harness.emulator.requests_per_route()["GET /guilds/{guild_id}/members/search"]
        async with staff.get(f"{base}/g/{world.guild.id}?opener=ali"):
            pass
        assert harness.emulator.requests_per_route()["GET /guilds/{guild_id}/members/search"] == asked, "kept"
        async with staff.get(f"{base}/g/{world.guild.id}?opener=zed") as nobody:
            assert "No member&#39;s name starts with “zed”" in await nobody.text()


async def test_a_types_staff_read_that_types_tickets_only(harness):
    base = await _viewer_bot(harness)
    world, _, _, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    panel = await post_panel(harness, world, types="Billing, Reports")
    billing_button, reports_button = panel.custom_ids
    closed = {}
    for member, button in ((world.alice, billing_button), (world.bob, reports_button)):
        await (await emulator.click(member, panel, button)).answered()
        ticket = await harness.ticket_of(world, member)
        channel = emulator.channels[ticket.channel_id]
        await (await emulator.run_command(world.owner, channel, "ticket close", reason="Done")).answered()
        closed[button] = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    billing, reports = closed[billing_button], closed[reports_button]
    for user, readable, hidden in ((billing_staff.user, billing, reports), (world.staff.user, reports, billing)):
        async with _browser() as browser:
            status, _, _ = await _sign_in(harness, browser, base, user, f"/t/{readable.id}")
            assert status == 200
            async with browser.get(f"{base}/t/{hidden.id}") as refused:
                assert refused.status == 404, "staff of one type do not read another type's tickets"
            async with browser.get(f"{base}/g/{world.guild.id}") as listing:
                html = await listing.text()
                assert f'href="/t/{readable.id}"' in html and f'href="/t/{hidden.id}"' not in html


async def _login_state(browser, base, next_path="/") -> str:
    """Start a sign-in and return the state sent to Discord."""
    async with browser.get(yarl.URL(f"{base}/login?next={next_path}", encoded=True), allow_redirects=False) as start:
        assert start.status == 303
        return yarl.URL(start.headers["Location"]).query["state"]


async def _back_from_discord(harness, browser, base, user, next_path) -> str:
    """Sign in with ``next_path`` (sent as typed) and return where the site sends the browser afterwards."""
    harness.emulator.browser_user = user
    async with browser.get(yarl.URL(f"{base}/login?next={next_path}", encoded=True), allow_redirects=False) as start:
        authorize = start.headers["Location"]
    async with browser.get(authorize, allow_redirects=False) as consent:
        callback = consent.headers.get("Location")
        if callback is None:
            form = _Form()
            form.feed(await consent.text())
            target = str(consent.url.join(aiohttp.helpers.URL(form.action)))
            async with browser.post(target, data=form.fields, allow_redirects=False) as approved:
                callback = approved.headers["Location"]
    async with browser.get(yarl.URL(callback, encoded=True), allow_redirects=False) as back:
        assert back.status == 303, await back.text()
        return back.headers["Location"]


async def test_after_login_the_browser_stays_on_this_site(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    wanted = {
        "%2F%5Cevil.example%2Fphish": "/",
        "/%5Cevil.example/phish": "/",
        "/%09/evil.example/phish": "/",
        "//evil.example": "/",
        "https://evil.example/": "/",
        "/t/1%0d%0aSet-Cookie:%20x=1": None,  # any path here, without the line break
        "/t/5/../../g/7": "/g/7",
        "/t/12": "/t/12",
    }
    for typed, expected in wanted.items():
        async with _browser() as browser:
            location = await _back_from_discord(harness, browser, base, world.alice.user, typed)
            if expected is None:
                assert location.startswith("/t/1") and "\r" not in location and "\n" not in location, location
            else:
                assert location == expected, (typed, location)


async def test_cancelled_or_failed_sign_ins_spend_their_state(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    harness.emulator.browser_user = world.alice.user
    async with _browser() as browser:
        state = await _login_state(browser, base)
        async with browser.get(f"{base}/auth/callback?error=access_denied&state={state}") as cancelled:
            text = await cancelled.text()
            assert cancelled.status == 200 and "You cancelled the sign-in on Discord" in text, text
        async with browser.get(f"{base}/auth/callback?code=junk&state={state}") as again:
            assert again.status == 400, "a state answered once is spent"
        state = await _login_state(browser, base)
        exchanges = harness.emulator.requests_per_route()["POST /oauth2/token"]
        async with browser.get(f"{base}/auth/callback?code=junk&state={state}") as junk:
            assert junk.status == 502
        async with browser.get(f"{base}/auth/callback?code=junk2&state={state}") as second:
            assert second.status == 400
        assert harness.emulator.requests_per_route()["POST /oauth2/token"] == exchanges + 1


async def test_a_manager_who_loses_the_role_loses_the_servers_tickets(harness, monkeypatch):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world)
    managers = await harness.emulator.add_role(world.guild, "Managers", Permissions.MANAGE_GUILD)
    world.carol.role_ids.append(managers.id)
    async with _browser() as browser:
        status, _, _ = await _sign_in(harness, browser, base, world.carol.user, f"/t/{ticket.id}")
        assert status == 200, "Manage Server reads every ticket of the server"
        world.carol.role_ids.remove(managers.id)
        monkeypatch.setattr(web.members, "CACHE_SECONDS", 0.0)  # the minute has passed
        async with browser.get(f"{base}/t/{ticket.id}") as refused:
            assert refused.status == 404
        async with browser.get(f"{base}/g/{world.guild.id}") as listing:
            assert listing.status == 404


async def test_discord_lookups_are_cached_and_limited_per_reader(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    lookups = "GET /guilds/{guild_id}/members/{user_id}"
    async with _browser() as browser:
        await _sign_in(harness, browser, base, world.bob.user, "/")
        before = harness.emulator.requests_per_route()[lookups]
        for _ in range(3):
            async with browser.get(f"{base}/g/123456789012345678") as unknown:
                assert unknown.status == 404
        assert harness.emulator.requests_per_route()[lookups] == before + 1, "a no is remembered too"
        answers = []
        for guild_id in range(1, 41):
            async with browser.get(f"{base}/g/{guild_id}") as answer:
                answers.append(answer.status)
        assert answers.count(429) >= 15 and harness.emulator.requests_per_route()[lookups] <= before + 20


async def test_ids_out_of_range_are_not_found_not_errors(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    nines = "9" * 20
    async with _browser() as browser:
        for path in (f"/t/{nines}", f"/g/{nines}", f"/t/{nines}/files/0/x", f"/t/{'9' * 19}", "/t/%D9%A3"):
            async with browser.get(yarl.URL(base + path, encoded=True), allow_redirects=False) as anonymous:
                assert anonymous.status == 404, path
        await _sign_in(harness, browser, base, world.owner.user, "/")
        await harness.setup(world)
        for query in (f"number={nines}", f"opener={nines}", f"before={nines}", "number=%C2%B2"):
            async with browser.get(yarl.URL(f"{base}/g/{world.guild.id}?{query}", encoded=True)) as listing:
                assert listing.status == 200 and "must be a number" in await listing.text(), query
        # An opener that is no id is a name: "²" is no member's.
        async with browser.get(yarl.URL(f"{base}/g/{world.guild.id}?opener=%C2%B2", encoded=True)) as listing:
            assert listing.status == 200 and "No member&#39;s name starts with “²”" in await listing.text()


async def test_a_right_to_left_override_does_not_disguise_a_download(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world, files=[("report\u202egnp.exe", b"MZ", None)])
    link = _link(harness.emulator.dm_messages(world.alice.user)[-1])
    async with _browser() as browser:
        async with browser.get(link) as opened:
            assert opened.status == 200
        async with browser.get(f"{base}/t/{ticket.id}/files/0/x") as download:
            disposition = download.headers["Content-Disposition"]
            assert "%E2%80%AE" not in disposition and "report%EF%BF%BDgnp.exe" in disposition, disposition
        async with browser.get(f"{base}/t/{ticket.id}") as page:
            shown = await page.text()
            assert "\u202e" not in shown and "report\ufffdgnp.exe" in shown, "the name reads as it is"


async def _links_bot(harness, **web_settings) -> str:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    await harness.stop_bot()
    secret = harness.emulator.oauth.client_secret
    settings = {"enabled": True, "port": port, "public_url": base, "secret": SECRET, "client_secret": secret}
    await harness.start_bot(web={**settings, **web_settings})
    return base


async def test_the_link_lifetime_is_a_setting(harness):
    base = await _links_bot(harness, link_days=1)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world)

    class TwoDaysAgo(TimestampSigner):
        def get_timestamp(self):
            return int(time.time()) - 2 * 86_400

    old = URLSafeTimedSerializer(SECRET, salt="transcript-link", signer=TwoDaysAgo).dumps(ticket.id)
    async with _browser() as browser:
        async with browser.get(f"{base}/t/{ticket.id}?key={old}", allow_redirects=False) as answer:
            assert answer.status == 403 and "not valid any more" in await answer.text()
        async with browser.get(_link(harness.emulator.dm_messages(world.alice.user)[-1])) as fresh:
            assert fresh.status == 200


async def test_links_can_require_membership_of_the_tickets_server(harness):
    base = await _links_bot(harness, links_need_membership=True)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world)
    link = _link(harness.emulator.dm_messages(world.alice.user)[-1])
    outsider = harness.emulator.create_user("outsider")
    async with _browser() as anonymous:
        async with anonymous.get(link, allow_redirects=True) as sent_to_login:
            assert sent_to_login.url.path != f"/t/{ticket.id}" or sent_to_login.status != 200
        status, html, _ = await _sign_in(harness, anonymous, base, world.bob.user, f"/t/{ticket.id}")
        assert status == 200 and "here it is" in html, "a member of the server reads by the link"
    async with _browser() as stranger:
        async with stranger.get(link) as _:
            pass
        status, html, _ = await _sign_in(harness, stranger, base, outsider, f"/t/{ticket.id}")
        assert status == 404 and "here it is" not in html, "a link alone does not open it to a stranger"


def _cookie(browser) -> str:
    return next(c.value for c in browser.cookie_jar if c.key == "ticketbot_session")


async def test_sign_out_ends_the_session_for_a_copied_cookie_too(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world)
    async with _browser() as browser:
        status, _, _ = await _sign_in(harness, browser, base, world.staff.user, f"/t/{ticket.id}")
        assert status == 200
        copied = _cookie(browser)
        async with browser.get(base + "/") as home:
            token = re.search(r'name="csrf" value="([^"]+)"', await home.text()).group(1)
        async with browser.post(f"{base}/logout", data={"csrf": token}) as signed_out:
            assert signed_out.status == 200
    thief = aiohttp.ClientSession(cookies={"ticketbot_session": copied})
    async with thief, thief.get(f"{base}/t/{ticket.id}", allow_redirects=False) as refused:
        assert refused.status == 303 and refused.headers["Location"].startswith("/login"), refused.status
    # Signing in afterwards works as before (Discord remembers the consent).
    async with _browser() as again, again.get(f"{base}/login?next=/t/{ticket.id}") as answer:
        assert answer.status == 200 and answer.url.path == f"/t/{ticket.id}"


async def test_staff_revoke_a_tickets_links(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world)
    link = _link(harness.emulator.dm_messages(world.alice.user)[-1])
    async with _browser() as holder:
        async with holder.get(link) as opened:
            assert opened.status == 200
        async with _browser() as member:
            _, html, _ = await _sign_in(harness, member, base, world.bob.user, "/")
            token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
            async with member.post(f"{base}/t/{ticket.id}/links/revoke", data={"csrf": token}) as refused:
                assert refused.status == 404, "only the ticket's staff revoke its links"
        async with holder.get(f"{base}/t/{ticket.id}") as still:
            assert still.status == 200
        async with _browser() as staff:
            await _sign_in(harness, staff, base, world.staff.user, "/")
            async with staff.get(f"{base}/g/{world.guild.id}") as listing:
                html = await listing.text()
                assert f'action="/t/{ticket.id}/links/revoke"' in html
                token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
            async with staff.post(f"{base}/t/{ticket.id}/links/revoke", data={"csrf": "guess"}) as forged:
                assert forged.status == 403
            async with staff.post(f"{base}/t/{ticket.id}/links/revoke", data={"csrf": token}) as revoked:
                assert revoked.status == 200 and revoked.url.path == f"/g/{world.guild.id}"
            async with staff.get(f"{base}/t/{ticket.id}") as staff_reads:
                assert staff_reads.status == 200, "staff still read it signed in"
        async with holder.get(f"{base}/t/{ticket.id}", allow_redirects=False) as gone:
            assert gone.status == 303, "a browser the link opened it for no longer reads it"
    async with _browser() as late, late.get(link, allow_redirects=False) as dead:
        assert dead.status == 403 and "not valid any more" in await dead.text()
    await harness.eventually(
        lambda: [
            e
            for m in world.log.history()
            for e in m.embeds
            if "links revoked" in e.get("author", {}).get("name", "").lower()
        ],
        "the audit post of the revocation",
    )


async def test_members_list_their_own_tickets_on_their_servers(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world, added=[world.bob])
    _, channel = await harness.open_ticket(world, world.carol, await harness.panel(world))
    still_open = await harness.ticket_of_channel(channel)
    async with _browser() as alice:
        status, home, _ = await _sign_in(harness, alice, base, world.alice.user, "/")
        assert status == 200 and 'href="/me"' in home
        async with alice.get(f"{base}/me") as mine:
            html = await mine.text()
        assert mine.status == 200 and f'href="/t/{ticket.id}">#0001' in html and "Support Server" in html
        assert "#0002" not in html, "another member's ticket"
    async with _browser() as bob:
        await _sign_in(harness, bob, base, world.bob.user, "/")
        async with bob.get(f"{base}/me") as mine:
            assert f'href="/t/{ticket.id}">#0001' in await mine.text(), "added to it"
    async with _browser() as carol:
        await _sign_in(harness, carol, base, world.carol.user, "/")
        async with carol.get(f"{base}/me") as mine:
            html = await mine.text()
        link = f"https://discord.com/channels/{world.guild.id}/{still_open.channel_id}"
        assert f'href="{link}">#0002' in html, "an open ticket leads to its channel"
    async with _browser() as anonymous, anonymous.get(f"{base}/me", allow_redirects=False) as refused:
        assert refused.status == 303 and refused.headers["Location"].startswith("/login")


async def test_every_page_leads_home_and_an_unknown_address_is_a_page_of_its_own(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await _closed_ticket(harness, world)
    async with _browser() as staff:
        await _sign_in(harness, staff, base, world.staff.user, "/")
        for path in (f"/g/{world.guild.id}", f"/g/{world.guild.id}/stats", "/me"):
            async with staff.get(base + path) as shown:
                html = await shown.text()
            nav = html.split('<nav class="site">')[1].split("</nav>")[0]
            assert 'href="/"' in nav and 'href="/me"' in nav and 'action="/logout"' in nav, path
        async with staff.get(f"{base}/nowhere/at/all") as missing:
            html = await missing.text()
        assert missing.status == 404 and "<h1>Page not found</h1>" in html and 'href="/"' in html
        assert missing.headers["Content-Security-Policy"].startswith("default-src 'none'")


async def _ask_reopen(browser, base, ticket_id, csrf):
    async with browser.post(f"{base}/me/reopen/{ticket_id}", data={"csrf": csrf}) as answer:
        return answer.status, await answer.text()


async def _csrf(browser, base):
    async with browser.get(f"{base}/me") as mine:
        html = await mine.text()
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1), html


async def test_a_member_asks_staff_to_reopen_an_archived_ticket_once_a_day(harness):
    base = await _viewer_bot(harness)
    world, _, ticket = await _archived(harness)
    emulator = harness.emulator
    async with _browser() as alice:
        await _sign_in(harness, alice, base, world.alice.user, "/")
        csrf, html = await _csrf(alice, base)
        assert f'action="/me/reopen/{ticket.id}"' in html, "an archived ticket offers the request"
        status, answer = await _ask_reopen(alice, base, ticket.id, "forged")
        assert status == 403 and not [m for m in world.log.history() if "asks to reopen" in m.content]
        status, answer = await _ask_reopen(alice, base, ticket.id, csrf)
        assert status == 200 and "Staff were asked to reopen #0001" in answer
        [request] = [m for m in world.log.history() if "asks to reopen" in m.content]
        assert (
            request.content == f"🔁 <@{world.alice.id}> asks to reopen #0001 (Support)." and not request.pinged_user_ids
        )
        status, answer = await _ask_reopen(alice, base, ticket.id, csrf)
        assert status == 409 and "already asked to reopen #0001 today" in answer
        assert len([m for m in world.log.history() if "asks to reopen" in m.content]) == 1
    async with _browser() as bob:
        await _sign_in(harness, bob, base, world.bob.user, "/")
        csrf, _ = await _csrf(bob, base)
        status, answer = await _ask_reopen(bob, base, ticket.id, csrf)
        assert status == 409 and "asks to reopen" not in answer, "not his ticket: told nothing about it"
    clicked = await (await emulator.click(world.staff, request, f"ticket:reopen:{ticket.id}")).answered()
    assert "Ticket #0001 is open again" in clicked.text, clicked.text
    await harness.until_status(ticket.id, TicketStatus.OPEN)


async def test_a_request_discord_refuses_is_not_promised_and_can_be_asked_again(harness):
    base = await _viewer_bot(harness)
    world, _, ticket = await _archived(harness)
    async with _browser() as alice:
        await _sign_in(harness, alice, base, world.alice.user, "/")
        csrf, _ = await _csrf(alice, base)
        harness.emulator.fail("POST /channels/{channel_id}/messages", 403, code=50013, scope=world.guild.id)
        status, answer = await _ask_reopen(alice, base, ticket.id, csrf)
        assert status == 409 and "Discord refused to post the request" in answer
        status, answer = await _ask_reopen(alice, base, ticket.id, csrf)
        assert status == 200 and "Staff were asked" in answer, "the refused request did not count"
