"""Every catalog parses, has every English key with the same placeholders, and code uses only keys English has."""

import ast as python_ast
import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from core.i18n import LANGUAGES, Text, render
from core.i18n.catalogs import catalog_path
from core.i18n.untranslated import keys, missing

ROOT = Path(__file__).resolve().parents[2]
OTHERS = [language for language in LANGUAGES if language != "en"]
# Where code names catalog keys: t("key"), Text("key"), command_text("key"), say("key") (``in_language``),
# and _("key") in templates. Commands' keys start with "cmd-": the value is the name, ".description" the
# description; "-choice-" keys are choices' display names.
KEY_CALLS = {"t", "Text", "command_text", "say"}
TEMPLATE_KEY = re.compile(r"""\b_\(\s*["']([a-z0-9.-]+)["']""")
# Discord's rule for command and option names (the vendored OpenAPI description's pattern, lowercased).
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")


class Variables(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def variables(entry: ast.Message | ast.Term) -> set[str]:
    found = Variables()
    found.visit(entry)
    return found.names


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_catalog_parses_without_junk(language):
    resource = FluentParser().parse(catalog_path(language).read_text(encoding="utf-8"))
    junk = [entry.content for entry in resource.body if isinstance(entry, ast.Junk)]
    assert not junk, f"{language}.ftl has lines Fluent cannot read: {junk}"


@pytest.mark.parametrize("language", OTHERS)
def test_catalog_has_every_english_key_and_no_other(language):
    lacking, stale = missing(language)
    assert not lacking, f"{language}.ftl lacks {lacking} (python -m core.i18n.untranslated {language})"
    assert not stale, f"{language}.ftl has keys English no longer has: {stale}"


@pytest.mark.parametrize("language", OTHERS)
def test_translations_use_the_english_placeholders(language):
    english = keys("en")
    for key, entry in keys(language).items():
        if key in english:
            assert variables(entry) == variables(english[key]), (
                f"{language}.ftl {key}: placeholders differ from English"
            )


def used_keys() -> set[str]:
    used = set()
    for folder in ("bot.py", "cogs", "core", "web"):
        for path in [ROOT / folder] if folder.endswith(".py") else (ROOT / folder).rglob("*.py"):
            for node in python_ast.walk(python_ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, python_ast.Call)
                    and getattr(node.func, "id", getattr(node.func, "attr", None)) in KEY_CALLS
                    and node.args
                    and isinstance(node.args[0], python_ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    used.add(node.args[0].value)
    for template in [*(ROOT / "web").rglob("*.j2"), *(ROOT / "core").rglob("*.j2")]:
        used.update(TEMPLATE_KEY.findall(template.read_text(encoding="utf-8")))
    return used


def test_code_uses_only_keys_english_has():
    english = keys("en")
    unknown = set()
    for key in used_keys():
        name, _, attribute = key.partition(".")
        entry = english.get(name)
        if entry is None or (attribute and attribute not in {a.id.name for a in entry.attributes}):
            unknown.add(key)
    assert not unknown, f"code names keys no catalog has: {sorted(unknown)}"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_command_names_are_names_discord_accepts(language):
    for key, entry in keys(language).items():
        if key.startswith("cmd-") and "-choice-" not in key:
            value = "".join(e.value for e in entry.value.elements if isinstance(e, ast.TextElement))
            assert COMMAND_NAME.match(value) and value == value.lower(), f"{language}.ftl {key}: {value!r}"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_command_descriptions_and_choices_fit_discord(language):
    """Discord refuses a description or a choice's name of more than 100 characters (and the whole sync with it)."""
    for key, entry in keys(language).items():
        if key.startswith("cmd-"):
            for name in [key, *(f"{key}.{attribute.id.name}" for attribute in entry.attributes)]:
                shown = render(Text(name), language)
                assert 1 <= len(shown) <= 100, f"{language}.ftl {name}: {len(shown)} characters"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_context_menu_names_fit_discord(language):
    """A context menu's name may hold spaces and capitals, and at most 32 characters."""
    for key in keys(language):
        if key.startswith("menu-"):
            assert 1 <= len(render(Text(key), language)) <= 32, f"{language}.ftl {key}"
