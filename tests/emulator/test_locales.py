"""Locales as Discord has them: users' and servers' languages in gateway payloads, and command localizations."""

import copy
from contextlib import asynccontextmanager
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

from tests.emulator.commands import valid_name
from tests.emulator.conftest import call

# A command as discord.py sends it with a translator: every map present, empty where nothing is translated.
TICKET = {
    "type": 1,
    "name": "ticket",
    "description": "Open and manage tickets",
    "name_localizations": {"de": "ticket", "es-ES": "ticket", "es-419": "ticket"},
    "description_localizations": {"de": "Tickets öffnen und verwalten"},
    "options": [
        {
            "type": 1,
            "name": "open",
            "description": "Open a ticket",
            "name_localizations": {"de": "öffnen", "es-ES": "abrir", "es-419": "abrir"},
            "description_localizations": {},
            "options": [
                {
                    "type": 3,
                    "name": "urgency",
                    "description": "How urgent it is",
                    "name_localizations": {"de": "dringlichkeit"},
                    "description_localizations": {},
                    "required": False,
                    "choices": [
                        {"name": "Very high", "value": "high", "name_localizations": {"de": "Sehr hoch"}},
                        {"name": "Low", "value": "low", "name_localizations": {}},
                    ],
                }
            ],
        }
    ],
}


def _option(command, *path):
    node = command
    for index in path:
        node = node["options"][index]
    return node


def _no_maps(node):
    """Whether no localization map is left anywhere in a command."""
    if {"name_localizations", "description_localizations"} & set(node):
        return False
    return all(_no_maps(child) for field in ("options", "choices") for child in node.get(field, []))


async def test_localized_commands_are_kept_and_echoed(emulator, api):
    status, [echoed] = await call(api, "PUT", f"/applications/{emulator.application_id}/commands", json=[TICKET])
    assert status == 200
    assert echoed["name_localizations"] == TICKET["name_localizations"]
    assert echoed["description_localizations"] == {"de": "Tickets öffnen und verwalten"}
    assert _option(echoed, 0)["name_localizations"]["es-419"] == "abrir"
    assert _option(echoed, 0)["description_localizations"] is None, "an empty map comes back as null"
    high, low = _option(echoed, 0, 0)["choices"]
    assert (high["name_localizations"], low["name_localizations"]) == ({"de": "Sehr hoch"}, None)
    assert "description_localizations" not in high, "a choice has a name only"

    _, listed = await call(api, "GET", f"/applications/{emulator.application_id}/commands")
    assert _no_maps(listed[0]), "a listing leaves the maps out unless asked for them"
    _, full = await call(
        api, "GET", f"/applications/{emulator.application_id}/commands", params={"with_localizations": "true"}
    )
    assert full == [echoed]
    assert emulator.violations == []


@pytest.mark.parametrize(
    ("change", "where", "code"),
    [
        (lambda c: _option(c, 0)["name_localizations"].update(de="Öffnen"), ("options", "0", "name_localizations", "de"), "APPLICATION_COMMAND_INVALID_NAME"),
        (lambda c: _option(c, 0, 0)["name_localizations"].update(fr="très urgent"), ("options", "0", "options", "0", "name_localizations", "fr"), "APPLICATION_COMMAND_INVALID_NAME"),
        (lambda c: c["description_localizations"].update(xx="Nope"), ("description_localizations", "xx"), "ENUM_TYPE_COERCE"),
        (lambda c: _option(c, 0, 0)["choices"][0]["name_localizations"].update(klingon="Hoch"), ("options", "0", "options", "0", "choices", "0", "name_localizations", "klingon"), "ENUM_TYPE_COERCE"),
        (lambda c: c.update(name="Ticket"), ("name",), "APPLICATION_COMMAND_INVALID_NAME"),
    ],
    ids=["capital", "space", "unknown-locale", "choice-locale", "command-name"],
)  # fmt: skip
async def test_discord_refuses_what_its_rules_forbid(emulator, api, change, where, code):
    command = copy.deepcopy(TICKET)
    change(command)
    status, body = await call(api, "PUT", f"/applications/{emulator.application_id}/commands", json=[command])
    assert (status, body["code"]) == (400, 50035)
    errors = body["errors"]["0"]
    for field in where:
        errors = errors[field]
    assert errors["_errors"][0]["code"] == code
    assert emulator.commands == {}, "a refused registration changes nothing"


