"""Process settings: secrets from the environment (or ``.env``), everything else from ``config.yaml``.

Exactly six environment variables are read: ``DISCORD_TOKEN``, ``DATABASE_URL``, ``WEB_SECRET``,
``DISCORD_CLIENT_SECRET`` and ``METRICS_TOKEN`` (all may also come from ``.env``), and ``TICKETBOT_CONFIG``. ``.env``, ``config.yaml`` and relative paths in it are found
relative to the working directory. Every mistake becomes one ``ConfigurationError`` line that names
where the bad value came from (the variable, or the file and key) and the fix, without echoing secrets.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from dotenv import load_dotenv
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from core.errors import ConfigurationError, UserInputError
from core.rules.naming import validate_channel_name_template
from database.urls import check_database_url

DEFAULT_CONFIG_PATH = Path("config.yaml")
# The variables read, and the setting each fills.
ENVIRONMENT = {
    "DISCORD_TOKEN": ("discord_token",),
    "DATABASE_URL": ("database", "url"),
    "WEB_SECRET": ("web", "secret"),
    "DISCORD_CLIENT_SECRET": ("web", "client_secret"),
    "METRICS_TOKEN": ("web", "metrics_token"),
}
# Secrets that must come from the environment, never from config.yaml, by their key there.
SECRET_KEYS = {
    "discord_token": "DISCORD_TOKEN",
    "web.secret": "WEB_SECRET",
    "web.client_secret": "DISCORD_CLIENT_SECRET",
    "web.metrics_token": "METRICS_TOKEN",
}
CONFIG_VARIABLE = "TICKETBOT_CONFIG"
MAX_CONFIG_BYTES = 1_000_000
# A bot token: three base64url parts separated by dots (the user id, a timestamp and an HMAC).
TOKEN_FORM = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SECRET_HINT = "python -c 'import secrets; print(secrets.token_urlsafe(32))' makes one"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DatabaseSettings(_Section):
    """``database``: where everything is stored."""

    url: str = Field(
        "sqlite:///data/tickets.db",
        description="a URL such as sqlite:///data/tickets.db, mysql://user:password@host:3306/db or mongodb://host:27017/db",
    )

    @field_validator("url")
    @classmethod
    def _usable(cls, url: str) -> str:
        scheme, sep, _ = url.partition("://")
        if not sep or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+]*", scheme):  # shown nowhere: it may hold a password
            raise ValueError("it is not a URL: it needs scheme://, e.g. mysql://user:password@host:3306/db")
        return check_database_url(url)


class LoggingSettings(_Section):
    """``logging``: how much is logged, and where."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="DEBUG, INFO, WARNING or ERROR")
    file: Path | None = Field(Path("logs/ticketbot.log"), description="a file path, or null for console only")
    max_bytes: int = Field(5_000_000, ge=10_000, description="a size in bytes of at least 10000")
    backup_count: int = Field(5, ge=0, le=100, description="a whole number from 0 to 100")
    log_message_content: bool = Field(
        False,
        description="true or false: whether DEBUG logs may show what members wrote (and the database's statements)",
    )

    @field_validator("file")
    @classmethod
    def _plain_path(cls, file: Path | None) -> Path | None:
        if file is not None and any(ord(char) < 32 for char in str(file)):
            raise ValueError("it contains a control character (a NUL byte or a line break)")
        return file


class TicketDefaults(_Section):
    """Settings a server starts with at /setup (/config changes them per server), and the close delay."""

    max_open_tickets: int = Field(1, ge=1, le=25, description="a whole number from 1 to 25")
    channel_name_template: str = Field(
        "ticket-{number:04d}",
        description="a template using {number}, {username} and/or {type}, e.g. ticket-{number:04d}",
    )
    welcome_message: str = Field(
        "",
        max_length=1500,
        description="text of up to 1500 characters (empty: the default greeting, in each server's language)",
    )
    close_delay_seconds: float = Field(
        5.0, ge=0, le=60, description="seconds from 0 to 60 that a closed ticket's channel stays before it goes"
    )

    @field_validator("channel_name_template")
    @classmethod
    def _valid_template(cls, template: str) -> str:
        try:
            validate_channel_name_template(template)
        except UserInputError as error:
            raise ValueError(str(error)) from None
        return template


class ShardingSettings(_Section):
    """``sharding``: which gateway shards this process runs."""

    shard_count: int | None = Field(
        None, ge=1, le=10_000, description="the total number of shards, or null for one process"
    )
    shard_ids: list[int] | None = Field(None, description="the shard ids this process runs, e.g. [0, 1]")

    @model_validator(mode="after")
    def _ids_within_count(self) -> ShardingSettings:
        if self.shard_ids is None:
            return self
        if self.shard_count is None:
            raise ValueError("shard_ids needs shard_count too: the total number of shards across every process")
        outside = [n for n in self.shard_ids if not 0 <= n < self.shard_count]
        if outside:
            raise ValueError(f"shard ids run from 0 to {self.shard_count - 1} with shard_count {self.shard_count}")
        if not self.shard_ids or len(set(self.shard_ids)) != len(self.shard_ids):
            raise ValueError("shard_ids must list each shard this process runs once, e.g. [0, 1]")
        return self


