"""Start-up mistakes a self-hoster makes: each is one clear line, a non-zero exit, no traceback and no hang.

Run through ``python bot.py`` (or ``tests.run_bot``, the same entry point pointed at the emulator) in a
fresh working directory, as an operator would.
"""

import asyncio
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pymysql
import pytest

from tests.backends import mysql_options, server_url
from tests.emulator.gateway import INTENT_MESSAGE_CONTENT, PRIVILEGED_INTENTS
from tests.harness import spawn_bot

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "MTA.fake.token"


def bot(tmp_path, *args, env=None, config=None, module=None, timeout=60):
    """Run the bot's command line in ``tmp_path`` and return (exit code, stderr's lines)."""
    if config is not None:
        (tmp_path / "config.yaml").write_bytes(config if isinstance(config, bytes) else config.encode())
    command = [sys.executable, "-m", module, *args] if module else [sys.executable, str(ROOT / "bot.py"), *args]
    result = subprocess.run(
        command,
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, lines


def one_line(lines):
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: "), lines
    return lines[0]


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("sharding:\n  shard_ids: [0, 1]\n", "sharding: shard_ids needs shard_count too"),
        ("sharding:\n  shard_count: 2\n  shard_ids: [1, 2]\n", "shard ids run from 0 to 1"),
        ("sharding:\n  shard_count: 2\n  shard_ids: []\n", "each shard this process runs once"),
        (b"tickets:\n  welcome_message: \xff\xfe\n", "not UTF-8 text"),
        ("a:" + " [" * 3000 + "\n", "config.yaml: "),
        ("1: x\n", "has a key 1 that is not a name"),
        ("tickets:\n  ? [a, b]\n  : x\n", "not valid YAML at line 2"),
        ("tickets:\n  true: x\n", "tickets. has a key True that is not a name"),
        ("database:\n  url: mysql://bot:s3cr@t@db.example:99999/tickets\n", "port from 1 to 65535"),
        ("database:\n  url: 'mysql://bot:pw@[::1:3306/tickets'\n", "host or port is not valid"),
        ('database:\n  url: "sqlite:///data/x\\0.db"\n', "control character"),
        ("database:\n  url: mysql://bot:pw@db.example:3306\n", "needs a database name"),
        ("discord_token: abc\n", "discord_token: keep secrets out of config.yaml; put DISCORD_TOKEN"),
        (
            "web:\n  secret: abcdefghijklmnopqrstuvwxyz0123456789\n",
            "web.secret: keep secrets out of config.yaml; put WEB_SECRET",
        ),
        ("web:\n  public_url: https://t.example\n", "web.public_url needs WEB_SECRET to sign transcript links"),
        ("web:\n  public_url: tickets.example\n", "web.public_url: it must be an address such as https://"),
        ("web:\n  public_url: https://t.example/tickets\n", "a path (/tickets) is not supported"),
        ('logging:\n  file: "logs/a\\0b.log"\n', "logging.file: it contains a control character"),
        ("logging:\n  file: /dev/full\n", "logging.file: /dev/full is not a regular file"),
        ("transcripts:\n  attachments_mb: -1\n", "transcripts.attachments_mb"),
        ("logging:\n  file: config.yaml/bot.log\n", "logging.file: cannot write config.yaml/bot.log"),
        ("logging:\n  file: /proc/nowhere/bot.log\n", "logging.file: cannot write /proc/nowhere/bot.log"),
        ("tickets:\n  channel_name_template: '{number:>10000000}'\n", "tickets.channel_name_template"),
    ],
)
def test_a_bad_settings_file_is_one_line(tmp_path, config, expected):
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN}, config=config)
    assert code == 2
    assert expected in one_line(lines)
    assert "s3cr" not in lines[0] and "pw@" not in lines[0]


def test_a_short_web_secret_names_the_variable(tmp_path):
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN, "WEB_SECRET": "short"})
    line = one_line(lines)
    assert code == 2 and line.startswith("error: WEB_SECRET: it is too short") and "'short'" not in line


def test_a_folder_given_as_the_settings_file(tmp_path):
    (tmp_path / "settings").mkdir()
    code, lines = bot(tmp_path, "--check", "--config", "settings", env={"DISCORD_TOKEN": TOKEN})
    assert code == 2 and "settings: is a folder" in one_line(lines)


def test_ticketbot_config_naming_a_missing_file(tmp_path):
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN, "TICKETBOT_CONFIG": "prod.yaml"})
    assert code == 2 and "prod.yaml (from TICKETBOT_CONFIG): file not found" in one_line(lines)


