"""The contract tests mirror the storage interfaces: each method is called by the tests of its interface."""

import importlib
import inspect
import pkgutil
import re
from abc import ABC
from pathlib import Path

import database.contract
from database.base import DatabaseAdapter

HERE = Path(__file__).resolve().parent
MAX_METHODS = 15
# Every interface defined in database/contract/, found there rather than listed again.
STORES = [
    member
    for info in pkgutil.iter_modules(database.contract.__path__)
    for _, member in inspect.getmembers(importlib.import_module(f"database.contract.{info.name}"), inspect.isclass)
    if issubclass(member, ABC) and member is not ABC and member.__module__.endswith(f".{info.name}")
]


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
