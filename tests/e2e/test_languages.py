"""Each person reads the bot in their own Discord language: its commands, and its refusals.

Discord (the emulator) must receive every command string the catalogs translate, in each Discord locale
of a catalog language, and nothing for English, the default; an ephemeral refusal is written in the
clicking member's language, whatever the server's.
"""

from collections.abc import Iterator
from typing import Any

import discord
import pytest

from core.errors import TicketLimitReached
from core.i18n import Text, render, t
from core.i18n.catalogs import has
from core.i18n.languages import DEFAULT_LANGUAGE
from tests.emulator.commands import valid_name

# Discord's locales that read a catalog other than English, with that catalog's language.
CATALOG_LOCALES = {"es-ES": "es", "es-419": "es", "de": "de", "fr": "fr", "pt-BR": "pt-BR"}
ENGLISH_LOCALES = ("en-US", "en-GB")


def strings(command: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every string of a registered command, as (catalog key, the command/option/choice, "name" or "description").

    The keys follow the catalogs' scheme: ``cmd-<command path>`` (``.description``), options
    ``cmd-<command>-<option>``, choices ``cmd-<command>-<option>-choice-<value>``.
    """
    yield from _strings(command, "cmd-" + command["name"])


def _strings(node: dict[str, Any], key: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    yield key, node, "name"
    yield key + ".description", node, "description"
    for option in node.get("options") or []:
        yield from _strings(option, f"{key}-{option['name']}")
    for choice in node.get("choices") or []:
        yield f"{key}-choice-{choice['value']}", choice, "name"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_discord_receives_every_command_in_each_catalog_language(harness):
    registered = [command for scope in harness.emulator.commands.values() for command in scope]
    assert registered, "the bot registered no command"
    checked = localized = 0
    for command in registered:
        for key, node, field in strings(command):
            message = key.partition(".")[0]
            given = node.get(f"{field}_localizations") or {}
            where = f"{key} ({field} of /{command['name']})"
            assert not set(given) & set(ENGLISH_LOCALES), f"{where}: English is the default, not a localization"
            assert set(given) <= set(CATALOG_LOCALES), f"{where}: localized where no catalog is"
            if has(message, DEFAULT_LANGUAGE):
                assert node[field] == render(Text(key), DEFAULT_LANGUAGE), f"{where}: not the catalog's English"
            for locale, language in CATALOG_LOCALES.items():
                if has(message, DEFAULT_LANGUAGE) and has(message, language):
                    assert given.get(locale) == render(Text(key), language), f"{where} in {locale}"
                    localized += 1
                else:
                    assert locale not in given, f"{where}: localized in {locale}, but its catalog has no {message}"
            if field == "name" and "value" not in node:
                bad = {locale: name for locale, name in given.items() if not valid_name(name)}
                assert not bad, f"{where}: names Discord refuses {bad}"
            checked += 1
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
