"""Move core messages written as Python calls into the gettext catalogues.

    python scripts/messages_to_po.py            # move the calls found in the work tree
    python scripts/messages_to_po.py --check    # list them, change nothing (exit 1 if any)
    python scripts/messages_to_po.py --from REV [--base BASE]
                                                # move what branch REV added or changed

Before the gettext catalogues, each core text was a call
``_m("area.name", "English", "Русский", "Türkmençe")`` (or ``add(...)``) in
``inspector/domain/messages/*.py``. Branches started before the move still add
texts that way. This script reads those calls with :mod:`ast` (never running
the files), writes each text into ``resources/locale/<lang>/LC_MESSAGES/inspector.po``
(``msgctxt`` = the key, ``msgid`` = the English text, ``msgstr`` = the
translation; see docs/translating.md) and deletes the modules it emptied, so it
can be run again after every merge.

A plural text gives a tuple per language, forms in the order of the language's
``Plural-Forms`` (English: one, other; Russian: one, few, many) and takes the
number as ``{count}``:
``_m("list.shown", ("{count} record shown", "{count} records shown"), (…3…), (…2…))``.

Merging a branch that still has the calls (``git merge BRANCH`` stops on the
deleted modules it touched)::

    python scripts/messages_to_po.py --from MERGE_HEAD && git add -A resources/locale inspector/domain/messages

reads the branch's modules and those of the merge base, and applies only what
the branch changed: a new key, a text it edited (the translations it did not
edit are marked fuzzy when the English changed), a key it removed. Texts the
branch left as they were keep the catalogue's (possibly corrected) wording.
Without ``--from``, every call in the work tree wins over the catalogue.

Turkmen texts arrive marked fuzzy (no native speaker has reviewed them yet).
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.domain.catalogues import read_catalog  # noqa: E402  (reads #| msgid back)
MESSAGES_DIR = "inspector/domain/messages"
LOCALE_DIR = ROOT / "resources" / "locale"
DOMAIN = "inspector"
SOURCE_LANGUAGES = ("en", "ru", "tk")  # the order of a call's arguments
KEEP = {"__init__.py", "catalogue.py"}  # the machinery, not texts
NEEDS_REVIEW = {"tk"}  # languages whose moved texts are marked fuzzy
CALLS = {"_m", "add"}


class Unreadable(Exception):
    """A call whose texts are not plain literals: it must be moved by hand."""


@dataclass(frozen=True)
class Message:
    key: str
    texts: dict[str, str | tuple[str, ...]]  # language → text (a tuple for plural forms)
    where: str


# -- reading calls ---------------------------------------------------------------------------------------


class _Reader:
    """Evaluates the few constructs the message modules use: literals, module-level
    literal lists, f-strings of loop variables and ``for … in (enumerate(…))`` loops."""

    def __init__(self, path: str, source: str) -> None:
        self.path = path
        self.tree = ast.parse(source, filename=path)
        self.names: dict[str, object] = {}
        self.messages: list[Message] = []

    def read(self) -> list[Message]:
        for node in self.tree.body:
            self._statement(node, {})
        return self.messages

    def _statement(self, node: ast.stmt, scope: dict[str, object]) -> None:
        if isinstance(node, ast.Expr) and _is_message_call(node.value):
            self._call(node.value, scope)
        elif isinstance(node, ast.For):
            for item in self._iterable(node.iter, scope):
                inner = dict(scope)
                self._bind(node.target, item, inner)
                for child in node.body:
                    self._statement(child, inner)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and not scope:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if node.value is not None and all(isinstance(t, ast.Name) for t in targets):
                try:
                    value = ast.literal_eval(node.value)
                except ValueError:
                    return
                for target in targets:
                    self.names[target.id] = value
        elif any(_is_message_call(n) for n in ast.walk(node)):
            raise Unreadable(f"{self.path}:{node.lineno}: a message call inside {type(node).__name__}")

    def _iterable(self, node: ast.expr, scope: dict[str, object]) -> list[object]:
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "enumerate"
                and not node.keywords and 1 <= len(node.args) <= 2):
            start = self._value(node.args[1], scope) if len(node.args) == 2 else 0
            return list(enumerate(self._value(node.args[0], scope), start))
        value = self._value(node, scope)
        if not isinstance(value, (list, tuple)):
            raise Unreadable(f"{self.path}:{node.lineno}: cannot read the loop's items")
        return list(value)

    def _bind(self, target: ast.expr, value: object, scope: dict[str, object]) -> None:
        if isinstance(target, ast.Name):
            scope[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (list, tuple)) \
                and len(target.elts) == len(value):
            for element, item in zip(target.elts, value):
                self._bind(element, item, scope)
        else:
            raise Unreadable(f"{self.path}:{target.lineno}: cannot unpack the loop's items")

    def _value(self, node: ast.expr, scope: dict[str, object]) -> object:
        if isinstance(node, ast.Name):
            if node.id in scope:
                return scope[node.id]
            if node.id in self.names:
                return self.names[node.id]
            raise Unreadable(f"{self.path}:{node.lineno}: unknown name {node.id}")
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                if isinstance(value, ast.Constant):
                    parts.append(str(value.value))
                elif isinstance(value, ast.FormattedValue) and value.conversion == -1 and value.format_spec is None:
                    parts.append(str(self._value(value.value, scope)))
                else:
                    raise Unreadable(f"{self.path}:{node.lineno}: f-string too complex")
            return "".join(parts)
        if isinstance(node, (ast.Tuple, ast.List)):
            return tuple(self._value(e, scope) for e in node.elts)
        try:
            return ast.literal_eval(node)
        except ValueError:
            raise Unreadable(f"{self.path}:{node.lineno}: not a literal") from None

    def _call(self, call: ast.Call, scope: dict[str, object]) -> None:
        values = [self._value(a, scope) for a in call.args]
        keywords = {k.arg: self._value(k.value, scope) for k in call.keywords}
        names = ("key",) + SOURCE_LANGUAGES
        if len(values) > len(names) or set(keywords) - set(names[len(values):]):
            raise Unreadable(f"{self.path}:{call.lineno}: unexpected arguments")
        arguments = dict(zip(names, values)) | keywords
        if set(arguments) != set(names):
            raise Unreadable(f"{self.path}:{call.lineno}: needs a key and the texts in {', '.join(SOURCE_LANGUAGES)}")
        key = arguments.pop("key")
        if not isinstance(key, str):
            raise Unreadable(f"{self.path}:{call.lineno}: the key is not a string")
        for lang, text in arguments.items():
            ok = isinstance(text, str) or (isinstance(text, tuple) and text and all(isinstance(t, str) for t in text))
            if not ok or isinstance(text, tuple) != isinstance(arguments["en"], tuple):
                raise Unreadable(f"{self.path}:{call.lineno}: {key}: the {lang} text is not a string (or plural forms)")
        self.messages.append(Message(key, arguments, f"{self.path}:{call.lineno}"))


def _is_message_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CALLS


def read_messages(files: dict[str, str]) -> dict[str, Message]:
    """``{path: source}`` → the messages their calls define, by key."""
    found: dict[str, Message] = {}
    for path, source in sorted(files.items()):
        for message in _Reader(path, source).read():
            if message.key in found:
                raise Unreadable(f"{message.where}: {message.key} defined twice (also {found[message.key].where})")
            found[message.key] = message
    return found


# -- where the modules come from ---------------------------------------------------------------------------


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def modules_in_tree() -> dict[str, str]:
    folder = ROOT / MESSAGES_DIR
    return {f"{MESSAGES_DIR}/{p.name}": p.read_text(encoding="utf-8")
            for p in sorted(folder.glob("*.py")) if p.name not in KEEP}


def modules_at(rev: str) -> dict[str, str]:
    names = _git("ls-tree", "--name-only", f"{rev}:{MESSAGES_DIR}").split()
    return {f"{MESSAGES_DIR}/{n}": _git("show", f"{rev}:{MESSAGES_DIR}/{n}")
            for n in names if n.endswith(".py") and n not in KEEP}


# -- the catalogues ----------------------------------------------------------------------------------------


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(lang: str) -> Catalog:
    path = po_path(lang)
    if path.exists():
        return read_catalog(path)  # the language (and its plural forms) from the header
    return Catalog(locale=lang, domain=DOMAIN, project="BCP Inspector", version="1",
                   copyright_holder="BCP Inspector developers", language_team=f"{lang} <>", fuzzy=False)


def save(lang: str, catalog: Catalog) -> None:
    """Write the catalogue sorted by key: every language's file in the same order, small diffs."""
    ordered = Catalog(domain=DOMAIN, header_comment=catalog.header_comment, fuzzy=False)
    ordered.mime_headers = catalog.mime_headers
    for message in sorted((m for m in catalog if m.id), key=lambda m: (m.context or "", str(m.id))):
        ordered[message.id] = message
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, ordered, width=76, include_previous=True)


