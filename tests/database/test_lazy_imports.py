"""A backend's driver is imported only when its URL is used: a SQLite user never needs aiomysql or pymongo."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVERS = {"sqlite": "aiosqlite", "mysql": "aiomysql", "mongodb": "pymongo"}
URLS = {"sqlite": "sqlite:///tickets.db", "mysql": "mysql://u@h/db", "mongodb": "mongodb://h/db"}


@pytest.mark.parametrize("scheme", sorted(DRIVERS))
def test_only_the_chosen_backends_driver_is_imported(scheme):
    script = (
        "import sys, database\n"
        f"adapter = database.create_adapter({URLS[scheme]!r})\n"
        f"print(adapter.backend, *sorted(d for d in {sorted(DRIVERS.values())!r} if d in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.split() == [scheme, DRIVERS[scheme]]
