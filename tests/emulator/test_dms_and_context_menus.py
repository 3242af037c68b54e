"""Direct messages with the bot and message context menu commands, as an unmodified discord.py client meets them."""

import aiohttp
import discord
import pytest
from discord import app_commands

from tests.emulator.conftest import call, connected
from tests.emulator.state import DM_APP_PERMISSIONS, Overwrite, Permissions

OPEN_ABOUT = "Open ticket about this message"


def make_client():
    return discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0)


def interaction_frames(emulator):
    """Every INTERACTION_CREATE the emulator sent, as the bot received it."""
    return [f["d"] for s in emulator.sessions.values() for f in s.sent if f["t"] == "INTERACTION_CREATE"]


class Report(discord.ui.Modal, title="Report a problem"):
    issue = discord.ui.TextInput(label="What happened?", custom_id="issue")

    def __init__(self, heard):
        super().__init__()
        self.heard = heard

    async def on_submit(self, interaction):
        self.heard.append(
            {
                "guild": interaction.guild,
                "guild_id": interaction.guild_id,
                "user": interaction.user,
                "issue": self.issue.value,
                "channel": interaction.channel,
                "context": interaction.context,
                "locale": interaction.locale,
                "guild_locale": interaction.guild_locale,
                "app_permissions": interaction.app_permissions.value,
            }
        )
        await interaction.response.send_message(f"Thanks, {interaction.user.name}")


class Ask(discord.ui.View):
    def __init__(self, heard):
        super().__init__(timeout=None)
        self.heard = heard

    @discord.ui.button(label="Report", custom_id="dm:report")
    async def report(self, interaction, button):
        await interaction.response.send_modal(Report(self.heard))

    @discord.ui.button(label="Status", custom_id="dm:status")
    async def status(self, interaction, button):
        await interaction.response.defer(thinking=True)
        await interaction.followup.send("All quiet.")

    @discord.ui.button(label="Later", custom_id="dm:later")
    async def later(self, interaction, button):
        await interaction.response.edit_message(content="Maybe later, then.", view=None)


async def test_a_user_clicks_a_button_in_their_dm_and_fills_the_modal_it_opens(emulator):
    guild = emulator.create_guild()
    alice = await emulator.add_member(guild, "alice", locale="fr")
    bob = await emulator.add_member(guild, "bob")
    heard = []
    async with connected(make_client(), emulator) as client:
        await (await client.fetch_user(alice.id)).send("Anything wrong?", view=Ask(heard))
        [message] = emulator.dm_messages(alice.user)

        with pytest.raises(AssertionError, match="only the recipient of a DM"):
            await emulator.click(bob, message, "dm:report")
        shown = await (await emulator.click(alice, message, "dm:report")).answered()
        assert shown.modal is not None and shown.modal["title"] == "Report a problem"
        assert (shown.guild, shown.member, shown.user) == (None, None, alice.user)
        done = await (await emulator.fill_modal(shown, {"issue": "The printer is on fire"})).answered()

    assert done.text == "Thanks, alice" and not done.ephemeral
    assert emulator.dm_messages(alice.user)[-1].content == "Thanks, alice"
    [submitted] = heard
    assert submitted["guild"] is None and submitted["guild_id"] is None and submitted["guild_locale"] is None
    assert submitted["user"].id == alice.id and not isinstance(submitted["user"], discord.Member)
    assert submitted["issue"] == "The printer is on fire"
    assert isinstance(submitted["channel"], discord.DMChannel) and submitted["channel"].id == message.channel.id
    assert submitted["context"].dm_channel and not submitted["context"].guild
    assert submitted["locale"] is discord.Locale.french
    assert submitted["app_permissions"] == DM_APP_PERMISSIONS

    click, submit = interaction_frames(emulator)
    for frame in (click, submit):
        assert not {"guild_id", "guild", "member", "guild_locale"} & set(frame), "a DM has no server"
        assert frame["user"]["id"] == str(alice.id) and frame["locale"] == "fr"
        assert (frame["context"], frame["authorizing_integration_owners"]) == (1, {"0": "0"})
        assert frame["channel_id"] == frame["channel"]["id"] == str(message.channel.id)
        assert frame["channel"]["type"] == 1
    assert click["message"]["id"] == str(message.id) and "guild_id" not in click["message"]


async def test_the_bot_defers_follows_up_and_edits_in_a_dm(emulator):
    guild = emulator.create_guild()
    alice = await emulator.add_member(guild, "alice")
    async with connected(make_client(), emulator) as client:
        await (await client.fetch_user(alice.id)).send("Anything wrong?", view=Ask([]))
        [message] = emulator.dm_messages(alice.user)
        status = await (await emulator.click(alice.user, message, "dm:status")).answered()
        assert status.text == "All quiet." and status.followups[0].channel is message.channel
        later = await (await emulator.click(alice.user, message, "dm:later")).answered()
        assert later.original is message
        assert (message.content, message.components) == ("Maybe later, then.", [])