@pytest.mark.parametrize(
    ("token", "expected"),
    [("", "DISCORD_TOKEN: it is empty"), ("   ", "it is empty"), ("Bot MTA.x.y", "without 'Bot '")],
)
def test_an_unusable_token_fails_the_check(tmp_path, token, expected):
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": token})
    assert code == 2 and expected in one_line(lines)


def test_a_bad_environment_variable_is_named_as_the_variable(tmp_path):
    env = {"DISCORD_TOKEN": TOKEN, "DATABASE_URL": "postgres://u:hunter2@db/tickets"}
    code, lines = bot(tmp_path, "--check", env=env, config="logging:\n  level: INFO\n")
    line = one_line(lines)
    assert code == 2 and line.startswith("error: DATABASE_URL: ") and "config.yaml" not in line
    assert "hunter2" not in line


def test_variables_nobody_sets_on_purpose_are_not_read(tmp_path):
    env = {"DISCORD_TOKEN": TOKEN, "LOGGING": '{"level": "LOUD"}', "TICKETS": "x", "DATABASE": "y"}
    code, lines = bot(tmp_path, "--check", env=env)
    assert code == 0, lines


def test_db_copy_from_a_missing_sqlite_file_creates_nothing(tmp_path):
    code, lines = bot(tmp_path, "db", "copy", "--from", "sqlite:///missing.db", "--to", "sqlite:///target.db")
    assert code == 1 and "no SQLite database at" in one_line(lines)
    assert not (tmp_path / "missing.db").exists() and not (tmp_path / "target.db").exists()


def test_db_copy_sees_one_file_spelled_two_ways(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "t.db").write_bytes(b"")
    absolute = f"sqlite:///{tmp_path / 'data' / 't.db'}"
    code, lines = bot(tmp_path, "db", "copy", "--from", "sqlite:///data/t.db", "--to", absolute)
    assert code == 1 and "name the same database" in one_line(lines)


@pytest.mark.parametrize("credentials", ["bot:p%40ss@", ""])
def test_an_unreachable_mongodb_names_host_and_cause(tmp_path, credentials):
    port = closed_port()
    url = f"mongodb://{credentials}127.0.0.1:{port}/t?serverSelectionTimeoutMS=500"
    env = {"DISCORD_TOKEN": TOKEN, "DATABASE_URL": url}
    code, lines = bot(tmp_path, "--check", env=env)
    line = one_line(lines)
    assert code == 2 and f"Cannot reach MongoDB at 127.0.0.1:{port}" in line
    assert line.endswith("connection refused") and "p%40ss" not in line and "p@ss" not in line


def test_discord_unreachable_is_one_line_and_an_exit(tmp_path):
    base = f"http://127.0.0.1:{closed_port()}"
    config = "logging:\n  file: null\n  level: WARNING\n"
    code, lines = bot(tmp_path, base, env={"DISCORD_TOKEN": TOKEN}, config=config, module="tests.run_bot")
    assert code == 1 and "cannot reach Discord" in one_line(lines)


async def test_the_message_content_intent_switched_off(emulator, tmp_path):
    emulator.enabled_privileged_intents = PRIVILEGED_INTENTS & ~INTENT_MESSAGE_CONTENT
    process = await spawn_bot(emulator, tmp_path, config="logging:\n  file: null\n  level: ERROR\n")
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    text = stderr.decode()
    assert "Traceback" not in text, text
    line = one_line(text.strip().splitlines())
    assert (
        process.returncode == 2
        and "Message Content Intent" in line
        and "Server Members Intent" in line
        and "Privileged Gateway Intents" in line
    )


async def test_a_web_port_in_use_is_a_setting_not_a_network_fault(emulator, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = f"logging:\n  file: null\n  level: ERROR\nweb:\n  enabled: true\n  port: {port}\n"
        process = await spawn_bot(emulator, tmp_path, config=config)
        _, stderr = await asyncio.wait_for(process.communicate(), 60)
    text = stderr.decode()
    assert "Traceback" not in text, text
    line = one_line(text.strip().splitlines())
    assert process.returncode == 2 and "web.port" in line and str(port) in line and "network" not in line, line


def test_a_malformed_database_url_is_not_echoed_with_its_password(tmp_path):
    for url in ("mysql:/user:hunter2@host", "mysql:user:hunter2@host/db", "user:hunter2@host://db"):
        code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN, "DATABASE_URL": url})
        line = one_line(lines)
        assert code == 2 and line.startswith("error: DATABASE_URL: it is not a URL") and "hunter2" not in line


