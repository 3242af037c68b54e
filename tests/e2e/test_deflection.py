"""Answers before a ticket opens, through the emulator: saved replies offered for what the member needs."""

import pytest

from core.models import TicketStatus
from tests.e2e.test_api import _call, _key
from tests.e2e.test_database_trouble import through_proxy
from tests.e2e.test_lifecycle_costs import _count_database, _discord_since
from tests.e2e.test_viewer import _viewer_bot


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


async def _deflecting(harness, *, form=False):
    world = await harness.world()
    await harness.setup(world)
    reply = await run(harness, world.owner, world.lobby, "type answers-first", type="Support", enabled=True)
    assert "saved" in reply.text, reply.text
    if form:
        await run(harness, world.owner, world.lobby, "type question-add", type="Support", question="What happened?")
    text = "Refunds reach your card within 5 days, {opener}."
    await run(harness, world.staff, world.lobby, "tag create", name="refund", text=text)
    await run(harness, world.staff, world.lobby, "tag create", name="password", text="Reset it in your settings.")
    return world, await harness.panel(world)


async def _ask(harness, world, panel, subject):
    shown = await harness.emulator.click(world.alice, panel)
    await shown.answered()
    assert shown.modal is not None and shown.ack_latency < 3
    field = "subject" if shown.modal["custom_id"].startswith("ticket:subject-modal") else "q0"
    submitted = await harness.emulator.fill_modal(shown, {field: subject})
    await submitted.answered()
    assert submitted.ack_latency < 3
    return submitted


async def _opened(harness, world, message):
    """Wait for the ticket "Open the ticket anyway" opens; the offer then links to it."""
    open_now = [TicketStatus.OPEN]
    await harness.until(lambda: harness.database.list_tickets(open_now, world.guild.id), "the ticket to open")
    await harness.eventually(lambda: "<#" in (message.embeds[0].get("description") or ""), "the offer to link it")
    return await harness.ticket_of(world, world.alice)


def _offer_button(reply, prefix):
    message = reply.messages[0]
    return message, next(c for c in message.custom_ids if c.startswith(prefix))


async def test_a_matching_saved_reply_answers_the_member_and_no_ticket_opens(harness):
    world, panel = await _deflecting(harness)
    offer = await _ask(harness, world, panel, "Where is my refund for order 123?")
    assert offer.ephemeral and "These answers may already help" in offer.text, offer.text
    assert f"Refunds reach your card within 5 days, <@{world.alice.id}>." in offer.text
    assert "password" not in offer.text
    message, solved = _offer_button(offer, "ticket:solved:")
    done = await (await harness.emulator.click(world.alice, message, solved)).answered()
    assert "No ticket was opened" in done.text
    assert await harness.database.list_tickets([TicketStatus.OPEN], world.guild.id) == []
    tags = {t.name: t for t in await harness.database.list_tags(world.guild.id)}
    assert (tags["refund"].solved, tags["refund"].opened_anyway) == (1, 0)


async def test_open_anyway_opens_the_ticket_with_the_members_words_and_counts_it(harness):
    world, panel = await _deflecting(harness)
    offer = await _ask(harness, world, panel, "Where is my refund?")
    message, anyway = _offer_button(offer, "ticket:anyway:")
    await harness.emulator.click(world.alice, message, anyway)
    ticket = await _opened(harness, world, message)
    assert message.custom_ids == [], "the offer's buttons are spent"
    assert ticket.status is TicketStatus.OPEN and ticket.reason == "Where is my refund?"
    tags = {t.name: t for t in await harness.database.list_tags(world.guild.id)}
    assert (tags["refund"].solved, tags["refund"].opened_anyway) == (0, 1)
    listed = await run(harness, world.staff, world.lobby, "tag list")
    assert "solved 0 of 1 before a ticket (0 %)" in listed.text, listed.text


async def test_the_api_shows_each_tags_deflection_rate(harness):
    base = await _viewer_bot(harness)
    world, panel = await _deflecting(harness)
    offer = await _ask(harness, world, panel, "Where is my refund?")
    message, solved = _offer_button(offer, "ticket:solved:")
    await (await harness.emulator.click(world.alice, message, solved)).answered()
    status, body, _ = await _call(base, "/api/v1/tags", await _key(harness, world))
    rates = {t["name"]: (t["solved"], t["opened_anyway"], t["deflection_rate"]) for t in body["tags"]}
    assert status == 200 and rates == {"password": (0, 0, None), "refund": (1, 0, 1.0)}


