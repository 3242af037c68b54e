"""List what a catalog still lacks against English: ``python -m core.i18n.untranslated [language ...]``.

A translator starting a language copies ``en.ftl`` or starts empty; this prints each key English has and
the language does not, and each key the language has that English no longer has (to delete).
"""

from __future__ import annotations

import sys

from fluent.syntax import FluentParser, ast

from core.i18n.catalogs import catalog_path
from core.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES


def keys(language: str) -> dict[str, ast.Message | ast.Term]:
    """Return a catalog's messages and terms by key (terms as ``-name``)."""
    path = catalog_path(language)
    if not path.exists():
        return {}
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    found: dict[str, ast.Message | ast.Term] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            found[entry.id.name] = entry
        elif isinstance(entry, ast.Term):
            found["-" + entry.id.name] = entry
    return found


def missing(language: str) -> tuple[list[str], list[str]]:
    """Return the keys English has and the language lacks, and the keys only the language has."""
    english, own = keys(DEFAULT_LANGUAGE), keys(language)
    return sorted(english.keys() - own.keys()), sorted(own.keys() - english.keys())


def main(languages: list[str]) -> int:
    """Print the untranslated and stale keys of each language; exit 1 when there are any."""
    found_any = False
    for language in languages or [code for code in LANGUAGES if code != DEFAULT_LANGUAGE]:
        lacking, stale = missing(language)
        found_any = found_any or bool(lacking or stale)
        print(f"{language}: {len(lacking)} untranslated, {len(stale)} no longer in English")  # i18n: for translators
        for key in lacking:
            print(f"  untranslated: {key}")
        for key in stale:
            print(f"  stale: {key}")
    return 1 if found_any else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
