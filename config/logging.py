"""Logging to the console and to a rotating file, with secrets redacted at every level."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys

from config.settings import LoggingSettings
from core.errors import ConfigurationError

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

# Interaction and webhook tokens are credentials for 15 minutes; discord.py's DEBUG logs print the URLs
# and payloads that carry them.
_TOKENS = (
    (re.compile(r"(/(?:interactions|webhooks)/\d+/)[\w.\-]+"), r"\1[token]"),
    (re.compile(r"""(['"]token['"]\s*:\s*)(['"])(?:(?!\2).|\\.)*\2"""), r"\1'[redacted]'"),
    # Transcript links: their key opens a transcript for weeks, so it is a credential too.
    (re.compile(r"([?&]key=)[\w.\-]+"), r"\1[key]"),
)
# What members wrote: message content and modal answers.
_CONTENT = (re.compile(r"""(['"](?:content|value)['"]\s*:\s*)(['"])(?:\\.|(?!\2).)*\2"""), r"\1'[content]'")


# Libraries that log whole database statements (with what members wrote) at DEBUG.
STATEMENT_LOGGERS = ("aiosqlite", "aiomysql", "pymongo.command")


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; when it cannot be written (a full disk), says so once, in one line."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        """Say once on stderr that the log file cannot be written, instead of a traceback per record."""
        if not self.failed:
            self.failed = True
            error = sys.exc_info()[1]
            print(
                f"error: logging.file: cannot write {self.baseFilename} ({error}); records go to stderr only",
                file=sys.stderr,
            )


def _file_handler(settings: LoggingSettings) -> logging.Handler:
    """Open the rotating log file, making its folder; a path that cannot be written is a settings error."""
    assert settings.file is not None
    fix = "choose a writable path in config.yaml, or null to log to the console only"
    if settings.file.exists() and not settings.file.is_file():
        raise ConfigurationError(f"logging.file: {settings.file} is not a regular file; {fix}")
    try:
        settings.file.parent.mkdir(parents=True, exist_ok=True)
        return _LogFile(settings.file, maxBytes=settings.max_bytes, backupCount=settings.backup_count, encoding="utf-8")
    except OSError as error:
        raise ConfigurationError(f"logging.file: cannot write {settings.file} ({error.strerror}); {fix}") from None


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
    # Statements carry transcripts and close reasons: shown at DEBUG only when content may be logged.
    quiet = logging.NOTSET if settings.log_message_content else logging.INFO
    for name in STATEMENT_LOGGERS:
        logging.getLogger(name).setLevel(quiet)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redactor)
        root.addHandler(handler)
