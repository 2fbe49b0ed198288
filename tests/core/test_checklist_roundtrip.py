"""A checklist that passes ``validate`` loads, creates, prints, exports and imports.

Hypothesis writes checklist files no person wrote: every question type, ``show_if``
trees, exclusive options, units per language, limits with up to six decimals,
and texts drawn from the whole of Unicode that the rules allow, at their
longest (2000-character questions, 10000-character answers). Each file goes
the way an administrator's file goes:

1. ``inspector checklists validate FILE`` says it is valid;
2. ``install`` puts it in the user folder and freezes it; the registry loads it;
3. a record is created on it and an officer answers it through the services
   (notes, photos, hidden items, the exclusive rule), then signs;
4. ``inspector report`` prints the consolidated report (parsed back with pypdf);
5. the record is exported to a bundle and imported into a fresh database, where
   the documents, the frozen definition and the report are the same.
"""

from __future__ import annotations

import random
import shutil
import unicodedata
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from inspector.checklists.answers import visible_items
from inspector.checklists.loader import load_text
from inspector.checklists.model import ChecklistDefinition, Item
from inspector.checklists.registry import ChecklistRegistry
from inspector.demo.images import photo_png
from inspector.domain.enums import Agency, QuestionType
from inspector.exchange.export import export_bundle
from inspector.exchange.importer import import_bundle
from inspector.exchange.keys import Keystore, PublicKeyFile
from inspector.exchange.trust import trust
from inspector.services import attachments, auth, checklists, inspections, sections
from inspector.services.documents import canonical_json, to_document
from inspector.store.database import Database
from inspector.store.models import FrozenChecklist

from tests.core.conftest import PASSWORD, consignment
from tests.core.test_cli import run
from tests.exchange.helpers import importer

# Characters the rules allow in checklist texts: everything but control, format (invisible,
# bidi), surrogate, separator and unassigned code points; new lines and tabs where texts may
# have several lines.
LETTERS = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Cn"))
LINES = st.one_of(LETTERS, st.sampled_from("\n\t"))
SCRIPTS = st.sampled_from([
    "Sürüjiniň bedeniniň temperaturasy", "Температура тела водителя", "Driver's body temperature",
    "Ýük — «möhür» № 5 ½ °C µSv/h", "ẞ Ǆ ǅ ﬁ ŉ", "中文 日本語 한국어", "عربى فارسی", "עברית", "🚚🦠🌾",
])
OFFICERS = {Agency.CUSTOMS: "aman", Agency.VETERINARY: "merdan", Agency.PHYTOSANITARY: "ayna",
            Agency.SANITARY_EPIDEMIOLOGICAL: "dowran"}


def texts(max_size: int, alphabet=LETTERS) -> st.SearchStrategy[str]:
    """A non-blank text: words people write, anything allowed, or exactly ``max_size`` characters."""
    return st.one_of(
        SCRIPTS.filter(lambda t: len(t) <= max_size),
        st.text(alphabet, min_size=1, max_size=min(max_size, 60)),
        st.text(alphabet, min_size=max_size, max_size=max_size),
    ).filter(lambda t: t.strip())


@st.composite
def localized(draw, languages, max_size=2000):
    return {lang: draw(texts(max_size)) for lang in languages}


@st.composite
def numbers(draw, decimals: int):
    """Limits for a number item with some answer between them (at most 15 digits each)."""
    scale = 10 ** decimals
    bound = 10 ** 14 // scale
    low = draw(st.integers(-bound, bound - 1))
    high = draw(st.integers(low + 1, min(bound, low + draw(st.sampled_from([1, 10, 10 ** 6, 10 ** 12])))))
    return low / scale, high / scale


