"""Refresh resources/i18n/*.ts from the sources, keeping every translation.

    python scripts/update_translations.py [--check]

``pyside6-lupdate`` extracts the strings of ``inspector/ui`` (``self.tr``,
``QCoreApplication.translate`` with a literal context) into a scratch file;
the result is merged into our .ts files so that an entry that still exists
is left exactly as it is (its translation and its text in the file), new
strings are added as unfinished, and strings no longer in the sources are
dropped. The files keep one stable layout (Qt Linguist's), so parallel
edits merge cleanly.

* ``inspector_ru.ts``, ``inspector_tk.ts``: every string.
* ``inspector_en.ts``: only strings with plural forms (``%n``) — English
  needs a translation for "1 record" / "2 records" too.

``--check`` changes nothing and exits 1 if a file would change or a string
lacks a translation (what the test suite checks).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import PySide6

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "inspector" / "ui"
LANGUAGES = {"en": "en_GB", "ru": "ru_RU", "tk": "tk_TM"}

Key = tuple[str, str, str]  # context, source, disambiguation comment


def lupdate() -> Path:
    folder = Path(PySide6.__file__).parent
    for name in ("lupdate.exe", "lupdate"):
        if (folder / name).exists():
            return folder / name
    raise SystemExit("lupdate not found next to PySide6")


def extract() -> ET.Element:
    """Every translatable string of inspector/ui, as lupdate sees it."""
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.ts"
        result = subprocess.run([str(lupdate()), "-silent", "-locations", "absolute", *files, "-ts", str(scratch)],
                                capture_output=True, text=True)
        if result.returncode != 0 or not scratch.exists():
            raise SystemExit(f"lupdate failed: {result.stderr.strip()}")
        root = ET.parse(scratch).getroot()
    for location in root.iter("location"):  # relative to the scratch file: make them relative to ours
        source = Path(os.path.normpath(Path(folder) / location.get("filename", "")))
        location.set("filename", "../../" + source.relative_to(ROOT).as_posix())
    return root


def key_of(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")


def merge(existing: ET.Element | None, extracted: ET.Element, language: str, plurals_only: bool) -> ET.Element:
    kept: dict[Key, ET.Element] = {}
    if existing is not None:
        for context in existing.findall("context"):
            for message in context.findall("message"):
                kept[key_of(context, message)] = message
    wanted = {key_of(c, m) for c in extracted.findall("context") for m in c.findall("message")}
    # A string whose context changed (a class renamed, a wrong context fixed) keeps its translation.
    moved = {(source, comment): message for (_c, source, comment), message in kept.items()
             if (_c, source, comment) not in wanted and message.find("translation") is not None
             and message.find("translation").get("type") is None}
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    for context in sorted(extracted.findall("context"), key=lambda c: c.findtext("name") or ""):
        name = context.findtext("name") or ""
        messages = []
        for message in context.findall("message"):
            numerus = message.get("numerus") == "yes"
            if plurals_only and not numerus:
                continue
            old = kept.get(key_of(context, message))
            if old is not None and (old.get("numerus") == "yes") == numerus:
                messages.append(old)
                continue
            translation = message.find("translation")
            if translation is not None:
                message.remove(translation)
            previous = moved.get(key_of(context, message)[1:])
            if previous is not None and (previous.get("numerus") == "yes") == numerus:
                message.append(previous.find("translation"))
            else:
                ET.SubElement(message, "translation", {"type": "unfinished"})
            messages.append(message)
        if messages:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = name
            element.extend(messages)
    return root


def _leaf(element: ET.Element) -> str:
    attributes = "".join(f" {k}={quoteattr(v)}" for k, v in element.attrib.items())
    if element.text is None and not len(element):
        return f"<{element.tag}{attributes} />"
    return f"<{element.tag}{attributes}>{escape(element.text or '')}</{element.tag}>"


def serialize(root: ET.Element) -> str:
    """Qt Linguist's layout: contexts at the margin, messages indented by four."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             "<TS" + "".join(f" {k}={quoteattr(v)}" for k, v in root.attrib.items()) + ">"]
    for context in root.findall("context"):
        lines.append("<context>")
        name = context.findtext("name") or ""
        lines.append(f"    <name>{escape(name)}</name>" if name else "    <name />")
        for message in context.findall("message"):
            attributes = "".join(f" {k}={quoteattr(v)}" for k, v in message.attrib.items())
            lines.append(f"    <message{attributes}>")
            for child in message:
                forms = child.findall("numerusform")
                if forms:
                    attributes = "".join(f" {k}={quoteattr(v)}" for k, v in child.attrib.items())
                    lines.append(f"        <{child.tag}{attributes}>")
                    lines.extend(f"            {_leaf(form)}" for form in forms)
                    lines.append(f"        </{child.tag}>")
                else:
                    lines.append(f"        {_leaf(child)}")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def unfinished(root: ET.Element) -> list[Key]:
    missing = []
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            empty = translation is None or (not (translation.text or "").strip()
                                            and not any((f.text or "").strip() for f in forms))
            if empty or (translation is not None and translation.get("type") in ("unfinished", "vanished",
                                                                                  "obsolete")):
                missing.append(key_of(context, message))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is out of date")
    args = parser.parse_args(argv)
    extracted = extract()
    status = 0
    for lang, language in LANGUAGES.items():
        path = I18N / f"inspector_{lang}.ts"
        existing = ET.parse(path).getroot() if path.exists() else None
        merged = merge(existing, extracted, language, plurals_only=lang == "en")
        text = serialize(merged)
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        missing = unfinished(merged)
        if args.check:
            if changed:
                print(f"{path.name}: out of date (run scripts/update_translations.py)")
                status = 1
        elif changed:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: updated")
        for context, source, _comment in missing:
            print(f"{path.name}: untranslated [{context or '(no context)'}] {source!r}")
            status = 1 if args.check else status
    return status


if __name__ == "__main__":
    sys.exit(main())
