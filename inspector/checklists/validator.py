"""Turning a parsed checklist document into a :class:`ChecklistDefinition`.

Validation never stops at the first mistake: every problem is collected with
its line and item path, and a definition is built only when there is none.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal

from inspector.checklists import conditions as c
from inspector.checklists.model import (
    CHOICE_TYPES,
    YES_NO_TYPES,
    AppliesWhen,
    ChecklistDefinition,
    Item,
    NumberRule,
    Option,
    OutcomeText,
    Section,
)
from inspector.checklists.source import Path, Problem, Source
from inspector.domain.enums import Agency, Decision, QuestionType, Severity
from inspector.domain.i18n import languages
from inspector.domain.validation import MAX_DIGITS, refused_character, shown

FORMAT = "bcp-checklist/1"
# Whole-string patterns (used with fullmatch: "abc\n" is not an id).
_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
_VALUE = re.compile(r"[a-z0-9_]{1,64}")
_VERSION = re.compile(r"[0-9]{1,6}(\.[0-9]{1,6}){0,3}")
_HS_CHAPTER = re.compile(r"0[1-9]|[1-8][0-9]|9[0-7]")
MAX_TEXT = 2000
MAX_UNIT = 20
MAX_ITEMS = 500
LARGEST_NUMBER = 1e15  # limits and thresholds stay below this (answers keep 15 digits)

_TOP_KEYS = {"format", "id", "version", "agency", "languages", "title", "applies_when",
             "outcomes", "sections", "outcome_texts"}
_ITEM_KEYS = {"id", "type", "text", "help", "required", "options", "unit", "min", "max",
              "decimals", "max_length", "noncompliant_if", "severity", "show_if"}
_TYPE_KEYS = {
    "options": CHOICE_TYPES,
    "unit": (QuestionType.NUMBER,),
    "min": (QuestionType.NUMBER,),
    "max": (QuestionType.NUMBER,),
    "decimals": (QuestionType.NUMBER,),
    "max_length": (QuestionType.TEXT,),
}
_REQUIRED_BY_DEFAULT = (QuestionType.YES_NO, QuestionType.YES_NO_NA, QuestionType.CHOICE)


class _Checker:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.problems: list[Problem] = list(source.problems)
        self.languages: tuple[str, ...] = ("en",)
        self.items: dict[str, Item] = {}

    def report(self, path: Path, message: str, /, **params: object) -> None:
        self.problems.append(Problem(self.source.line(path), path, message, params))

    # -- generic shapes ---------------------------------------------------

    def mapping(self, value: object, path: Path, allowed: set[str] | None = None) -> dict | None:
        if not isinstance(value, dict):
            self.report(path, "checklist.expected_mapping")
            return None
        if allowed is not None:
            for key in value:
                if key not in allowed:
                    self.report(path + (key,), "checklist.unknown_key", key=key)
        return value

    def required(self, data: dict, key: str, path: Path) -> object:
        if key not in data or data[key] is None:
            self.report(path, "checklist.missing", key=key)
            return None
        return data[key]

    def ident(self, value: object, path: Path, what: str = "id") -> str | None:
        if not isinstance(value, str) or not _ID.fullmatch(value):
            self.report(path, "checklist.bad_id", what=what, value=_show(value))
            return None
        return value

    def ident_field(self, data: dict, key: str, path: Path, what: str) -> str | None:
        value = self.required(data, key, path)
        return None if value is None else self.ident(value, path + (key,), what)

    def localized_field(self, data: dict, key: str, path: Path) -> dict[str, str] | None:
        value = self.required(data, key, path)
        return None if value is None else self.localized(value, path + (key,))

    def localized(self, value: object, path: Path) -> dict[str, str] | None:
        if not isinstance(value, dict):
            self.report(path, "checklist.expected_localized")
            return None
        ok = True
        for lang in self.languages:
            text = value.get(lang)
            if text is not None and not isinstance(text, str):  # en: 1e5 is a number in YAML
                self.report(path + (lang,), "checklist.text_expected", value=_show(text))
                ok = False
            elif not isinstance(text, str) or not text.strip():
                self.report(path, "checklist.missing_translation", lang=lang)
                ok = False
        for lang, text in value.items():
            if lang not in self.languages:
                self.report(path + (lang,), "checklist.unlisted_language", lang=lang)
                ok = False
            elif isinstance(text, str) and not self.clean(text, path + (lang,)):
                ok = False
            elif isinstance(text, str) and len(text) > MAX_TEXT:
                self.report(path + (lang,), "checklist.bad_text", max=MAX_TEXT)
                ok = False
        return {lang: value[lang].strip() for lang in self.languages} if ok else None

    def clean(self, text: str, path: Path) -> bool:
        """True unless ``text`` holds a control (but new line and tab), invisible or direction character."""
        found = refused_character(text, multiline=True)
        if found is not None:
            self.report(path, "checklist.bad_character", code=found[1])
        return found is None

    def enum(self, value: object, enum: type, path: Path, what: str):
        try:
            return enum(value)
        except ValueError:
            self.report(path, "checklist.bad_choice", what=what, value=_show(value),
                        allowed=", ".join(m.value for m in enum))
            return None

    def boolean(self, value: object, path: Path, key: str) -> bool | None:
        if not isinstance(value, bool):
            self.report(path, "checklist.expected_bool", key=key, value=_show(value))
            return None
        return value

    def number(self, value: object, path: Path, key: str) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.report(path, "checklist.expected_number", key=key, value=_show(value))
            return None
        if abs(value) >= LARGEST_NUMBER or len(Decimal(repr(value)).normalize().as_tuple().digits) > MAX_DIGITS:
            self.report(path, "checklist.number_range", key=key, value=_show(value))
            return None
        return value

    # -- the document -----------------------------------------------------

    def document(self) -> ChecklistDefinition | None:
        data = self.mapping(self.source.data, (), _TOP_KEYS)
        if data is None:
            return None
        fmt = self.required(data, "format", ("format",))
        if fmt is not None and fmt != FORMAT:
            self.report(("format",), "checklist.bad_format", value=_show(fmt), expected=FORMAT)
        ident = self.ident_field(data, "id", (), "id")
        version = self.required(data, "version", ("version",))
        if version is not None and (not isinstance(version, str) or not _VERSION.fullmatch(version)):
            self.report(("version",), "checklist.bad_version", value=_show(version))
            version = None
        agency = self.required(data, "agency", ("agency",))
        agency = self.enum(agency, Agency, ("agency",), "agency") if agency is not None else None
        self.languages = self.language_list(data.get("languages"), ("languages",))
        title = self.localized_field(data, "title", ())
        applies = self.applies_when(self.required(data, "applies_when", ("applies_when",)), ("applies_when",))
        outcomes = self.outcomes(self.required(data, "outcomes", ("outcomes",)), ("outcomes",))
        sections = self.sections(self.required(data, "sections", ("sections",)), ("sections",))
        texts = self.outcome_texts(data.get("outcome_texts"), ("outcome_texts",), outcomes or ())
        if self.problems:
            return None
        return ChecklistDefinition(
            id=ident, version=version, agency=agency, languages=self.languages, title=title,
            applies_when=applies, outcomes=outcomes, sections=sections, data=data, outcome_texts=texts)

    def outcome_texts(self, value: object, path: Path, outcomes: tuple[Decision, ...]) -> dict[Decision, OutcomeText]:
        """Optional ``outcome_texts: {decision: {legal_basis: {…}, appeal: {…}}}``,
        for decisions listed in ``outcomes`` only."""
        if value is None:
            return {}
        data = self.mapping(value, path)
        if data is None:
            return {}
        result = {}
        for key, raw in data.items():
            where = path + (key,)
            decision = self.enum(key, Decision, where, "outcome")
            if decision is not None and outcomes and decision not in outcomes:
                self.report(where, "checklist.outcome_not_listed", value=decision.value)
            texts = self.mapping(raw, where, {"legal_basis", "appeal"})
            if texts is None or decision is None:
                continue
            if not texts:
                self.report(where, "checklist.outcome_text_empty")
                continue
            result[decision] = OutcomeText(
                legal_basis=self.localized(texts["legal_basis"], where + ("legal_basis",))
                if "legal_basis" in texts else None,
                appeal=self.localized(texts["appeal"], where + ("appeal",)) if "appeal" in texts else None)
        return result

    def language_list(self, value: object, path: Path) -> tuple[str, ...]:
        if value is None:
            self.report(path, "checklist.missing", key="languages")
            return ("en",)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.report(path, "checklist.bad_languages")
            return ("en",)
        langs = []
        for i, lang in enumerate(value):
            if lang not in languages():  # those with a catalogue in resources/locale
                self.report(path + (i,), "checklist.bad_language", value=lang, allowed=", ".join(languages()))
            elif lang in langs:
                self.report(path + (i,), "checklist.duplicate_language", value=lang)
            else:
                langs.append(lang)
        if "en" not in langs:
            self.report(path, "checklist.english_required")
            langs.insert(0, "en")
        return tuple(langs)

    def applies_when(self, value: object, path: Path) -> AppliesWhen | None:
        if value is None:
            return None
        data = self.mapping(value, path, {"always", "hs_chapters"})
        if data is None:
            return None
        if ("always" in data) == ("hs_chapters" in data):
            self.report(path, "checklist.applies_when_one")
            return None
        if "always" in data:
            if data["always"] is not True:
                self.report(path + ("always",), "checklist.always_true")
                return None
            return AppliesWhen(always=True)
        chapters = data["hs_chapters"]
        if not isinstance(chapters, list) or not chapters:
            self.report(path + ("hs_chapters",), "checklist.hs_chapters")
            return None
        ok = True
        for i, chapter in enumerate(chapters):
            if not isinstance(chapter, str) or not _HS_CHAPTER.fullmatch(chapter):
                self.report(path + ("hs_chapters", i), "checklist.hs_chapter", value=_show(chapter))
                ok = False
        return AppliesWhen(hs_chapters=frozenset(chapters)) if ok else None

    def outcomes(self, value: object, path: Path) -> tuple[Decision, ...] | None:
        if value is None:
            return None
        if not isinstance(value, list) or not value:
            self.report(path, "checklist.outcomes_list")
            return None
        result = []
        for i, outcome in enumerate(value):
            decision = self.enum(outcome, Decision, path + (i,), "outcome")
            if decision is not None:
                if decision in result:
                    self.report(path + (i,), "checklist.duplicate_value", value=decision.value)
                result.append(decision)
        if Decision.RELEASE not in result:
            self.report(path, "checklist.release_required")
        return tuple(sorted(set(result), key=lambda d: d.rank))

    def sections(self, value: object, path: Path) -> tuple[Section, ...] | None:
        if value is None:
            return None
        if not isinstance(value, list) or not value:
            self.report(path, "checklist.sections_list")
            return None
        result, seen = [], set()
        for i, raw in enumerate(value):
            spath = path + (i,)
            data = self.mapping(raw, spath, {"id", "title", "items"})
            if data is None:
                continue
            sid = self.ident_field(data, "id", spath, "section id")
            if sid in seen:
                self.report(spath + ("id",), "checklist.duplicate_section", id=sid)
            seen.add(sid)
            title = self.localized_field(data, "title", spath)
            raw_items = self.required(data, "items", spath)
            items = []
            if raw_items is not None and (not isinstance(raw_items, list) or not raw_items):
                self.report(spath + ("items",), "checklist.items_list")
            elif raw_items is not None:
                for j, raw_item in enumerate(raw_items):
                    item = self.item(raw_item, spath + ("items", j), sid or "")
                    if item is not None:
                        items.append(item)
            result.append(Section(sid, title, tuple(items)))
        if len(self.items) > MAX_ITEMS:
            self.report(path, "checklist.too_many_items", max=MAX_ITEMS)
        return tuple(result)

    def item(self, raw: object, path: Path, section: str) -> Item | None:
        data = self.mapping(raw, path, _ITEM_KEYS)
        if data is None:
            return None
        before = len(self.problems)
        item_id = self.ident_field(data, "id", path, "item id")
        if item_id is not None and item_id in self.items:
            self.report(path + ("id",), "checklist.duplicate_item", id=item_id)
        self.current = item_id
        qtype = self.required(data, "type", path)
        qtype = self.enum(qtype, QuestionType, path + ("type",), "type") if qtype is not None else None
        text = self.localized_field(data, "text", path)
        help_ = self.localized(data["help"], path + ("help",)) if data.get("help") is not None else None
        if qtype is None:
            return None
        for key, types in _TYPE_KEYS.items():
            if key in data and qtype not in types:
                self.report(path + (key,), "checklist.key_not_for_type", key=key, type=qtype.value)
        required = qtype in _REQUIRED_BY_DEFAULT
        if "required" in data:
            required = self.boolean(data["required"], path + ("required",), "required")
        options = self.options(data.get("options"), path + ("options",), qtype) if qtype in CHOICE_TYPES else ()
        fields: dict[str, object] = {}
        if qtype is QuestionType.NUMBER:
            fields = self.number_fields(data, path)
        if qtype is QuestionType.TEXT and "max_length" in data:
            length = data["max_length"]
            if isinstance(length, bool) or not isinstance(length, int) or not 1 <= length <= 10000:
                self.report(path + ("max_length",), "checklist.max_length", value=_show(length))
            else:
                fields["max_length"] = length
        draft = Item(id=item_id or "", type=qtype, text=text or {}, section=section,
                     options=options or (), **fields)
        values, rule = self.noncompliant(data.get("noncompliant_if"), path + ("noncompliant_if",), draft)
        severity = None
        if "severity" in data:
            severity = self.enum(data["severity"], Severity, path + ("severity",), "severity")
        if ("noncompliant_if" in data) != ("severity" in data):
            self.report(path, "checklist.severity_pairs")
        show_if = None
        if data.get("show_if") is not None:
            show_if = self.condition(data["show_if"], path + ("show_if",), 0)
        if len(self.problems) > before:
            if item_id:
                self.items.setdefault(item_id, draft)
            return None
        item = Item(id=item_id, type=qtype, text=text, section=section, help=help_,
                    required=bool(required), options=options or (), noncompliant_values=values,
                    noncompliant_number=rule, severity=severity, show_if=show_if, **fields)
        self.items[item_id] = item
        return item

    def options(self, value: object, path: Path, qtype: QuestionType) -> tuple[Option, ...] | None:
        if not isinstance(value, list) or len(value) < 2:
            self.report(path, "checklist.options_list")
            return None
        result, seen = [], set()
        for i, raw in enumerate(value):
            data = self.mapping(raw, path + (i,), {"value", "label", "exclusive"})
            if data is None:
                continue
            exclusive = False
            if "exclusive" in data:
                if qtype is not QuestionType.MULTI_CHOICE:
                    self.report(path + (i, "exclusive"), "checklist.key_not_for_type", key="exclusive",
                                type=qtype.value)
                exclusive = bool(self.boolean(data["exclusive"], path + (i, "exclusive"), "exclusive"))
            val = data.get("value")
            if not isinstance(val, str) or not _VALUE.fullmatch(val):
                self.report(path + (i, "value"), "checklist.bad_option_value", value=_show(val))
                continue
            if val in seen:
                self.report(path + (i, "value"), "checklist.duplicate_value", value=val)
            seen.add(val)
            label = self.localized(data.get("label"), path + (i, "label"))
            if label is not None:
                result.append(Option(val, label, exclusive))
        return tuple(result)

    def number_fields(self, data: dict, path: Path) -> dict[str, object]:
        fields: dict[str, object] = {}
        for key in ("min", "max"):
            if key in data:
                fields[key] = self.number(data[key], path + (key,), key)
        low, high = fields.get("min"), fields.get("max")
        if low is not None and high is not None and low >= high:
            self.report(path + ("min",), "checklist.min_below_max")
        if "decimals" in data:
            decimals = data["decimals"]
            if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 6:
                self.report(path + ("decimals",), "checklist.decimals", value=_show(decimals))
            else:
                fields["decimals"] = decimals
        if low is not None and high is not None and low < high and not _fits(low, high, fields.get("decimals", 0)):
            self.report(path + ("min",), "checklist.no_number_fits", decimals=fields.get("decimals", 0))
        if "unit" in data:
            fields.update(self.unit(data["unit"], path + ("unit",)))
        return {k: v for k, v in fields.items() if v is not None}

    def unit(self, value: object, path: Path) -> dict[str, object]:
        """``unit: "°C"`` or, when languages write it differently, ``unit: {en: kg, ru: кг, tk: kg}``."""
        if isinstance(value, dict):
            texts = self.localized(value, path)
            if texts is None:
                return {}
            if not all(_short_line(text) for text in texts.values()):
                self.report(path, "checklist.unit", value=_show(value))
                return {}
            return {"unit": texts["en"], "unit_texts": texts}
        if not isinstance(value, str) or not _short_line(value.strip()):
            self.report(path, "checklist.unit", value=_show(value))
            return {}
        return {"unit": value.strip()}

    def noncompliant(self, value: object, path: Path, item: Item):
        if value is None:
            return frozenset(), None
        t = item.type
        if t in YES_NO_TYPES:
            if value not in ("yes", "no"):
                self.report(path, "checklist.noncompliant_yes_no", value=_show(value))
                return frozenset(), None
            return frozenset({value}), None
        if t in CHOICE_TYPES:
            if not isinstance(value, list) or not value:
                self.report(path, "checklist.noncompliant_list")
                return frozenset(), None
            for i, v in enumerate(value):
                if v not in item.option_values:
                    self.report(path + (i,), "checklist.unknown_option", value=_show(v))
            return frozenset(v for v in value if isinstance(v, str)), None
        if t is QuestionType.NUMBER:
            data = self.mapping(value, path, {"above", "below"})
            if data is None:
                return frozenset(), None
            if not data:
                self.report(path, "checklist.noncompliant_number")
                return frozenset(), None
            above = self.number(data["above"], path + ("above",), "above") if "above" in data else None
            below = self.number(data["below"], path + ("below",), "below") if "below" in data else None
            return frozenset(), NumberRule(above, below)
        self.report(path, "checklist.noncompliant_not_allowed", type=t.value)
        return frozenset(), None

    def condition(self, value: object, path: Path, depth: int) -> c.Condition | None:
        if depth > 8:
            self.report(path, "checklist.too_deep")
            return None
        if not isinstance(value, dict) or not value:
            self.report(path, "checklist.bad_condition")
            return None
        keys = set(value)
        if keys in ({"all"}, {"any"}):
            key = keys.pop()
            parts = value[key]
            if not isinstance(parts, list) or not parts:
                self.report(path + (key,), "checklist.condition_list", key=key)
                return None
            conds = [self.condition(p, path + (key, i), depth + 1) for i, p in enumerate(parts)]
            if any(x is None for x in conds):
                return None
            return (c.All if key == "all" else c.Any)(tuple(conds))
        if keys == {"not"}:
            inner = self.condition(value["not"], path + ("not",), depth + 1)
            return c.Not(inner) if inner is not None else None
        builders: dict[frozenset, Callable[[], c.Condition | None]] = {
            frozenset({"item", "equals"}): lambda: self.leaf(value, path, "equals"),
            frozenset({"item", "in"}): lambda: self.leaf(value, path, "in"),
            frozenset({"item", "answered"}): lambda: self.leaf(value, path, "answered"),
        }
        build = builders.get(frozenset(keys))
        if build is None:
            self.report(path, "checklist.bad_condition")
            return None
        return build()

    def leaf(self, value: dict, path: Path, kind: str) -> c.Condition | None:
        target_id = value["item"]
        target = self.items.get(target_id) if isinstance(target_id, str) else None
        if target is None or target_id == getattr(self, "current", None):
            self.report(path + ("item",), "checklist.show_if_earlier", item=_show(target_id))
            return None
        if kind == "answered":
            if not isinstance(value["answered"], bool):
                self.report(path + ("answered",), "checklist.expected_bool", key="answered",
                            value=_show(value["answered"]))
                return None
            return c.Answered(target_id, value["answered"])
        candidates = value[kind] if kind == "in" else [value[kind]]
        if kind == "in" and (not isinstance(candidates, list) or not candidates):
            self.report(path + ("in",), "checklist.condition_list", key="in")
            return None
        for i, candidate in enumerate(candidates):
            if not _possible_answer(target, candidate):
                where = path + ((kind, i) if kind == "in" else (kind,))
                self.report(where, "checklist.impossible_value", value=_show(candidate), item=target_id)
                return None
        return c.Equals(target_id, candidates[0]) if kind == "equals" else c.In(target_id, tuple(candidates))


def _short_line(text: str) -> bool:
    """A unit: 1 to 20 characters on one line, none of them hidden."""
    return 0 < len(text) <= MAX_UNIT and refused_character(text) is None


def _fits(low: float, high: float, decimals: int) -> bool:
    """Some number with ``decimals`` places lies in ``low``..``high``."""
    step = Decimal(1).scaleb(-decimals)
    first = (Decimal(repr(low)) / step).to_integral_value(rounding=ROUND_CEILING) * step
    return first <= Decimal(repr(high))


def _possible_answer(item: Item, value: object) -> bool:
    if item.type is QuestionType.YES_NO:
        return value in ("yes", "no")
    if item.type is QuestionType.YES_NO_NA:
        return value in ("yes", "no", "na")
    if item.type in CHOICE_TYPES:
        return value in item.option_values
    if item.type is QuestionType.NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, str)


def _show(value: object) -> str:
    return shown(value)


def validate(source: Source) -> tuple[ChecklistDefinition | None, list[Problem]]:
    """The definition in ``source``, or ``None`` and every problem found."""
    checker = _Checker(source)
    reading_failed = source.data is None and source.problems
    definition = None if reading_failed else checker.document()
    problems = sorted(checker.problems, key=lambda p: p.line)
    return (definition if not problems else None), problems