@st.composite
def items(draw, languages, item_id: str, qtype: QuestionType, earlier: list[dict]):
    item: dict = {"id": item_id, "type": qtype.value, "text": draw(localized(languages))}
    if draw(st.booleans()):
        item["help"] = draw(localized(languages))
    if draw(st.booleans()):
        item["required"] = draw(st.booleans())
    if qtype in (QuestionType.CHOICE, QuestionType.MULTI_CHOICE):
        values = draw(st.lists(st.from_regex(r"[a-z0-9_]{1,64}", fullmatch=True), min_size=2, max_size=5,
                               unique=True))
        item["options"] = [{"value": v, "label": draw(localized(languages, 200))} for v in values]
        if qtype is QuestionType.MULTI_CHOICE:
            for option in item["options"]:
                if draw(st.integers(0, 3)) == 0:
                    option["exclusive"] = True
        if draw(st.booleans()):
            item["noncompliant_if"] = draw(st.lists(st.sampled_from(values), min_size=1, unique=True))
    elif qtype in (QuestionType.YES_NO, QuestionType.YES_NO_NA) and draw(st.booleans()):
        item["noncompliant_if"] = draw(st.sampled_from(["yes", "no"]))
    elif qtype is QuestionType.NUMBER:
        decimals = draw(st.integers(0, 6))
        if decimals:
            item["decimals"] = decimals
        low, high = draw(numbers(decimals))
        if draw(st.integers(0, 3)):
            item["min"] = low
        if draw(st.integers(0, 3)):
            item["max"] = high
        if draw(st.booleans()):
            item["unit"] = draw(st.one_of(texts(20, st.characters(blacklist_categories=(
                "Cc", "Cf", "Cs", "Zl", "Zp", "Cn"))).filter(lambda u: u == u.strip()),
                st.fixed_dictionaries({lang: texts(20).filter(lambda u: u == u.strip()) for lang in languages})))
        if draw(st.booleans()):
            item["noncompliant_if"] = {"above": high} if draw(st.booleans()) else {"below": low, "above": high}
    elif qtype is QuestionType.TEXT and draw(st.booleans()):
        item["max_length"] = draw(st.sampled_from([1, 40, 2000, 10000]))
    if "noncompliant_if" in item:
        item["severity"] = draw(st.sampled_from(["critical", "major", "minor"]))
    if earlier and draw(st.integers(0, 2)) == 0:
        item["show_if"] = draw(conditions(earlier))
    return item


@st.composite
def conditions(draw, earlier: list[dict], depth: int = 0):
    target = draw(st.sampled_from(earlier))
    kind = target["type"]
    if depth < 2 and draw(st.integers(0, 4)) == 0:
        combine = draw(st.sampled_from(["all", "any", "not"]))
        if combine == "not":
            return {"not": draw(conditions(earlier, depth + 1))}
        return {combine: draw(st.lists(conditions(earlier, depth + 1), min_size=1, max_size=3))}
    if kind in ("yes_no", "yes_no_na"):
        answers = ["yes", "no", "na"] if kind == "yes_no_na" else ["yes", "no"]
        return {"item": target["id"], "equals": draw(st.sampled_from(answers))}
    if kind in ("choice", "multi_choice"):
        values = [o["value"] for o in target["options"]]
        if draw(st.booleans()):
            return {"item": target["id"], "equals": draw(st.sampled_from(values))}
        return {"item": target["id"], "in": draw(st.lists(st.sampled_from(values), min_size=1, unique=True))}
    return {"item": target["id"], "answered": draw(st.booleans())}


