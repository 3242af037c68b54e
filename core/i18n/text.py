"""A sentence named by its catalog key and parameters, rendered only when the reader's language is known.

Exceptions, notices and audit entries carry a ``Text``, never a finished sentence; an audit entry stores
it as JSON (``dump``/``load``) so an old entry is shown in whatever language it is read in.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The key an entry stored before catalogs existed is read back under: its English prose, shown as it is.
STORED_PROSE = "stored-prose"


@dataclass(frozen=True, slots=True)
class Text:
    """A catalog key with named parameters; a parameter may itself be a ``Text``, rendered in the same language."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def dump(self) -> str:
        """Return the text as JSON, to store with an audit entry."""
        return json.dumps(_plain(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, stored: str) -> Text:
        """Return a text stored by ``dump``; anything else is prose an earlier release stored, kept as it is."""
        if stored.startswith('{"key":'):
            try:
                return _text(json.loads(stored))
            except (ValueError, KeyError, TypeError):
                pass
        return cls(STORED_PROSE, {"text": stored})


def t(key: str, /, **params: Any) -> Text:
    """Name a sentence of the catalogs: ``t("ticket-limit", limit=2)``."""
    return Text(key, params)


def _plain(text: Text) -> dict[str, Any]:
    return {
        "key": text.key,
        "params": {name: _plain(value) if isinstance(value, Text) else value for name, value in text.params.items()},
    }


def _text(data: Mapping[str, Any]) -> Text:
    params = {
        name: _text(value) if isinstance(value, dict) and "key" in value else value
        for name, value in data["params"].items()
    }
    return Text(str(data["key"]), params)
