"""Closing tickets: transcripts, DMs, delete and archive modes, and failures that keep the ticket open."""

from datetime import timedelta

from core.models import Closure, TicketStatus, utcnow
from tests.emulator.state import Permissions


async def _ticket(harness, **setup):
    world = await harness.world()
    await harness.setup(world, **setup)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    return world, channel


async def _close_with_button(harness, world, member, channel, reason="Solved"):
    welcome = channel.history()[0]
    shown = await (await harness.emulator.click(member, welcome, "ticket:close:")).answered()
    assert shown.modal is not None, shown.text
    text_input = shown.modal["components"][0]["components"][0]["custom_id"]
    return await (
        await harness.emulator.submit_modal(member, channel, shown.modal["custom_id"], {text_input: reason})
    ).answered()


async def test_close_posts_transcript_dms_opener_and_deletes_channel(harness):
    world, channel = await _ticket(harness)
    emulator = harness.emulator
    await emulator.post_message(world.alice, channel, "My <b>order</b> is missing")
    await emulator.post_message(world.staff, channel, "Looking into it")
    ticket = await harness.ticket_of(world, world.alice)

    reply = await _close_with_button(harness, world, world.alice, channel, reason="Refund sent")
    assert "closed" in reply.text
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the channel to be deleted")

    stored = await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert stored.close_reason == "Refund sent"
    assert stored.closed_by == world.alice.id
    transcript = await harness.database.get_transcript(ticket.id)
    assert transcript.message_count == 3
    html, text = transcript.html.decode(), transcript.text.decode()
    assert "My &lt;b&gt;order&lt;/b&gt; is missing" in html and "<b>order" not in html
    assert text.index("My <b>order</b>") < text.index("Looking into it")

    posted = [m for m in world.log.history() if m.attachments]
    assert len(posted) == 1
    files = {a.filename: emulator.attachments[a.url.split("/attachments/")[1]] for a in posted[0].attachments}
    assert set(files) == {"transcript-0001.html", "transcript-0001.txt"}
    assert b"Looking into it" in files["transcript-0001.txt"]
    summary = {f["name"]: f["value"] for f in posted[0].embeds[0]["fields"]}
    assert summary["Messages"] == "3" and summary["Reason"] == "Refund sent"
    assert not posted[0].pinged_user_ids

    dms = emulator.dm_messages(world.alice.user)
    assert len(dms) == 1 and dms[0].embeds[0]["title"] == "Ticket #0001 closed"
    assert [a.filename for a in dms[0].attachments] == ["transcript-0001.html"]


async def test_slash_close_by_staff(harness):
    world, channel = await _ticket(harness)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered()
    assert reply.ephemeral and "Ticket #0001 closed" in reply.text
    announcement = channel.history()[-1].embeds[0]["description"]
    assert f"was closed by <@{world.staff.id}>: Done" in announcement and "deleted in" in announcement
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the channel to be deleted")
    assert (await harness.database.get_ticket_by_channel(channel.id)).closed_by == world.staff.id


async def test_non_staff_cannot_close_someone_elses_ticket(harness):
    world, channel = await _ticket(harness)
    await (await harness.emulator.run_command(world.staff, channel, "ticket add", member=world.bob)).answered()
    reply = await (await harness.emulator.click(world.bob, channel.history()[0], "ticket:close:")).answered()
    assert reply.ephemeral and "Only the member who opened" in reply.text
    reply = await (await harness.emulator.run_command(world.bob, channel, "ticket close")).answered()
    assert reply.ephemeral and "Only the member who opened" in reply.text
    assert channel.id in world.guild.channels
    assert (await harness.ticket_of(world, world.alice)).status is TicketStatus.OPEN


async def test_closing_twice_is_harmless(harness):
    world, channel = await _ticket(harness)
    first = await harness.emulator.run_command(world.staff, channel, "ticket close")
    second = await harness.emulator.run_command(world.alice, channel, "ticket close")
    replies = [await first.answered(), await second.answered()]
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the channel to be deleted")
    assert sum("#0001 closed" in r.text for r in replies) == 1
    assert sum("already being closed" in r.text for r in replies) == 1
    assert len([m for m in world.log.history() if m.attachments]) == 1