async def test_direct_messages_reach_only_the_first_shard(emulator):
    """Events of no guild go to shard 0 alone, or each shard of a sharded bot would answer a DM click."""
    user = emulator.create_user("alice")
    async with aiohttp.ClientSession() as session:
        shards = []
        for shard in range(2):
            ws = await session.ws_connect(emulator.gateway_url)
            await ws.receive_json()  # HELLO
            identify = {"token": emulator.token, "intents": 1, "properties": {}, "shard": [shard, 2]}
            await ws.send_json({"op": 2, "d": identify})
            shards.append(ws)
        api = aiohttp.ClientSession(emulator.base_url + "/api/v10/", headers={"Authorization": f"Bot {emulator.token}"})
        async with api:
            _, dm = await call(api, "POST", "/users/@me/channels", json={"recipient_id": str(user.id)})
            button = {"type": 1, "components": [{"type": 2, "style": 1, "label": "Go", "custom_id": "go"}]}
            await call(api, "POST", f"/channels/{dm['id']}/messages", json={"components": [button]})
        await emulator.click(user, emulator.dm_messages(user)[0])
        heard = [
            [f["d"]["id"] for f in s.sent if f["t"] == "INTERACTION_CREATE"]
            for s in sorted(emulator.sessions.values(), key=lambda s: s.shard_id)
        ]
        assert [len(ids) for ids in heard] == [1, 0]
        for ws in shards:
            await ws.close()


def message_commands(heard):
    """A guild's "Open ticket about this message", staff's "Hide message", and a global "Bookmark" (DMs too)."""

    @app_commands.context_menu(name=OPEN_ABOUT)
    async def open_about(interaction, message: discord.Message):
        heard.append({"interaction": interaction, "message": message})
        await interaction.response.send_message(f"Ticket opened about message {message.id}", ephemeral=True)

    @app_commands.context_menu(name="Hide message")
    @app_commands.default_permissions(manage_messages=True)
    async def hide(interaction, message: discord.Message):
        await interaction.response.send_message("Hidden.", ephemeral=True)

    @app_commands.context_menu(name="Bookmark")
    async def bookmark(interaction, message: discord.Message):
        heard.append({"interaction": interaction, "message": message})
        await interaction.response.send_message(f"Saved {message.content!r}.")

    @app_commands.context_menu(name="Quote")
    @app_commands.guild_only()
    async def quote(interaction, message: discord.Message):
        await interaction.response.send_message(f"> {message.content}")

    return open_about, hide, bookmark, quote


class German(app_commands.Translator):
    async def translate(self, string, locale, context):
        if locale is discord.Locale.german and string.message == OPEN_ABOUT:
            return "Ticket zu dieser Nachricht"
        return None


async def test_a_member_runs_a_message_command_on_a_message(emulator):
    guild = emulator.create_guild()
    lobby = await emulator.create_channel(guild, "general")
    staff_room = await emulator.create_channel(
        guild, "staff", overwrites=[Overwrite(guild.id, 0, deny=Permissions.VIEW_CHANNEL)]
    )
    moderators = emulator.create_role(guild, "Moderators", Permissions.MANAGE_MESSAGES)
    greta = await emulator.add_member(guild, "greta", locale="de")
    ed = await emulator.add_member(guild, "ed")
    mod = await emulator.add_member(guild, "mo", moderators)
    heard = []
    client = make_client()
    tree = app_commands.CommandTree(client)
    open_about, hide, bookmark, quote = message_commands(heard)
    tree.add_command(open_about, guild=discord.Object(guild.id))
    tree.add_command(hide, guild=discord.Object(guild.id))
    tree.add_command(bookmark)
    tree.add_command(quote)
    async with connected(client, emulator):
        await tree.set_translator(German())
        await tree.sync(guild=discord.Object(guild.id))
        await tree.sync()
        posted = await emulator.post_message(ed, lobby, "My order never arrived")

        used = await (await emulator.run_message_command(greta, posted, "Ticket zu dieser Nachricht")).answered()
        assert used.text == f"Ticket opened about message {posted.id}" and used.ephemeral
        assert (await (await emulator.run_message_command(ed, posted, OPEN_ABOUT)).answered()).ephemeral

        secret = await emulator.post_message(emulator.owner(guild), staff_room, "Staff only")
        with pytest.raises(AssertionError, match="cannot see #staff"):
            await emulator.run_message_command(ed, secret, OPEN_ABOUT)
        with pytest.raises(AssertionError, match="may not use 'Hide message'"):
            await emulator.run_message_command(ed, posted, "Hide message")
        assert (await (await emulator.run_message_command(mod, posted, "Hide message")).answered()).text == "Hidden."
        granted = await emulator.run_message_command(ed, posted, "Hide message", admin_granted=True)
        assert (await granted.answered()).text == "Hidden.", "an admin may grant a command to whom they choose"
        owner_hides = await emulator.run_message_command(emulator.owner(guild), posted, "Hide message")
        assert (await owner_hides.answered()).text == "Hidden."
        with pytest.raises(AssertionError, match="has not registered /Bookmark"):
            await emulator.run_command(ed, lobby, "Bookmark")

    first = heard[0]
    assert first["message"].id == posted.id and first["message"].content == "My order never arrived"
    assert first["message"].author.id == ed.id and first["message"].channel.id == lobby.id
    assert first["interaction"].guild_id == guild.id and first["interaction"].user.id == greta.id
    assert first["interaction"].command.name == OPEN_ABOUT
    data = interaction_frames(emulator)[0]["data"]
    assert data["type"] == 3 and data["name"] == OPEN_ABOUT and data["guild_id"] == str(guild.id)
    assert data["target_id"] == str(posted.id) and set(data["resolved"]["messages"]) == {str(posted.id)}
    assert "options" not in data