async def test_a_localization_is_as_long_as_the_field_it_translates(emulator, api):
    command = copy.deepcopy(TICKET)
    command["name_localizations"]["fr"] = "x" * 33
    status, body = await call(api, "PUT", f"/applications/{emulator.application_id}/commands", json=[command])
    assert (status, body["code"]) == (400, 50035), "a localized name is at most 32 characters, as a name is"
    emulator.violations.clear()


@pytest.mark.parametrize(
    "name", ["ticket", "close-request", "auto_close", "öffnen", "schließen", "d'accord", "チケット", "टिकट", "ตั๋ว"]
)
def test_names_discord_takes(name):
    assert valid_name(name)


@pytest.mark.parametrize("name", ["", "x" * 33, "Öffnen", "two words", "ticket!", "😀", "close/request"])
def test_names_discord_refuses(name):
    assert not valid_name(name)


@asynccontextmanager
async def gateway(emulator):
    """A raw gateway connection that identified with the Guilds intent; yields a reader of dispatches."""
    async with aiohttp.ClientSession() as session, session.ws_connect(emulator.gateway_url) as ws:
        await ws.receive_json()  # HELLO
        await ws.send_json({"op": 2, "d": {"token": emulator.token, "intents": 1, "properties": {}}})

        async def event(name):
            while True:
                frame = await ws.receive_json(timeout=5)
                if frame.get("t") == name:
                    return frame["d"]

        yield event


async def test_interactions_and_guilds_carry_the_users_and_the_servers_locale(emulator, api):
    guild = emulator.create_guild(preferred_locale="es-ES")
    lobby = await emulator.create_channel(guild, "soporte")
    german = await emulator.add_member(guild, "greta", locale="de")
    english = await emulator.add_member(guild, "ed")
    await call(api, "PUT", f"/applications/{emulator.application_id}/commands", json=[TICKET])
    async with gateway(emulator) as event:
        assert (await event("GUILD_CREATE"))["preferred_locale"] == "es-ES"
        await emulator.run_command(german, lobby, "ticket öffnen", dringlichkeit="high")
        used = await event("INTERACTION_CREATE")
        assert (used["locale"], used["guild_locale"], used["guild"]["locale"]) == ("de", "es-ES", "es-ES")
        assert used["data"]["name"] == "ticket", "the bot hears a command by its own name"
        assert used["data"]["options"][0]["name"] == "open"
        assert used["data"]["options"][0]["options"][0] == {"type": 3, "name": "urgency", "value": "high"}
        await emulator.run_command(english, lobby, "ticket open")
        assert (await event("INTERACTION_CREATE"))["locale"] == "en-US", "a user's own locale, not the server's"
        await emulator.update_guild(guild, preferred_locale="fr")
        assert (await event("GUILD_UPDATE"))["preferred_locale"] == "fr"
    with pytest.raises(AssertionError, match="no locale"):
        await emulator.add_member(guild, "nobody", locale="xx")


async def test_oauth_users_me_carries_the_users_locale(emulator):
    emulator.browser_user = emulator.create_user("pia", locale="pt-BR")
    redirect = "http://127.0.0.1/callback"
    query = {"client_id": str(emulator.application_id), "response_type": "code", "scope": "identify"}
    async with aiohttp.ClientSession(emulator.base_url) as session:
        form = {**query, "redirect_uri": redirect}
        async with session.post("/oauth2/authorize", data=form, allow_redirects=False) as approved:
            code = parse_qs(urlsplit(approved.headers["Location"]).query)["code"][0]
        secret = emulator.oauth.client_secret
        token_form = {
            "client_id": str(emulator.application_id),
            "client_secret": secret,
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect,
        }
        async with session.post("/api/v10/oauth2/token", data=token_form) as answer:
            token = (await answer.json())["access_token"]
        async with session.get("/api/v10/users/@me", headers={"Authorization": f"Bearer {token}"}) as me:
            assert (await me.json())["locale"] == "pt-BR"
    assert emulator.violations == []
