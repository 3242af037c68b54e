"""Every sentence a person reads, in their language: message catalogs, texts by key, and who reads which language.

Code never writes a sentence: it names one with ``t("key", name=value)``, and the text is rendered in
the reader's language where it is sent (``render``). The catalogs are Fluent files, one per language, in
``core/i18n/locales``; English is the fallback.
"""

from core.i18n.catalogs import in_language, render
from core.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, language_of
from core.i18n.text import Text, t

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Text", "in_language", "language_of", "render", "t"]
