"""Ticket types through the emulator: their own staff and places, panels with buttons or a menu, forms, limits."""

import asyncio
from datetime import UTC, datetime, timedelta

from core.models import TicketStatus
from core.rules.policy import ACTIVE
from tests.e2e.interruptions import cancelled_at, recover
from tests.emulator.state import ChannelType, Permissions


async def command(harness, world, member, command_name, /, **options):
    """Run a slash command in the lobby and wait for what the member is shown."""
    return await (await harness.emulator.run_command(member, world.lobby, command_name, **options)).answered()


async def typed_world(harness):
    """A set-up server with two types: Billing (own staff role and category) and Reports (the server's staff)."""
    world = await harness.world()
    await harness.setup(world)
    emulator = harness.emulator
    billing_role = await emulator.add_role(world.guild, "Billing team")
    billing_category = await emulator.create_channel(world.guild, "Billing", type=ChannelType.GUILD_CATEGORY)
    reply = await command(
        harness,
        world,
        world.owner,
        "type create",
        name="Billing",
        emoji="💳",
        description="Invoices and refunds",
        staff_role=billing_role,
        category=billing_category,
        naming="{type}-{number}",
        welcome="Hi {user}, this is {type} ticket {number} on {server}. {} stays.",
    )
    assert "created" in reply.text, reply.text
    reply = await command(harness, world, world.owner, "type create", name="Reports", emoji="🚩")
    assert "created" in reply.text, reply.text
    billing_staff = await emulator.add_member(world.guild, "bill", billing_role)
    return world, billing_role, billing_category, billing_staff


async def post_panel(harness, world, **options):
    reply = await command(harness, world, world.owner, "panel send", **options)
    assert "posted" in reply.text, reply.text
    return next(m for m in reversed(world.lobby.history()) if m.custom_ids)


async def test_each_type_has_its_own_staff_place_name_and_welcome(harness):
    world, _, billing_category, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    panel = await post_panel(harness, world, types="Billing, Reports")
    assert len(panel.custom_ids) == 2 and all(c.startswith("ticket:open:") for c in panel.custom_ids)
    billing_button, reports_button = panel.custom_ids

    reply = await (await emulator.click(world.alice, panel, billing_button)).answered()
    assert "is open" in reply.text, reply.text
    billing = await harness.ticket_of(world, world.alice)
    channel = emulator.channels[billing.channel_id]
    assert channel.parent_id == billing_category.id and channel.name == "billing-1"
    assert emulator.can_send(billing_staff, channel) and emulator.can_send(world.alice, channel)
    assert not emulator.can_view(world.staff, channel), "staff of another type must not see Billing tickets"
    assert not emulator.can_view(world.bob, channel)
    welcome = channel.history()[0]
    description = welcome.embeds[0]["description"]
    assert f"Hi <@{world.alice.id}>, this is Billing ticket #0001 on {world.guild.name}. {{}} stays." == description
    assert welcome.embeds[0]["title"] == "Billing · Ticket #0001"

    reply = await (await emulator.click(world.bob, panel, reports_button)).answered()
    assert "is open" in reply.text, reply.text
    reports = emulator.channels[(await harness.ticket_of(world, world.bob)).channel_id]
    assert reports.parent_id == world.category.id
    assert emulator.can_view(world.staff, reports) and not emulator.can_view(billing_staff, reports)

    refused = await (await emulator.run_command(world.staff, channel, "ticket close")).answered()
    assert "Only the member who opened this ticket, or staff" in refused.text, refused.text
    closed = await (await emulator.run_command(billing_staff, channel, "ticket close", reason="paid")).answered()
    assert "closed" in closed.text, closed.text
    await harness.until_status(billing.id, TicketStatus.CLOSED)


