"""The border vocabulary (resources/locale/glossary.csv) is used the same way everywhere.

Wherever an English source text uses a glossary term — in the core's
catalogues, the Qt ``.ts`` files or the current built-in checklists — its
Russian and Turkmen texts use the glossary's term for it (in any inflection).
"""

from __future__ import annotations

import csv
import fnmatch
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

ROOT = Path(__file__).parents[2]
LOCALE = ROOT / "resources" / "locale"
GLOSSARY = LOCALE / "glossary.csv"
LANGS = ("ru", "tk")

_RU_ENDING = re.compile(r"(?<=\w{4})[аяоеёиыуюйь]{1,2}$")
_TK_ENDING = re.compile(r"(?<=\w{3})[aeäiouöüy]+$")
# A final consonant softens before a vowel (gümrük → gümrügi) and a softened one hardens before a
# consonant (nokady, başlygy → nokatlary, başlyklary).
_TK_SOFTENED = {"k": "[kg]", "g": "[kg]", "p": "[pb]", "b": "[pb]", "t": "[td]", "d": "[td]", "ç": "[çj]", "j": "[çj]"}


def _stem(word: str, lang: str) -> str:
    """A pattern matching the inflected forms of ``word`` (Russian endings, Turkmen suffixes)."""
    word = word.lower()
    if lang == "tk" and re.search(r"\w{3}m[ae]k$", word):
        return re.escape(word[:-3])  # a verb: goýbermek → goýber(iş, ildi, ilmedi …)
    if lang == "ru" and re.search(r"\w{3}[аеи]ть$", word):
        return re.escape(word[:-3])  # a verb: оформить → оформ(ил, ление, ленные), утвердить → утверд(ил)
    if lang == "ru":
        return re.escape(_RU_ENDING.sub("", word))
    if lang == "tk":
        stem = _TK_ENDING.sub("", word)
        return re.escape(stem[:-1]) + _TK_SOFTENED.get(stem[-1], re.escape(stem[-1]))
    return re.escape(word)


def _term_pattern(term: str, lang: str) -> re.Pattern:
    """``term`` in any inflection; ``a|b`` in the glossary lists accepted forms (the first is the term)."""
    alternatives = ["[\\w-]*\\W+".join(_stem(w, lang) for w in re.findall(r"[\w-]+", form)) for form in term.split("|")]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def _english_pattern(term: str) -> re.Pattern:
    """``term`` with its plural; a participle (finalized) with its verb and noun too (finalize, finalization)."""
    if re.fullmatch(r"\w+ed", term):
        return re.compile(r"(?<![\w-])" + re.escape(term[:-2]) + r"(e|es|ed|ing|ation|ations|al)(?![\w-])", re.I)
    return re.compile(r"(?<![\w-])" + re.escape(term) + r"(s|es|d|ed)?(?![\w-])", re.IGNORECASE)


