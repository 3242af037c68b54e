"""/type create and /type edit take exactly the options of the one table in core.admin.type_options."""

import enum

import discord
from discord import app_commands

from cogs.types import Types
from core.admin.type_options import TYPE_OPTIONS

DISCORD_TYPES = {
    bool: discord.AppCommandOptionType.boolean,
    discord.Role: discord.AppCommandOptionType.role,
    discord.CategoryChannel: discord.AppCommandOptionType.channel,
    discord.TextChannel: discord.AppCommandOptionType.channel,
}


def command(name):
    return next(c for c in Types.type.commands if c.name == name)


def test_create_and_edit_take_the_tables_options_in_its_order():
    names = [option.name for option in TYPE_OPTIONS]
    assert [p.name for p in command("create").parameters] == names
    assert [p.name for p in command("edit").parameters] == ["type", *names]


def test_each_option_is_what_the_table_says_in_both_commands():
    create = {p.name: p for p in command("create").parameters}
    edit = {p.name: p for p in command("edit").parameters}
    for option in TYPE_OPTIONS:
        for which, parameter in (("create", create[option.name]), ("edit", edit[option.name])):
            where = f"/type {which} {option.name}"
            kind = option.kind
            if isinstance(kind, app_commands.transformers.RangeTransformer):
                assert (parameter.type, parameter.min_value, parameter.max_value) == (
                    kind.type,
                    kind.min_value,
                    kind.max_value,
                ), where
            elif isinstance(kind, type) and issubclass(kind, enum.Enum):
                assert parameter.type is discord.AppCommandOptionType.string, where
                assert [(c.name, c.value) for c in parameter.choices] == [(m.name, m.value) for m in kind], where
            elif option.choices:
                assert parameter.type is discord.AppCommandOptionType.string, where
                assert [c.value for c in parameter.choices] == list(option.choices), where
            else:
                assert parameter.type is DISCORD_TYPES[kind], where
            described = "A new name" if (which, option.name) == ("edit", "name") else str(option.description)
            assert parameter.description == described, where
            assert parameter.required == (which == "create" and option.name == "name"), where
    assert edit["type"].required and edit["type"].autocomplete is not None
    assert create["timezone"].autocomplete is not None and edit["timezone"].autocomplete is not None


def test_a_types_language_is_a_catalog_language_named_in_itself_or_the_servers():
    language = {p.name: p for p in command("create").parameters}["language"]
    assert [(c.name, c.value) for c in language.choices] == [
        ("the server's", "server"),
        ("English", "en"),
        ("Español", "es"),
        ("Deutsch", "de"),
        ("Français", "fr"),
        ("Português do Brasil", "pt-BR"),
    ]
