"""Staff notes through the emulator: kept with the ticket, read by its staff, never shown to its members."""

from core.models import TicketStatus
from tests.e2e.test_threads import _open, _thread_world
from tests.e2e.test_viewer import _browser, _link, _sign_in, _viewer_bot


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


async def _noted(harness, world, member, channel):
    emulator = harness.emulator
    before = len(channel.history())
    kept = await run(harness, member, channel, "ticket note", text="Refund approved — @everyone <@&1>")
    assert kept.ephemeral and "Note kept" in kept.text, kept.text
    shown = await emulator.run_command(member, channel, "ticket note")
    await shown.answered()
    assert shown.modal is not None
    long = "Long note.\n" * 100
    kept = await (await emulator.fill_modal(shown, {"note": long})).answered()
    assert "Note kept" in kept.text
    assert len(channel.history()) == before, "a note is never posted where members read"
    listed = await run(harness, member, channel, "ticket notes")
    assert listed.ephemeral and "Staff notes on #0001" in listed.text
    assert "Refund approved" in listed.text and "Long note." in listed.text
    return listed


async def test_staff_keep_and_read_notes_that_the_opener_never_sees(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    await _noted(harness, world, world.staff, channel)
    for name, options in (("ticket notes", {}), ("ticket note", {"text": "mine"})):
        refused = await run(harness, world.alice, channel, name, **options)
        assert refused.ephemeral and "Only staff can read and write notes." in refused.text, refused.text
    ticket = await harness.ticket_of_channel(channel)
    notes = await harness.database.list_notes(ticket.id)
    assert [n.author_id for n in notes] == [world.staff.id, world.staff.id]


async def test_notes_work_in_thread_tickets(harness):
    world, _ = await _thread_world(harness)
    thread, ticket = await _open(harness, world, world.alice)
    await _noted(harness, world, world.staff, thread)
    refused = await run(harness, world.alice, thread, "ticket notes")
    assert "Only staff" in refused.text
    assert len(await harness.database.list_notes(ticket.id)) == 2


async def test_notes_reach_staffs_copies_of_the_transcript_and_never_the_openers(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    await run(harness, world.staff, channel, "ticket note", text="Refund <b>approved</b>; opener is a reseller")
    await harness.emulator.post_message(world.alice, channel, "here it is")
    await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered()
    await harness.until_status(ticket.id, TicketStatus.CLOSED)

    posted = [m for m in world.log.history() if m.attachments][-1]
    files = {a.filename: a.data for a in posted.attachments}
    notes = files["ticket-0001-staff-notes.txt"].decode()
    assert "Staff notes on ticket #0001" in notes and "opener is a reseller" in notes
    dm = harness.emulator.dm_messages(world.alice.user)[-1]
    assert all("reseller" not in a.data.decode(errors="replace") for a in dm.attachments)
    assert [a.filename for a in dm.attachments] == ["transcript-0001.html"]
    stored = await harness.database.get_transcript(ticket.id)
    assert b"reseller" not in stored.html and b"reseller" not in stored.text

    path = f"/t/{ticket.id}"
    async with _browser() as staff:
        status, html, _ = await _sign_in(harness, staff, base, world.staff.user, path)
        assert status == 200 and "Staff notes (only staff see this section)" in html
        assert "Refund &lt;b&gt;approved&lt;/b&gt;" in html, "a note is text, never markup"
    async with _browser() as opener:
        status, html, _ = await _sign_in(harness, opener, base, world.alice.user, path)
        assert status == 200 and "here it is" in html and "reseller" not in html
    async with _browser() as linked, linked.get(_link(dm)) as page:
        html = await page.text()
        assert page.status == 200 and "here it is" in html and "reseller" not in html