async def test_archive_mode_moves_channel_read_only(harness):
    world = await harness.world()
    await harness.setup(world, close_action="archive", archive_category=world.archive)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    await (await harness.emulator.run_command(world.staff, channel, "ticket add", member=world.bob)).answered()
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "archived" in reply.text
    await harness.eventually(lambda: channel.parent_id == world.archive.id, "the channel to move to the archive")
    emulator = harness.emulator
    assert emulator.can_view(world.alice, channel) and not emulator.can_send(world.alice, channel)
    assert emulator.can_view(world.bob, channel) and not emulator.can_send(world.bob, channel)
    assert emulator.can_send(world.staff, channel)
    assert not emulator.can_view(world.carol, channel)
    await harness.until_status((await harness.database.get_ticket_by_channel(channel.id)).id, TicketStatus.ARCHIVED)
    assert channel.history()[0].custom_ids == [], "an archived ticket keeps no Close button"
    await harness.eventually(
        lambda: any(
            e.get("author", {}).get("name") == "Ticket archived · #0001" for m in world.log.history() for e in m.embeds
        ),
        "the archive audit post",
    )


async def test_close_succeeds_when_the_opener_refuses_dms(harness):
    world = await harness.world()
    await harness.setup(world)
    shy = await harness.emulator.add_member(world.guild, "shy", accepts_dms=False)
    _, channel = await harness.open_ticket(world, shy, await harness.panel(world))
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "does not accept direct messages" in reply.text
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the channel to be deleted")
    await harness.until_status((await harness.database.get_ticket_by_channel(channel.id)).id, TicketStatus.CLOSED)


async def test_transcript_post_failure_keeps_ticket_open(harness):
    world, channel = await _ticket(harness)
    harness.emulator.fail("POST /channels/{channel_id}/messages", 403, code=50013)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "stays open" in reply.text
    assert channel.id in world.guild.channels
    assert (await harness.ticket_of(world, world.alice)).status is TicketStatus.OPEN


async def test_the_closer_is_answered_when_the_closed_notice_in_the_ticket_is_refused(harness):
    world, channel = await _ticket(harness)
    bot_id = harness.emulator.bot_user.id
    mine = channel.overwrites[bot_id]
    channel.overwrites[bot_id] = type(mine)(
        bot_id, 1, mine.allow & ~Permissions.SEND_MESSAGES, Permissions.SEND_MESSAGES
    )
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered()
    assert reply.ephemeral and "Ticket #0001 closed" in reply.text, reply.text
    assert not any("was closed by" in e.get("description", "") for m in channel.history() for e in m.embeds)
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the channel to be deleted")
    await harness.until_status((await harness.database.get_ticket_by_channel(channel.id)).id, TicketStatus.CLOSED)
    assert len([m for m in world.log.history() if m.attachments]) == 1


async def test_a_refused_history_is_named_as_such(harness):
    world, channel = await _ticket(harness)
    harness.emulator.fail("GET /channels/{channel_id}/messages", 403, code=50001, scope=world.guild.id)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "read this ticket's messages" in reply.text and "stays open" in reply.text, reply.text
    assert "log channel" not in reply.text, reply.text
    assert (await harness.ticket_of(world, world.alice)).status is TicketStatus.OPEN
    assert not [m for m in world.log.history() if m.attachments]


async def open_to_everyone(harness, world):
    """Let @everyone read the log channel, as an admin might after `/setup`."""
    del world.log.overwrites[world.guild.id]
    await harness.emulator.dispatch(world.guild.id, "CHANNEL_UPDATE", world.log.payload())
    everyone = world.guild.id
    await harness.eventually(
        lambda: (
            harness.bot.get_channel(world.log.id)
            .permissions_for(harness.bot.get_guild(everyone).default_role)
            .view_channel
        ),
        "the bot to see the log channel opened up",
    )


async def test_a_log_channel_opened_to_everyone_gets_no_transcript_and_the_admins_are_told(harness):
    world, channel = await _ticket(harness)
    await harness.emulator.post_message(world.alice, channel, "my card number is 4242")
    await open_to_everyone(harness, world)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close", reason="Done")).answered()
    assert "Ticket #0001 closed" in reply.text and "Everyone can read the log channel" in reply.text, reply.text
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the channel to be deleted")
    ticket = await harness.until_status((await harness.ticket_of_channel(channel)).id, TicketStatus.CLOSED)
    assert not [m for m in world.log.history() if m.attachments], "no transcript in a public channel"
    assert not any("4242" in e.get("description", "") for m in world.log.history() for e in m.embeds)
    [notice] = [m for m in world.log.history() if any("was not posted here" in e["description"] for e in m.embeds)]
    assert (
        "ticket #0001" in notice.embeds[0]["description"]
        and "deny View Channel to @everyone" in (notice.embeds[0]["description"])
    )
    assert b"my card number is 4242" in (await harness.database.get_transcript(ticket.id)).text, (
        "the transcript is kept"
    )
    assert harness.emulator.dm_messages(world.alice.user), "the opener still gets their copy"


