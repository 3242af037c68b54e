"""Settings: defaults, the YAML file, the environment, and one clear line for each kind of mistake."""

import subprocess
import sys
from pathlib import Path

import pytest

from config.settings import load_settings
from core.errors import ConfigurationError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in ("DISCORD_TOKEN", "DATABASE_URL", "TICKETBOT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", "token.from-env.x")


def write(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path):
    settings = load_settings(write(tmp_path, ""), env_file=None)
    assert settings.database.url == "sqlite:///data/tickets.db"
    assert settings.tickets.max_open_tickets == 1
    assert settings.discord_token.get_secret_value() == "token.from-env.x"
    assert "token.from-env.x" not in repr(settings)


def test_example_file_documents_valid_settings():
    settings = load_settings(ROOT / "config.example.yaml", env_file=None)
    assert settings.tickets.channel_name_template == "ticket-{number:04d}"


def test_environment_overrides_yaml(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "mysql://bot:secret@db:3306/tickets")
    settings = load_settings(
        write(tmp_path, "database:\n  url: sqlite:///other.db\nlogging:\n  level: DEBUG\n"), env_file=None
    )
    assert settings.database.url == "mysql://bot:secret@db:3306/tickets"
    assert settings.logging.level == "DEBUG"


def test_dotenv_supplies_secrets(tmp_path, monkeypatch):
    monkeypatch.delenv("DISCORD_TOKEN")
    env = tmp_path / ".env"
    env.write_text("DISCORD_TOKEN=from.dot-env.x\n")
    settings = load_settings(write(tmp_path, ""), env_file=env)
    assert settings.discord_token.get_secret_value() == "from.dot-env.x"
    monkeypatch.delenv("DISCORD_TOKEN")


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("database:\n  url: postgres://x/y\n", "database.url"),
        ("logging:\n  level: LOUD\n", "logging.level"),
        ("tickets:\n  max_open_tickets: 0\n", "tickets.max_open_tickets: Input should be greater than or equal to 1"),
        ("tickets:\n  channel_name_template: 'x-{nope}'\n", "tickets.channel_name_template"),
        ("tickets:\n  welcome_message: '" + "x" * 1501 + "'\n", "tickets.welcome_message"),
        ("colour: blue\n", "unknown key 'colour'"),
        ("database: [\n", "not valid YAML at line"),
        ("- a\n- b\n", "top level must be a mapping"),
        ("sharding:\n  shard_count: zero\n", "sharding.shard_count"),
    ],
)
def test_each_invalid_kind_names_the_key(tmp_path, yaml_text, expected):
    with pytest.raises(ConfigurationError) as error:
        load_settings(write(tmp_path, yaml_text), env_file=None)
    message = str(error.value)
    assert expected in message and "\n" not in message


def test_missing_token_says_where_to_put_it(tmp_path, monkeypatch):
    monkeypatch.delenv("DISCORD_TOKEN")
    with pytest.raises(ConfigurationError, match="DISCORD_TOKEN is not set"):
        load_settings(write(tmp_path, ""), env_file=None)


def test_explicit_config_file_must_exist(tmp_path):
    with pytest.raises(ConfigurationError, match="file not found"):
        load_settings(tmp_path / "missing.yaml", env_file=None)


def run_bot(tmp_path, *args, env=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), *args],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_bot_check_validates_and_creates_the_database(tmp_path):
    result = run_bot(tmp_path, "--check", env={"DISCORD_TOKEN": "MTA.x.y"})
    assert result.returncode == 0, result.stderr
    assert "Configuration OK" in result.stdout
    assert (tmp_path / "data" / "tickets.db").exists()


def test_bot_reports_a_bad_setting_in_one_line(tmp_path):
    (tmp_path / "config.yaml").write_text("logging:\n  level: LOUD\n")
    result = run_bot(tmp_path, "--check", env={"DISCORD_TOKEN": "MTA.x.y"})
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: config.yaml: logging.level")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bot_without_token_exits_with_the_fix(tmp_path):
    result = run_bot(tmp_path)
    assert result.returncode == 2
    assert "DISCORD_TOKEN is not set" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("url", ["mysql://u:secret@127.0.0.1:1/db", "mongodb://u:secret@127.0.0.1:1/db"])
def test_unreachable_database_is_one_line(tmp_path, url):
    result = run_bot(tmp_path, "--check", env={"DISCORD_TOKEN": "MTA.x.y", "DATABASE_URL": url})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "secret" not in result.stderr
    assert result.stderr.startswith("error:")
