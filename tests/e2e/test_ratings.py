"""Ratings through the emulator: the opener rates a closed ticket from their DMs (or, DMs closed, in the ticket)."""

from dataclasses import replace
from datetime import timedelta

from core.models import TicketStatus, utcnow
from database import RecordKind
from tests.e2e.test_viewer import _browser, _link, _viewer_bot


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


async def _closed(harness, world, opener, status=TicketStatus.CLOSED):
    reply = await run(harness, world.owner, world.lobby, "type edit", type="Support", rating=True)
    assert "saved" in reply.text, reply.text
    _, channel = await harness.open_ticket(world, opener, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    await run(harness, world.staff, channel, "ticket close", reason="Done")
    await harness.until_status(ticket.id, status)
    return ticket, channel


def _stars(message):
    return [c for c in message.custom_ids if c.startswith("ticket:rate:")]


async def test_the_opener_rates_once_from_their_dms_and_adds_a_comment(harness):
    world = await harness.world()
    await harness.setup(world)
    ticket, _ = await _closed(harness, world, world.alice)
    emulator = harness.emulator
    (dm,) = [m for m in emulator.dm_messages(world.alice.user) if _stars(m)]
    assert "How did we do with ticket #0001?" in dm.content and len(_stars(dm)) == 5
    assert dm.attachments, "the prompt rides on the DM that carries the transcript"

    rated = await (await emulator.click(world.alice.user, dm, f"ticket:rate:{ticket.id}:4")).answered()
    assert "You rated ticket #0001 ★★★★☆" in dm.content, rated.text
    stored = await harness.database.get_ticket(ticket.id)
    assert stored.rating == 4 and stored.rated_at is not None
    again = await (await emulator.click(world.alice.user, dm, f"ticket:rate-comment:{ticket.id}")).answered()
    assert again.modal is not None
    commented = await (await emulator.fill_modal(again, {"comment": "Quick and kind @everyone"})).answered()
    assert "ticket:rate-comment" not in " ".join(dm.custom_ids), commented.text
    stored = await harness.database.get_ticket(ticket.id)
    assert stored.rating_comment == "Quick and kind @everyone"
    actions = [e.action for e in await harness.database.list_audit_entries(world.guild.id, 20)]
    assert {"ticket_rated", "rating_commented"} <= set(actions)
    await harness.until(lambda: _posted(world, "Rated ★★★★☆ (4 of 5)"), "the rating in the log channel")


async def _posted(world, text):
    return any(text in (e.get("description") or "") for m in world.log.history() for e in m.embeds)


async def test_a_rating_counts_once_and_survives_a_restart(harness):
    world = await harness.world()
    await harness.setup(world)
    ticket, _ = await _closed(harness, world, world.alice)
    emulator = harness.emulator
    (dm,) = [m for m in emulator.dm_messages(world.alice.user) if _stars(m)]
    await harness.stop_bot()
    await harness.start_bot()
    await harness.eventually(lambda: harness.bot.get_guild(world.guild.id), "the bot to see the guild")
    first, second = (
        await emulator.click(world.alice.user, dm, f"ticket:rate:{ticket.id}:5"),
        await emulator.click(world.alice.user, dm, f"ticket:rate:{ticket.id}:1"),
    )
    replies = [await first.answered(), await second.answered()]
    assert (await harness.database.get_ticket(ticket.id)).rating in (5, 1)
    assert sum("has been rated already" in r.text for r in replies) == 1, [r.text for r in replies]


async def test_with_dms_closed_the_ticket_asks_before_it_goes_and_a_week_later_nobody_can_rate(harness):
    world = await harness.world()
    await harness.setup(
        world, close_action="archive", archive_category=world.archive
    )  # the ticket stays, read-only, with the prompt in it
    shy = await harness.emulator.add_member(world.guild, "shy", accepts_dms=False)
    ticket, channel = await _closed(harness, world, shy, TicketStatus.ARCHIVED)
    prompts = [m for m in channel.history() if _stars(m)]
    assert len(prompts) == 1 and f"<@{shy.id}> How did we do" in prompts[0].content
    assert prompts[0].pinged_user_ids == {shy.id}

    week_ago = replace(await harness.database.get_ticket(ticket.id), closed_at=utcnow() - timedelta(days=8))
    await harness.database.import_records(RecordKind.TICKETS, [week_ago])
    late = await (await harness.emulator.click(shy, prompts[0], f"ticket:rate:{ticket.id}:3")).answered()
    assert "closed more than a week ago" in late.text, late.text
    assert (await harness.database.get_ticket(ticket.id)).rating is None


async def test_the_transcripts_header_shows_the_rating_once_given(harness):
    await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    ticket, _ = await _closed(harness, world, world.alice)
    emulator = harness.emulator
    (dm,) = [m for m in emulator.dm_messages(world.alice.user) if _stars(m)]
    await (await emulator.click(world.alice.user, dm, f"ticket:rate:{ticket.id}:5")).answered()
    asked = await (await emulator.click(world.alice.user, dm, f"ticket:rate-comment:{ticket.id}")).answered()
    await (await emulator.fill_modal(asked, {"comment": "<b>Great</b>"})).answered()
    async with _browser() as browser, browser.get(_link(dm)) as page:
        html = await page.text()
    shown = html[html.index("<header>") : html.index("</header>")]
    assert "The opener&#39;s rating: ★★★★★ — “&lt;b&gt;Great&lt;/b&gt;”" in shown, shown


async def test_a_server_wide_choice_asks_for_ratings_where_types_say_nothing(harness):
    world = await harness.world()
    await harness.setup(world)
    reply = await run(harness, world.owner, world.lobby, "config rating", enabled=True)
    assert "saved" in reply.text.lower() or "Ratings" in reply.text, reply.text
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    ticket = await harness.ticket_of_channel(channel)
    await run(harness, world.staff, channel, "ticket close", reason="Done")
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    assert [m for m in harness.emulator.dm_messages(world.alice.user) if _stars(m)]