async def test_a_global_message_command_in_the_bots_dm(emulator):
    guild = emulator.create_guild()
    alice = await emulator.add_member(guild, "alice")
    heard = []
    client = make_client()
    tree = app_commands.CommandTree(client)
    _, _, bookmark, quote = message_commands(heard)
    tree.add_command(bookmark)
    tree.add_command(quote)
    async with connected(client, emulator):
        await tree.sync()
        await (await client.fetch_user(alice.id)).send("Your ticket #12 was closed.")
        [message] = emulator.dm_messages(alice.user)
        saved = await (await emulator.run_message_command(alice, message, "Bookmark")).answered()
        assert saved.text == "Saved 'Your ticket #12 was closed.'."
        with pytest.raises(AssertionError, match="not offered in DMs"):
            await emulator.run_message_command(alice, message, "Quote")
        stranger = emulator.create_user("stranger")
        with pytest.raises(AssertionError, match="only the recipient of a DM"):
            await emulator.run_message_command(stranger, message, "Bookmark")
    [used] = heard
    assert used["interaction"].guild is None and used["interaction"].user.id == alice.id
    assert used["message"].id == message.id and used["message"].content == "Your ticket #12 was closed."
    frame = interaction_frames(emulator)[0]
    assert "guild_id" not in frame["data"] and frame["context"] == 1


async def test_discord_takes_message_commands_by_their_own_rules(emulator, api):
    path = f"/applications/{emulator.application_id}/commands"
    menu = {"type": 3, "name": OPEN_ABOUT, "name_localizations": {"de": "Ticket zu dieser Nachricht"}}
    slash = {"type": 1, "name": "ticket", "description": "Open a ticket"}
    status, echoed = await call(api, "PUT", path, json=[menu, slash, {"type": 3, "name": "ticket"}])
    assert status == 200, echoed
    assert echoed[0]["description"] == "" and "options" not in echoed[0], "no description, no options"
    assert echoed[0]["name_localizations"] == menu["name_localizations"]
    assert [c["type"] for c in echoed] == [3, 1, 3], "names are unique per type: a slash and a menu may share one"

    refused = [
        ({**menu, "description": "About a message"}, ("0", "description"), "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION_INVALID"),
        ({**menu, "name": "Open ticket!"}, ("0", "name"), "APPLICATION_COMMAND_INVALID_NAME"),
        ({**menu, "name_localizations": {"de": "Ticket öffnen?"}}, ("0", "name_localizations", "de"), "APPLICATION_COMMAND_INVALID_NAME"),
        ({**menu, "options": [{"type": 3, "name": "why", "description": "Why"}]}, ("0", "options"), None),
    ]  # fmt: skip
    for command, where, code in refused:
        status, body = await call(api, "PUT", path, json=[command])
        assert (status, body["code"]) == (400, 50035), command
        errors = body["errors"]
        for field in where:
            errors = errors[field]
        assert code is None or errors["_errors"][0]["code"] == code
    status, body = await call(api, "PUT", path, json=[menu, {"type": 3, "name": OPEN_ABOUT}])
    assert body["errors"]["1"]["_errors"][0]["code"] == "APPLICATION_COMMANDS_DUPLICATE_NAME"
    status, body = await call(api, "PUT", path, json=[{"type": 3, "name": "x" * 33}])
    assert (status, body["code"]) == (400, 50035), "32 characters at most, as for every command"
    emulator.violations.clear()
    status, body = await call(api, "PUT", path, json=[{"type": 3, "name": f"Menu {n}"} for n in range(16)])
    assert (status, body["code"]) == (400, 30032), "15 message commands per scope"
    assert emulator.commands[None] == echoed, "a refused registration changes nothing"
    assert emulator.violations == []
