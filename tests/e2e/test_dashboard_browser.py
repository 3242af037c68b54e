"""The dashboard in a real browser (Chromium, driven by Playwright), with the real bot and the emulated Discord.

An admin builds a type with a three-question form and designs and posts a panel; a member opens a ticket
from it through the emulator and finds it on "My tickets". Each dashboard page is checked by axe-core
(vendored in ``tests/vendor/axe-core``) for serious accessibility violations, and kept as a screenshot in
``test-artifacts/dashboard-*.png``.
"""

import os
import re
from pathlib import Path

import pytest

from tests.e2e.test_browser import ARTIFACTS, browser  # noqa: F401 (the fixture)
from tests.e2e.test_viewer import _viewer_bot

pytestmark = pytest.mark.slow

AXE = (Path(__file__).resolve().parents[1] / "vendor" / "axe-core" / "axe.min.js").read_text()
SERIOUS = ("serious", "critical")


async def _accessible(page, name):
    """Fail on the page's serious or critical axe-core violations; keep its screenshot."""
    await page.evaluate(AXE)
    found = await page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.html).slice(0, 3)}))"
    )
    serious = [v for v in found if v["impact"] in SERIOUS]
    assert not serious, (name, serious)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"dashboard-{name}.{os.getpid()}.png"
    await page.screenshot(path=shot, full_page=True)
    shot.replace(ARTIFACTS / f"dashboard-{name}.png")


async def test_an_admin_builds_a_type_and_a_panel_and_a_member_opens_a_ticket_from_it(harness, browser):  # noqa: F811
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    emulator = harness.emulator
    server = f"{base}/g/{world.guild.id}"
    emulator.browser_user = world.owner.user
    admin = await (await browser.new_context(viewport={"width": 1100, "height": 900}, color_scheme="dark")).new_page()
    await admin.goto(f"{server}/settings")
    await admin.click("#authorize")
    await admin.wait_for_url(f"{server}/settings")
    assert await admin.inner_text("h1") == "Settings"
    await _accessible(admin, "settings")

    # A type with a three-question form; the preview follows the typing.
    await admin.click("a:has-text('Ticket types')")
    await admin.click("text=New ticket type")
    await admin.fill("#name", "Billing")
    await admin.fill("#emoji", "💳")
    await admin.fill("#q0-label", "Order number")
    await admin.fill("#q0-placeholder", "#1234")
    assert await admin.text_content("#preview-q0-label") == "Order number", "the preview follows the typing"
    await admin.fill("#q1-label", "What happened?")
    await admin.select_option("#q1-style", "paragraph")
    await admin.select_option("#q1-required", "no")
    await admin.fill("#q2-label", "Card or PayPal?")
    await admin.select_option("#q2-style", "choice")
    await admin.fill("#q2-choices", "Card, PayPal")
    await admin.click("button:has-text('Save')")
    await admin.wait_for_url(re.compile(r"/types/[0-9]+\?saved=created$"))
    assert "Ticket type created." in await admin.inner_text("[role=status]")
    await _accessible(admin, "type")
    await admin.click("a:has-text('Ticket types')")
    await _accessible(admin, "types")
    [billing] = [t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Billing"]
    assert [q.label for q in billing.questions] == ["Order number", "What happened?", "Card or PayPal?"]
    await admin.goto(f"{server}/types/{billing.id}")
    await admin.click("a[lang=de]")  # the same form, for openers who read German
    await admin.fill("#q0-label", "Bestellnummer")
    await admin.click("button:has-text('Save')")
    await admin.wait_for_url(re.compile(r"/language/de\?saved=changed$"))
    await _accessible(admin, "type-language")

    # A panel offering it, posted to the lobby.
    await admin.click("a:has-text('Panels')")
    await admin.click("text=New panel")
    await admin.select_option("#channel_id", str(world.lobby.id))
    await admin.fill("#title", "Billing help")
    assert await admin.inner_text("#preview-title") == "Billing help"
    await admin.select_option("#type_ids", str(billing.id))
    await admin.click("button:has-text('Preview')")
    assert "💳 Billing" in await admin.inner_text(".preview"), "the preview shows the panel's button"
    await _accessible(admin, "panel")
    await admin.click("button:has-text('Post')")
    await admin.wait_for_url(re.compile(r"/panels\?saved=posted#panel-[0-9]+$"))
    await _accessible(admin, "panels")
    for section in ("Saved replies", "Labels", "Blacklist", "API keys"):
        await admin.click(f"nav.sections a:has-text('{section}')")
        await _accessible(admin, section.lower().replace(" ", "-"))

    # A member opens a ticket from that panel in Discord and answers the form.
    posted = next(m for m in reversed(world.lobby.history()) if m.custom_ids)
    assert posted.embeds[0]["title"] == "Billing help"
    shown = await (await emulator.click(world.alice, posted)).answered()
    assert [c["label"] for c in shown.modal["components"]] == ["Order number", "What happened?", "Card or PayPal?"]
    reply = await (await emulator.fill_modal(shown, {"q0": "#42", "q2": "Card"})).answered()
    assert "is open" in reply.text, reply.text
    ticket = await harness.ticket_of(world, world.alice)

    # The member finds it on My tickets, and is refused the dashboard.
    emulator.browser_user = world.alice.user
    member = await (await browser.new_context(viewport={"width": 420, "height": 800})).new_page()
    await member.goto(f"{base}/me")
    await member.click("#authorize")
    await member.wait_for_url(f"{base}/me")
    assert ticket.label in await member.inner_text("table")
    await member.goto(f"{server}/types/{billing.id}")
    assert await member.inner_text("h1") == "Not your dashboard"
