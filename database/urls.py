"""Database URLs: which ones the bot can use, and how to show one without its password."""

from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = ("sqlite", "mysql", "mongodb")


def redact_url(url: str) -> str:
    """Return ``url`` with any password replaced by ``***``, for messages and logs."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in credentials:
        return url
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def check_database_url(url: str) -> str:
    """Return ``url`` if it is a database URL the bot can use; raise ValueError saying what is wrong."""
    if any(ord(char) < 32 for char in url):
        raise ValueError("it contains a control character (a NUL byte or a line break)")
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in SCHEMES:
        raise ValueError(f"{scheme or url!r} is not a supported database; use sqlite, mysql or mongodb")
    if scheme.lower() == "sqlite":
        if not rest.strip("/"):
            raise ValueError("a SQLite URL needs a file path, e.g. sqlite:///data/tickets.db")
        return url
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValueError(
            "the host or port is not valid: use host:port with a port from 1 to 65535 ([::1]:port for IPv6)"
        ) from None
    if not parts.hostname:
        raise ValueError(f"the URL names no host, e.g. {scheme}://host:{3306 if scheme == 'mysql' else 27017}/tickets")
    if port == 0:
        raise ValueError("the port must be from 1 to 65535")
    if scheme.lower() == "mysql" and not parts.path.strip("/"):
        raise ValueError("a MySQL URL needs a database name, e.g. mysql://user:password@host:3306/tickets")
    return url
