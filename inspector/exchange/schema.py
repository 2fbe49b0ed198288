"""Checking a document against the ``bcp-inspection/1`` JSON Schema, in code.

``jsonschema`` is a test dependency only (officers install over poor links);
this is a small interpreter for exactly the keywords our schema uses. A
keyword it does not know makes it refuse to start, so a schema change cannot
be silently ignored. It is a little stricter than JSON Schema in two places:
``integer`` does not accept ``1.0`` and ``format: date`` is asserted.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from inspector.domain.i18n import tr
from inspector.exchange.inspection_schema import SCHEMA

log = logging.getLogger(__name__)

ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}
ASSERTIONS = {"$ref", "type", "const", "enum", "minLength", "maxLength", "pattern", "format", "minimum",
              "maximum", "exclusiveMinimum", "required", "additionalProperties", "properties", "items",
              "oneOf"}
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass(frozen=True)
class SchemaProblem:
    """Where a document breaks the schema (``cargo[1].hs_code``) and how."""

    path: str
    key: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)


def check_document(document: object) -> SchemaProblem | None:
    """The first problem of ``document`` against ``bcp-inspection/1``, or None.

    The compiled check (:func:`is_valid`) answers for the usual, valid document; the interpreter
    below, which says where and why, runs only for a document it refuses.
    """
    if is_valid(document):
        return None
    return _problem(document, SCHEMA, "")


def is_valid(document: object) -> bool:
    """Whether ``document`` satisfies ``bcp-inspection/1``: the same answer as :func:`_problem` (the
    schema compiled once into closures — no paths, no messages; tests/exchange/test_schema.py
    compares the two on mutated documents)."""
    return _compiled(SCHEMA)(document)


def _supported(schema: object, where: str = "#") -> None:
    if isinstance(schema, dict):
        unknown = set(schema) - ANNOTATIONS - ASSERTIONS
        if unknown:
            raise RuntimeError(f"schema keyword(s) {sorted(unknown)} at {where} are not implemented")
        for key, value in schema.items():
            if key in ("properties", "$defs"):
                for name, sub in value.items():
                    _supported(sub, f"{where}/{key}/{name}")
            elif key in ("items",):
                _supported(value, f"{where}/{key}")
            elif key == "oneOf":
                for n, sub in enumerate(value):
                    _supported(sub, f"{where}/oneOf/{n}")


_supported(SCHEMA)


@lru_cache(maxsize=None)
def _regex(pattern: str) -> re.Pattern:
    # JSON Schema's "$" ends the text; Python's also matches before a final new line ("FRB\n").
    return re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)


def _resolve(ref: str) -> dict:
    if not ref.startswith("#/"):
        raise RuntimeError(f"only local references are supported, not {ref}")
    node: object = SCHEMA
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def _is_type(value: object, name: str) -> bool:
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if name == "string":
        return isinstance(value, str)
    if name == "array":
        return isinstance(value, list)
    if name == "object":
        return isinstance(value, dict)
    raise RuntimeError(f"unknown JSON type {name}")


def _same(a: object, b: object) -> bool:
    """JSON equality: ``1`` is not ``true``."""
    return type(a) is type(b) and a == b or (
        _is_type(a, "number") and _is_type(b, "number") and a == b)


def _child(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _problem(value: object, schema: dict, path: str) -> SchemaProblem | None:
    where = path or "document"
    if "$ref" in schema:
        found = _problem(value, _resolve(schema["$ref"]), path)
        if found:
            return found
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, t) for t in types):
            return SchemaProblem(where, "exchange.schema_type", {"expected": " | ".join(types)})
    if "const" in schema and not _same(value, schema["const"]):
        return SchemaProblem(where, "exchange.schema_enum", {"allowed": schema["const"]})
    if "enum" in schema and not any(_same(value, e) for e in schema["enum"]):
        allowed = ", ".join("null" if e is None else str(e) for e in schema["enum"])
        return SchemaProblem(where, "exchange.schema_enum", {"allowed": allowed})
    if isinstance(value, str):
        found = _string(value, schema, where)
    elif _is_type(value, "number"):
        found = _number(value, schema, where)
    elif isinstance(value, dict):
        found = _object(value, schema, path)
    elif isinstance(value, list):
        found = _array(value, schema, path)
    else:
        found = None
    if found:
        return found
    if "oneOf" in schema:
        return _one_of(value, schema["oneOf"], path)
    return None


def _string(value: str, schema: dict, where: str) -> SchemaProblem | None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        # "count" picks the plural form ("at least 1 character")
        return SchemaProblem(where, "exchange.schema_min_length", {"min": schema["minLength"],
                                                                   "count": schema["minLength"]})
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return SchemaProblem(where, "exchange.schema_max_length", {"max": schema["maxLength"]})
    if "pattern" in schema and not _regex(schema["pattern"]).search(value):
        return SchemaProblem(where, "exchange.schema_pattern", {"value": value[:80]})
    if schema.get("format") == "date":
        try:
            ok = bool(_DATE.fullmatch(value)) and date.fromisoformat(value) is not None
        except ValueError:
            ok = False
        if not ok:
            return SchemaProblem(where, "exchange.schema_date", {"value": value[:80]})
    return None


def _number(value: float, schema: dict, where: str) -> SchemaProblem | None:
    if "minimum" in schema and value < schema["minimum"]:
        return SchemaProblem(where, "exchange.schema_minimum", {"min": schema["minimum"]})
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        return SchemaProblem(where, "exchange.schema_above", {"min": schema["exclusiveMinimum"]})
    if "maximum" in schema and value > schema["maximum"]:
        return SchemaProblem(where, "exchange.schema_maximum", {"max": schema["maximum"]})
    return None


def _object(value: dict, schema: dict, path: str) -> SchemaProblem | None:
    for key in schema.get("required", ()):
        if key not in value:
            return SchemaProblem(_child(path, key), "exchange.schema_required")
    properties = schema.get("properties", {})
    if schema.get("additionalProperties") is False:
        for key in value:
            if key not in properties:
                return SchemaProblem(_child(path, str(key)), "exchange.schema_unknown_key")
    for key, sub in properties.items():
        if key in value:
            found = _problem(value[key], sub, _child(path, key))
            if found:
                return found
    return None


def _array(value: list, schema: dict, path: str) -> SchemaProblem | None:
    if "items" in schema:
        for n, item in enumerate(value):
            found = _problem(item, schema["items"], _child(path, n))
            if found:
                return found
    return None


def _one_of(value: object, branches: list[dict], path: str) -> SchemaProblem | None:
    problems = [_problem(value, branch, path) for branch in branches]
    matching = problems.count(None)
    if matching == 1:
        return None
    if matching == 0:
        # The branch of the value's own type says best what is wrong with it.
        specific = [p for p in problems if p.key != "exchange.schema_type"]
        return specific[0] if specific else problems[0]
    return SchemaProblem(path or "document", "exchange.schema_one_of")


# -- the same rules compiled: one generated function per schema node, made once ----------------

_CLASSES = {"null": "NoneType", "string": "str", "array": "list", "object": "dict"}


class _Generator:
    """Writes the schema as Python source: a function per node, each check a line (no paths, no
    messages, no loops over keywords), compiled once at import."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.functions: list[str] = []
        self.values: dict[str, object] = {"_same": _same, "_is_type": _is_type, "_string": _string,
                                          "NoneType": type(None)}

    def value(self, value: object) -> str:
        name = f"_v{len(self.values)}"
        self.values[name] = value
        return name

    def function(self, schema: dict) -> str:
        key = id(schema)
        if key in self.names:
            return self.names[key]
        name = self.names[key] = f"_n{len(self.names)}"
        lines = self.lines(schema)
        self.functions.append(f"def {name}(v):\n" + "".join(f"    {line}\n" for line in lines) + "    return True\n")
        return name

    def lines(self, schema: dict) -> list[str]:
        lines = []
        if "$ref" in schema:
            lines.append(f"if not {self.function(_resolve(schema['$ref']))}(v): return False")
        if "type" in schema:
            types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if all(t in _CLASSES for t in types):
                lines.append(f"if not isinstance(v, ({', '.join(_CLASSES[t] for t in types)},)): return False")
            else:  # integer, number, boolean: bool is an int in Python, so the exact rules
                lines.append(f"if not ({' or '.join(f'_is_type(v, {t!r})' for t in types)}): return False")
        if "const" in schema:
            lines.append(f"if not _same(v, {self.value(schema['const'])}): return False")
        if "enum" in schema:
            allowed = schema["enum"]
            if all(type(e) is str or e is None for e in allowed):
                strings = self.value(frozenset(e for e in allowed if e is not None))
                # _same: a string equals only a string; null only null
                lines.append(f"if not (v in {strings} if type(v) is str else {None in allowed} and v is None): "
                             "return False")
            else:
                lines.append(f"if not any(_same(v, e) for e in {self.value(allowed)}): return False")
        strings = []
        if "minLength" in schema:
            strings.append(f"if len(v) < {int(schema['minLength'])}: return False")
        if "maxLength" in schema:
            strings.append(f"if len(v) > {int(schema['maxLength'])}: return False")
        if "pattern" in schema:
            strings.append(f"if {self.value(_regex(schema['pattern']).search)}(v) is None: return False")
        if schema.get("format") == "date":
            strings.append(f"if _string(v, {self.value({'format': 'date'})}, '') is not None: return False")
        if strings:
            lines.append("if isinstance(v, str):")
            lines += [f"    {line}" for line in strings]
        numbers = []
        for keyword, test in (("minimum", "v < {}"), ("exclusiveMinimum", "v <= {}"), ("maximum", "v > {}")):
            if keyword in schema:
                numbers.append(f"if {test.format(self.value(schema[keyword]))}: return False")
        if numbers:
            lines.append("if isinstance(v, (int, float)) and not isinstance(v, bool):")
            lines += [f"    {line}" for line in numbers]
        objects = []
        if schema.get("required"):
            objects.append(f"if not v.keys() >= {self.value(frozenset(schema['required']))}: return False")
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            objects.append(f"if not v.keys() <= {self.value(frozenset(properties))}: return False")
        for key, sub in properties.items():
            objects.append(f"if {key!r} in v and not {self.function(sub)}(v[{key!r}]): return False")
        if objects:
            lines.append("if isinstance(v, dict):")
            lines += [f"    {line}" for line in objects]
        if "items" in schema:
            lines.append("if isinstance(v, list):")
            lines.append(f"    for item in v:")
            lines.append(f"        if not {self.function(schema['items'])}(item): return False")
        if "oneOf" in schema:
            branches = " + ".join(f"{self.function(b)}(v)" for b in schema["oneOf"])
            lines.append(f"if ({branches}) != 1: return False")
        return lines

    def compile(self, schema: dict):
        top = self.function(schema)
        scope = dict(self.values)
        exec(compile("\n".join(self.functions), "<bcp-inspection/1 schema>", "exec"), scope)  # our own text
        return scope[top]


def _compiled(schema: dict):
    return _VALID


_VALID = _Generator().compile(SCHEMA)
