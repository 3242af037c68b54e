"""The command translator gives Discord each catalog language and leaves English (the default) alone."""

import discord
from discord import app_commands

from core.i18n import Text, render
from core.i18n.commands import CommandTranslator, command_text
from core.i18n.languages import DEFAULT_LANGUAGE, language_of

# A key every catalog translates, standing in for a command's description until the cogs' keys exist.
TRANSLATED = "error-check-failed"
CATALOG_LOCALES = {"es-ES": "es", "es-419": "es", "de": "de", "fr": "fr", "pt-BR": "pt-BR"}


def probe() -> app_commands.Command:
    async def callback(interaction: discord.Interaction) -> None:
        """Do nothing: the command exists to be translated."""

    # No catalog has cmd-probe: its name stays English everywhere.
    name = app_commands.locale_str("probe", key="cmd-probe")
    return app_commands.Command(name=name, description=command_text(TRANSLATED), callback=callback)


async def translations(string: app_commands.locale_str) -> dict[str, str]:
    """What the translator gives for a string in every Discord locale (the ones it leaves alone left out)."""
    command = probe()
    context = app_commands.TranslationContext(app_commands.TranslationContextLocation.command_description, command)
    translator = CommandTranslator()
    given = {locale.value: await translator.translate(string, locale, context) for locale in discord.Locale}
    return {locale: text for locale, text in given.items() if text is not None}


async def test_a_translated_description_reaches_every_catalog_locale_and_no_other():
    command = probe()
    english = render(Text(TRANSLATED), DEFAULT_LANGUAGE)
    assert command.description == english, "the command's own description is the catalog's English"
    given = await translations(command_text(TRANSLATED))
    assert given == {locale: render(Text(TRANSLATED), language) for locale, language in CATALOG_LOCALES.items()}
    assert english not in given.values()
    assert all(language_of(locale) != DEFAULT_LANGUAGE for locale in given)


async def test_a_key_no_catalog_has_and_a_plain_string_stay_english():
    assert await translations(app_commands.locale_str("probe", key="cmd-probe")) == {}
    assert await translations(app_commands.locale_str("probe")) == {}
