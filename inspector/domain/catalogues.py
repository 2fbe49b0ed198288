"""The core's gettext catalogues: finding the languages, loading their texts.

Sources are ``resources/locale/<lang>/LC_MESSAGES/inspector.po``: ``msgctxt``
is the message key (``area.name``), ``msgid`` the English text, ``msgstr`` the
translation (plural texts: ``msgid_plural`` and one ``msgstr[i]`` per form of
the language's ``Plural-Forms``). See docs/translating.md.

A language is any folder there with an ``inspector.po``: adding one is data
only. Each is read from its compiled ``inspector.mo`` — next to the ``.po``
when a build or the test set-up compiled it (``scripts/catalogues.py
compile``), else compiled on first use into the user cache folder (a source
checkout), as the Qt ``.ts`` files are. Reading a ``.mo`` costs a few
milliseconds; parsing the ``.po`` ten times that, so start-up never does it
twice. Fuzzy texts (not yet reviewed by a native speaker) are used: they are
the best we have.
"""

from __future__ import annotations

import gettext
import hashlib
import io
import logging
import os
import struct
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from inspector.paths import APP_NAME, resource_path

log = logging.getLogger(__name__)

DOMAIN = "inspector"
SOURCE_LANGUAGE = "en"
#: another folder of catalogues (a translator trying a new language, the tests)
ENV_LOCALE_DIR = "INSPECTOR_LOCALE_DIR"


@dataclass(frozen=True)
class Entry:
    """One message in one language: the English source and the translated forms."""

    source: str
    forms: tuple[str, ...]  # one text, or one per plural form; empty: not translated


@dataclass(frozen=True)
class Catalogue:
    lang: str
    entries: dict[str, Entry]  # by key (msgctxt)
    plural: Callable[[int], int]
    nplurals: int

    def text(self, key: str, count: int | None = None) -> str | None:
        """The translation of ``key`` (the form for ``count`` if plural); None if it has none."""
        entry = self.entries.get(key)
        if entry is None or not any(entry.forms):
            return None
        if len(entry.forms) == 1:
            return entry.forms[0]
        index = self.plural(count) if count is not None else len(entry.forms) - 1
        return entry.forms[min(max(index, 0), len(entry.forms) - 1)] or None


def locale_dir() -> Path:
    override = os.environ.get(ENV_LOCALE_DIR)
    return Path(override) if override else resource_path("locale")


def po_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or locale_dir()) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or locale_dir()) / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def available(folder: Path | None = None) -> tuple[str, ...]:
    """The languages with a catalogue, English first."""
    root = folder or locale_dir()
    found = {p.parent.parent.name for pattern in ("*/LC_MESSAGES/inspector.po", "*/LC_MESSAGES/inspector.mo")
             for p in root.glob(pattern)}
    return tuple(sorted(found, key=lambda lang: (lang != SOURCE_LANGUAGE, lang)))


def compile_po(source: Path, target: Path) -> None:
    """``.po`` → ``.mo`` with Babel, fuzzy texts included; written whole or not at all."""
    data = _compiled(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".inspector-", suffix=".mo")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _compiled(source: Path) -> bytes:
    from babel.messages.mofile import write_mo  # Babel's catalogue tools: only when compiling
    from babel.messages.pofile import read_po

    with source.open("rb") as f:
        catalog = read_po(f, domain=DOMAIN)
    if source.parent.parent.name == SOURCE_LANGUAGE:  # English may leave msgstr empty: the msgid is the text
        for message in catalog:
            if message.id and not message.string:
                message.string = message.id
            elif message.id and isinstance(message.string, tuple) and not any(message.string):
                message.string = tuple(message.id)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=True)
    return out.getvalue()


def _fresh(compiled: Path, source: Path) -> bool:
    try:
        return compiled.stat().st_mtime >= source.stat().st_mtime
    except OSError:
        return False


def _mo_bytes(lang: str) -> bytes | None:
    source, bundled = po_file(lang), mo_file(lang)
    # a frozen build trusts its own .mo (copying into the bundle may not keep the files' times)
    if bundled.exists() and (getattr(sys, "frozen", False) or not source.exists() or _fresh(bundled, source)):
        return bundled.read_bytes()
    if not source.exists():
        return None
    # one cached file per source file: a translator's folder (INSPECTOR_LOCALE_DIR) has its own
    tag = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:16]
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "locale" / f"{lang}-{tag}.mo"
    if _fresh(cache, source):
        return cache.read_bytes()
    try:
        compile_po(source, cache)
        return cache.read_bytes()
    except OSError as error:  # a read-only cache folder: compile in memory
        log.warning("cannot cache the compiled catalogue of %s: %s", lang, error)
        return _compiled(source)