def glossary() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _read(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def _catalogue_texts():
    english = {m.context: m for m in _read(LOCALE / "en/LC_MESSAGES/inspector.po") if m.id}
    for lang in LANGS:
        for message in _read(LOCALE / lang / "LC_MESSAGES/inspector.po"):
            if message.id and message.context in english:
                sources = message.id if isinstance(message.id, tuple) else (message.id,)
                targets = message.string if isinstance(message.string, tuple) else (message.string,)
                yield f"{lang}.po", message.context, lang, " / ".join(sources), " / ".join(targets)


def _ts_texts():
    for lang in LANGS:
        tree = ET.parse(ROOT / "resources" / "i18n" / f"inspector_{lang}.ts")
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None:
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                source = message.findtext("source") or ""
                yield f"inspector_{lang}.ts", f"{name}: {source}", lang, source, " / ".join(forms)


def _checklist_texts():
    """Each translated text of the current built-in checklists, keyed by its path (``sections/…/items/<id>/text/ru``)."""
    for path in sorted((ROOT / "inspector" / "checklists" / "builtin").glob("*.yaml")):
        if re.search(r"-\d{4}\.\d+\.yaml$", path.name):
            continue  # a frozen version: it cannot change any more
        stack = [("", yaml.safe_load(path.read_text(encoding="utf-8")))]
        while stack:
            key, node = stack.pop()
            if isinstance(node, dict):
                if isinstance(node.get("en"), str):
                    for lang in LANGS:
                        if isinstance(node.get(lang), str):
                            yield path.name, f"{key}/{lang}", lang, node["en"], node[lang]
                stack.extend((f"{key}/{k}".lstrip("/"), v) for k, v in node.items())
            elif isinstance(node, list):  # a section, an item or an option by its id or value
                names = [(v.get("id") or v.get("value") if isinstance(v, dict) else None) or i for i, v in enumerate(node)]
                stack.extend((f"{key}/{name}", v) for name, v in zip(names, node))


# Texts that rightly do not use a glossary term although their English has its word: (file, key,
# term id) -> why. File, key and term may be shell patterns. Anything else is drift to fix in the
# text (or, if the glossary's word is what is wrong, in the glossary); the last test fails when an
# entry here no longer matches any text.
EXEMPT = {
    # Another sense of the English word.
    ("ru.po", "seal.*", "document.seal"): "sealing a bundle with the head office's key (запечатать), not a seal",
    ("ru.po", "sig.account_changed", "document.seal"): "the account's integrity seal (печать), not a load seal",
    ("*.po", "report.draft_mark", "status.draft"): "the watermark of a copy that is not valid: ПРОЕКТ / TASLAMA",
    ("*.po", "report.preliminary", "status.draft"): "the same watermark, with its explanation",
    ("veterinary.yaml", "sections/documentary/items/approved_establishment/text/*", "status.approved"):
        "an approved establishment: аттестованное предприятие / tassyklanan kärhana, not a record status",
    ("veterinary.yaml", "sections/identity/items/health_marks/*", "status.approved"): "the same establishment",
    ("customs.yaml", "sections/vehicle_seals/items/vehicle_approval_valid/text/*", "status.approved"):
        "a vehicle approved for sealed transport: свидетельство о допущении, not a record status",
    ("sanitary_epidemiological.yaml", "sections/dangerous_goods/items/vehicle_adr_approval/text/*", "status.approved"):
        "the ADR approval of a vehicle: о допущении",
    # Literal values a user types into a file, in English whatever the language.
    ("*.po", "checklist.release_required", "decision.release"): "the outcome id release, as typed in the file",
    ("*.po", "workbook.outcome_without_name", "decision.release"): "the outcome ids, as typed in the workbook",
    ("*.po", "workbook.instructions_3", "*"): "the values of the settings sheet (customs, release …), as typed",
    # Short labels.
    ("ru.po", "agency.short.veterinary", "agency.veterinary"): "short name: Ветконтроль (as Санэпидконтроль)",
    ("ru.po", "agency.short.phytosanitary", "agency.phytosanitary"): "short name: Фитоконтроль",
    ("inspector_ru.ts", "InspectionTableModel: Vehicle", "transport.vehicle"): "a narrow column: Транспорт",
    # Drift in checklist version 2026.2, to fix in its next version: changing the texts of 2026.2
    # in place would make databases that froze it refuse new inspections (checklist.frozen_differs).
    ("*.yaml", "outcome_texts/hold_for_lab/legal_basis/tk", "lab.laboratory"): "tk barhana: laboratoriýa in 2026.3",
    ("phytosanitary.yaml", "sections/documentary/items/import_permit/text/*", "agency.phytosanitary"):
        "карантинное разрешение / karantin rugsatnamasy: фитосанитарное, fitosanitariýa in 2026.3",
}


def _exemption(where: str, key: str, term: str) -> tuple[str, str, str] | None:
    return next((e for e in EXEMPT if fnmatch.fnmatchcase(where, e[0]) and fnmatch.fnmatchcase(key, e[1])
                 and fnmatch.fnmatchcase(term, e[2])), None)


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _findings(texts) -> list[tuple[str, str, str, str]]:
    """(file, key, term id, message) for every text whose translation misses the term its English uses."""
    terms = [(row, _english_pattern(row["en"]), {lang: _term_pattern(row[lang], lang) for lang in LANGS})
             for row in glossary()]
    found = []
    for where, key, lang, source, target in texts:
        source = _PLACEHOLDER.sub("", source)  # {decision} is a value, not the word
        for row, english, translated in terms:
            if english.search(source) and not translated[lang].search(target):
                found.append((where, key, row["id"],
                              f"{where} {key}: “{row['en']}” must be “{row[lang]}” in {lang}: {target!r}"))
    return found


def _drift(texts) -> list[str]:
    return [message for where, key, term, message in _findings(texts) if not _exemption(where, key, term)]


def test_the_glossary_has_every_language_and_unique_terms():
    rows = glossary()
    assert len(rows) >= 20
    assert list(rows[0]) == ["id", "en", "ru", "tk", "note"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["en"] and r["ru"] and r["tk"] for r in rows)
    assert not any(set("ıİğĞ") & set(r["tk"]) for r in rows)  # Turkmen, not Turkish


def test_the_stems_match_inflected_forms():
    assert _term_pattern("пломба", "ru").search("пломбы нарушены")
    assert _term_pattern("gümrük", "tk").search("Gümrügiň barlagy")
    assert _term_pattern("TIR kitapçasy", "tk").search("TIR kitapçasynyň belgisi")
    assert not _term_pattern("TIR kitapçasy", "tk").search("MDP kitapçasy")
    assert _term_pattern("redaksiýa", "tk").search("3-nji redaksiýada")
    assert not _term_pattern("redaksiýa", "tk").search("3-nji neşir")
    assert _term_pattern("serhet geçiş nokady", "tk").search("serhet geçiş nokatlarynda")
    assert _term_pattern("smena başlygy", "tk").search("smena başlyklary")
    assert _term_pattern("таможня|таможенный", "ru").search("таможенных пломб")
    assert _term_pattern("выпуск|выпущено", "ru").search("Не выпущена")
    assert _term_pattern("оформлено|оформить", "ru").search("Оформил: Иванов")
    assert _english_pattern("finalized").search("Finalize and lock")
    assert _english_pattern("approved").search("an approval was deleted")
    assert not _english_pattern("finalized").search("final results")


@pytest.mark.parametrize("source", [_catalogue_texts, _ts_texts, _checklist_texts],
                         ids=["catalogues", "qt-ts", "checklists"])
def test_translations_use_the_glossary_terms(source):
    drift = _drift(source())
    assert not drift, f"{len(drift)} texts drift from the glossary:\n" + "\n".join(drift[:60])


def test_every_exemption_is_still_needed():
    """An exemption that no longer matches a text (reworded, removed, fixed) must leave the list."""
    ids = {row["id"] for row in glossary()}
    findings = _findings([*_catalogue_texts(), *_ts_texts(), *_checklist_texts()])
    used = {_exemption(where, key, term) for where, key, term, _ in findings}
    assert not [e for e in EXEMPT if e not in used or not fnmatch.filter(ids, e[2])]


def test_the_drift_finder_finds_drift():
    texts = [("ru.po", "k", "ru", "Revision {revision} finalized", "Ревизия {revision} завершена"),
             ("tk.po", "k", "tk", "the {decision} of the supervisor", "ýolbaşçynyň {decision}"),
             ("ru.po", "seal.k", "ru", "Released; seals intact", "Выпущено; пломбы целы")]
    assert [term for _, _, term, _ in _findings(texts)] == ["status.finalized", "record.revision",
                                                              "role.supervisor"]
    assert _drift([("ru.po", "seal.sealed", "ru", "Seals intact", "Печати целы")]) == []
