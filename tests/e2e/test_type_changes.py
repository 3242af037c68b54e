"""A type changed with /type: seen at once by this process's next click, and described as an admin reads it."""

from tests.e2e.test_types import command


async def test_the_first_click_after_a_question_is_added_shows_the_form(harness):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    reply = await command(harness, world, world.owner, "type question-add", type="Support", question="Order number")
    assert "saved" in reply.text, reply.text
    shown = await (await harness.emulator.click(world.alice, panel)).answered()
    assert shown.modal is not None, "the form at once, not a button leading to it"
    assert [c["label"] for c in shown.modal["components"]] == ["Order number"]


async def test_a_type_change_is_logged_in_words_not_python(harness):
    world = await harness.world()
    await harness.setup(world)
    await command(harness, world, world.owner, "type create", name="Billing", staff_role=world.staff_role)
    await command(harness, world, world.owner, "type question-add", type="Billing", question="Order number")
    await command(
        harness,
        world,
        world.owner,
        "type question-add",
        type="Billing",
        question="Plan",
        style="choice",
        choices="Free, Pro",
        required=False,
    )
    entries = await harness.eventually(
        lambda: [
            e["description"]
            for m in world.log.history()
            for e in m.embeds
            if e["author"]["name"] in ("Ticket type changed", "Ticket type created")
        ][2:],
        "the audit posts of the type's changes",
    )
    text = entries[-1]
    assert "Question(" not in text and "QuestionStyle" not in text and "()" not in text, text
    assert "1. “Order number” (short, required); 2. “Plan” (choice, optional, choices: Free, Pro)" in text, text