_BROKEN = (OSError, ValueError, struct.error, UnicodeDecodeError)


def load(lang: str) -> Catalogue | None:
    """The catalogue of ``lang``, or None if there is none (or it cannot be read)."""
    try:
        data = _mo_bytes(lang)
        return None if data is None else _parse_mo(lang, data)
    except _BROKEN as error:
        log.warning("cannot read the compiled catalogue of %s: %s", lang, error)
    try:  # a damaged .mo: the source still says it all
        return _parse_mo(lang, _compiled(po_file(lang))) if po_file(lang).exists() else None
    except Exception as error:  # noqa: BLE001 - Babel's parse errors have no common base; never stop the app
        log.warning("cannot read the catalogue of %s: %s", lang, error)
        return None


def _parse_mo(lang: str, data: bytes) -> Catalogue:
    """A GNU ``.mo`` file: the format is small and fixed, see the gettext manual."""
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">" if magic == 0xDE120495 else None
    if order is None:
        raise ValueError("not a .mo file")
    _version, count, originals, translations = struct.unpack(order + "4I", data[4:20])
    entries: dict[str, Entry] = {}
    header = ""
    for i in range(count):
        length, offset = struct.unpack(order + "2I", data[originals + 8 * i:originals + 8 * i + 8])
        msgid = data[offset:offset + length].decode("utf-8")
        length, offset = struct.unpack(order + "2I", data[translations + 8 * i:translations + 8 * i + 8])
        msgstr = data[offset:offset + length].decode("utf-8")
        if msgid == "":
            header = msgstr
            continue
        context, separator, ids = msgid.rpartition("\x04")
        if separator:
            entries[context] = Entry(ids.split("\x00")[0], tuple(msgstr.split("\x00")))
    nplurals, plural = _plural_forms(header)
    return Catalogue(lang, entries, plural, nplurals)


def _plural_forms(header: str) -> tuple[int, Callable[[int], int]]:
    for line in header.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "plural-forms":
            parts = dict(p.strip().split("=", 1) for p in value.split(";") if "=" in p)
            try:
                return int(parts["nplurals"]), gettext.c2py(parts["plural"])
            except (KeyError, ValueError, SyntaxError):
                log.warning("unreadable Plural-Forms %r", value)
    return 2, lambda n: int(n != 1)


def extract_english(fileobj, keywords, comment_tags, options):
    """A Babel extractor (babel.cfg): the English catalogue is the source of the template.

    ``pybabel extract -F babel.cfg -o inspector.pot .`` then ``pybabel update``
    bring new and changed English texts to every language (changed ones fuzzy).
    """
    from babel.messages.pofile import read_po

    for message in read_po(fileobj, domain=DOMAIN):
        if not message.id:
            continue
        comments = list(message.auto_comments)
        if isinstance(message.id, tuple):
            yield message.lineno, "npgettext", (message.context, *message.id), comments
        else:
            yield message.lineno, "pgettext", (message.context, message.id), comments


def read_catalog(path: Path):
    """A ``.po`` file as a Babel catalogue, with the old English (``#| msgid``) as ``previous_id``.

    Babel's reader keeps those lines as translator comments (and its writer then
    turns them into ``# | msgid``); the catalogue tools read through here.
    """
    from babel.messages.pofile import read_po, unescape

    with path.open("rb") as f:
        catalog = read_po(f, domain=DOMAIN)
    for message in catalog:
        previous = [c for c in message.user_comments if c.lstrip().startswith("|")]
        if not previous:
            continue
        message.user_comments = [c for c in message.user_comments if c not in previous]
        ids: list[str] = []
        for comment in previous:
            line = comment.lstrip()[1:].strip()
            keyword, _, rest = line.partition(" ")
            if keyword in ("msgid", "msgid_plural"):
                ids.append("")
                line = rest
            if ids and line.startswith('"'):
                ids[-1] += unescape(line)
        message.previous_id = ids
    return catalog