class WebSettings(_Section):
    """``web``: the small HTTP side (health, metrics, the API and the transcript viewer), in the bot's process."""

    enabled: bool = Field(False, description="true or false: whether to serve the web side")
    host: str = Field("127.0.0.1", min_length=1, description="the address to listen on, e.g. 0.0.0.0 for every one")
    port: int = Field(8080, ge=1, le=65535, description="a port from 1 to 65535")
    public_url: str | None = Field(
        None,
        description="the address people reach the web side at, e.g. https://tickets.example.com (no path), or null",
    )
    secret: SecretStr | None = Field(None, description="WEB_SECRET: a random string of at least 32 characters")
    client_secret: SecretStr | None = Field(None, description="DISCORD_CLIENT_SECRET: from the developer portal")
    metrics_token: SecretStr | None = Field(
        None, description="METRICS_TOKEN: when set, /metrics and /health's details need Authorization: Bearer <it>"
    )
    link_days: int = Field(30, ge=1, le=365, description="days a transcript link opens its transcript, from 1 to 365")
    links_need_membership: bool = Field(
        False, description="true or false: whether a link opens only for signed-in members of the ticket's server"
    )

    @field_validator("public_url")
    @classmethod
    def _root_address(cls, url: str | None) -> str | None:
        if url is None:
            return None
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
            raise ValueError("it must be an address such as https://tickets.example.com")
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise ValueError(
                f"a path ({parts.path or '?'}) is not supported: the web side answers at the root of its address, "
                "so give it a host name of its own (e.g. https://tickets.example.com) and point the proxy there"
            )
        return url.rstrip("/")

    @field_validator("secret", "metrics_token")
    @classmethod
    def _long_enough(cls, secret: SecretStr | None) -> SecretStr | None:
        if secret is not None and not secret.get_secret_value():
            raise ValueError(f"it is empty; set it to a random string of 32 characters or more ({SECRET_HINT})")
        if secret is not None and len(secret.get_secret_value()) < 32:
            raise ValueError(f"it is too short to be safe; use 32 characters or more ({SECRET_HINT})")
        return secret

    @model_validator(mode="after")
    def _links_need_a_secret(self) -> WebSettings:
        if self.public_url and self.secret is None:
            raise ValueError(
                f"web.public_url needs WEB_SECRET to sign transcript links: put WEB_SECRET=<a long random string> "
                f"in .env ({SECRET_HINT})"
            )
        return self

    def problems(self) -> list[str]:
        """Return what is switched off by a missing secret, each with its fix (said at start-up and by /doctor)."""
        found = []
        if self.client_secret is not None and self.secret is None:
            found.append(
                "DISCORD_CLIENT_SECRET is set but WEB_SECRET is not, so sign-in with Discord is off: "
                f"put WEB_SECRET=<a long random string> in .env ({SECRET_HINT})"
            )
        elif self.enabled and self.secret is None:
            found.append(
                "web.enabled is true but WEB_SECRET is not set, so only /health, /metrics and the API are served "
                f"(no transcript viewer): put WEB_SECRET=<a long random string> in .env ({SECRET_HINT})"
            )
        if self.enabled and self.secret is not None and self.client_secret is None:
            found.append(
                "WEB_SECRET is set but DISCORD_CLIENT_SECRET is not, so transcripts open by their links only and "
                "nobody can sign in: put DISCORD_CLIENT_SECRET=<the client secret from the developer portal, "
                "OAuth2 page> in .env, and add <public_url>/auth/callback as a redirect there"
            )
        if self.links_need_membership and self.secret is not None and self.client_secret is None:
            found.append(
                "web.links_need_membership is true but DISCORD_CLIENT_SECRET is not set, so no link can open: "
                "put DISCORD_CLIENT_SECRET=<the client secret from the developer portal> in .env"
            )
        return found


class TranscriptSettings(_Section):
    """``transcripts``: what is kept with each transcript."""

    attachments_mb: float = Field(
        25, ge=0, le=500, description="megabytes of attachments kept per ticket, from 0 (none) to 500"
    )