def _find(catalog: Catalog, key: str):
    for message in catalog:
        if message.context == key:
            return message
    return None


def apply(catalogs: dict[str, Catalog], message: Message, base: Message | None) -> list[str]:
    """Put ``message`` into every catalogue; ``base`` is the same key before the branch changed it."""
    changes = []
    en = message.texts["en"]
    english_changed = base is None or base.texts["en"] != en
    for lang, catalog in catalogs.items():
        old = _find(catalog, message.key)
        text = message.texts.get(lang)
        if lang == "en":
            text = en
        edited = base is None or text is None or base.texts.get(lang) != text
        if old is not None and not english_changed and not edited:
            continue  # the branch did not touch this language's text: the catalogue's stands
        if old is not None and str(old.id) == str(en) and old.string == text:
            continue
        if text is None or (not edited and old is not None):
            # a language added after the calls were written, or a translation the branch left as it was
            # while its English changed: keep the catalogue's (perhaps corrected) text, to be reviewed
            text = old.string if old is not None else ("",) * catalog.num_plurals if isinstance(en, tuple) else ""
            fuzzy = True
        else:
            fuzzy = lang in NEEDS_REVIEW or (english_changed and not edited and base is not None)
            if isinstance(text, tuple):
                text = _plural_forms(text, catalog.num_plurals, message.key, lang)
        previous = [] if lang == "en" or old is None or old.id == en else \
            list(old.id) if isinstance(old.id, tuple) else [old.id]
        if old is not None:
            catalog.delete(old.id, context=old.context)
        catalog.add(en, text, context=message.key, flags=("fuzzy",) if fuzzy else (),
                    previous_id=previous or ())
        changes.append(f"{'updated' if old is not None else 'added'} {message.key} [{lang}]")
    return changes


