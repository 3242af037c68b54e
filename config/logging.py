"""Logging to the console and to a rotating file, with secrets redacted at every level."""

from __future__ import annotations

import logging
import logging.handlers
import re

from config.settings import LoggingSettings
from core.errors import ConfigurationError

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

# Interaction and webhook tokens are credentials for 15 minutes; discord.py's DEBUG logs print the URLs
# and payloads that carry them.
_TOKENS = (
    (re.compile(r"(/(?:interactions|webhooks)/\d+/)[\w.\-]+"), r"\1[token]"),
    (re.compile(r"""(['"]token['"]\s*:\s*)(['"])(?:(?!\2).|\\.)*\2"""), r"\1'[redacted]'"),
)
# What members wrote: message content and modal answers.
_CONTENT = (re.compile(r"""(['"](?:content|value)['"]\s*:\s*)(['"])(?:\\.|(?!\2).)*\2"""), r"\1'[content]'")


def _file_handler(settings: LoggingSettings) -> logging.Handler:
    """Open the rotating log file, making its folder; a path that cannot be written is a settings error."""
    assert settings.file is not None
    try:
        settings.file.parent.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(
            settings.file, maxBytes=settings.max_bytes, backupCount=settings.backup_count, encoding="utf-8"
        )
    except OSError as error:
        raise ConfigurationError(
            f"logging.file: cannot write {settings.file} ({error.strerror}); choose a writable path in "
            "config.yaml, or null to log to the console only"
        ) from None


class Redactor(logging.Filter):
    """Rewrites each record's message without tokens, and without members' text unless asked to keep it."""

    def __init__(self, *, keep_content: bool) -> None:
        super().__init__()
        self._patterns = list(_TOKENS) if keep_content else [*_TOKENS, _CONTENT]

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place; never drop it."""
        message = record.getMessage()
        redacted = message
        for pattern, replacement in self._patterns:
            redacted = pattern.sub(replacement, redacted)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def setup_logging(settings: LoggingSettings) -> None:
    """Send every record at ``settings.level`` or above to stderr and, if set, to a rotating file."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if settings.file is not None:
        handlers.append(_file_handler(settings))
    formatter = logging.Formatter(FORMAT)
    redactor = Redactor(keep_content=settings.log_message_content)
    root = logging.getLogger()
    root.setLevel(settings.level)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redactor)
        root.addHandler(handler)
