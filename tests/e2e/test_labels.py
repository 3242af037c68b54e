"""Labels through the emulator: admins define them, a ticket's staff put them on, the API finds tickets by them."""

from tests.e2e.test_api import _call, _key
from tests.e2e.test_viewer import _viewer_bot


async def run(harness, member, channel, name, /, **options):
    return await (await harness.emulator.run_command(member, channel, name, **options)).answered()


async def test_admins_define_labels_staff_put_them_on_and_the_api_finds_them(harness):
    base = await _viewer_bot(harness)
    world = await harness.world()
    await harness.setup(world)
    _, channel = await harness.open_ticket(world, world.alice, await harness.panel(world))
    for name in ("Bug 🐛", "refund"):
        made = await run(harness, world.owner, world.lobby, "label create", name=name)
        assert "created" in made.text, made.text
    taken = await run(harness, world.owner, world.lobby, "label create", name="BUG 🐛")
    assert "There is already a label named" in taken.text
    not_admin = await run(harness, world.staff, world.lobby, "label create", name="vip")
    assert not_admin.ephemeral and "vip" not in [x.name for x in await harness.database.list_labels(world.guild.id)]

    offered = await harness.emulator.autocomplete(world.staff, channel, "ticket label add", "name", "bu")
    assert [c["value"] for c in offered] == ["Bug 🐛"]
    put = await run(harness, world.staff, channel, "ticket label add", name="bug 🐛")
    assert put.ephemeral and "now has the label **Bug 🐛**" in put.text, put.text
    again = await run(harness, world.staff, channel, "ticket label add", name="Bug 🐛")
    assert "already has the label" in again.text
    refused = await run(harness, world.alice, channel, "ticket label add", name="refund")
    assert "Only staff can label tickets." in refused.text
    await run(harness, world.staff, channel, "ticket label add", name="refund")

    key = await _key(harness, world)
    status, body, _ = await _call(base, "/api/v1/tickets?label=REFUND", key)
    assert status == 200 and [t["labels"] for t in body["tickets"]] == [["Bug 🐛", "refund"]]
    status, body, _ = await _call(base, "/api/v1/tickets?label=vip", key)
    assert status == 400 and "There is no such label." in str(body)

    off = await run(harness, world.staff, channel, "ticket label remove", name="refund")
    assert "no longer has the label" in off.text
    gone = await run(harness, world.owner, world.lobby, "label delete", name="bug 🐛")
    assert "taken off every ticket" in gone.text
    ticket = await harness.ticket_of_channel(channel)
    assert await harness.database.ticket_labels([ticket.id]) == {}
    listed = await run(harness, world.owner, world.lobby, "label list")
    assert "refund" in listed.text and "Bug" not in listed.text
    actions = [e.action for e in await harness.database.list_audit_entries(world.guild.id, 30)]
    assert {"label_created", "label_added", "label_removed", "label_deleted"} <= set(actions)