def _plural_forms(forms: tuple[str, ...], wanted: int, key: str, lang: str) -> tuple[str, ...]:
    if len(forms) != wanted:
        raise Unreadable(f"{key}: {lang} needs {wanted} plural forms, the call gives {len(forms)}")
    return forms


def remove(catalogs: dict[str, Catalog], key: str) -> list[str]:
    changes = []
    for lang, catalog in catalogs.items():
        old = _find(catalog, key)
        if old is not None:
            catalog.delete(old.id, context=old.context)
            changes.append(f"removed {key} [{lang}]")
    return changes


def languages() -> list[str]:
    found = {p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return sorted(found | set(SOURCE_LANGUAGES), key=lambda lang: (lang != "en", lang))


def apply_branch(theirs: dict[str, Message], base: dict[str, Message]) -> list[str]:
    """Write what ``theirs`` changed since ``base`` into every catalogue (all or nothing)."""
    catalogs = {lang: load(lang) for lang in languages()}
    changes: list[str] = []
    for key, message in theirs.items():
        before = base.get(key)
        if before is not None and before.texts == message.texts:
            continue  # unchanged on the branch: the catalogue's wording stands
        changes += apply(catalogs, message, before)
    for key in sorted(set(base) - set(theirs)):
        changes += remove(catalogs, key)
    for lang, catalog in catalogs.items():
        save(lang, catalog)
    return changes


# -- main --------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="list the calls still to move; change nothing")
    parser.add_argument("--from", dest="rev", help="move what this revision (a merged branch) changed")
    parser.add_argument("--base", help="the revision it started from (default: git merge-base HEAD REV)")
    args = parser.parse_args(argv)
    try:
        if args.rev:
            base_rev = args.base or _git("merge-base", "HEAD", args.rev).strip()
            theirs, base = read_messages(modules_at(args.rev)), read_messages(modules_at(base_rev))
        else:
            theirs, base = read_messages(modules_in_tree()), {}
    except (Unreadable, SyntaxError) as error:
        print(f"cannot move the messages, nothing changed: {error}", file=sys.stderr)
        return 2
    if args.check:
        for message in theirs.values():
            print(f"{message.where}: {message.key}")
        return 1 if theirs else 0
    try:
        changes = apply_branch(theirs, base)
    except Unreadable as error:
        print(f"cannot move the messages, nothing changed: {error}", file=sys.stderr)
        return 2
    for path in sorted((ROOT / MESSAGES_DIR).glob("*.py")):
        if path.name not in KEEP:
            path.unlink()
            print(f"deleted {path.relative_to(ROOT)}")
    print("\n".join(changes))
    print(f"{len(theirs)} calls read, {len(changes)} catalogue changes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
