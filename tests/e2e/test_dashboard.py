"""The dashboard over real HTTP, with the real bot and the emulated Discord: who may use it, and that each
change is its slash command's twin (the same stored record, the same audit entry, marked "via the dashboard").
"""

import json
import re
from dataclasses import replace

from markupsafe import escape

import web.members
from core.models import QuestionStyle, utcnow
from tests.e2e.test_sharding import _limit_is, _type_named, seen_within
from tests.e2e.test_types import command
from tests.e2e.test_viewer import _browser, _sign_in, _viewer_bot
from tests.emulator.state import Permissions

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
PAGES = ("settings", "types", "types/new", "panels", "panels/new", "tags", "labels", "blacklist", "keys")


async def _admin_browser(harness, world, user=None):
    base = await _viewer_bot(harness)
    browser = _browser()
    status, _, _ = await _sign_in(harness, browser, base, (user or world.owner).user, "/")
    assert status == 200
    return base, browser


async def _csrf(browser, url):
    async with browser.get(url) as shown:
        assert shown.status == 200, await shown.text()
        return CSRF.search(await shown.text()).group(1)


async def _post(browser, base, path, data, page="settings"):
    """Post a dashboard form as its page would (with the page's token); return the status and the page."""
    token = await _csrf(browser, f"{base}/g/{page}")
    async with browser.post(f"{base}{path}", data={"csrf": token, **data}, allow_redirects=True) as answer:
        return answer.status, await answer.text()


def _details(entry):
    """Return an audit entry's details as stored: the key and its parameters."""
    return json.loads(entry.details)


def _unmarked(entry):
    """Return a dashboard entry's details without its "via the dashboard" mark, as the command's would be."""
    stored = _details(entry)
    assert stored["key"] == "audit-detail-via-dashboard", stored
    return stored["params"]["details"]


async def test_only_people_who_manage_the_server_reach_its_dashboard(harness, monkeypatch):
    world = await harness.world()
    await harness.setup(world)
    base, browser = await _admin_browser(harness, world)
    async with browser:
        for path in PAGES:
            async with browser.get(f"{base}/g/{world.guild.id}/{path}") as shown:
                assert shown.status == 200, (path, await shown.text())
    # A member, and staff without Manage Server, are refused every page and every change.
    for member in (world.alice, world.staff):
        base, browser = await _admin_browser(harness, world, member)
        async with browser:
            for path in PAGES:
                async with browser.get(f"{base}/g/{world.guild.id}/{path}") as refused:
                    assert refused.status == 404, path
            async with browser.post(f"{base}/g/{world.guild.id}/settings", data={"max_open_tickets": "9"}) as posted:
                assert posted.status == 404
    # Someone who loses Manage Server loses the dashboard once the minute's answer expires.
    managers = await harness.emulator.add_role(world.guild, "Managers", Permissions.MANAGE_GUILD)
    world.carol.role_ids.append(managers.id)
    base, browser = await _admin_browser(harness, world, world.carol)
    async with browser:
        async with browser.get(f"{base}/g/{world.guild.id}/settings") as shown:
            assert shown.status == 200
        world.carol.role_ids.remove(managers.id)
        monkeypatch.setattr(web.members, "CACHE_SECONDS", 0.0)
        async with browser.get(f"{base}/g/{world.guild.id}/settings") as refused:
            assert refused.status == 404
    assert (await harness.database.get_guild_config(world.guild.id)).max_open_tickets == 1


async def test_a_change_without_the_sites_token_or_from_another_site_is_refused(harness):
    world = await harness.world()
    await harness.setup(world)
    base, browser = await _admin_browser(harness, world)
    settings = f"{base}/g/{world.guild.id}/settings"
    async with browser:
        token = await _csrf(browser, settings)
        async with browser.post(settings, data={"max_open_tickets": "9"}) as no_token:
            assert no_token.status == 403
        async with browser.post(settings, data={"csrf": "forged", "max_open_tickets": "9"}) as wrong_token:
            assert wrong_token.status == 403
        elsewhere = {"Origin": "https://evil.example"}
        async with browser.post(settings, data={"csrf": token, "max_open_tickets": "9"}, headers=elsewhere) as foreign:
            assert foreign.status == 403
        cross = {"Sec-Fetch-Site": "cross-site"}
        async with browser.post(settings, data={"csrf": token, "max_open_tickets": "9"}, headers=cross) as foreign:
            assert foreign.status == 403
    assert (await harness.database.get_guild_config(world.guild.id)).max_open_tickets == 1


