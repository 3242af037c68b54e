"""Saved replies (tags) through the emulator: staff make, change, find and send them; nobody else can."""

from core.models import TagCount, TicketStatus
from tests.e2e.test_lifecycle_costs import _count_database, _discord_since
from tests.e2e.test_types import command, typed_world


async def _ticket(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    return world, channel


async def _uses(harness, world):
    (tag,) = await harness.database.list_tags(world.guild.id)
    return tag.uses == 1


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


async def test_staff_send_a_tag_filled_in_for_the_ticket_and_it_pings_nobody(harness):
    world, channel = await _ticket(harness)
    made = await command(
        harness,
        world,
        world.staff,
        "tag create",
        name="Refund",
        text="Hi {opener}, ticket {number} ({type}) on {server}: @everyone wait for {claimer}. {nope",
    )
    assert "Saved reply **Refund** created" in made.text and made.ephemeral, made.text
    before = len(channel.history())
    sent = await run(harness, world.staff, channel, "tag send", name="refund")
    assert not sent.ephemeral and sent.ack_latency < 3
    posted = channel.history()[-1]
    assert len(channel.history()) == before + 1
    assert posted.content == (
        f"Hi <@{world.alice.id}>, ticket #0001 (Support) on {world.guild.name}: @everyone wait for "
        f"<@{world.staff.id}>. {{nope\n-# Saved reply: Refund"
    )
    assert not posted.pinged_user_ids and not posted.pinged_everyone and not posted.pinged_role_ids
    await harness.until(lambda: _uses(harness, world), "the use to be counted")
    listed = await command(harness, world, world.staff, "tag list")
    assert "**Refund** · sent once" in listed.text and listed.ephemeral
    shown = await command(harness, world, world.staff, "tag show", name="REFUND")
    assert "{opener}" in shown.text and shown.ephemeral
    entries = await harness.database.list_audit_entries(world.guild.id, 10)
    assert "tag_created" in [e.action for e in entries]


async def test_members_cannot_see_make_or_send_tags_and_the_ticket_never_shows_a_refusal(harness):
    world, channel = await _ticket(harness)
    await command(harness, world, world.staff, "tag create", name="refund", text="Refunds take 5 days.")
    before = len(channel.history())
    for name, options in (
        ("tag send", {"name": "refund"}),
        ("tag create", {"name": "mine", "text": "x"}),
        ("tag list", {}),
        ("tag show", {"name": "refund"}),
        ("tag delete", {"name": "refund"}),
    ):
        refused = await run(harness, world.alice, channel, name, **options)
        assert refused.ephemeral and "Only staff can use saved replies." in refused.text, (name, refused.text)
    assert len(channel.history()) == before
    assert await harness.emulator.autocomplete(world.alice, channel, "tag send", "name", "re") == []
    assert [
        c["value"] for c in await harness.emulator.autocomplete(world.staff, channel, "tag send", "name", "re")
    ] == ["refund"]
    assert [t.name for t in await harness.database.list_tags(world.guild.id)] == ["refund"]


async def test_names_are_unique_in_any_case_and_bad_tags_are_refused_with_the_fix(harness):
    world, _ = await _ticket(harness)
    await command(harness, world, world.staff, "tag create", name="Refund", text="a")
    taken = await command(harness, world, world.staff, "tag create", name="REFUND", text="b")
    assert "There is already a saved reply named **REFUND**" in taken.text, taken.text
    unknown = await command(harness, world, world.staff, "tag create", name="hello", text="Hi {user}")
    assert "Saved replies know no {user}" in unknown.text, unknown.text
    missing = await command(harness, world, world.staff, "tag delete", name="nothing")
    assert "There is no saved reply named **nothing**" in missing.text
    assert [t.content for t in await harness.database.list_tags(world.guild.id)] == ["a"]


async def test_a_long_tag_is_written_in_the_modal_limited_to_a_type_changed_and_deleted(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    shown = await emulator.run_command(world.staff, world.lobby, "tag create", name="invoice")
    await shown.answered()
    assert shown.modal is not None
    text = "Line one\n\nLine two for {opener}"
    saved = await (await emulator.fill_modal(shown, {"content": text, "types": "billing"})).answered()
    assert "Saved reply **invoice** created" in saved.text, saved.text
    (tag,) = await harness.database.list_tags(world.guild.id)
    assert tag.content == text and len(tag.type_ids) == 1
    opened = await run(harness, world.alice, world.lobby, "ticket open", type="Reports")
    assert "<#" in opened.text, opened.text
    support_ticket = emulator.channels[(await harness.ticket_of(world, world.alice)).channel_id]
    refused = await run(harness, world.staff, support_ticket, "tag send", name="invoice")
    assert "is not for this ticket's type" in refused.text and refused.ephemeral, refused.text
    assert await emulator.autocomplete(world.staff, support_ticket, "tag send", "name", "") == []
    offered = await emulator.autocomplete(world.staff, world.lobby, "tag edit", "name", "two")  # by its text
    assert [c["value"] for c in offered] == ["invoice"]

    editing = await emulator.run_command(world.staff, world.lobby, "tag edit", name="invoice")
    await editing.answered()
    inputs = {label["component"]["custom_id"]: label["component"].get("value") for label in editing.modal["components"]}
    assert inputs == {"name": "invoice", "content": text, "types": "Billing"}
    changed = await (await emulator.fill_modal(editing, {"name": "Invoices", "types": ""})).answered()
    assert "Saved reply **Invoices** changed" in changed.text, changed.text
    sent = await run(harness, world.staff, support_ticket, "tag send", name="invoices")
    assert support_ticket.history()[-1].content.startswith("Line one\n\nLine two for <@"), sent.text
    deleted = await command(harness, world, world.staff, "tag delete", name="invoices")
    assert "deleted" in deleted.text
    gone = await run(harness, world.staff, support_ticket, "tag send", name="invoices")
    assert "There is no saved reply named" in gone.text and gone.ephemeral
    actions = [e.action for e in await harness.database.list_audit_entries(world.guild.id, 20)]
    assert {"tag_created", "tag_changed", "tag_deleted"} <= set(actions)


async def test_other_servers_tags_are_never_offered_or_sent(harness):
    world, channel = await _ticket(harness)
    other = await harness.world("Other Server")
    await harness.setup(other)
    await command(harness, other, other.staff, "tag create", name="secret", text="other server's words")
    await harness.database.count_tag(other.guild.id, 1, TagCount.USES)
    assert await harness.emulator.autocomplete(world.staff, channel, "tag send", "name", "") == []
    refused = await run(harness, world.staff, channel, "tag send", name="secret")
    assert "There is no saved reply named **secret**" in refused.text
    assert "secret" not in (await command(harness, world, world.staff, "tag list")).text


async def test_sending_a_tag_costs_three_database_round_trips_and_one_discord_request(harness, monkeypatch):
    world, channel = await _ticket(harness)
    await command(harness, world, world.staff, "tag create", name="refund", text="Refunds take 5 days.")
    calls = await _count_database(harness, monkeypatch)
    before = len(harness.emulator.requests)
    sent = await run(harness, world.staff, channel, "tag send", name="refund")
    assert "Refunds take 5 days." in channel.history()[-1].content, sent.text
    await harness.eventually(lambda: calls["count_tag"], "the use to be counted")
    routes = _discord_since(harness, before)
    print(f"\ntag send: database {dict(calls)}; discord {routes}")
    # The ticket by its channel and the server's tags are read before the reply; the use is counted after.
    assert calls == {"get_ticket_by_channel": 1, "list_tags": 1, "count_tag": 1}
    assert routes == ["POST /interactions/{interaction_id}/{interaction_token}/callback"]


async def test_the_transcript_shows_who_sent_a_saved_reply_and_which(harness):
    world, channel = await _ticket(harness)
    await command(harness, world, world.staff, "tag create", name="refund", text="Refunds take 5 days.")
    await run(harness, world.staff, channel, "tag send", name="refund")
    ticket = await harness.ticket_of_channel(channel)
    await run(harness, world.staff, channel, "ticket close", reason="Done")
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    stored = await harness.database.get_transcript(ticket.id)
    text = stored.text.decode()
    assert "Refunds take 5 days." in text and "Saved reply: refund" in text
    assert f"{world.staff.user.username} used a command" in text, text
    assert f"{world.staff.user.username} used a command".encode() in stored.html


async def test_names_typed_decomposed_or_with_doubled_spaces_are_offered_as_stored(harness):
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    made = await command(harness, world, world.staff, "tag create", name="Café  hours", text="We open at 9.")
    assert "created" in made.text, made.text
    made = await command(harness, world, world.owner, "label create", name="Café  hours")
    assert "created" in made.text, made.text
    emulator = harness.emulator
    for typed in ("cafe\u0301", "café  h", "CAFÉ HOURS "):
        tags = await emulator.autocomplete(world.staff, channel, "tag send", "name", typed)
        labels = await emulator.autocomplete(world.staff, channel, "ticket label add", "name", typed)
        assert [c["value"] for c in tags] == [c["value"] for c in labels] == ["Café hours"], typed