async def test_recovery_finishing_a_close_holds_the_transcript_from_a_public_log_channel(harness):
    world, channel = await _ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    assert await harness.database.begin_close(ticket.id, Closure(world.staff.id, "interrupted", utcnow()))
    await open_to_everyone(harness, world)
    await harness.bot.scheduler.sweep(now=utcnow() + timedelta(minutes=1))  # once no live close can be under way
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert not [m for m in world.log.history() if m.attachments]
    assert any("was not posted here" in e["description"] for m in world.log.history() for e in m.embeds)
    assert (await harness.database.get_transcript(ticket.id)).message_count >= 1
    assert channel.id not in world.guild.channels


async def test_missing_log_channel_keeps_ticket_open(harness):
    world, channel = await _ticket(harness)
    await harness.emulator.delete_channel(world.log)
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "log channel no longer exists" in reply.text
    assert (await harness.ticket_of(world, world.alice)).status is TicketStatus.OPEN


async def test_a_transcript_over_the_upload_limit_is_zipped(harness):
    world, channel = await _ticket(harness)
    line = "The quick brown fox jumps over the lazy dog. " * 44
    for n in range(2800):
        await harness.emulator.post_message(world.alice, channel, f"{n} {line}")
    reply = await (await harness.emulator.run_command(world.staff, channel, "ticket close")).answered(60)
    assert "#0001 closed" in reply.text
    posted = [m for m in world.log.history() if m.attachments]
    assert [a.filename for a in posted[0].attachments] == ["transcript-0001.zip"]
    transcript = await harness.database.get_transcript((await harness.database.get_ticket_by_channel(channel.id)).id)
    assert transcript.message_count == 2801 and len(transcript.html) > 5 * 2**20


async def test_a_button_close_reads_the_ticket_once(harness, monkeypatch):
    world, channel = await _ticket(harness)
    reads = []
    for name in ("get_ticket", "get_ticket_by_channel"):
        real = getattr(harness.database, name)

        async def counted(*args, real=real, name=name):
            reads.append(name)
            return await real(*args)

        monkeypatch.setattr(harness.database, name, counted)
    await _close_with_button(harness, world, world.alice, channel)
    await harness.eventually(lambda: channel.id not in world.guild.channels, "the channel to be deleted")
    assert reads == ["get_ticket"]


async def test_close_command_asks_first_where_the_server_wants_confirmation(harness):
    world, channel = await _ticket(harness)
    emulator = harness.emulator
    reply = await (
        await emulator.run_command(world.owner, world.lobby, "config close-confirmation", enabled=True)
    ).answered()
    assert "Settings saved" in reply.text, reply.text
    refused = await (await emulator.run_command(world.bob, channel, "ticket close")).answered()
    assert refused.modal is None and "Only the member who opened this ticket" in refused.text, refused.text
    shown = await (await emulator.run_command(world.staff, channel, "ticket close", reason="Done <@&1>")).answered()
    assert shown.modal is not None and shown.ack_latency < 3, shown.text
    assert shown.modal["components"][0]["components"][0]["value"] == "Done <@&1>", "the reason is kept"
    assert (await harness.ticket_of_channel(channel)).status is TicketStatus.OPEN, "nothing closes before the answer"
    closed = await (await emulator.fill_modal(shown, {})).answered()
    assert "#0001 closed" in closed.text, closed.text
    ticket = await harness.until_status((await harness.ticket_of_channel(channel)).id, TicketStatus.CLOSED)
    assert ticket.close_reason == "Done <@&1>"


async def test_a_close_under_way_elsewhere_is_left_to_it_until_it_goes_stale(harness):
    """A sweep must not finish, beside it, a close that another process sharing the server is making now."""
    world, channel = await _ticket(harness)
    ticket = await harness.ticket_of_channel(channel)
    started = utcnow()
    assert await harness.database.begin_close(ticket.id, Closure(world.staff.id, "elsewhere", started))
    await harness.bot.scheduler.sweep(now=started + timedelta(seconds=5))
    assert (await harness.database.get_ticket(ticket.id)).status is TicketStatus.CLOSING
    assert not [m for m in world.log.history() if m.attachments], "no second transcript beside the live close"
    await harness.bot.scheduler.sweep(now=started + timedelta(minutes=1))
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert len([m for m in world.log.history() if m.attachments]) == 1