async def test_another_servers_types_and_panels_are_not_found_by_guessing_their_ids(harness):
    world = await harness.world()
    await harness.setup(world)
    other = await harness.world("Other Server")
    await harness.setup(other)
    await harness.panel(other)
    theirs_type = (await harness.database.list_ticket_types(other.guild.id))[0]
    theirs_panel = (await harness.database.list_panels(other.guild.id))[0]
    base, browser = await _admin_browser(harness, world)
    mine = f"{base}/g/{world.guild.id}"
    async with browser:
        token = await _csrf(browser, f"{mine}/settings")
        for path in (f"/types/{theirs_type.id}", f"/panels/{theirs_panel.id}"):
            async with browser.get(mine + path) as guessed:
                assert guessed.status == 404, path
            async with browser.post(mine + path + "/delete", data={"csrf": token}) as deleted:
                assert deleted.status == 404, path
        # The other server's own dashboard is not this owner's either.
        async with browser.get(f"{base}/g/{other.guild.id}/settings") as foreign:
            assert foreign.status == 404
    assert await harness.database.list_panels(other.guild.id)
    assert await harness.database.list_ticket_types(other.guild.id)


async def test_settings_saved_on_the_dashboard_are_the_commands_twin(harness):
    world = await harness.world()
    await harness.setup(world)
    await command(harness, world, world.owner, "config max-tickets", limit=3)
    await command(harness, world, world.owner, "config claim-mode", mode="claimer-only")
    by_command = await harness.database.get_guild_config(world.guild.id)
    command_entries = (await harness.database.list_audit_entries(world.guild.id, 2))[::-1]

    twin = await harness.world("Twin Server")
    await harness.setup(twin)
    base, browser = await _admin_browser(harness, twin)
    path = f"/g/{twin.guild.id}/settings"
    async with browser:
        shown = await _form_values(browser, f"{base}{path}")
        for change in ({"max_open_tickets": "3"}, {"claim_mode": "claimer-only"}):
            status, _ = await _post(browser, base, path, {**shown, **change}, page=f"{twin.guild.id}/settings")
            shown.update(change)
            assert status == 200
    by_dashboard = await harness.database.get_guild_config(twin.guild.id)
    dashboard_entries = (await harness.database.list_audit_entries(twin.guild.id, 2))[::-1]
    assert replace(
        by_dashboard,
        guild_id=0,
        updated_at=None,
        staff_role_ids=[],
        ticket_category_id=None,
        log_channel_id=None,
        archive_category_id=None,
    ) == replace(
        by_command,
        guild_id=0,
        updated_at=None,
        staff_role_ids=[],
        ticket_category_id=None,
        log_channel_id=None,
        archive_category_id=None,
    )
    assert [e.action for e in dashboard_entries] == [e.action for e in command_entries]
    assert [_unmarked(e) for e in dashboard_entries] == [_details(e) for e in command_entries]


