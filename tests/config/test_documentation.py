"""The README's settings table and config.example.yaml name exactly the settings the model has."""

import re
from pathlib import Path

import yaml
from pydantic import BaseModel

from config.settings import ENVIRONMENT, SECRET_KEYS, Settings

ROOT = Path(__file__).resolve().parents[2]


def model_keys(model: type[BaseModel] = Settings, prefix: str = "") -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            keys |= model_keys(annotation, f"{prefix}{name}.")
        else:
            keys.add(prefix + name)
    return keys


def yaml_keys(data: dict, prefix: str = "") -> set[str]:
    keys = set()
    for name, value in data.items():
        keys |= yaml_keys(value, f"{prefix}{name}.") if isinstance(value, dict) else {prefix + name}
    return keys


def readme_table() -> tuple[set[str], set[str]]:
    """The keys and the environment variables the README's settings table names."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("| Key | Environment | Default | Meaning |", 1)[1].split("\n\n", 1)[0]
    keys, variables = set(), set()
    for row in table.splitlines()[2:]:
        key_cell, variable_cell = row.split("|")[1:3]
        keys |= set(re.findall(r"`([\w.]+)`", key_cell))
        variables |= set(re.findall(r"`([A-Z_]+)`", variable_cell))
    return keys, variables


def test_the_example_file_has_every_setting_but_the_secrets():
    example = yaml.safe_load((ROOT / "config.example.yaml").read_text(encoding="utf-8"))
    assert yaml_keys(example) == model_keys() - set(SECRET_KEYS)


def test_the_readme_table_has_every_setting_and_variable():
    keys, variables = readme_table()
    assert keys == model_keys()
    assert variables == set(ENVIRONMENT)


def test_the_example_file_names_every_secret_variable():
    text = (ROOT / "config.example.yaml").read_text(encoding="utf-8")
    assert all(variable in text for variable in SECRET_KEYS.values())