class Settings(BaseSettings):
    """Everything the process needs to start; per-server settings live in the database."""

    model_config = SettingsConfigDict(extra="forbid")

    discord_token: SecretStr = Field(description="your bot token from the Discord developer portal")
    command_guild_id: int | None = Field(
        None, description="a server id to register slash commands in instantly (development), or null for global"
    )
    database: DatabaseSettings = DatabaseSettings()
    logging: LoggingSettings = LoggingSettings()
    tickets: TicketDefaults = TicketDefaults()
    sharding: ShardingSettings = ShardingSettings()
    web: WebSettings = WebSettings()
    transcripts: TranscriptSettings = TranscriptSettings()

    @field_validator("discord_token")
    @classmethod
    def _plausible_token(cls, token: SecretStr) -> SecretStr:
        value = token.get_secret_value()
        if not value.strip():
            raise ValueError("it is empty")
        if value.lower().startswith("bot "):
            raise ValueError("copy the token alone, without 'Bot ' in front")
        if any(char.isspace() for char in value):
            raise ValueError("it contains spaces or line breaks; copy the token again")
        if not TOKEN_FORM.fullmatch(value):
            raise ValueError("it is not a bot token, which is three parts separated by dots")
        return token

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Read only the documented variables, which override the YAML file (it arrives as init arguments)."""
        return _EnvironmentSource(settings_cls), init_settings


class _EnvironmentSource(PydanticBaseSettingsSource):
    """Reads the variables in ``ENVIRONMENT``, and nothing else from the environment."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for variable, (first, *rest) in ENVIRONMENT.items():
            value = os.environ.get(variable)
            if value is not None:
                if rest:
                    values.setdefault(first, {})[rest[0]] = value
                else:
                    values[first] = value
        return values


def load_settings(config_path: Path | None = None, env_file: Path | None = Path(".env")) -> Settings:
    """Build the settings, or raise ConfigurationError naming the offending key and the fix."""
    if env_file is not None:
        try:
            load_dotenv(env_file, override=False)
        except UnicodeDecodeError:  # Notepad's "Unicode" is UTF-16
            raise ConfigurationError(f"{env_file}: not UTF-8 text; save it as UTF-8") from None
    named = config_path or (Path(os.environ[CONFIG_VARIABLE]) if os.environ.get(CONFIG_VARIABLE) else None)
    path = named or DEFAULT_CONFIG_PATH
    data = _read_yaml(path, required=named is not None)
    for key, variable in SECRET_KEYS.items():
        section, _, name = key.rpartition(".")
        holder = data.get(section) if section else data
        if isinstance(holder, dict) and name in holder:
            raise ConfigurationError(f"{path}: {key}: keep secrets out of {path}; put {variable}=… in .env")
    try:
        return Settings(**data)
    except ValidationError as error:
        raise ConfigurationError(_describe(error, path)) from None


def _read_yaml(path: Path, *, required: bool) -> dict[str, Any]:
    shown = f"{path} (from {CONFIG_VARIABLE})" if os.environ.get(CONFIG_VARIABLE) == str(path) else str(path)
    if not path.exists():
        if required:
            raise ConfigurationError(f"{shown}: file not found; copy config.example.yaml there or name another file")
        return {}
    if path.is_dir():
        raise ConfigurationError(f"{shown}: is a folder; name the settings file itself, e.g. {path / 'config.yaml'}")
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigurationError(f"{shown}: larger than 1 MB, which no settings file is; is it the right file?")
        data = yaml.safe_load(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigurationError(f"{shown}: not UTF-8 text; save it as UTF-8") from None
    except OSError as error:
        raise ConfigurationError(f"{shown}: cannot be read ({error.strerror}); check its permissions") from None
    except RecursionError:
        raise ConfigurationError(
            f"{shown}: nested too deeply to be a settings file; compare it with config.example.yaml"
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigurationError(f"{shown}: not valid YAML{where}; compare it with config.example.yaml") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigurationError(f"{shown}: the top level must be a mapping of keys, as in config.example.yaml")
    _check_keys(data, shown, "")
    return data


def _check_keys(data: dict[Any, Any], shown: str, where: str) -> None:
    for key, value in data.items():
        if not isinstance(key, str):
            raise ConfigurationError(f"{shown}: {where or 'the top level'} has a key {key!r} that is not a name")
        if isinstance(value, dict):
            _check_keys(value, shown, f"{where}{key}.")


def _describe(error: ValidationError, path: Path) -> str:
    errors = error.errors()
    first = next((e for e in errors if e["loc"] != ("discord_token",) or e["type"] != "missing"), errors[0])
    key = ".".join(str(part) for part in first["loc"])
    if key == "discord_token":
        if first["type"] == "missing":
            return "DISCORD_TOKEN is not set: put DISCORD_TOKEN=<your bot token> in .env or the environment"
        return f"DISCORD_TOKEN: {_message(first)}; copy the bot token from the developer portal"
    if first["type"] == "extra_forbidden":
        return f"{path}: unknown key {key!r}; see config.example.yaml for every key"
    hint = _field_description(key)
    fix = f"; expected {hint}" if hint else ""
    variable = next((name for name, where in ENVIRONMENT.items() if ".".join(where) == key), None)
    source = variable if variable and variable in os.environ else f"{path}: {key}"
    return f"{source}: {_message(first)}{fix}"


def _message(error: Any) -> str:
    """Return pydantic's message without its "Value error, " prefix."""
    return str(error["msg"]).removeprefix("Value error, ")


def _field_description(key: str) -> str | None:
    model: type[BaseModel] = Settings
    description = None
    for part in key.split("."):
        field = model.model_fields.get(part)
        if field is None:
            return description
        description = field.description
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
    return description