async def test_out_of_range_or_unknown_values_are_refused_with_the_field_named_and_nothing_changes(harness):
    world = await harness.world()
    await harness.setup(world)
    base, browser = await _admin_browser(harness, world)
    path = f"/g/{world.guild.id}/settings"
    async with browser:
        shown = await _form_values(browser, f"{base}{path}")
        page = f"{world.guild.id}/settings"
        for bad, said in (
            ({"max_open_tickets": "26"}, "Open tickets per member: enter a number from 1 to 25."),
            ({"max_open_tickets": "NaN"}, "enter a number from 1 to 25"),
            ({"target_warning_percent": "40"}, "from 50 to 95"),
            ({"claim_mode": "everyone"}, "Claim mode: choose one of the options offered."),
            ({"channel_name_template": "x" * 91}, "at most 90 characters"),
            ({"channel_name_template": "{nonsense}"}, "{nonsense}"),
        ):
            status, text = await _post(browser, base, path, {**shown, **bad}, page=page)
            assert status == 400 and said in text, (bad, text[-2000:])
            ((field, typed),) = bad.items()
            if field != "claim_mode":  # a menu cannot show a choice it does not offer
                assert str(escape(typed)) in text, ("what was typed is kept", field)
        status, text = await _post(
            browser, base, f"/g/{world.guild.id}/setup", {"staff_role_ids": str(world.guild.id)}, page=page
        )
        assert status == 400
    config = await harness.database.get_guild_config(world.guild.id)
    assert config.max_open_tickets == 1 and config.channel_name_template == "ticket-{number:04d}"