@st.composite
def checklists_(draw):
    """A valid ``bcp-checklist/1`` document (as data) with every question type (and outcome texts)."""
    languages = ["en"] + draw(st.lists(st.sampled_from(["ru", "tk"]), unique=True))
    agency = draw(st.sampled_from([Agency.VETERINARY, Agency.PHYTOSANITARY, Agency.SANITARY_EPIDEMIOLOGICAL]))
    types = list(QuestionType) + draw(st.lists(st.sampled_from(list(QuestionType)), max_size=6))
    draw(st.randoms()).shuffle(types)
    section_count = draw(st.integers(1, min(3, len(types))))
    cuts = sorted(draw(st.lists(st.integers(1, len(types) - 1), min_size=section_count - 1,
                                max_size=section_count - 1, unique=True))) if section_count > 1 else []
    bounds = [0, *cuts, len(types)]
    earlier: list[dict] = []
    sections_ = []
    for n in range(section_count):
        section_items = []
        for qtype in types[bounds[n]:bounds[n + 1]]:
            item = draw(items(languages, f"q{len(earlier)}_{draw(st.from_regex(r'[a-z0-9_]{0,20}', fullmatch=True))}",
                              qtype, earlier))
            section_items.append(item)
            earlier.append(item)
        sections_.append({"id": f"s{n}", "title": draw(localized(languages, 200)), "items": section_items})
    outcomes = ["release", *draw(st.lists(st.sampled_from(["detain", "destroy", "hold_for_lab"]), unique=True))]
    outcome_texts = {}
    for outcome in draw(st.lists(st.sampled_from(outcomes), unique=True)):
        parts = draw(st.sampled_from([("legal_basis",), ("appeal",), ("legal_basis", "appeal")]))
        outcome_texts[outcome] = {part: draw(localized(languages)) for part in parts}
    document = {
        "format": "bcp-checklist/1",
        "id": draw(st.from_regex(r"[a-z][a-z0-9_]{0,63}", fullmatch=True)),
        "version": f"9{draw(st.integers(0, 99999))}.{draw(st.integers(0, 999999))}",
        "agency": agency.value,
        "languages": languages,
        "title": draw(localized(languages, 200)),
        "applies_when": draw(st.one_of(st.just({"always": True}), st.builds(
            lambda chapters: {"hs_chapters": chapters},
            st.lists(st.sampled_from([f"{n:02d}" for n in range(1, 98)]), min_size=1, unique=True)))),
        "outcomes": outcomes,
        "sections": sections_,
    }
    if outcome_texts:
        document["outcome_texts"] = outcome_texts
    return document


# -- answers an officer may give ------------------------------------------------------------------

def _number_answer(rng: random.Random, item: Item) -> object:
    scale = Decimal(10) ** item.decimals
    low = Decimal(repr(item.min)) if item.min is not None else Decimal(-10 ** 12)
    high = Decimal(repr(item.max)) if item.max is not None else Decimal(10 ** 12)
    first = int((low * scale).to_integral_value(ROUND_CEILING))
    last = int((high * scale).to_integral_value(ROUND_FLOOR))
    bound = 10 ** 15 - 1  # an answer keeps at most 15 digits
    first, last = max(first, -bound), min(last, bound)
    k = rng.choice([first, last, rng.randint(first, last)])
    value = Decimal(k) / scale
    return str(value) if rng.random() < 0.3 else (float(value) if item.decimals else int(value))


def _text_answer(rng: random.Random, item: Item) -> str:
    alphabet = "Aa Ýý Жж ş ä 中 🚚\n\t-.,«»№"
    size = rng.choice([1, 17, item.max_length])
    text = "".join(rng.choice(alphabet) for _ in range(size)).strip() or "x"
    return unicodedata.normalize("NFC", text)[:item.max_length]


def answer_for(rng: random.Random, item: Item, photos: list[str]) -> object:
    t = item.type
    if t is QuestionType.YES_NO:
        return rng.choice(["yes", "no"])
    if t is QuestionType.YES_NO_NA:
        return rng.choice(["yes", "no", "na"])
    if t is QuestionType.CHOICE:
        return rng.choice(item.option_values)
    if t is QuestionType.MULTI_CHOICE:
        alone = [o.value for o in item.options if o.exclusive]
        others = [o.value for o in item.options if not o.exclusive]
        if alone and (not others or rng.random() < 0.3):
            return [rng.choice(alone)]
        return rng.sample(others, rng.randint(1, len(others)))
    if t is QuestionType.NUMBER:
        return _number_answer(rng, item)
    if t is QuestionType.TEXT:
        return _text_answer(rng, item)
    if t is QuestionType.DATE:
        return rng.choice([date(1900, 1, 1), date(2100, 12, 31), date(2026, 11, 27)]).isoformat()
    return photos[: rng.randint(1, len(photos))]


