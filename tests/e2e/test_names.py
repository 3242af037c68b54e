"""Names an admin gives can always be named again: type names and API key names are read one way.

Whitespace at either end or inside a name (tabs, line breaks, U+2028, ASCII separators) is cleaned the
same way when the name is made and when it is looked for; a list of types reads names that hold a
comma whole, and no name may read as a list of others.
"""

from core.models import TicketType


async def command(harness, world, command_name, /, **options):
    """Run a slash command as the owner in the lobby and wait for what they are shown."""
    return await (await harness.emulator.run_command(world.owner, world.lobby, command_name, **options)).answered()


async def panel_labels(harness, world, types):
    """Post a panel offering ``types`` (as typed) and return its buttons' labels."""
    reply = await command(harness, world, "panel send", types=types)
    assert "posted" in reply.text, reply.text
    panel = next(m for m in reversed(world.lobby.history()) if m.custom_ids)
    return [c["label"] for row in panel.components for c in row["components"]]


async def test_type_names_with_whitespace_at_either_end_are_edited_posted_and_deleted(harness):
    world = await harness.world()
    await harness.setup(world)
    for typed in ("Refunds\t", "Refunds ", "Refunds\u2028", "Refunds\x1e", "Re\tfunds\n"):
        created = await command(harness, world, "type create", name=typed)
        expected = "Re funds" if typed.startswith("Re\t") else "Refunds"
        assert f"“{expected}” created" in created.text, (typed, created.text)
        stored = await harness.database.list_ticket_types(world.guild.id)
        assert [t.name for t in stored] == ["Support", expected], typed
        edited = await command(harness, world, "type edit", type=expected, emoji="💸")
        assert "saved" in edited.text, (typed, edited.text)
        assert await panel_labels(harness, world, expected) == [expected]
        deleted = await command(harness, world, "type delete", type=expected)
        assert "deleted" in deleted.text, (typed, deleted.text)
    twice = await command(harness, world, "type create", name="  support \t")
    assert "There is already a ticket type named “support”" in twice.text, twice.text
    unusable = await command(harness, world, "type create", name="Bell\x07")
    assert "control characters" in unusable.text, unusable.text


async def test_type_names_stored_by_an_earlier_release_with_whitespace_can_be_named(harness):
    world = await harness.world()
    await harness.setup(world)
    await harness.database.save_ticket_type(TicketType(0, world.guild.id, "Legacy\u2028"))
    await harness.stop_bot()
    await harness.start_bot()
    edited = await command(harness, world, "type edit", type="legacy", name="Legacy")
    assert "“Legacy” saved" in edited.text, edited.text
    stored = await harness.database.list_ticket_types(world.guild.id)
    assert [t.name for t in stored] == ["Support", "Legacy"]


async def test_a_type_name_with_a_comma_is_offered_by_a_panel_and_never_reads_as_others(harness):
    world = await harness.world()
    await harness.setup(world)
    for name in ("Billing", "Refunds, returns", "Reports"):
        assert "created" in (await command(harness, world, "type create", name=name)).text
    labels = await panel_labels(harness, world, "Billing, Refunds, returns,Reports, billing")
    assert labels == ["Billing", "Refunds, returns", "Reports"]
    clash = await command(harness, world, "type create", name="Billing, Reports")
    assert "would also read as “Billing” and “Reports”" in clash.text, clash.text
    edited = await command(harness, world, "type edit", type="refunds,  returns", emoji="💸")
    assert "“Refunds, returns” saved" in edited.text, edited.text
    unknown = await command(harness, world, "panel send", types="Billing, Nope")
    assert "There is no ticket type named “Nope”" in unknown.text, unknown.text

    emulator = harness.emulator
    choices = await emulator.autocomplete(world.owner, world.lobby, "panel send", "types", "Billing, ref")
    assert [c["value"] for c in choices] == ["Billing, Refunds, returns"]
    choices = await emulator.autocomplete(world.owner, world.lobby, "panel send", "types", "Billing, Refunds, ret")
    assert [c["value"] for c in choices] == ["Billing, Refunds, returns"]
    choices = await emulator.autocomplete(world.owner, world.lobby, "panel send", "types", "Billing,")
    assert [c["value"] for c in choices] == ["Billing, Support", "Billing, Refunds, returns", "Billing, Reports"]


async def test_api_keys_are_revoked_by_the_name_as_typed(harness):
    world = await harness.world()
    await harness.setup(world)
    for typed in ("ci\tbot\n", "ci  bot", "ci\nbot", "ci\x1ebot"):
        made = await command(harness, world, "api-key create", name=typed)
        assert "API key **ci bot** made" in made.text, (typed, made.text)
        revoked = await command(harness, world, "api-key revoke", name=typed)
        assert "The key **ci bot** no longer works" in revoked.text, (typed, revoked.text)
    assert await harness.database.list_api_keys(world.guild.id) == []
    await command(harness, world, "api-key create", name="ci bot")
    again = await command(harness, world, "api-key create", name="CI\u2028 bot")
    assert "already a key named **CI bot**" in again.text, again.text
    revoked = await command(harness, world, "api-key revoke", name=" CI bot")
    assert "The key **ci bot** no longer works" in revoked.text, revoked.text
    assert await harness.database.list_api_keys(world.guild.id) == []
