"""A ticket type's welcome and form per language: an opener whose Discord speaks one gets its variant."""

from core.models import TicketStatus
from tests.e2e.test_types import command, post_panel, typed_world


async def test_a_german_opener_gets_the_german_form_and_welcome_an_english_one_the_types_own(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    for options in (
        {"question": "What happened?"},
        {"question": "Was ist passiert?", "language": "de"},
        {"question": "Bestellnummer", "language": "de", "required": False},
    ):
        reply = await command(harness, world, world.owner, "type question-add", type="Reports", **options)
        assert "saved" in reply.text, reply.text
    reply = await command(
        harness, world, world.owner, "type welcome", type="Reports", message="Hallo {user}, danke!", language="de"
    )
    assert "saved" in reply.text, reply.text
    panel = await post_panel(harness, world, types="Reports")

    german = await emulator.add_member(world.guild, "greta", locale="de")
    for opener, labels, answer, welcome in (
        (german, ["Was ist passiert?", "Bestellnummer"], "Drucker brennt", "Hallo <@{id}>, danke!"),
        (world.alice, ["What happened?"], "printer on fire", None),
    ):
        shown = await (await emulator.click(opener, panel)).answered()
        assert [c["label"] for c in shown.modal["components"]] == labels
        reply = await (await emulator.fill_modal(shown, {"q0": answer})).answered()
        assert reply.text, reply.text
        ticket = await harness.ticket_of(world, opener)
        assert ticket.answers == ((labels[0], answer),)
        description = emulator.channels[ticket.channel_id].history()[0].embeds[0]["description"]
        if welcome is None:
            assert "Hallo" not in description, description
        else:
            assert description == welcome.format(id=opener.id), description
        await harness.until_status(ticket.id, TicketStatus.OPEN)


async def test_a_variant_is_removed_by_leaving_out_its_message_and_questions(harness):
    world, *_ = await typed_world(harness)
    await command(harness, world, world.owner, "type welcome", type="Reports", message="Hallo!", language="de")
    await command(harness, world, world.owner, "type question-add", type="Reports", question="Wer?", language="de")
    [reports] = [t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Reports"]
    assert reports.variants["de"].welcome_message == "Hallo!" and reports.questions == ()
    await command(harness, world, world.owner, "type welcome", type="Reports", language="de")
    await command(harness, world, world.owner, "type question-remove", type="Reports", number=1, language="de")
    [reports] = [t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Reports"]
    assert reports.variants == {}


async def test_a_types_language_is_chosen_in_create_and_edit(harness):
    world, *_ = await typed_world(harness)
    await command(harness, world, world.owner, "type edit", type="Reports", language="de")
    [reports] = [t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Reports"]
    assert reports.language == "de"
    await command(harness, world, world.owner, "type edit", type="Reports", language="server")
    [reports] = [t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Reports"]
    assert not reports.language


async def test_a_form_written_only_in_german_is_asked_of_german_openers_alone(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    await command(harness, world, world.owner, "type question-add", type="Reports", question="Wer?", language="de")
    panel = await post_panel(harness, world, types="Reports")

    german = await emulator.add_member(world.guild, "greta", locale="de")
    shown = await (await emulator.click(german, panel)).answered()
    assert [c["label"] for c in shown.modal["components"]] == ["Wer?"]
    await (await emulator.fill_modal(shown, {"q0": "Bob"})).answered()
    assert (await harness.ticket_of(world, german)).answers == (("Wer?", "Bob"),)

    opened = await (await emulator.click(world.alice, panel)).answered()
    assert opened.modal is None and "is open" in opened.text, opened.text