async def test_a_select_panel_asks_the_form_and_keeps_the_answers(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    for question in (
        {"question": "Order number", "placeholder": "#1234", "min_length": 2, "max_length": 20},
        {"question": "What happened?", "style": "paragraph", "required": False},
        {"question": "Plan", "style": "choice", "choices": "Free, Pro 🌟, Team"},
    ):
        reply = await command(harness, world, world.owner, "type question-add", type="billing", **question)
        assert "saved" in reply.text, reply.text
    panel = await post_panel(harness, world, types="Billing,Reports", style="select", button_label="Pick a topic")
    [select_id] = panel.custom_ids
    menu = panel.components[0]["components"][0]
    assert [o["label"] for o in menu["options"]] == ["Billing", "Reports"] and menu["placeholder"] == "Pick a topic"

    shown = await (await emulator.choose(world.alice, panel, select_id, menu["options"][0]["value"])).answered()
    assert shown.modal is not None and shown.ack_latency < 3
    assert [c["label"] for c in shown.modal["components"]] == ["Order number", "What happened?", "Plan"]
    order = shown.modal["components"][0]["component"]
    assert (order["min_length"], order["max_length"], order["placeholder"]) == (2, 20, "#1234")
    reply = await (await emulator.fill_modal(shown, {"q0": "#42 <@&1> @everyone", "q2": "Pro 🌟"})).answered()
    assert "is open" in reply.text, reply.text

    ticket = await harness.ticket_of(world, world.alice)
    assert ticket.answers == (("Order number", "#42 <@&1> @everyone"), ("Plan", "Pro 🌟"))
    welcome = emulator.channels[ticket.channel_id].history()[0]
    fields = {f["name"]: f["value"] for f in welcome.embeds[0]["fields"]}
    assert fields["Order number"] == "#42 <@&1> @everyone" and fields["Plan"] == "Pro 🌟"
    assert welcome.pinged_user_ids == {world.alice.id} and not welcome.pinged_role_ids and not welcome.pinged_everyone

    closed = await (
        await emulator.run_command(world.alice, emulator.channels[ticket.channel_id], "ticket close")
    ).answered()
    assert "closed" in closed.text, closed.text
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    transcript = await harness.database.get_transcript(ticket.id)
    assert "Order number" in transcript.text.decode() and "Pro 🌟" in transcript.text.decode()


async def test_a_form_offered_right_after_a_restart(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    await command(harness, world, world.owner, "type question-add", type="Reports", question="Who?")
    panel = await post_panel(harness, world, types="Reports")
    await harness.stop_bot()
    await harness.start_bot()
    await harness.eventually(lambda: world.guild.id in {g.id for g in harness.bot.guilds}, "the bot to see the guild")

    prompt = await (await emulator.click(world.alice, panel)).answered()
    assert "start with a few questions" in prompt.text and prompt.ephemeral
    shown = await (await emulator.click(world.alice, prompt.messages[0], prompt.messages[0].custom_ids[0])).answered()
    assert shown.modal is not None
    reply = await (await emulator.fill_modal(shown, {"q0": "a cheater"})).answered()
    assert "is open" in reply.text, reply.text
    assert (await harness.ticket_of(world, world.alice)).answers == (("Who?", "a cheater"),)


async def test_per_type_and_server_limits_hold_under_quick_clicks(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    await command(harness, world, world.owner, "type edit", type="Billing", max_open=1)
    await command(harness, world, world.owner, "config max-tickets", limit=2)
    panel = await post_panel(harness, world, types="Billing, Reports")
    billing_button, reports_button = panel.custom_ids

    clicks = [await emulator.click(world.alice, panel, billing_button) for _ in range(6)]
    replies = await asyncio.gather(*(c.answered() for c in clicks))
    assert sum("is open" in r.text for r in replies) == 1
    assert sum("You already have 1 open Billing ticket." in r.text for r in replies) == 5, [r.text for r in replies]

    clicks = [await emulator.click(world.alice, panel, reports_button) for _ in range(4)]
    replies = await asyncio.gather(*(c.answered() for c in clicks))
    assert sum("is open" in r.text for r in replies) == 1
    assert sum("You already have 2 open tickets" in r.text for r in replies) == 3, [r.text for r in replies]
    tickets = [t for t in await harness.database.list_tickets(ACTIVE, world.guild.id) if t.opener_id == world.alice.id]
    assert len(tickets) == 2 and len(harness.ticket_channels(world)) == 1


async def test_required_roles_and_cooldown(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    vip = await emulator.add_role(world.guild, "VIP")
    vip_member = await emulator.add_member(world.guild, "vera", vip)
    await command(harness, world, world.owner, "type edit", type="Reports", required_role=vip, cooldown_minutes=10)
    panel = await post_panel(harness, world, types="Reports")

    refused = await (await emulator.click(world.alice, panel)).answered()
    assert f"Only members with <@&{vip.id}> can open Reports tickets." in refused.text and refused.ephemeral
    assert not harness.ticket_channels(world)

    first = await (await emulator.click(vip_member, panel)).answered()
    assert "is open" in first.text
    ticket = await harness.ticket_of(world, vip_member)
    channel = emulator.channels[ticket.channel_id]
    await (await emulator.run_command(vip_member, channel, "ticket close")).answered()
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    again = await (await emulator.click(vip_member, panel)).answered()
    assert "You opened a Reports ticket a moment ago. You can open another <t:" in again.text, again.text

    staff = await (await emulator.click(world.staff, panel)).answered()
    assert "is open" in staff.text, "staff may open any type, whatever its roles and cooldown"


async def test_ticket_open_offers_the_types_a_member_may_open(harness):
    world, _, _, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    vip = await emulator.add_role(world.guild, "VIP")
    await command(harness, world, world.owner, "type edit", type="Billing", required_role=vip)
    choices = await emulator.autocomplete(world.alice, world.lobby, "ticket open", "type", "")
    assert [c["name"] for c in choices] == ["Support", "Reports"]
    choices = await emulator.autocomplete(world.staff, world.lobby, "ticket open", "type", "b")
    assert choices == [], "the server's staff are not Billing's staff, so they need its role too"
    choices = await emulator.autocomplete(billing_staff, world.lobby, "ticket open", "type", "b")
    assert [c["name"] for c in choices] == ["Billing"]

    reply = await command(harness, world, world.alice, "ticket open", type="reports", reason="spam bot")
    assert "is open" in reply.text, reply.text
    ticket = await harness.ticket_of(world, world.alice)
    types = await harness.database.list_ticket_types(world.guild.id)
    assert ticket.type_id == next(t.id for t in types if t.name == "Reports") and ticket.reason == "spam bot"
    unknown = await command(harness, world, world.bob, "ticket open", type="Nope")
    assert "There is no ticket type named “Nope”" in unknown.text


async def test_type_commands_name_what_to_fix(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    cases = {
        "There is already a ticket type named “billing”": {"name": "billing"},
        "uses {ticket}, which is not a placeholder": {"name": "X", "welcome": "Hi {ticket}"},
        "may only use {number}, {username} and {type}": {"name": "X", "naming": "t-{user}"},
        "The emoji must be one emoji": {"name": "X", "emoji": "smile"},
    }
    for expected, options in cases.items():
        reply = await command(harness, world, world.owner, "type create", **options)
        assert expected in reply.text and reply.ephemeral, (expected, reply.text)
    managed = emulator.create_role(world.guild, "Booster", managed=True)
    reply = await command(harness, world, world.owner, "type edit", type="Billing", staff_role=managed)
    assert "managed by an integration" in reply.text
    reply = await command(harness, world, world.alice, "type create", name="Mine")
    assert "Manage Server" in reply.text
    for number in range(5):
        await command(harness, world, world.owner, "type question-add", type="Reports", question=f"Q{number}")
    reply = await command(harness, world, world.owner, "type question-add", type="Reports", question="Q6")
    assert "at most 5 questions" in reply.text
    reply = await command(
        harness, world, world.owner, "type question-add", type="Billing", question="Pick", style="choice"
    )
    assert "needs 1 to 25 choices" in reply.text

    panel = await post_panel(harness, world, types="Billing")
    await (await emulator.click(world.alice, panel)).answered()
    reply = await command(harness, world, world.owner, "type delete", type="Billing")
    assert "still open (#0001)" in reply.text
    reply = await command(harness, world, world.owner, "type delete", type="Reports")
    assert "deleted" in reply.text
    listed = await command(harness, world, world.owner, "type list")
    assert "Billing" in listed.text and "Reports" not in listed.text
    log = await harness.eventually(
        lambda: [e for m in world.log.history() for e in m.embeds if e["author"]["name"] == "Ticket type changed"],
        "the audit post of a type change",
    )
    assert log[0]["description"].startswith(
        "Ticket type “Reports” changed: questions: none → 1. “Q0” (short, required)"
    )


async def test_a_full_category_overflows_and_both_full_make_a_numbered_one(harness):
    world = await harness.world()
    emulator = harness.emulator
    overflow = await emulator.create_channel(world.guild, "Tickets 2", type=ChannelType.GUILD_CATEGORY)
    await harness.setup(world, overflow_category=overflow)
    for n in range(49):
        await emulator.create_channel(world.guild, f"old-{n}", parent=world.category)
    panel = await harness.panel(world)
    _, first = await harness.open_ticket(world, world.alice, panel)
    assert first.parent_id == world.category.id
    _, second = await harness.open_ticket(world, world.bob, panel)
    assert second.parent_id == overflow.id and emulator.can_view(world.staff, second)
    assert not emulator.can_view(world.alice, second)
    ticket = await harness.ticket_of(world, world.bob)
    await (await emulator.run_command(world.bob, second, "ticket close")).answered()
    await harness.until_status(ticket.id, TicketStatus.CLOSED)

    for n in range(50):
        await emulator.create_channel(world.guild, f"spill-{n}", parent=overflow)
    _, third = await harness.open_ticket(world, world.carol, panel)
    [numbered] = [c for c in world.guild.channels.values() if c.name == "Tickets 3"]
    assert third.parent_id == numbered.id and emulator.can_view(world.staff, third)
    assert not emulator.can_view(world.alice, third)


async def test_the_blacklist_turns_members_and_roles_away_but_never_staff(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    muted = await emulator.add_role(world.guild, "Muted")
    dave = await emulator.add_member(world.guild, "dave", muted)
    for target in (world.alice, muted, world.staff):
        reply = await command(harness, world, world.owner, "blacklist add", target=target)
        assert "can no longer open tickets" in reply.text, reply.text
    panel = await post_panel(harness, world, types="Reports")
    for member in (world.alice, dave):
        refused = await (await emulator.click(member, panel)).answered()
        assert "You cannot open tickets on this server" in refused.text and refused.ephemeral
        refused = await command(harness, world, member, "ticket open", type="Reports")
        assert "You cannot open tickets on this server" in refused.text
    assert "is open" in (await (await emulator.click(world.staff, panel)).answered()).text
    listed = await command(harness, world, world.owner, "blacklist list")
    assert f"<@{world.alice.id}>" in listed.text and f"<@&{muted.id}>" in listed.text

    await command(harness, world, world.owner, "blacklist remove", target=world.alice)
    assert "is open" in (await (await emulator.click(world.alice, panel)).answered()).text
    again = await command(harness, world, world.owner, "blacklist remove", target=world.alice)
    assert "is not on the blacklist" in again.text
    assert (
        "@everyone cannot be blacklisted"
        in (await command(harness, world, world.owner, "blacklist add", target=world.guild.everyone)).text
    )


async def test_opening_hours_with_a_clock_that_says_saturday(harness):
    now = [datetime(2026, 11, 28, 12, 0, tzinfo=UTC)]  # a Saturday
    await harness.stop_bot()
    await harness.start_bot(clock=lambda: now[0])
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    night_owls = await emulator.add_role(world.guild, "Night owls")
    owl = await emulator.add_member(world.guild, "owl", night_owls)
    reply = await command(harness, world, world.owner, "type edit", type="Reports", hours="Mon-Fri 09:00-17:00")
    assert "saved" in reply.text
    reply = await command(harness, world, world.owner, "type edit", type="Reports", timezone="Mars/Base")
    assert "“Mars/Base” is not a time zone" in reply.text
    zones = await emulator.autocomplete(world.owner, world.lobby, "type edit", "timezone", "berl", type="Reports")
    assert [z["value"] for z in zones] == ["Europe/Berlin"]
    await command(
        harness, world, world.owner, "type edit", type="Reports", timezone="Europe/Berlin", bypass_role=night_owls
    )
    panel = await post_panel(harness, world, types="Reports")

    refused = await (await emulator.click(world.alice, panel)).answered()
    monday_nine_berlin = int(datetime(2026, 11, 30, 8, 0, tzinfo=UTC).timestamp())
    assert "Reports tickets are answered Mon-Fri 09:00-17:00 (Europe/Berlin)" in refused.text
    assert f"They are back <t:{monday_nine_berlin}:R>." in refused.text
    assert "is open" in (await (await emulator.click(owl, panel)).answered()).text
    assert "is open" in (await (await emulator.click(world.staff, panel)).answered()).text

    now[0] = datetime(2026, 11, 30, 8, 30, tzinfo=UTC)  # Monday 09:30 in Berlin
    assert "is open" in (await (await emulator.click(world.alice, panel)).answered()).text


async def test_a_form_with_every_kind_of_input_and_files(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    questions = [
        {"question": "Severity", "style": "radio", "choices": "Low, High"},
        {"question": "Platforms", "style": "checkboxes", "choices": "PC, Mobile, Console", "required": False},
        {"question": "Who broke the rules?", "style": "member"},
        {"question": "Which role is affected?", "style": "role", "required": False},
        {"question": "Screenshots", "style": "file"},
    ]
    for question in questions:
        reply = await command(harness, world, world.owner, "type question-add", type="Reports", **question)
        assert "saved" in reply.text, reply.text
    reply = await command(
        harness, world, world.owner, "type question-add", type="Billing", question="x", style="radio", choices="Only"
    )
    assert "needs 2 to 10 choices" in reply.text
    panel = await post_panel(harness, world, types="Reports")

    shown = await (await emulator.click(world.alice, panel)).answered()
    kinds = [c["component"]["type"] for c in shown.modal["components"]]
    assert kinds == [21, 22, 5, 6, 19]
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    submitted = await emulator.fill_modal(
        shown,
        {
            "q0": "High",
            "q1": ["PC", "Console"],
            "q2": [world.bob],
            "q4": [("proof.png", png), ("log.txt", "é\n".encode())],
        },
    )
    reply = await submitted.answered()
    assert "is open" in reply.text, reply.text
    ticket = await harness.ticket_of(world, world.alice)
    assert ticket.answers == (
        ("Severity", "High"),
        ("Platforms", "PC, Console"),
        ("Who broke the rules?", f"<@{world.bob.id}>"),
        ("Screenshots", "proof.png, log.txt"),
    )
    welcome = emulator.channels[ticket.channel_id].history()[0]
    assert [(a.filename, a.data) for a in welcome.attachments] == [("proof.png", png), ("log.txt", "é\n".encode())]
    assert welcome.pinged_user_ids == {world.alice.id}, "a member named in a form is not pinged"


async def test_welcome_messages_are_written_in_a_form_that_holds_several_lines(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    await emulator.autocomplete(world.owner, world.lobby, "type welcome", "type", "rep")
    shown = await (await emulator.run_command(world.owner, world.lobby, "type welcome", type="Reports")).answered()
    [label] = shown.modal["components"]
    assert label["component"]["type"] == 4 and label["component"].get("value") in (None, "")
    text = "Hello {user}!\n\nTell us who, when and where.\n— The {type} team of {server}"
    saved = await (await emulator.fill_modal(shown, {"welcome": text})).answered()
    assert "The welcome message of Reports is saved." in saved.text, saved.text
    [reports] = [t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Reports"]
    assert reports.welcome_message == text

    shown = await (await emulator.run_command(world.owner, world.lobby, "type welcome", type="Reports")).answered()
    assert shown.modal["components"][0]["component"]["value"] == text, "the form starts from the current text"
    refused = await (await emulator.fill_modal(shown, {"welcome": "Hi {nickname}"})).answered()
    assert "uses {nickname}, which is not a placeholder" in refused.text

    shown = await (await emulator.run_command(world.owner, world.lobby, "config welcome")).answered()
    current = shown.modal["components"][0]["component"]["value"]
    assert current.startswith("Thanks for reaching out")
    await (await emulator.fill_modal(shown, {"welcome": current})).answered()
    config = await harness.database.get_guild_config(world.guild.id)
    assert config.welcome_message == "", "the default sent back unchanged stays the default, in every language"
    shown = await (await emulator.run_command(world.owner, world.lobby, "config welcome")).answered()
    saved = await (await emulator.fill_modal(shown, {"welcome": "Line one\nLine two"})).answered()
    assert "The server's welcome message is saved." in saved.text
    assert (await harness.database.get_guild_config(world.guild.id)).welcome_message == "Line one\nLine two"


async def test_an_open_with_a_form_costs_one_request_more_than_without(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    await command(harness, world, world.owner, "type question-add", type="Reports", question="What happened?")
    panel = await post_panel(harness, world, types="Reports")
    before = len(emulator.requests)
    shown = await (await emulator.click(world.alice, panel)).answered()
    reply = await (await emulator.fill_modal(shown, {"q0": "spam"})).answered()
    assert "is open" in reply.text
    answered = next(
        n for n, r in enumerate(emulator.requests) if n >= before and r.route.startswith("PATCH /webhooks/")
    )
    assert [r.route for r in emulator.requests[before : answered + 1]] == [
        "POST /interactions/{interaction_id}/{interaction_token}/callback",  # the form
        "POST /interactions/{interaction_id}/{interaction_token}/callback",  # its submission, acknowledged
        "POST /guilds/{guild_id}/channels",
        "POST /channels/{channel_id}/messages",
        "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
    ]


async def test_ping_roles_are_pinged_on_open_when_discord_lets_the_bot(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    responders = await emulator.add_role(world.guild, "Responders", mentionable=True)
    reply = await command(harness, world, world.owner, "type edit", type="Reports", ping_role=responders)
    assert "saved" in reply.text, reply.text
    panel = await post_panel(harness, world, types="Reports")
    _, channel = await harness.open_ticket(world, world.alice, panel)
    welcome = channel.history()[0]
    assert welcome.pinged_role_ids == {responders.id} and welcome.pinged_user_ids == {world.alice.id}

    [bot_role] = [r for r in world.guild.roles.values() if r.name == "TicketBot"]
    await emulator.update_role(bot_role, permissions=bot_role.permissions & ~Permissions.MENTION_EVERYONE)
    me = harness.bot.get_guild(world.guild.id).me
    await harness.eventually(lambda: not me.guild_permissions.mention_everyone, "the bot to lose Mention Everyone")
    silent = await emulator.add_role(world.guild, "Quiet")
    reply = await command(harness, world, world.owner, "type edit", type="Reports", ping_role=silent)
    assert f"I could not ping <@&{silent.id}>: it is not mentionable" in reply.text, reply.text
    await emulator.update_role(silent, mentionable=True)
    await harness.eventually(
        lambda: harness.bot.get_guild(world.guild.id).get_role(silent.id).mentionable, "the update"
    )
    reply = await command(harness, world, world.owner, "type edit", type="Reports", ping_role=silent)
    assert "saved" in reply.text, reply.text


async def test_the_longest_answers_fit_the_welcome_and_are_kept_whole(harness):
    world, *_ = await typed_world(harness)
    emulator = harness.emulator
    await command(harness, world, world.owner, "type welcome", type="Reports", message="W" * 1500)
    for n in range(5):
        question = {"question": f"Long answer {n}", "style": "paragraph", "max_length": 4000}
        assert (
            "saved"
            in (await command(harness, world, world.owner, "type question-add", type="Reports", **question)).text
        )
    panel = await post_panel(harness, world, types="Reports")
    shown = await (await emulator.click(world.alice, panel)).answered()
    reply = await (await emulator.fill_modal(shown, {f"q{n}": f"{n}" * 4000 for n in range(5)})).answered()
    assert "is open" in reply.text, reply.text
    ticket = await harness.ticket_of(world, world.alice)
    assert [len(answer) for _, answer in ticket.answers] == [4000] * 5
    fields = emulator.channels[ticket.channel_id].history()[0].embeds[0]["fields"]
    assert all(f["value"].endswith("…") for f in fields if f["name"].startswith("Long answer"))
    channel = emulator.channels[ticket.channel_id]
    await (await emulator.run_command(world.alice, channel, "ticket close")).answered()
    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    transcript = (await harness.database.get_transcript(ticket.id)).text.decode()
    assert all(f"Long answer {n}: {str(n) * 4000}" in transcript for n in range(5))


async def test_new_staff_of_a_type_take_over_its_open_tickets(harness):
    world, billing_role, _, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    panel = await post_panel(harness, world, types="Billing, Reports")
    assert "is open" in (await (await emulator.click(world.alice, panel, panel.custom_ids[0])).answered()).text
    billing = emulator.channels[(await harness.ticket_of(world, world.alice)).channel_id]
    reports_reply = await (await emulator.click(world.bob, panel, panel.custom_ids[1])).answered()
    assert "is open" in reports_reply.text
    reports = emulator.channels[(await harness.ticket_of(world, world.bob)).channel_id]
    accounts = await emulator.add_role(world.guild, "Accounts")
    clerk = await emulator.add_member(world.guild, "clerk", accounts)
    reply = await command(harness, world, world.owner, "type edit", type="Billing", staff_role=accounts)
    assert "saved" in reply.text, reply.text
    assert emulator.can_send(clerk, billing) and not emulator.can_view(billing_staff, billing)
    assert emulator.can_view(world.staff, reports) and not emulator.can_view(clerk, reports), "other types untouched"
    assert billing_role.id not in billing.overwrites


async def test_new_staff_of_a_type_interrupted_before_discord_take_over_after_recovery(harness):
    world, billing_role, _, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    _, billing = await harness.open_ticket(world, world.alice, await post_panel(harness, world, types="Billing"))
    accounts = await emulator.add_role(world.guild, "Accounts")
    clerk = await emulator.add_member(world.guild, "clerk", accounts)
    await cancelled_at(
        harness,
        "PATCH /channels/{channel_id}",
        world.guild.id,
        lambda: emulator.run_command(world.owner, world.lobby, "type edit", type="Billing", staff_role=accounts),
    )
    stored = next(t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Billing")
    assert list(stored.staff_role_ids) == [accounts.id]
    await recover(harness)
    assert emulator.can_send(clerk, billing) and not emulator.can_view(billing_staff, billing)
    assert billing_role.id not in billing.overwrites


async def test_an_open_from_a_form_interrupted_after_its_channel_is_finished_in_its_type(harness):
    world, _, billing_category, billing_staff = await typed_world(harness)
    emulator = harness.emulator
    await command(harness, world, world.owner, "type question-add", type="Billing", question="Order number")
    panel = await post_panel(harness, world, types="Billing")
    shown = await (await emulator.click(world.alice, panel)).answered()
    fired = asyncio.Event()

    def cancel_handler() -> None:
        for task in asyncio.all_tasks():
            if task.get_name().startswith("discord.py: on_interaction"):
                task.cancel()
        fired.set()

    emulator.after("POST /guilds/{guild_id}/channels", cancel_handler, scope=world.guild.id)
    await emulator.fill_modal(shown, {"q0": "#42"})
    await asyncio.wait_for(fired.wait(), 20)
    [pending] = await harness.database.list_tickets([TicketStatus.PENDING], world.guild.id)
    await harness.bot.scheduler.sweep(now=datetime.now(UTC) + timedelta(minutes=1))
    ticket = await harness.until_status(pending.id, TicketStatus.OPEN)
    channel = emulator.channels[ticket.channel_id]
    assert channel.parent_id == billing_category.id and emulator.can_send(billing_staff, channel)
    assert not emulator.can_view(world.staff, channel)
    [welcome] = [m for m in channel.history() if m.embeds]
    assert {"name": "Order number", "value": "#42", "inline": False} in welcome.embeds[0]["fields"]
    assert welcome.embeds[0]["title"] == "Billing · Ticket #0001"