# -- the way through -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A database with an admin and one officer per agency, copied for every example."""
    from argon2 import PasswordHasher

    path = tmp_path_factory.mktemp("roundtrip") / "template.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        db = Database(path)
        with db.session() as s:
            admin = auth.create_user(s, None, username="admin", full_name="Admin", role="admin", agency=None,
                                     password=PASSWORD)
            for agency, username in OFFICERS.items():
                auth.create_user(s, admin, username=username, full_name=username.title(), role="officer",
                                 agency=agency.value, password=PASSWORD)
        db.dispose()
    return path


class _Quoting(yaml.SafeDumper):
    """Writes every string in double quotes: "1e5" or "true" stay texts (YAML 1.2 reads 1e5 as a number)."""


_Quoting.add_representer(str, lambda dumper, text: dumper.represent_scalar("tag:yaml.org,2002:str", text,
                                                                             style='"'))


def to_yaml(document: dict) -> str:
    return yaml.dump(document, Dumper=_Quoting, allow_unicode=True, sort_keys=False, width=float("inf"))


def round_trip(document: dict, folder: Path, seed: int, capsys) -> None:
    folder.mkdir(parents=True)
    text = to_yaml(document)
    path = folder / "generated.yaml"
    path.write_text(text, "utf-8")

    # 1. validate, as an administrator checks a file
    code, out, err = run(capsys, "checklists", "validate", str(path))
    assert code == 0, err
    definition = load_text(text, "generated.yaml").definition
    assert _same_texts(definition, document)

    # 2. install and load: the user folder and the database hold it
    database = folder / "bcp.db"
    shutil.copyfile(folder.parent / "template.db", database)
    db = Database(database)
    user_dir = folder / "checklists"
    try:
        with db.session() as s:
            admin = auth.find_user(s, "admin")
            checklists.install(s, admin, path, user_dir)
        registry = ChecklistRegistry(user_dir)
        assert not registry.failed and registry.get(definition.id, definition.version).sha256 == definition.sha256
        registry.definitions = {k: d for k, d in registry.definitions.items()
                                if d.agency is not definition.agency or d.sha256 == definition.sha256}

        # 3. a record on it, answered through the services
        agency = definition.agency
        rng = random.Random(seed)
        with db.session() as s:
            officer = auth.find_user(s, OFFICERS[agency])
            inspection = inspections.create(s, officer, consignment(agencies=[agency.value]), registry)
            reference = inspection.reference
            photos = [attachments.add(s, officer, inspection, photo_png(rng), f"IMG_{n}.png",
                                      caption=localize_first(definition), agency=agency).sha256 for n in range(2)]
        answered = _answer_everything(db, reference, agency, definition, rng, photos)
        confirmation = auth.reauthenticate(db, officer, PASSWORD)
        with db.session() as s:
            inspection = inspections.get(s, reference)
            sections.set_decision(s, officer, inspection, agency, "release", "Remarks\n" + "ý" * 1990)
            sections.sign(s, officer, inspection, agency, confirmation)
        with db.read_session() as s:
            original = canonical_json(to_document(inspections.get(s, reference)))
            frozen_sha = s.query(FrozenChecklist).filter_by(checklist_id=definition.id).one().sha256
        assert frozen_sha == definition.sha256

        # 4. print the consolidated report and read it back
        pdf = folder / "report.pdf"
        code, _, err = run(capsys, "--db", str(database), "report", reference, "-o", str(pdf), "--appendix")
        assert code == 0, err
        printed = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert reference in printed and definition.version in printed

        # 5. export a bundle, import it into a fresh database
        keys = Keystore(folder / "keys")
        bundle = folder / "bundle.zip"
        export_bundle(db, bundle, keystore=keys)
    finally:
        db.dispose()
    fresh = Database(folder / "fresh.db")
    try:
        with fresh.session() as s:
            trust(s, None, PublicKeyFile(keys.public_key(), None, "FRB"), "the BCP")
        summary = import_bundle(fresh, bundle, actor=importer(fresh), keystore=Keystore(folder / "hq-keys"))
        assert summary.merge.inserted == 1
        with fresh.read_session() as s:
            assert canonical_json(to_document(inspections.get(s, reference))) == original
            row = s.query(FrozenChecklist).filter_by(checklist_id=definition.id).one()
            assert row.sha256 == definition.sha256
            again = checklists.definition_of(row)
            assert visible_items(again, answered) == visible_items(definition, answered)
        code, _, err = run(capsys, "--db", str(folder / "fresh.db"), "report", reference, "-o",
                           str(folder / "imported.pdf"))
        assert code == 0, err
    finally:
        fresh.dispose()