async def test_a_type_with_a_three_question_form_is_the_twin_of_the_commands(harness):
    world = await harness.world()
    await harness.setup(world)
    team = await harness.emulator.add_role(world.guild, "Billing team")
    await command(
        harness, world, world.owner, "type create", name="Billing", emoji="💳", staff_role=team, cooldown_minutes=5
    )
    await command(
        harness, world, world.owner, "type question-add", type="Billing", question="Order number", placeholder="#1234"
    )
    await command(
        harness,
        world,
        world.owner,
        "type question-add",
        type="Billing",
        question="What happened?",
        style="paragraph",
        required=False,
        max_length=2000,
    )
    await command(
        harness,
        world,
        world.owner,
        "type question-add",
        type="Billing",
        question="Card or PayPal?",
        style="choice",
        choices="Card, PayPal",
    )
    by_command = next(t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Billing")
    created = (await harness.database.list_audit_entries(world.guild.id, 4))[-1]

    twin = await harness.world("Twin Server")
    await harness.setup(twin)
    twin_team = await harness.emulator.add_role(twin.guild, "Billing team")
    base, browser = await _admin_browser(harness, twin)
    new = f"/g/{twin.guild.id}/types/new"
    async with browser:
        form = await _form_values(browser, f"{base}{new}")
        form.update(name="Billing", emoji="💳", staff_role_ids=str(twin_team.id), cooldown_seconds="5")
        created_form = {k: v for k, v in form.items() if not k.startswith("q")}
        status, _ = await _post(browser, base, new, created_form, page=f"{twin.guild.id}/settings")
        assert status == 200
        stored = next(t for t in await harness.database.list_ticket_types(twin.guild.id) if t.name == "Billing")
        entry = (await harness.database.list_audit_entries(twin.guild.id, 1))[0]
        assert entry.action == created.action
        assert json.dumps(_unmarked(entry)).replace(str(twin_team.id), "R") == json.dumps(_details(created)).replace(
            str(team.id), "R"
        )
        # The form: three questions in the empty rows, the third typed first and moved last by its number.
        path = f"/g/{twin.guild.id}/types/{stored.id}"
        form = await _form_values(browser, f"{base}{path}")
        form.update(
            {
                "q0-label": "Card or PayPal?",
                "q0-style": "choice",
                "q0-choices": "Card, PayPal",
                "q0-position": "3",
                "q1-label": "Order number",
                "q1-placeholder": "#1234",
                "q1-position": "1",
                "q2-label": "What happened?",
                "q2-style": "paragraph",
                "q2-required": "no",
                "q2-max_length": "2000",
                "q2-position": "2",
            }
        )
        status, text = await _post(browser, base, path, form, page=f"{twin.guild.id}/settings")
        assert status == 200, text
    by_dashboard = next(t for t in await harness.database.list_ticket_types(twin.guild.id) if t.name == "Billing")
    assert [q.label for q in by_dashboard.questions] == ["Order number", "What happened?", "Card or PayPal?"]
    assert by_dashboard.questions == by_command.questions
    assert by_dashboard.questions[2].style is QuestionStyle.CHOICE
    ignored = dict(id=0, guild_id=0, created_at=None, staff_role_ids=())
    assert replace(by_dashboard, **ignored) == replace(by_command, **ignored)
    assert by_dashboard.staff_role_ids == (twin_team.id,)


async def test_a_panel_designed_on_the_dashboard_opens_tickets_with_its_form(harness):
    world = await harness.world()
    await harness.setup(world)
    await command(harness, world, world.owner, "type create", name="Billing")
    await command(harness, world, world.owner, "type question-add", type="Billing", question="Order number")
    billing = next(t for t in await harness.database.list_ticket_types(world.guild.id) if t.name == "Billing")
    base, browser = await _admin_browser(harness, world)
    new = f"/g/{world.guild.id}/panels/new"
    async with browser:
        form = await _form_values(browser, f"{base}{new}")
        form.update(channel_id=str(world.lobby.id), title="Need help?", type_ids=str(billing.id))
        status, text = await _post(browser, base, new, {**form, "preview": "yes"}, page=f"{world.guild.id}/settings")
        assert status == 200 and "Need help?" in text and "Billing" in text
        assert not await harness.database.list_panels(world.guild.id), "a preview posts nothing"
        status, text = await _post(browser, base, new, form, page=f"{world.guild.id}/settings")
        assert status == 200 and "Panel posted." in text, text
    panel = (await harness.database.list_panels(world.guild.id))[0]
    entry = (await harness.database.list_audit_entries(world.guild.id, 1))[0]
    assert entry.action == "panel_sent" and _unmarked(entry)["key"] == "audit-detail-panel-sent"
    posted = next(m for m in reversed(world.lobby.history()) if m.custom_ids)
    assert posted.id == panel.message_id and posted.embeds[0]["title"] == "Need help?"
    shown = await (await harness.emulator.click(world.alice, posted)).answered()
    assert [c["label"] for c in shown.modal["components"]] == ["Order number"]
    reply = await (await harness.emulator.fill_modal(shown, {"q0": "#42"})).answered()
    assert "is open" in reply.text, reply.text


async def _form_values(browser, url):
    """Return the values a dashboard form holds as shown (its inputs, selects and text areas), as a browser posts them."""
    async with browser.get(url) as shown:
        assert shown.status == 200, await shown.text()
        html = await shown.text()
    values = {}
    for tag in re.findall(r"<input [^>]*>", html):
        named, given = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
        if named and given and named.group(1) != "csrf" and ('type="checkbox"' not in tag or " checked" in tag):
            values[named.group(1)] = given.group(1)
    for name, body in re.findall(r'<select id="[^"]*" name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.findall(r'<option value="([^"]*)" selected', body)
        if chosen:
            values[name] = chosen[0]
    for name, body in re.findall(r'<textarea id="[^"]*" name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        values[name] = body
    return values


async def test_saved_replies_and_labels_made_on_the_dashboard_are_the_commands_twins(harness):
    world = await harness.world()
    await harness.setup(world)
    await command(harness, world, world.owner, "tag create", name="Refund", text="Hi {opener}, refunds take 5 days.")
    await command(harness, world, world.owner, "label create", name="bug")
    by_command = await harness.database.list_audit_entries(world.guild.id, 2)

    twin = await harness.world("Twin Server")
    await harness.setup(twin)
    base, browser = await _admin_browser(harness, twin)
    page = f"{twin.guild.id}/settings"
    async with browser:
        made = {"name": "Refund", "content": "Hi {opener}, refunds take 5 days."}
        status, _ = await _post(browser, base, f"/g/{twin.guild.id}/tags/new", made, page=page)
        assert status == 200
        status, _ = await _post(browser, base, f"/g/{twin.guild.id}/labels/new", {"name": "bug"}, page=page)
        assert status == 200
        status, text = await _post(browser, base, f"/g/{twin.guild.id}/labels/new", {"name": "BUG"}, page=page)
        assert status == 400 and "already" in text, "a name taken regardless of case is refused, as by the command"
        assert "**" not in text.split('role="alert"')[1].split("</p>")[0], "said without Discord's Markdown"
        [tag] = await harness.database.list_tags(twin.guild.id)
        status, _ = await _post(
            browser, base, f"/g/{twin.guild.id}/tags/{tag.id}", {**made, "content": "Five days."}, page=page
        )
        assert status == 200
    by_dashboard = (await harness.database.list_audit_entries(twin.guild.id, 3))[1:]
    assert [e.action for e in by_dashboard] == [e.action for e in by_command]
    assert [_unmarked(e) for e in by_dashboard] == [_details(e) for e in by_command]
    [changed] = await harness.database.list_tags(twin.guild.id)
    assert changed.content == "Five days." and changed.name == "Refund"
    assert [label.name for label in await harness.database.list_labels(twin.guild.id)] == ["bug"]


def _same_ids(entry, world):
    """Return an entry's stored details with the server's own ids named, to compare two servers' entries."""
    text = json.dumps(entry if isinstance(entry, dict) else _details(entry))
    for name, thing in (("staff", world.staff_role), ("category", world.category), ("log", world.log)):
        text = text.replace(str(thing.id), name)
    return text.replace(str(world.bob.id), "bob")


async def test_setup_the_blacklist_and_keys_on_the_dashboard_are_the_commands_twins(harness):
    world = await harness.world()
    await harness.setup(world)
    await command(harness, world, world.owner, "blacklist add", target=world.bob)
    await command(harness, world, world.owner, "blacklist remove", target=world.bob)
    await command(harness, world, world.owner, "api-key create", name="Zapier")
    await command(harness, world, world.owner, "api-key revoke", name="Zapier")
    by_command = (await harness.database.list_audit_entries(world.guild.id, 5))[::-1]

    twin = await harness.world("Twin Server")
    base, browser = await _admin_browser(harness, twin)
    server = f"/g/{twin.guild.id}"
    page = f"{twin.guild.id}/settings"
    async with browser:
        async with browser.get(f"{base}{server}/settings") as first:
            assert first.status == 200 and "Save the setup above first" in await first.text()
        chosen = {
            "staff_role_ids": str(twin.staff_role.id),
            "ticket_category_id": str(twin.category.id),
            "log_channel_id": str(twin.log.id),
            "close_action": "delete",
        }
        for path, data in (
            ("/setup", chosen),
            ("/blacklist/add", {"member": str(twin.bob.id)}),
            ("/blacklist/remove", {"id": str(twin.bob.id)}),
        ):
            status, text = await _post(browser, base, server + path, data, page=page)
            assert status == 200, (path, text[-1500:])
        status, text = await _post(browser, base, server + "/keys/create", {"name": "Zapier"}, page=page)
        assert status == 201 and "shown only this once" in text
        key = re.search(r'<p class="secret">([^<]+)</p>', text).group(1)
        assert key.startswith("tbk_")
        async with browser.get(f"{base}{server}/keys") as listed:
            assert key not in await listed.text(), "the key is shown once, never again"
        status, _ = await _post(browser, base, server + "/keys/revoke", {"name": "Zapier"}, page=page)
        assert status == 200
    by_dashboard = (await harness.database.list_audit_entries(twin.guild.id, 5))[::-1]
    assert [e.action for e in by_dashboard] == [e.action for e in by_command]
    assert [_same_ids(_unmarked(e), twin) for e in by_dashboard] == [_same_ids(e, world) for e in by_command]
    mine, theirs = [await harness.database.get_guild_config(g.guild.id) for g in (world, twin)]
    assert replace(
        theirs, guild_id=0, updated_at=None, staff_role_ids=[], ticket_category_id=None, log_channel_id=None
    ) == replace(mine, guild_id=0, updated_at=None, staff_role_ids=[], ticket_category_id=None, log_channel_id=None)


async def test_hostile_input_is_refused_or_shown_as_text_and_nothing_half_made(harness):
    world = await harness.world()
    await harness.setup(world)
    base, browser = await _admin_browser(harness, world)
    server = f"/g/{world.guild.id}"
    page = f"{world.guild.id}/settings"
    async with browser:
        blank = await _form_values(browser, f"{base}{server}/types/new")
        for bad in (
            {"name": "x" * 51},
            {"name": "Support"},
            {"name": "ok", "emoji": "not an emoji"},
            {"name": "ok", "hours": "whenever"},
            {"name": "ok", "timezone": "Mars/Olympus"},
            {"name": "ok", "staff_role_ids": "1"},
            {"name": "ok", "category_id": str(world.lobby.id)},
            {"name": "ok", "q0-label": "x" * 46},
            {"name": "ok", "q0-label": "Pick", "q0-style": "choice", "q0-choices": ", ".join(map(str, range(30)))},
            {"name": "ok", "q0-label": "Long", "q0-min_length": "50", "q0-max_length": "10"},
        ):
            status, text = await _post(browser, base, f"{server}/types/new", {**blank, **bad}, page=page)
            assert status == 400 and 'role="alert"' in text, bad
        assert [t.name for t in await harness.database.list_ticket_types(world.guild.id)] == ["Support"]
        form = await _form_values(browser, f"{base}{server}/panels/new")
        hostile = {"channel_id": str(world.lobby.id), "title": "<script>alert(1)</script> @everyone", "preview": "yes"}
        status, text = await _post(browser, base, f"{server}/panels/new", {**form, **hostile}, page=page)
        assert status == 200 and "<script>alert" not in text and "&lt;script&gt;" in text
        status, _ = await _post(browser, base, f"{server}/panels/new", {**form, **hostile, "preview": ""}, page=page)
        assert status == 200
        posted = next(m for m in reversed(world.lobby.history()) if m.custom_ids)
        assert not posted.pinged_everyone, "a title's @everyone pings nobody"


async def test_a_dashboard_change_reaches_another_process_on_the_same_database_within_seconds(harness):
    world = await harness.world()
    await harness.setup(world)
    base, browser = await _admin_browser(harness, world)
    server = f"/g/{world.guild.id}"
    async with harness.second_process(utcnow) as other, browser:
        elsewhere = other.guild_settings
        assert await _limit_is(elsewhere, world.guild.id, 1)
        shown = await _form_values(browser, f"{base}{server}/settings")
        status, _ = await _post(
            browser, base, f"{server}/settings", {**shown, "max_open_tickets": "7"}, page=server[3:] + "/settings"
        )
        assert status == 200
        await seen_within(3.0, "a setting", lambda: _limit_is(elsewhere, world.guild.id, 7))
        blank = await _form_values(browser, f"{base}{server}/types/new")
        status, _ = await _post(
            browser, base, f"{server}/types/new", {**blank, "name": "Billing"}, page=server[3:] + "/settings"
        )
        assert status == 200
        await seen_within(3.0, "a new type", lambda: _type_named(elsewhere, world.guild.id, "Billing"))


def _panel_record(panel):
    return replace(panel, id=0, guild_id=0, channel_id=0, message_id=0, created_at=None, created_by=0, type_ids=())


async def test_panels_posted_edited_and_deleted_on_the_dashboard_are_the_commands_twins(harness, monkeypatch):
    world = await harness.world()
    await harness.setup(world)
    await command(harness, world, world.owner, "panel send", title="Help", description="Ask us", style="select")
    [made] = await harness.database.list_panels(world.guild.id)
    await command(harness, world, world.owner, "panel edit", panel=made.id, title="Help desk")
    edited = await harness.database.get_panel(made.id)
    await command(harness, world, world.owner, "panel delete", panel=made.id)
    by_command = (await harness.database.list_audit_entries(world.guild.id, 3))[::-1]

    twin = await harness.world("Twin Server")
    await harness.setup(twin)
    base, browser = await _admin_browser(harness, twin)
    server = f"/g/{twin.guild.id}"
    page = f"{twin.guild.id}/settings"
    async with browser:
        form = await _form_values(browser, f"{base}{server}/panels/new")
        form.update(channel_id=str(twin.lobby.id), title="Help", description="Ask us", style="select")
        status, _ = await _post(browser, base, f"{server}/panels/new", form, page=page)
        assert status == 200
        [posted] = await harness.database.list_panels(twin.guild.id)
        assert _panel_record(posted) == _panel_record(made)
        form = await _form_values(browser, f"{base}{server}/panels/{posted.id}")
        status, _ = await _post(
            browser, base, f"{server}/panels/{posted.id}", {**form, "title": "Help desk"}, page=page
        )
        assert status == 200
        assert _panel_record(await harness.database.get_panel(posted.id)) == _panel_record(edited)
        # A panel whose message was deleted by hand is flagged on the list.
        message = next(m for m in twin.lobby.history() if m.id == posted.message_id)
        await harness.emulator.delete_message(message)
        monkeypatch.setattr("core.admin.panels.SEEN_SECONDS", 0.0)
        async with browser.get(f"{base}{server}/panels") as listed:
            assert "Message gone" in await listed.text()
        status, _ = await _post(browser, base, f"{server}/panels/{posted.id}/delete", {}, page=page)
        assert status == 200
    assert not await harness.database.list_panels(twin.guild.id)
    by_dashboard = (await harness.database.list_audit_entries(twin.guild.id, 3))[::-1]
    assert [e.action for e in by_dashboard] == [e.action for e in by_command]
    assert [_unmarked(e)["key"] for e in by_dashboard] == [_details(e)["key"] for e in by_command]
    edits = [_unmarked(by_dashboard[1]), _details(by_command[1])]
    for edit in edits:
        del edit["params"]["id"]  # each server's own panel
    assert edits[0] == edits[1], "the edit's before → after"


async def test_discord_refusing_a_panel_post_or_a_look_is_said_on_the_page_and_nothing_is_half_made(harness):
    world = await harness.world()
    await harness.setup(world)
    base, browser = await _admin_browser(harness, world)
    server = f"/g/{world.guild.id}"
    page = f"{world.guild.id}/settings"
    async with browser:
        form = await _form_values(browser, f"{base}{server}/panels/new")
        form.update(channel_id=str(world.lobby.id), title="Need help?")
        harness.emulator.fail("POST /channels/{channel_id}/messages", 403, code=50013)
        status, text = await _post(browser, base, f"{server}/panels/new", form, page=page)
        assert status == 400 and 'role="alert"' in text and "Need help?" in text, "refused, what was typed kept"
        assert not await harness.database.list_panels(world.guild.id), "no panel row without its message"
        status, _ = await _post(browser, base, f"{server}/panels/new", form, page=page)
        assert status == 200
        harness.emulator.fail("GET /channels/{channel_id}/messages/{message_id}", 403, code=50001)
        async with browser.get(f"{base}{server}/panels") as listed:
            assert listed.status == 200 and "Need help?" in await listed.text()


async def test_a_types_welcome_and_form_in_one_language_are_the_commands_twins(harness):
    world = await harness.world()
    await harness.setup(world)
    await command(harness, world, world.owner, "type welcome", type="Support", message="Hallo!", language="de")
    await command(harness, world, world.owner, "type question-add", type="Support", question="Wer?", language="de")
    [by_command] = await harness.database.list_ticket_types(world.guild.id)

    twin = await harness.world("Twin Server")
    await harness.setup(twin)
    [support] = await harness.database.list_ticket_types(twin.guild.id)
    base, browser = await _admin_browser(harness, twin)
    path = f"/g/{twin.guild.id}/types/{support.id}/language/de"
    async with browser:
        async with browser.get(f"{base}/g/{twin.guild.id}/types/{support.id}") as own:
            assert f'href="{path}"' in await own.text(), "the type's page leads to each language's welcome and form"
        form = await _form_values(browser, f"{base}{path}")
        assert "name" not in form and "staff_role_ids" not in form, "only the welcome and the form"
        form.update({"welcome_message": "Hallo!", "q0-label": "Wer?"})
        status, _ = await _post(browser, base, path, form, page=f"{twin.guild.id}/settings")
        assert status == 200
        async with browser.get(f"{base}/g/{twin.guild.id}/types/{support.id}/language/xx") as unknown:
            assert unknown.status == 404
    [by_dashboard] = await harness.database.list_ticket_types(twin.guild.id)
    assert by_dashboard.variants == by_command.variants
    assert by_dashboard.questions == () and by_dashboard.welcome_message == by_command.welcome_message
