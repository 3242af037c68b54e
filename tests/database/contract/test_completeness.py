"""The contract tests mirror the storage interfaces: each method is called by the tests of its interface."""

import inspect
import re
from pathlib import Path

from database.base import DatabaseAdapter
from database.contract import STORES

HERE = Path(__file__).resolve().parent
MAX_METHODS = 15


def abstract_methods(interface):
    return sorted(name for name in interface.__abstractmethods__ if not name.startswith("_"))


def test_the_adapter_is_exactly_its_interfaces_plus_connecting():
    combined = {name for interface in STORES for name in abstract_methods(interface)}
    assert set(DatabaseAdapter.__abstractmethods__) == combined | {"connect", "close"}
    assert all(issubclass(DatabaseAdapter, interface) for interface in STORES)


def test_every_interface_is_small():
    for interface in STORES:
        assert 0 < len(abstract_methods(interface)) <= MAX_METHODS, interface.__name__


def test_every_method_is_called_by_the_tests_of_its_interface():
    missing = []
    for interface in STORES:
        module = inspect.getmodule(interface).__name__.rpartition(".")[2]
        tests = HERE / f"test_{module}.py"
        source = tests.read_text(encoding="utf-8") if tests.is_file() else ""
        missing += [
            f"{tests.name}: {name}" for name in abstract_methods(interface) if not re.search(rf"\.{name}\(", source)
        ]
    assert not missing, missing
