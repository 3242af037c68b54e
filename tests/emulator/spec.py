"""Checks requests and responses against Discord's OpenAPI description.

Snowflakes may be integers or strings (discord.py sends both); everything else is strict.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent / "discord-api-spec" / "openapi.json"
SPEC_URI = "urn:discord-api-spec"


class SpecValidator:
    """Finds the operation for a request and validates bodies and query strings against it."""

    def __init__(self, path: Path = SPEC_PATH) -> None:
        spec = json.loads(path.read_text(encoding="utf-8"))
        snowflake = spec["components"]["schemas"]["SnowflakeType"]
        spec["components"]["schemas"]["SnowflakeType"] = {"anyOf": [snowflake, {"type": "integer", "minimum": 0}]}
        _accept_string_permissions(spec)
        self._spec = spec
        self._validators: dict[str, Draft202012Validator] = {}
        # Every bot start syncs the same commands, every test sends alike messages: check each body once
        # (its snowflakes as placeholders, which the description cannot tell apart; see _placeholders).
        self._checked = functools.lru_cache(maxsize=4096)(self._check)
        self._registry = Registry().with_resource(SPEC_URI, Resource(contents=spec, specification=DRAFT202012))
        self._routes = [
            (re.compile("^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$"), template)
            for template in sorted(spec["paths"], key=lambda t: (t.count("{"), -len(t)))
        ]

    def template(self, path: str) -> str | None:
        """Return the spec's path template for a concrete path (literal segments win over parameters)."""
        for pattern, template in self._routes:
            if pattern.match(path):
                return template
        return None

    def check_request(self, method: str, path: str, query: dict[str, str], body: Any | None) -> list[str]:
        """Return what is wrong with a request, as readable lines (empty when it is valid).

        Operations Discord does not have are not checked here: the emulator answers them with a 404.
        """
        template = self.template(path)
        if template is None or method.lower() not in self._spec["paths"][template]:
            return []
        operation = self._spec["paths"][template][method.lower()]
        problems = []
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "query" and parameter["name"] in query:
                value = _coerce(query[parameter["name"]], parameter["schema"])
                problems += self._errors(f"query {parameter['name']}", parameter["schema"], value)
        if body is not None:
            content = operation.get("requestBody", {}).get("content", {})
            schema = content.get("application/json", {}).get("schema")
            if schema is None:
                problems.append(f"{method} {template}: this operation takes no JSON body")
            else:
                problems += self._errors(f"{method} {template} body", schema, body)
        return problems

    def check_response(self, method: str, path: str, status: int, body: Any) -> list[str]:
        """Return what is wrong with one of the emulator's own JSON responses."""
        template = self.template(path)
        if template is None:
            return []
        operation = self._spec["paths"][template].get(method.lower(), {})
        response = operation.get("responses", {}).get(str(status))
        schema = (response or {}).get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return []
        return self._errors(f"response to {method} {template} ({status})", schema, body)

    def _errors(self, where: str, schema: dict[str, Any], value: Any) -> list[str]:
        problems = self._checked(json.dumps(schema, sort_keys=True), json.dumps(_placeholders(value), sort_keys=True))
        return [f"{where}: {problem}" for problem in problems]

    def _check(self, schema_json: str, value_json: str) -> tuple[str, ...]:
        """What is wrong with a value (as JSON, the way it travels), by a schema."""
        return tuple(
            f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message[:300]}"
            for error in self._validator(schema_json).iter_errors(json.loads(value_json))
        )

    def _validator(self, schema_json: str) -> Draft202012Validator:
        validator = self._validators.get(schema_json)
        if validator is None:
            schema = _absolute_refs(json.loads(schema_json))
            validator = self._validators[schema_json] = Draft202012Validator(schema, registry=self._registry)
        return validator


PERMISSION_FIELDS = frozenset({"allow", "deny", "permissions", "default_member_permissions"})
DIGITS = {"type": "string", "pattern": "^[0-9]+$"}


@functools.cache
def shared(path: Path = SPEC_PATH) -> SpecValidator:
    """One validator per process for every emulator, so what it checked once it need not check again."""
    return SpecValidator(path)


@functools.cache
def locales(path: Path = SPEC_PATH) -> frozenset[str]:
    """Discord's locales (the description's ``AvailableLocalesEnum``): a user's, a server's, a localization's key."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(choice["const"] for choice in spec["components"]["schemas"]["AvailableLocalesEnum"]["oneOf"])


SNOWFLAKE = re.compile(r"[1-9][0-9]{16,19}")


def _placeholders(value: Any) -> Any:
    """The value with every snowflake string replaced by one of the same length (1 then zeros): no schema
    of the description tells them apart (ids are ``SnowflakeType``, bit sets digit strings)."""
    if isinstance(value, dict):
        return {k: _placeholders(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_placeholders(v) for v in value]
    if isinstance(value, str) and SNOWFLAKE.fullmatch(value):
        return "1" + "0" * (len(value) - 1)
    return value


def _accept_string_permissions(node: Any) -> None:
    """Let permission bit sets be digit strings too: Discord documents and accepts them as strings,
    and discord.py sends them so, though the description types some of them as integers."""
    if isinstance(node, dict):
        for name, schema in (node.get("properties") or {}).items():
            types = schema.get("type") if isinstance(schema, dict) else None
            if name in PERMISSION_FIELDS and (types == "integer" or (isinstance(types, list) and "integer" in types)):
                node["properties"][name] = {"anyOf": [schema, DIGITS]}
        for value in node.values():
            _accept_string_permissions(value)
    elif isinstance(node, list):
        for value in node:
            _accept_string_permissions(value)


def _absolute_refs(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {
            k: (SPEC_URI + v if k == "$ref" and v.startswith("#") else _absolute_refs(v)) for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute_refs(v) for v in schema]
    return schema


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    """Turn a query-string value into the JSON value its schema describes."""
    if schema.get("type") == "boolean":
        return {"true": True, "1": True, "false": False, "0": False}.get(value.lower(), value)
    if re.fullmatch(r"-?\d+", value):
        return int(value) if len(value) < 16 else value
    return value
