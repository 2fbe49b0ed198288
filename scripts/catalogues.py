"""The core's gettext catalogues (resources/locale): update, compile, list what needs review.

    python scripts/catalogues.py update          # English changes → every language (pybabel extract + update)
    python scripts/catalogues.py compile [DIR]   # .po → .mo (next to each .po, or under DIR)
    python scripts/catalogues.py review [LANG …] # texts not yet reviewed (fuzzy) or missing
    python scripts/catalogues.py review --count  # how many, per language

``update`` does what ``pybabel extract -F babel.cfg`` then ``pybabel update
--previous -D inspector -d resources/locale`` do: new English texts appear
untranslated in every language, changed ones keep their translation marked
fuzzy with the old English beside it (``#| msgid``), removed ones become
obsolete (``#~``). See docs/translating.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.domain import catalogues  # noqa: E402

LOCALE = ROOT / "resources" / "locale"
WIDTH = 76  # pybabel's, so that its output and ours do not reflow each other


def _read(path: Path) -> Catalog:
    return catalogues.read_catalog(path)


def _write(path: Path, catalog: Catalog) -> None:
    with path.open("wb") as f:
        write_po(f, catalog, width=WIDTH, include_previous=True)


def template(folder: Path = LOCALE) -> Catalog:
    """The template: every English text, keys as context (what ``pybabel extract`` makes)."""
    source = _read(catalogues.po_file(catalogues.SOURCE_LANGUAGE, folder))
    pot = Catalog(domain=catalogues.DOMAIN, project=source.project, version=source.version, fuzzy=False)
    for message in source:
        if message.id:
            pot.add(message.id, "" if isinstance(message.id, str) else ("",) * 2, context=message.context,
                    auto_comments=message.auto_comments, flags=message.flags - {"fuzzy"})
    return pot


def update(folder: Path = LOCALE) -> list[str]:
    pot = template(folder)
    changed = []
    for lang in catalogues.available(folder):
        if lang == catalogues.SOURCE_LANGUAGE:
            continue
        path = catalogues.po_file(lang, folder)
        catalog = _read(path)
        before = {(m.context, str(m.id), str(m.string), tuple(sorted(m.flags))) for m in catalog if m.id}
        previous = _follow_english(catalog, pot)
        catalog.update(pot, no_fuzzy_matching=True, update_header_comment=False)
        for message in catalog:  # update() keeps the flags, not the old English: put it back
            if message.id and message.context in previous:
                message.previous_id = previous[message.context]
        after = {(m.context, str(m.id), str(m.string), tuple(sorted(m.flags))) for m in catalog if m.id}
        if before != after or catalog.obsolete:
            _write(path, catalog)
            changed.append(f"{lang}: {len(after - before)} texts new or changed, {len(catalog.obsolete)} obsolete")
    return changed


def _follow_english(catalog: Catalog, pot: Catalog) -> dict[str, list[str]]:
    """A key whose English changed keeps its translation, fuzzy, with the old English as ``#| msgid``.

    (pybabel's own fuzzy matching pairs texts by likeness, which can pick another key.)
    """
    english = {m.context: m.id for m in pot if m.id}
    previous: dict[str, list[str]] = {}
    for message in list(catalog):
        new = english.get(message.context)
        if not message.id or new is None or new == message.id:
            continue
        catalog.delete(message.id, context=message.context)
        string = message.string
        if isinstance(new, tuple) != isinstance(string, tuple):
            string = ("",) * catalog.num_plurals if isinstance(new, tuple) else ""
        catalog.add(new, string, context=message.context, auto_comments=message.auto_comments,
                    user_comments=message.user_comments, flags=message.flags | {"fuzzy"},
                    previous_id=list(message.id) if isinstance(message.id, tuple) else [message.id])
        previous[message.context] = list(message.id) if isinstance(message.id, tuple) else [message.id]
    return previous


def compile_all(out: Path | None = None, folder: Path = LOCALE) -> list[Path]:
    written = []
    for lang in catalogues.available(folder):
        target = catalogues.mo_file(lang, out) if out else catalogues.mo_file(lang, folder)
        catalogues.compile_po(catalogues.po_file(lang, folder), target)
        written.append(target)
    return written


def needing_review(lang: str, folder: Path = LOCALE) -> list[tuple[str, str, str]]:
    """``(key, English, why)`` of the texts of ``lang`` that are fuzzy or missing."""
    out = []
    for message in _read(catalogues.po_file(lang, folder)):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        why = "missing" if not all(strings) else "fuzzy" if message.fuzzy else None
        if why and lang != catalogues.SOURCE_LANGUAGE:
            out.append((message.context or "", str(message.id if isinstance(message.id, str) else message.id[0]), why))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="bring new and changed English texts to every language")
    p = commands.add_parser("compile", help="compile every .po into its .mo")
    p.add_argument("out", nargs="?", type=Path, help="folder for <lang>/LC_MESSAGES/inspector.mo")
    p = commands.add_parser("review", help="list the texts still needing a native speaker's review")
    p.add_argument("languages", nargs="*")
    p.add_argument("--count", action="store_true", help="only how many, per language")
    args = parser.parse_args(argv)
    if args.command == "update":
        print("\n".join(update()) or "every language is up to date")
    elif args.command == "compile":
        for path in compile_all(args.out):
            print(path)
    else:
        for lang in args.languages or [lang for lang in catalogues.available(LOCALE) if lang != "en"]:
            if lang not in catalogues.available(LOCALE):
                print(f"no catalogue for {lang!r}", file=sys.stderr)
                return 2
            rows = needing_review(lang)
            print(f"{lang}: {len(rows)} texts need review")
            if not args.count:
                for key, english, why in rows:
                    print(f"  {why:8} {key}  {english}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