def test_an_empty_web_secret_is_blamed_on_the_variable(tmp_path):
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN, "WEB_SECRET": ""})
    assert code == 2 and one_line(lines).startswith("error: WEB_SECRET: it is empty")


@pytest.mark.parametrize("token", ["your-bot-token", "MTA.only-two", "MTA.a.b.c", "MTA.a+b.c"])
def test_a_token_of_the_wrong_form_fails_the_check(tmp_path, token):
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": token})
    assert code == 2 and "three parts separated by dots" in one_line(lines) and token not in lines[0]


def test_a_python_without_the_requirements_names_the_fix(tmp_path):
    result = subprocess.run(
        [sys.executable, "-S", str(ROOT / "bot.py"), "--check"],
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "DISCORD_TOKEN": TOKEN},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    line = one_line(result.stderr.strip().splitlines())
    assert result.returncode == 1 and "is not installed" in line and ".venv/bin/python bot.py" in line


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "web.enabled is true but WEB_SECRET is not set"),
        ({"DISCORD_CLIENT_SECRET": "abc"}, "DISCORD_CLIENT_SECRET is set but WEB_SECRET is not"),
        ({"WEB_SECRET": "w" * 40}, "WEB_SECRET is set but DISCORD_CLIENT_SECRET is not"),
    ],
)
def test_web_settings_that_switch_something_off_are_said_at_start(tmp_path, env, expected):
    config = "logging:\n  file: null\nweb:\n  enabled: true\n"
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN, **env}, config=config)
    said = [line for line in lines if expected in line]
    assert code == 0 and len(said) == 1 and "WARNING" in said[0], lines


@pytest.mark.parametrize("keep_content", [False, True])
def test_database_statements_stay_out_of_debug_logs_unless_content_may_be_logged(tmp_path, keep_content):
    config = f"logging:\n  file: null\n  level: DEBUG\n  log_message_content: {str(keep_content).lower()}\n"
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN}, config=config)
    statements = [line for line in lines if " aiosqlite: " in line]
    assert code == 0 and bool(statements) == keep_content, lines[:20]


def test_an_env_file_saved_as_utf16_is_one_line(tmp_path):
    (tmp_path / ".env").write_bytes("DISCORD_TOKEN=MTA.fake.token\n".encode("utf-16"))  # Notepad's "Unicode"
    code, lines = bot(tmp_path, "--check")
    line = one_line(lines)
    assert code == 2 and ".env" in line and "UTF-8" in line, line


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("connect_timout=5", "'connect_timout' is not a MySQL option"),
        ("connect_timeout=abc", "connect_timeout takes a whole number"),
        ("cursorclass=x", "'cursorclass' is not a MySQL option"),
    ],
)
def test_a_mistyped_mysql_url_option_is_one_line(tmp_path, option, expected):
    url = f"mysql://bot:pw@127.0.0.1:{closed_port()}/tickets?{option}"
    code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN, "DATABASE_URL": url})
    line = one_line(lines)
    assert code == 2 and "database.url" in line and expected in line and "pw" not in line, line


def test_another_applications_sqlite_file_is_one_line_with_the_cause_and_an_exit(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE tickets (x INTEGER)")
    code, lines = bot(
        tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN, "DATABASE_URL": f"sqlite:///{path}"}, timeout=30
    )
    line = one_line(lines)
    assert code == 2 and "table tickets already exists" in line and "empty database" in line, line


def test_another_applications_mysql_database_is_one_line_with_the_cause(tmp_path):
    base = server_url("mysql")
    name = f"t_{secrets.token_hex(6)}"
    admin = pymysql.connect(**mysql_options(base), autocommit=True)
    try:
        with admin.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {name}")
            cursor.execute(f"CREATE TABLE {name}.tickets (x INT)")
        parts = urlsplit(base)
        url = urlunsplit((parts.scheme, parts.netloc, "/" + name, "", ""))
        code, lines = bot(tmp_path, "--check", env={"DISCORD_TOKEN": TOKEN, "DATABASE_URL": url}, timeout=30)
        line = one_line(lines)
        assert code == 2 and "'tickets' already exists" in line and "empty database" in line, line
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.close()


async def test_a_command_guild_the_bot_is_not_in_names_the_key(emulator, tmp_path):
    config = "logging:\n  file: null\n  level: ERROR\ncommand_guild_id: 123456789012345678\n"
    process = await spawn_bot(emulator, tmp_path, config=config)
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    text = stderr.decode()
    assert "Traceback" not in text, text
    line = one_line(text.strip().splitlines())
    assert process.returncode == 2 and "command_guild_id" in line and "123456789012345678" in line, line
