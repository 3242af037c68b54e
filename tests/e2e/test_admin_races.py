"""Two admins changing the same server at once: each change is kept, none overwrites the other."""

import asyncio

from tests.e2e.test_types import command, typed_world


async def _second_admin(harness, world):
    role = await harness.emulator.add_role(world.guild, "Admins", permissions=0x20)  # Manage Server
    return await harness.emulator.add_member(world.guild, "dana", role)


async def test_two_moderators_blacklisting_at_once_both_stick(harness):
    world = await harness.world()
    await harness.setup(world)
    dana = await _second_admin(harness, world)
    replies = await asyncio.gather(
        command(harness, world, world.owner, "blacklist add", target=world.alice),
        command(harness, world, dana, "blacklist add", target=world.bob),
    )
    assert all("can no longer open tickets" in reply.text for reply in replies), [r.text for r in replies]
    config = await harness.database.get_guild_config(world.guild.id)
    assert sorted(config.blocked_ids) == sorted([world.alice.id, world.bob.id]), config.blocked_ids


async def test_two_admins_changing_different_settings_at_once_keep_both(harness):
    world = await harness.world()
    await harness.setup(world)
    dana = await _second_admin(harness, world)
    await asyncio.gather(
        command(harness, world, world.owner, "config max-tickets", limit=3),
        command(harness, world, dana, "config naming", template="help-{username}-{number}"),
    )
    config = await harness.database.get_guild_config(world.guild.id)
    assert (config.max_open_tickets, config.channel_name_template) == (3, "help-{username}-{number}")


async def test_two_admins_adding_questions_at_once_keep_both(harness):
    world, *_ = await typed_world(harness)
    dana = await _second_admin(harness, world)
    replies = await asyncio.gather(
        command(harness, world, world.owner, "type question-add", type="Billing", question="Invoice number?"),
        command(harness, world, dana, "type question-add", type="Billing", question="Which account?"),
    )
    assert all("saved" in reply.text for reply in replies), [r.text for r in replies]
    billing = next(t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Billing")
    assert sorted(q.label for q in billing.questions) == ["Invoice number?", "Which account?"]


async def test_two_api_keys_made_at_once_under_one_name_make_one(harness):
    world = await harness.world()
    await harness.setup(world)
    dana = await _second_admin(harness, world)
    replies = await asyncio.gather(
        command(harness, world, world.owner, "api-key create", name="ci"),
        command(harness, world, dana, "api-key create", name="CI"),
    )
    assert sum("already" in reply.text for reply in replies) == 1, [r.text for r in replies]
    assert len(await harness.database.list_api_keys(world.guild.id)) == 1
