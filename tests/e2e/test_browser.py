"""The viewer in a real browser: Chromium (Debian's package) driven by Playwright, through the emulated login.

Skipped, with how to install it, where Chromium is missing; under CI=true they fail instead (`.ci/run`
installs Chromium first), so CI never passes without them.
The screenshot of the transcript is kept in ``test-artifacts/transcript.png``, the statistics page in
``test-artifacts/stats.png``, the home page in two languages in ``test-artifacts/home-*.png``.
"""

import os
import shutil
import struct
import zlib
from datetime import timedelta
from pathlib import Path

import pytest

from core.i18n import render, t
from core.models import Ticket, TicketStatus, utcnow
from database import RecordKind
from tests.e2e.test_viewer import _closed_ticket, _viewer_bot

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")

try:
    from playwright.async_api import async_playwright
except ImportError:  # pragma: no cover - requirements-dev.txt has it
    async_playwright = None

MISSING = (
    "browser tests need Chromium: `sudo apt-get install chromium` on Debian/Ubuntu "
    "(or set CHROMIUM to its path); .ci/run installs it"
)


def _picture(width: int = 320, height: int = 160) -> bytes:
    """A small gradient PNG, made here so the test needs no image files."""
    rows = b"".join(
        b"\x00" + bytes(c for x in range(width) for c in (88 + x // 4, 101 + y // 2, 242 - x // 3))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@pytest.fixture
async def browser():
    if CHROMIUM is None or async_playwright is None:
        if os.environ.get("CI") == "true":  # CI must run them: a skip there would go unnoticed
            pytest.fail(MISSING)
        pytest.skip(MISSING)
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            await chromium.close()


async def test_staff_sign_in_and_read_a_transcript_with_its_image(harness, browser):
    base = await _viewer_bot(harness)
    world = await harness.world()
    emulator = harness.emulator
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    question = await emulator.post_message(
        world.alice,
        channel,
        "My order **#4411** never arrived 😕\nThe tracking page says *returned to sender*:",
        files=[("screenshot.png", _picture(), "image/png")],
    )
    await emulator.react(world.staff, question, "👀")
    await emulator.post_message(
        world.staff,
        channel,
        f"Sorry about that, <@{world.alice.id}>! I have sent a new parcel:\n- carrier: `DHL`\n- ||code 1234||",
        reply_to=question,
    )
    await emulator.post_message(world.alice, channel, "> I have sent a new parcel\nThank you, __that helps__!")
    await (await emulator.run_command(world.staff, channel, "ticket close", reason="New parcel sent")).answered()
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    emulator.browser_user = world.staff.user
    page = await browser.new_page(viewport={"width": 1000, "height": 700})
    await page.goto(f"{base}/t/{ticket.id}")
    assert "/oauth2/authorize" in page.url  # not signed in: sent to Discord's consent page
    await page.click("#authorize")
    await page.wait_for_url(f"{base}/t/{ticket.id}")
    assert "Ticket #0001" in await page.inner_text("h1")
    assert await page.locator("text=never arrived").count() == 2  # the message, and the reply quoting it
    loaded = await page.eval_on_selector("img[alt='screenshot.png']", "img => img.complete && img.naturalWidth > 0")
    assert loaded, "the kept image is served to the page"
    # The page's only script (allowed by its hash) shows times in the reader's zone, keeping UTC as a title.
    assert "UTC" in await page.get_attribute("article time", "title")
    ARTIFACTS.mkdir(exist_ok=True)
    # Parallel workers take it on each backend at once: each writes its own file, then swaps it in whole.
    shot = ARTIFACTS / f"transcript.{os.getpid()}.png"
    await page.screenshot(path=shot, full_page=True)
    shot.replace(ARTIFACTS / "transcript.png")
    # The server's list, from the home page, leads back to the transcript.
    await page.goto(f"{base}/")
    await page.click(f"a[href='/g/{world.guild.id}']")
    await page.fill("input[name=number]", "1")
    await page.click("button:has-text('Search')")
    assert await page.locator("tbody tr").count() == 1
    shown = page.locator("tbody time").first
    assert (await shown.get_attribute("title")).endswith("UTC"), "the list shows times in the reader's zone too"
    await page.click("text=#0001")
    await page.wait_for_url(f"{base}/t/{ticket.id}")


async def test_staff_of_another_server_is_refused(harness, browser):
    base = await _viewer_bot(harness)
    world = await harness.world()
    ticket = await _closed_ticket(harness, world)
    other = await harness.world("Other Server")
    harness.emulator.browser_user = other.staff.user
    page = await browser.new_page()
    await page.goto(f"{base}/t/{ticket.id}")
    await page.click("#authorize")
    await page.wait_for_url(f"{base}/t/{ticket.id}")
    assert await page.inner_text("h1") == "Not yours to read"
    assert await page.locator("text=here it is").count() == 0


async def test_a_crafted_next_address_keeps_the_browser_on_this_site(harness, browser):
    base = await _viewer_bot(harness)
    world = await harness.world()
    harness.emulator.browser_user = world.alice.user
    page = await browser.new_page()
    await page.goto(f"{base}/login?next=%2F%5Cevil.example%2Fphish")
    await page.click("#authorize")
    await page.wait_for_load_state()
    assert page.url.startswith(base + "/"), page.url
    assert "Signed in as" in await page.inner_text("body")


async def _home_in(page, language: str, name: str) -> None:
    """Check the home page's language and sentences, and keep its picture as ``home-<name>.png``."""
    assert await page.get_attribute("html", "lang") == language
    assert await page.inner_text("h1") == render(t("web-home-title"), language)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"home-{name}.{os.getpid()}.png"
    await page.screenshot(path=shot, full_page=True)
    shot.replace(ARTIFACTS / f"home-{name}.png")


async def test_the_viewer_speaks_the_users_discord_language_else_the_browsers(harness, browser):
    base = await _viewer_bot(harness)
    world = await harness.world()
    # Signed in: the user's Discord locale decides, whatever the browser asks for.
    world.staff.user.locale = "de"
    harness.emulator.browser_user = world.staff.user
    signed_in = await browser.new_page(extra_http_headers={"Accept-Language": "es"})
    await signed_in.goto(f"{base}/login")
    await signed_in.click("#authorize")
    await signed_in.wait_for_url(f"{base}/")
    await _home_in(signed_in, "de", "de-signed-in")
    assert await signed_in.inner_text("button") == render(t("web-sign-out"), "de")
    # Anonymous: the browser's Accept-Language, weighed by its q-values.
    anonymous = await browser.new_page(extra_http_headers={"Accept-Language": "ja, es;q=0.8, en;q=0.5"})
    await anonymous.goto(f"{base}/")
    await _home_in(anonymous, "es", "es-anonymous")
    assert await anonymous.inner_text("main p >> nth=0") == render(t("web-home-sign-in"), "es")


def _history(guild_id: int, type_id: int, staff_id: int, opener_id: int) -> list[Ticket]:
    """Five weeks of closed tickets before today, answered and closed within hours (the page's charts)."""
    now = utcnow()
    made = []
    for n in range(40):
        opened = now - timedelta(days=35 - n * 0.85, hours=n % 5)
        answered = opened + timedelta(minutes=20 + (n * 37) % 240)
        made.append(
            Ticket(
                10**9 + n,
                guild_id,
                100 + n,
                opener_id,
                None,
                TicketStatus.CLOSED,
                None,
                opened,
                closed_at=answered + timedelta(hours=1 + n % 7),
                closed_by=staff_id,
                type_id=type_id,
                claimed_by=staff_id if n % 3 else None,
                first_response_at=answered,
                first_responder_id=staff_id,
                message_count=4 + n % 9,
                rating=5 - n % 3 if n % 4 == 0 else None,
            )
        )
    return made


async def test_staff_read_the_statistics_with_weekly_charts_and_members_cannot(harness, browser):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await _closed_ticket(harness, world)
    [kind] = await harness.bot.guild_settings.types(world.guild.id)
    history = _history(world.guild.id, kind.id, world.staff.id, world.alice.id)
    await harness.database.import_records(RecordKind.TICKETS, history)
    harness.emulator.browser_user = world.staff.user
    page = await browser.new_page(viewport={"width": 1000, "height": 900}, color_scheme="dark")
    await page.goto(f"{base}/g/{world.guild.id}/stats?days=90")
    await page.click("#authorize")
    await page.wait_for_url(f"{base}/g/{world.guild.id}/stats")  # the sign-in keeps the path alone
    await page.select_option("select[name=days]", "90")
    await page.click("button:has-text('Show')")
    await page.wait_for_url(f"{base}/g/{world.guild.id}/stats?days=90&type={kind.id}")
    assert await page.inner_text("h1") == "Statistics — Support Server"
    assert await page.locator("svg.chart").count() == 2
    drawn = await page.eval_on_selector_all(
        "svg.chart rect", "rects => rects.filter(r => r.getBBox().height > 0).length"
    )
    assert drawn > 12, "a bar per week and series, drawn by the browser"
    assert "41 opened · 41 closed" in await page.inner_text("dl.figures")
    assert "sam\t40\t" in await page.inner_text("table >> nth=1"), "40 first answers, by name (asked of Discord)"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"stats.{os.getpid()}.png"
    await page.screenshot(path=shot, full_page=True)
    shot.replace(ARTIFACTS / "stats.png")
    background = "getComputedStyle(document.body).backgroundColor"
    assert await page.evaluate(background) == "rgb(49, 51, 56)", "Discord's dark for a dark system"
    await page.emulate_media(color_scheme="light")
    assert await page.evaluate(background) == "rgb(255, 255, 255)", "light where the reader's system is"
    await page.emulate_media(color_scheme="dark")
    csv = await page.request.get(base + await page.get_attribute("a[href*='stats.csv']", "href"))
    assert csv.ok and (await csv.text()).startswith("group,key,name,opened,closed")
    await page.context.clear_cookies()
    harness.emulator.browser_user = world.alice.user
    await page.goto(f"{base}/g/{world.guild.id}/stats")
    await page.click("#authorize")
    await page.wait_for_url(f"{base}/g/{world.guild.id}/stats")
    assert "41 opened" not in await page.inner_text("body"), "a member who is not staff sees no figures"
