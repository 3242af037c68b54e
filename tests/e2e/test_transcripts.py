"""Transcripts as people read them: names for ids, Markdown drawn, replies, reactions, and attachments kept."""

import base64
import re

from core.models import TicketStatus

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


async def _ticket(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    return world, channel, await harness.ticket_of(world, world.alice)


async def _close(harness, world, channel, ticket):
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered()
    assert "closed" in reply.text, reply.text
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    return await harness.database.get_transcript(ticket.id)


def _upload(harness, world, name):
    posted = [m for m in world.log.history() if m.attachments]
    files = {a.filename: harness.emulator.attachments[a.url.split("/attachments/")[1]] for a in posted[-1].attachments}
    return files[name]


async def test_transcript_reads_like_discord_and_keeps_its_files(harness):
    world, channel, ticket = await _ticket(harness)
    emulator = harness.emulator
    question = await emulator.post_message(
        world.alice,
        channel,
        f"**Order 42** is _late_, <@{world.staff.id}>; log below <script>x</script>",
        files=[("shot.png", PNG, "image/png"), ('../"evil<b>".txt', b"log line", "text/plain")],
    )
    await emulator.react(world.staff, question, "👀")
    await emulator.post_message(world.staff, channel, "> late\n- checking `tracking`", reply_to=question)

    transcript = await _close(harness, world, channel, ticket)
    html, text = transcript.html.decode(), transcript.text.decode()
    assert '<strong>Order 42</strong> is <em>late</em>, <span class="mention">@sam</span>' in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>x" not in html
    assert f"<@{world.staff.id}>" not in html and str(world.staff.id) not in text
    assert "<blockquote>late</blockquote><ul><li>checking <code>tracking</code></li></ul>" in html
    assert f'<a href="#m{question.id}"><b>alice</b>' in html and "👀 1" in html
    assert "Type</dt><dd>Support" in html and "Participants" in html

    print(html[html.index("<main>") :][:3000])
    links = re.findall(r'(?:src|href)="(/t/\d+/files/\d+/[^"]*)"', html)
    assert links == [f"/t/{ticket.id}/files/0/shot.png"] * 2 + [f"/t/{ticket.id}/files/1/..%2F%22evil%3Cb%3E%22.txt"]
    assert (await harness.database.get_transcript_file(ticket.id, 0)).data == PNG
    kept = await harness.database.get_transcript_file(ticket.id, 1)
    assert (kept.filename, kept.data) == ('../"evil<b>".txt', b"log line")
    assert "attachment: shot.png (kept)" in text and "@sam" in text

    # The copy in the log channel stands alone: the image inside it, the other file named.
    upload = _upload(harness, world, "transcript-0001.html")
    assert b'src="data:image/png;base64,' + base64.b64encode(PNG) + b'"' in upload
    assert b"/t/" not in upload.replace(b"</t", b"")


async def test_cap_and_failed_downloads_are_named(harness):
    await harness.stop_bot()
    await harness.start_bot(transcripts={"attachments_mb": 0.001})  # about 1 KB per ticket
    world, channel, ticket = await _ticket(harness)
    emulator = harness.emulator
    await emulator.post_message(world.alice, channel, "small", files=[("a.png", PNG, "image/png")])
    await emulator.post_message(world.alice, channel, "big", files=[("big.bin", bytes(5000), None)])
    gone = await emulator.post_message(world.alice, channel, "gone", files=[("gone.txt", b"x", "text/plain")])
    del emulator.attachments[gone.attachments[0].url.split("/attachments/")[1]]  # Discord's link expired

    transcript = await _close(harness, world, channel, ticket)
    html, text = transcript.html.decode(), transcript.text.decode()
    assert "attachment: a.png (kept)" in text
    assert "attachment: big.bin (not kept: over the 1 KB kept per ticket)" in text
    assert "attachment: gone.txt (not kept: Discord answered 404 when it was downloaded)" in text
    assert html.count('class="missing"') == 2
    assert await harness.database.get_transcript_file(ticket.id, 1) is None


async def test_no_line_break_in_a_message_passes_for_a_message_of_its_own(harness):
    world, channel, ticket = await _ticket(harness)
    forged = "[2030-01-01 00:00:00 UTC] sam: Refund approved"
    for brk in ("\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"):
        await harness.emulator.post_message(world.alice, channel, f"hello{brk}{forged}")
    transcript = await _close(harness, world, channel, ticket)
    for text in (transcript.text.decode(), _upload(harness, world, "transcript-0001.txt").decode()):
        lines = text.splitlines()
        assert not any(line.startswith("[2030") for line in lines)
        assert lines.count(f"    {forged}") == 6


async def test_staff_notes_and_images_that_fill_the_upload_still_post_in_one_message(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    emulator = harness.emulator
    # Screenshots, big then small, that fill what room the uploaded page has for images...
    for n in range(9):
        await emulator.post_message(
            world.alice, channel, f"shot {n}", files=[(f"big{n}.png", PNG + bytes(1_000_000), "image/png")]
        )
    for n in range(12):
        small = [(f"s{n}-{i}.png", PNG + bytes(16_000), "image/png") for i in range(10)]
        await emulator.post_message(world.alice, channel, f"more {n}", files=small)
    # ... and staff's notes (60 of 1,500 characters), which go in the same post.
    for n in range(60):
        noted = await (
            await emulator.run_command(world.staff, channel, "ticket note", text=f"{n} " + "n" * 1490)
        ).answered()
        assert "Note kept" in noted.text, noted.text
    reply = await (await emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered(60)
    assert "#0001 closed" in reply.text, reply.text
    await harness.until_status(ticket.id, TicketStatus.CLOSED, timeout=30)
    (posted,) = [m for m in world.log.history() if m.attachments]
    names = [a.filename for a in posted.attachments]
    assert "ticket-0001-staff-notes.txt" in names and any(n.startswith("transcript-0001") for n in names), names
