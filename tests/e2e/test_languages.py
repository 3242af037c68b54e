"""Each person reads the bot in their own Discord language: its commands, and its refusals.

Discord (the emulator) must receive every command string the catalogs translate, in each Discord locale
of a catalog language, and nothing for English, the default; an ephemeral refusal is written in the
clicking member's language, whatever the server's.
"""

from collections.abc import Iterator
from typing import Any

import discord
import pytest
from discord import app_commands

from core.errors import TicketLimitReached
from core.i18n import Text, render, t
from core.i18n.catalogs import has
from core.i18n.languages import DEFAULT_LANGUAGE
from tests.emulator.commands import valid_name

# Discord's locales that read a catalog other than English, with that catalog's language.
CATALOG_LOCALES = {"es-ES": "es", "es-419": "es", "de": "de", "fr": "fr", "pt-BR": "pt-BR"}
ENGLISH_LOCALES = ("en-US", "en-GB")


MENU = 3  # a message context menu command


def strings(
    node: dict[str, Any], source: Any, *, menu: bool = False
) -> Iterator[tuple[str | None, dict[str, Any], str]]:
    """Every string of a registered command, as (its catalog key in the bot's tree, the node, "name" or "description").

    ``source`` is the bot's own command, group or parameter the node was made from: the key is what its
    ``locale_str`` carries, so the test checks what the code names, not a key guessed from the names.
    """
    name = getattr(source, "_locale_name", None) or getattr(source, "_rename", None)
    description = getattr(source, "_locale_description", None) or getattr(source, "description", None)
    yield _key(name), node, "name"
    if not menu:  # a context menu has a name only
        yield _key(description), node, "description"
    children = {child.name: child for child in getattr(source, "commands", None) or []}
    children |= {param.display_name: param for param in (getattr(source, "_params", None) or {}).values()}
    for option in node.get("options") or []:
        yield from strings(option, children[option["name"]])
    choices = {choice.value: choice for choice in getattr(source, "choices", None) or []}
    for choice in node.get("choices") or []:
        yield _key(choices[choice["value"]]._locale_name), choice, "name"


def _key(string: Any) -> str | None:
    return string.extras.get("key") if isinstance(string, app_commands.locale_str) else None


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_discord_receives_every_command_in_each_catalog_language(harness):
    registered = [command for scope in harness.emulator.commands.values() for command in scope]
    assert registered, "the bot registered no command"
    checked = localized = 0
    for command in registered:
        kind = discord.AppCommandType(command.get("type", 1))
        source = harness.bot.tree.get_command(command["name"], type=kind)
        menu = command.get("type") == MENU
        for key, node, field in strings(command, source, menu=menu):
            where = f"{key} ({field} of /{command['name']})"
            assert key is not None and has(key, DEFAULT_LANGUAGE), f"{where}: not from the catalogs"
            given = node.get(f"{field}_localizations") or {}
            assert not set(given) & set(ENGLISH_LOCALES), f"{where}: English is the default, not a localization"
            assert set(given) <= set(CATALOG_LOCALES), f"{where}: localized where no catalog is"
            assert node[field] == render(Text(key), DEFAULT_LANGUAGE), f"{where}: not the catalog's English"
            for locale, language in CATALOG_LOCALES.items():
                if has(key, language):
                    assert given.get(locale) == render(Text(key), language), f"{where} in {locale}"
                    localized += 1
                else:
                    assert locale not in given, f"{where}: localized in {locale}, but its catalog has no {key}"
            if field == "name" and menu and node is command:
                assert all(len(name) <= 32 for name in given.values()), f"{where}: a menu name over 32 characters"
            elif field == "name" and "value" not in node:
                bad = {locale: name for locale, name in given.items() if not valid_name(name)}
                assert not bad, f"{where}: names Discord refuses {bad}"
            checked += 1
    assert localized, "no command string reached Discord in another language"
    print(f"{checked} command strings, {localized} localizations")


async def test_a_refusal_reaches_each_member_in_their_own_language(harness):
    emulator = harness.emulator
    world = await harness.world(preferred_locale="es-ES")
    assert harness.bot is not None
    guild = await harness.eventually(lambda: harness.bot.get_guild(world.guild.id), "the server to reach the bot")
    assert guild.preferred_locale is discord.Locale.spain_spanish
    readers = {"de": "de", "fr": "fr", "en-GB": "en", "ja": "en", "es-419": "es", "pt-BR": "pt-BR", "en-US": "en"}
    for locale, language in readers.items():
        member = await emulator.add_member(world.guild, f"reader-{locale.lower()}", locale=locale)
        reply = await (await emulator.run_command(member, world.lobby, "ticket open")).answered()
        assert reply.ephemeral, locale
        assert reply.text == render(t("error-not-configured"), language), f"{locale} should read {language}"


async def test_the_ticket_limit_is_told_in_the_members_language(harness):
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    for locale, language in (("fr", "fr"), ("de", "de"), ("ja", "en")):
        member = await harness.emulator.add_member(world.guild, f"opener-{locale}", locale=locale)
        await (await harness.emulator.click(member, panel)).answered()
        await harness.ticket_of(world, member)
        again = await (await harness.emulator.click(member, panel)).answered()
        assert again.ephemeral
        assert again.text == render(TicketLimitReached(1).text, language), f"{locale} should read {language}"
