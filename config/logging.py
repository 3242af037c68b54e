"""Logging to the console and to a rotating file."""

from __future__ import annotations

import logging
import logging.handlers

from config.settings import LoggingSettings

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(settings: LoggingSettings) -> None:
    """Send every record at ``settings.level`` or above to stderr and, if set, to a rotating file."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if settings.file is not None:
        settings.file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                settings.file, maxBytes=settings.max_bytes, backupCount=settings.backup_count, encoding="utf-8"
            )
        )
    formatter = logging.Formatter(FORMAT)
    root = logging.getLogger()
    root.setLevel(settings.level)
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    logging.getLogger("discord.http").setLevel(max(logging.INFO, root.level))
