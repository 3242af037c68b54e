"""Process settings: secrets from the environment (or ``.env``), everything else from ``config.yaml``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from dotenv import load_dotenv
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from core.errors import ConfigurationError, UserInputError
from core.naming import validate_channel_name_template

DEFAULT_CONFIG_PATH = Path("config.yaml")
DATABASE_SCHEMES = ("sqlite", "mysql", "mongodb")


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
    def _known_scheme(cls, url: str) -> str:
        scheme, sep, rest = url.partition("://")
        if not sep or scheme.lower() not in DATABASE_SCHEMES or not rest.strip("/"):
            raise ValueError(f"{url.partition('@')[2] or url!r} is not a supported database URL")
        return url


class LoggingSettings(_Section):
    """``logging``: how much is logged, and where."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="DEBUG, INFO, WARNING or ERROR")
    file: Path | None = Field(Path("logs/ticketbot.log"), description="a file path, or null for console only")
    max_bytes: int = Field(5_000_000, ge=10_000, description="a size in bytes of at least 10000")
    backup_count: int = Field(5, ge=0, le=100, description="a whole number from 0 to 100")


class TicketDefaults(_Section):
    """Settings a server starts with at /setup (/config changes them per server), and the close delay."""

    max_open_tickets: int = Field(1, ge=1, le=25, description="a whole number from 1 to 25")
    channel_name_template: str = Field(
        "ticket-{number:04d}", description="a template using {number} and/or {username}, e.g. ticket-{number:04d}"
    )
    welcome_message: str = Field(
        "Thanks for reaching out! Describe your issue and a staff member will be with you shortly.",
        min_length=1,
        max_length=1500,
        description="text of 1 to 1500 characters",
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

    shard_count: int | None = Field(None, ge=1, description="the total number of shards, or null for one process")
    shard_ids: list[int] | None = Field(None, description="the shard ids this process runs, e.g. [0, 1]")


class Settings(BaseSettings):
    """Everything the process needs to start; per-server settings live in the database."""

    model_config = SettingsConfigDict(extra="forbid", case_sensitive=False)

    discord_token: SecretStr = Field(description="your bot token from the Discord developer portal")
    command_guild_id: int | None = Field(
        None, description="a server id to register slash commands in instantly (development), or null for global"
    )
    database: DatabaseSettings = DatabaseSettings()
    logging: LoggingSettings = LoggingSettings()
    tickets: TicketDefaults = TicketDefaults()
    sharding: ShardingSettings = ShardingSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Let the environment override the YAML file, which arrives as init arguments."""
        return env_settings, _DatabaseUrlSource(settings_cls), init_settings


class _DatabaseUrlSource(PydanticBaseSettingsSource):
    """Reads ``DATABASE_URL``, which may hold a password and so belongs in the environment."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        url = os.environ.get("DATABASE_URL")
        return {"database": {"url": url}} if url else {}


def load_settings(config_path: Path | None = None, env_file: Path | None = Path(".env")) -> Settings:
    """Build the settings, or raise ConfigurationError naming the offending key and the fix."""
    if env_file is not None:
        load_dotenv(env_file, override=False)
    path = config_path or Path(os.environ.get("TICKETBOT_CONFIG", DEFAULT_CONFIG_PATH))
    data = _read_yaml(path, required=config_path is not None)
    try:
        return Settings(**data)
    except ValidationError as error:
        raise ConfigurationError(_describe(error, path)) from None


def _read_yaml(path: Path, *, required: bool) -> dict[str, Any]:
    if not path.exists():
        if required:
            raise ConfigurationError(
                f"{path}: file not found; copy config.example.yaml to {path} or pass another --config"
            )
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigurationError(f"{path}: not valid YAML{where}; compare it with config.example.yaml") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigurationError(f"{path}: the top level must be a mapping of keys, as in config.example.yaml")
    return data


def _describe(error: ValidationError, path: Path) -> str:
    errors = error.errors()
    first = next((e for e in errors if e["loc"] != ("discord_token",)), errors[0])
    key = ".".join(str(part) for part in first["loc"])
    if key == "discord_token":
        return "DISCORD_TOKEN is not set: put DISCORD_TOKEN=<your bot token> in .env or the environment"
    if first["type"] == "extra_forbidden":
        return f"{path}: unknown key {key!r}; see config.example.yaml for every key"
    hint = _field_description(key)
    fix = f"; expected {hint}" if hint else ""
    source = "DATABASE_URL / database.url" if key == "database.url" else f"{path}: {key}"
    return f"{source}: {first['msg']}{fix}"


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