def localize_first(definition: ChecklistDefinition) -> str:
    return definition.title["en"][:500]


def _answer_everything(db, reference: str, agency: Agency, definition: ChecklistDefinition,
                       rng: random.Random, photos: list[str]) -> dict:
    """Each visible item in order (required ones always, others mostly), with notes and photos."""
    with db.session() as s:
        officer = auth.find_user(s, OFFICERS[agency])
        inspection = inspections.get(s, reference)
        section = sections.section_of(inspection, agency)
        for item in definition.items.values():
            if item.id not in visible_items(definition, sections.answer_map(section)):
                continue
            if not item.required and rng.random() < 0.2:
                continue
            note = rng.choice([None, "Note — ý\n\tline two", "ж" * 2000])
            extra = photos[:1] if rng.random() < 0.3 else None
            sections.record_answer(s, officer, inspection, agency, item.id, answer_for(rng, item, photos),
                                   note=note, photos=extra)
        _check_the_exclusive_rule(s, officer, inspection, agency, definition)
        return sections.answer_map(section)


def _check_the_exclusive_rule(s, officer, inspection, agency, definition) -> None:
    from inspector.domain.errors import ValidationError

    for item in definition.items.values():
        alone = [o.value for o in item.options if o.exclusive]
        if alone and len(item.options) > 1 and item.id in visible_items(
                definition, sections.answer_map(sections.section_of(inspection, agency))):
            other = next(o.value for o in item.options if o.value != alone[0])
            with pytest.raises(ValidationError, match="cannot be chosen together"):
                sections.record_answer(s, officer, inspection, agency, item.id, [alone[0], other])


def _same_texts(definition: ChecklistDefinition, document: dict) -> bool:
    """The definition says what the file says (texts trimmed as the validator trims them)."""
    def trimmed(texts: dict) -> dict:
        return {lang: text.strip() for lang, text in texts.items()}
    written = [item for section in document["sections"] for item in section["items"]]
    return (definition.title == trimmed(document["title"])
            and [i.id for i in definition.items.values()] == [i["id"] for i in written]
            and all(d.text == trimmed(w["text"]) for d, w in zip(definition.items.values(), written, strict=True)))


_COUNTER = iter(range(10 ** 9))


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture, HealthCheck.large_base_example])
@given(document=checklists_(), seed=st.integers(0, 2 ** 32))
def test_a_valid_checklist_loads_creates_prints_exports_and_imports(document, seed, template, capsys):
    round_trip(document, template.parent / f"example-{next(_COUNTER)}", seed, capsys)


@pytest.mark.slow
@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture, HealthCheck.large_base_example])
@given(document=checklists_(), seed=st.integers(0, 2 ** 32))
def test_many_valid_checklists_round_trip(document, seed, template, capsys):
    round_trip(document, template.parent / f"many-{next(_COUNTER)}", seed, capsys)
