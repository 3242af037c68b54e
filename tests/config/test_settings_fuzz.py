"""Malformed settings files, made by mutating config.example.yaml: each loads or fails with one clear line."""

import random
from pathlib import Path

import pytest

from config.settings import load_settings
from core.errors import ConfigurationError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = (ROOT / "config.example.yaml").read_bytes()
JUNK = [b"\x00", b"\xff", b"{", b"[", b"]", b": ", b"- ", b"\n  ", b"&a", b"*a", b"!!binary", b"? ", b"\t", b"'", b'"']
VALUES = [
    b"null",
    b"[]",
    b"{}",
    b"-1",
    b"1e999",
    b"true",
    b"0x10",
    b"'x'",
    b"[1, [2]]",
    b"{a: {b: c}}",
    b"~",
    b"9" * 40,
]


def mutate(rng: random.Random) -> bytes:
    data = bytearray(EXAMPLE)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(5)
        at = rng.randrange(len(data))
        if kind == 0:
            del data[at : at + rng.randint(1, 40)]
        elif kind == 1:
            data[at:at] = rng.choice(JUNK)
        elif kind == 2:
            line_start = data.rfind(b"\n", 0, at) + 1
            colon = data.find(b":", line_start)
            end = data.find(b"\n", line_start)
            if 0 <= colon < end:
                data[colon + 1 : end] = b" " + rng.choice(VALUES)
        elif kind == 3:
            data = data[:at]
        else:
            data[at:at] = b"x:" + b" [" * rng.randint(50, 5000)
    return bytes(data)


@pytest.mark.parametrize("seed", range(420))
def test_a_malformed_settings_file_never_escapes_as_a_traceback(tmp_path, monkeypatch, seed):
    monkeypatch.setenv("DISCORD_TOKEN", "MTA.fake.token")
    for name in ("DATABASE_URL", "TICKETBOT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "config.yaml"
    path.write_bytes(mutate(random.Random(seed)))
    try:
        load_settings(path, env_file=None)
    except ConfigurationError as error:
        assert "\n" not in str(error) and str(error).startswith(str(path))
