"""Loading checklist files and describing their problems (SPEC §4)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path as FsPath

from inspector.checklists.model import ChecklistDefinition
from inspector.checklists.source import MAX_FILE_BYTES, Problem, Source, read
from inspector.checklists.validator import validate
from inspector.domain.i18n import tr

log = logging.getLogger(__name__)


@dataclass
class LoadResult:
    """A file's definition, or every problem that stops it loading."""

    filename: str
    definition: ChecklistDefinition | None
    problems: list[Problem] = field(default_factory=list)
    source: Source | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.definition is not None and not self.problems

    def messages(self, lang: str | None = None) -> list[str]:
        return [describe(self.filename, problem, self.source, lang) for problem in self.problems]


def load_text(text: str | bytes, filename: str = "<text>") -> LoadResult:
    source = read(text)
    definition, problems = validate(source)
    return LoadResult(filename, definition, problems, source)


def load_file(path: str | FsPath) -> LoadResult:
    path = FsPath(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problem = Problem(1, (), "checklist.too_large", {"kib": MAX_FILE_BYTES // 1024})
            return LoadResult(path.name, None, [problem])
        data = path.read_bytes()
    except OSError as exc:
        problem = Problem(1, (), "checklist.unreadable", {"reason": exc.strerror or str(exc)})
        return LoadResult(path.name, None, [problem])
    return load_text(data, path.name)


def load_data(data: dict, filename: str = "<database>") -> ChecklistDefinition:
    """A definition from already-parsed data (frozen in the database, in a bundle)."""
    definition, problems = validate(Source(data=data))
    if definition is None:
        raise ValueError(f"{filename}: invalid checklist data: "
                         + "; ".join(describe(filename, p, None) for p in problems[:3]))
    return definition


def describe(filename: str, problem: Problem, source: Source | None, lang: str | None = None) -> str:
    """``file:line: sections[1].items[3] (item_id): message``."""
    where = _path_text(problem.path, source.data if source else None)
    text = problem.message(lang)
    return f"{filename}:{problem.line}: {where}: {text}" if where else f"{filename}:{problem.line}: {text}"


def _path_text(path: tuple, data: object) -> str:
    parts: list[str] = []
    node = data
    item_end = None
    for i, step in enumerate(path):
        if isinstance(step, int):
            parts.append(f"[{step}]")
        else:
            parts.append(f".{step}" if parts else step)
        node = node[step] if isinstance(node, (dict, list)) and _has(node, step) else None
        if len(path) >= 4 and i == 3 and path[0] == "sections" and path[2] == "items":
            item_end = len(parts)
            item_id = node.get("id") if isinstance(node, dict) else None
            if isinstance(item_id, str):
                parts.append(f" ({item_id})")
                item_end += 1
    if item_end is not None and item_end < len(parts):
        rest = "".join(parts[item_end:]).lstrip(".")
        return "".join(parts[:item_end]) + ": " + rest
    return "".join(parts)


def _has(node: dict | list, step: object) -> bool:
    if isinstance(node, dict):
        return step in node
    return isinstance(step, int) and 0 <= step < len(node)


def summary(result: LoadResult, lang: str | None = None) -> str:
    return tr("checklist.problem_count", lang, file=result.filename, count=len(result.problems))
