"""Who may do what with a ticket, as designed, before and after the staff roles change.

Staff are members with a staff role (or Discord's Administrator permission, which shows them every
channel anyway); Manage Server makes a member an admin of the bot's settings, not staff. Whether a
member can see, write in or read a channel is what Discord's permission algorithm (in the emulator)
says; a command typed in a channel needs the member to see it first.
"""

from core.models import TicketStatus
from tests.emulator.state import Permissions

ACTIONS = [
    "open",
    "add",
    "remove",
    "close (command)",
    "close (button)",
    "/setup",
    "/config",
    "/panel",
    "view",
    "send",
    "read history",
    "read transcripts",
]
NO_TICKET_ACCESS = {action: False for action in ACTIONS} | {"open": True}
STAFF = NO_TICKET_ACCESS | {
    "add": True,
    "remove": True,
    "close (command)": True,
    "close (button)": True,
    "view": True,
    "send": True,
    "read history": True,
    "read transcripts": True,
}
DESIGN = {
    "bystander": NO_TICKET_ACCESS,
    "opener": NO_TICKET_ACCESS
    | {"close (command)": True, "close (button)": True, "view": True, "send": True, "read history": True},
    "added member": NO_TICKET_ACCESS | {"view": True, "send": True, "read history": True},
    "staff": STAFF,
    "Manage-Server admin": NO_TICKET_ACCESS | {"/setup": True, "/config": True, "/panel": True},
}


async def can(harness, world, member, action, channel, panel) -> bool:
    """Try ``action`` as ``member`` the way the Discord client would let them, and say whether it worked."""
    emulator = harness.emulator
    run = emulator.run_command
    if action == "view":
        return emulator.can_view(member, channel)
    if action == "send":
        return emulator.can_send(member, channel)
    if action == "read history":
        return world.guild.can(member, channel, Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY)
    if action == "read transcripts":
        return world.guild.can(member, world.log, Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY)
    if action == "open":
        reply = await (await emulator.click(member, panel)).answered()
        return "is open" in reply.text
    if action == "/setup":
        options = {"staff_role": world.current_staff_role, "category": world.category, "log_channel": world.log}
        return "set up" in (await (await run(member, world.lobby, "setup", **options)).answered()).text
    if action == "/config":
        return "Ticket settings" in (await (await run(member, world.lobby, "config show")).answered()).text
    if action == "/panel":
        return "posted" in (await (await run(member, world.lobby, "panel send")).answered()).text
    ticket_channel = await fresh_ticket(harness, world, panel) if action == "close (command)" else channel
    if not emulator.can_view(member, ticket_channel):
        return False
    if action in ("add", "remove"):
        # Start each try from the same state: carol out of the ticket for add, in it for remove.
        ticket = await harness.ticket_of_channel(channel)
        present = world.carol.id in {p.user_id for p in await harness.database.list_participants(ticket.id)}
        if present == (action == "add"):
            setup = "ticket remove" if present else "ticket add"
            await (await run(world.current_staff, channel, setup, member=world.carol)).answered()
        reply = await (await run(member, channel, f"ticket {action}", member=world.carol)).answered()
        return f"was {action}{'ed' if action == 'add' else 'd'}" in reply.text
    if action == "close (button)":
        return (
            await (await emulator.click(member, channel.history()[0], "ticket:close:")).answered()
        ).modal is not None
    reply = await (await run(member, ticket_channel, "ticket close")).answered()
    return "closed" in reply.text and "Only" not in reply.text


async def fresh_ticket(harness, world, panel):
    """A new ticket of the opener's, for a close that may succeed."""
    before = {t.id for t in await harness.database.list_tickets([TicketStatus.OPEN], world.guild.id)}
    await (await harness.emulator.click(world.alice, panel)).answered()
    new = [t for t in await harness.database.list_tickets([TicketStatus.OPEN], world.guild.id) if t.id not in before]
    return harness.emulator.channels[new[0].channel_id]


async def matrix(harness, world, members, panel, channel):
    return {
        who: {action: await can(harness, world, member, action, channel, panel) for action in ACTIONS}
        for who, member in members.items()
    }


def differences(actual, expected):
    return [
        f"{who} / {action}: is {actual[who][action]}, designed {expected[who][action]}"
        for who in expected
        for action in ACTIONS
        if actual[who][action] != expected[who][action]
    ]


async def test_permission_matrix_before_and_after_the_staff_roles_change(harness):
    emulator = harness.emulator
    world = await harness.world()
    admin_role = await emulator.add_role(world.guild, "Admins", Permissions.MANAGE_GUILD)
    admin = await emulator.add_member(world.guild, "manny", admin_role)
    world.current_staff_role, world.current_staff = world.staff_role, world.staff
    await harness.setup(world)
    await (await emulator.run_command(world.owner, world.lobby, "config max-tickets", limit=25)).answered()
    panel = await harness.panel(world)
    _, channel = await harness.open_ticket(world, world.alice, panel)
    await (await emulator.run_command(world.staff, channel, "ticket add", member=world.bob)).answered()
    members = {
        "bystander": world.carol,
        "opener": world.alice,
        "added member": world.bob,
        "staff": world.staff,
        "Manage-Server admin": admin,
    }
    before = await matrix(harness, world, members, panel, channel)
    assert not differences(before, DESIGN), "\n".join(differences(before, DESIGN))

    helpers = await emulator.add_role(world.guild, "Helpers")
    helper = await emulator.add_member(world.guild, "hal", helpers)
    world.log.overwrites[helpers.id] = type(world.log.overwrites[world.staff_role.id])(
        helpers.id, 0, allow=Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY
    )
    reply = await harness.setup(world, staff_role=helpers)
    assert "open tickets now use the new staff roles" in reply.text
    world.current_staff_role, world.current_staff = helpers, helper
    after = await matrix(harness, world, {**members, "staff": helper, "former staff": world.staff}, panel, channel)
    # The former staff member keeps what the server (not the bot) gives them: the log channel.
    designed = {**DESIGN, "former staff": NO_TICKET_ACCESS | {"read transcripts": True}}
    assert not differences(after, designed), "\n".join(differences(after, designed))
