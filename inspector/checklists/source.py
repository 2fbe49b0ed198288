"""Reading checklist YAML safely, keeping the line of every value.

PyYAML composes the document into nodes; we convert the nodes ourselves so
that every value keeps its line for validation messages, and so that YAML 1.1's
surprises are not applied: only ``true``/``false`` are booleans (``yes``/``no``
stay strings), anchors/aliases, tags and duplicate keys are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from inspector.domain.i18n import tr

if TYPE_CHECKING:
    import yaml

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 32

Path = tuple[str | int, ...]

_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_FLOAT = re.compile(r"^[-+]?([0-9][0-9_]*)?\.[0-9]+([eE][-+]?[0-9]+)?$|^[-+]?[0-9]+[eE][-+]?[0-9]+$")
_PLAIN_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
               "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
               "tag:yaml.org,2002:seq", "tag:yaml.org,2002:timestamp",
               "tag:yaml.org,2002:value", "tag:yaml.org,2002:merge"}


@dataclass
class Problem:
    """One thing wrong in a checklist file; ``key`` names a catalogue message."""

    line: int
    path: Path
    key: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)


@dataclass
class Source:
    """A parsed document with the line of every path and any reading problems."""

    data: object = None
    lines: dict[Path, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line(self, path: Path) -> int:
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


def read(text: str | bytes) -> Source:
    import yaml  # here, not above: a report reads frozen checklists (JSON), never YAML

    source = Source()
    if isinstance(text, bytes):
        if len(text) > MAX_FILE_BYTES:
            source.problems.append(Problem(1, (), "checklist.too_large", {"kib": MAX_FILE_BYTES // 1024}))
            return source
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            source.problems.append(Problem(1, (), "checklist.not_utf8", {"offset": exc.start}))
            return source
    if len(text) > MAX_FILE_BYTES:
        source.problems.append(Problem(1, (), "checklist.too_large", {"kib": MAX_FILE_BYTES // 1024}))
        return source
    try:
        try:
            # libyaml's composer when PyYAML was built with it (ten times faster), else pure Python.
            node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError:
            # Rare, so take the time: the pure-Python parser words errors more precisely.
            node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        source.problems.append(Problem(line, (), "checklist.invalid_yaml", {"detail": exc.problem or exc.context}))
        return source
    except yaml.YAMLError as exc:
        source.problems.append(Problem(1, (), "checklist.invalid_yaml", {"detail": _first_line(exc)}))
        return source
    except RecursionError:  # the composer recurses per nesting level
        source.problems.append(Problem(1, (), "checklist.too_deep"))
        return source
    if node is None:
        source.problems.append(Problem(1, (), "checklist.empty"))
        return source
    source.data = _convert(node, (), source, set(), 0)
    return source


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _convert(node: yaml.Node, path: Path, source: Source, seen: set[int], depth: int) -> object:
    line = node.start_mark.line + 1
    source.lines.setdefault(path, line)
    if id(node) in seen:
        source.problems.append(Problem(line, path, "checklist.alias"))
        return None
    seen.add(id(node))
    if depth > MAX_DEPTH:
        source.problems.append(Problem(line, path, "checklist.too_deep"))
        return None
    if node.tag not in _PLAIN_TAGS:
        source.problems.append(Problem(line, path, "checklist.tag", {"tag": node.tag}))
        return None
    if node.id == "mapping":  # yaml.MappingNode
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node) if key_node.id == "scalar" else None
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                source.problems.append(Problem(key_line, path, "checklist.key_not_name"))
                continue
            if key == "<<":
                source.problems.append(Problem(key_line, path, "checklist.merge_key"))
                continue
            if key in result:
                source.problems.append(Problem(key_line, path + (key,), "checklist.duplicate_key", {"key": key}))
                continue
            source.lines[path + (key,)] = key_line
            result[key] = _convert(value_node, path + (key,), source, seen, depth + 1)
        return result
    if node.id == "sequence":  # yaml.SequenceNode
        return [_convert(item, path + (i,), source, seen, depth + 1) for i, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> object:
    """YAML 1.2 core schema for plain scalars; quoted scalars are strings."""
    value = node.value
    if node.style:  # quoted or block scalar
        return value
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    if value in ("true", "True", "TRUE"):
        return True
    if value in ("false", "False", "FALSE"):
        return False
    if _INT.fullmatch(value):
        return int(value.replace("_", ""))
    if _FLOAT.fullmatch(value):
        return float(value.replace("_", ""))
    return value