async def test_without_a_match_the_ticket_opens_at_once(harness):
    world, panel = await _deflecting(harness)
    opened = await _ask(harness, world, panel, "The bot crashed in voice")
    assert "<#" in opened.text and "These answers" not in opened.text, opened.text
    assert (await harness.ticket_of(world, world.alice)).reason == "The bot crashed in voice"


async def test_a_forms_answers_travel_with_the_offer_and_open_the_ticket_whole(harness):
    world, panel = await _deflecting(harness, form=True)
    offer = await _ask(harness, world, panel, "I want a refund, please")
    message, anyway = _offer_button(offer, "ticket:anyway:")
    await harness.emulator.click(world.alice, message, anyway)
    ticket = await _opened(harness, world, message)
    assert ticket.answers == (("What happened?", "I want a refund, please"),)


async def test_an_offer_costs_one_search_and_no_discord_request_beyond_the_answer(harness, monkeypatch):
    world, panel = await _deflecting(harness)
    shown = await harness.emulator.click(world.alice, panel)
    await shown.answered()
    calls = await _count_database(harness, monkeypatch)
    before = len(harness.emulator.requests)
    await (await harness.emulator.fill_modal(shown, {"subject": "Where is my refund?"})).answered()
    routes = _discord_since(harness, before)
    print(f"\noffer: database {dict(calls)}; discord {routes}")
    assert calls == {"search_tags": 1}
    assert routes == [
        "POST /interactions/{interaction_id}/{interaction_token}/callback",  # the acknowledgement
        "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",  # the offer
    ]


@pytest.mark.slow
async def test_a_slow_database_opens_the_ticket_in_time_without_an_offer(harness):
    if harness.database.backend == "sqlite":
        pytest.skip("a local file cannot be slowed from outside; MySQL and MongoDB run through a delaying proxy")
    world, panel = await _deflecting(harness)
    proxy = await through_proxy(harness)
    await harness.eventually(lambda: harness.bot.get_guild(world.guild.id), "the bot to see the guild")
    prompt = await (await harness.emulator.click(world.alice, panel)).answered(30)  # types not in memory yet
    assert prompt.ack_latency < 3 and prompt.messages[0].custom_ids, prompt.text
    shown = await harness.emulator.click(world.alice, prompt.messages[0], prompt.messages[0].custom_ids[0])
    await shown.answered(30)
    assert shown.modal is not None and shown.ack_latency < 3
    proxy.delay = 2.0  # every database answer two seconds late: the search cannot finish in its 1.5 s
    submitted = await harness.emulator.fill_modal(shown, {"subject": "Where is my refund?"})
    reply = await submitted.answered(60)
    assert submitted.ack_latency < 3
    await harness.eventually(lambda: "<#" in reply.text, "the ticket to open", timeout=60)
    assert "These answers" not in reply.text
    await proxy.stop()


@pytest.mark.parametrize(("question", "offered"), [("Question {n}?", True), ("{n} " + "q" * 40 + "?", False)])
async def test_long_answers_and_a_long_saved_reply_fit_one_offer_or_open_the_ticket(harness, question, offered):
    world = await harness.world()
    await harness.setup(world)
    reply = await run(harness, world.owner, world.lobby, "type answers-first", type="Support", enabled=True)
    assert "saved" in reply.text, reply.text
    for n in range(5):
        options = {"question": question.format(n=n), "style": "paragraph", "max_length": 1000}
        added = await run(harness, world.owner, world.lobby, "type question-add", type="Support", **options)
        assert "saved" in added.text, added.text
    text = "Refunds reach your card within 5 days. " + "More about refunds. " * 85  # about 1,750 characters
    assert "created" in (await run(harness, world.staff, world.lobby, "tag create", name="refund", text=text)).text
    shown = await harness.emulator.click(world.alice, await harness.panel(world))
    await shown.answered()
    answers = {f"q{n}": ("my refund never came " * 50)[:1000] for n in range(5)}
    submitted = await (await harness.emulator.fill_modal(shown, answers)).answered()
    # Five answers of 1,000 characters leave the saved reply a shortened place in the offer (Discord counts
    # 6,000 characters an embed); with longer questions too, none is left, and the ticket opens at once.
    opened = await harness.database.list_tickets([TicketStatus.OPEN], world.guild.id)
    assert (not opened and "Refunds reach your card" in submitted.text) if offered else len(opened) == 1, submitted.text
