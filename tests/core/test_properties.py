"""Property tests: malformed checklists only ever give validation problems;
answer validation accepts exactly what an item allows."""

from __future__ import annotations

import copy
import math
import unicodedata
from datetime import date
from decimal import Decimal

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.checklists.answers import validate_answer
from inspector.checklists.loader import load_text
from inspector.checklists.registry import ChecklistRegistry
from inspector.domain.enums import QuestionType
from inspector.domain.errors import ValidationError

REGISTRY = ChecklistRegistry()
VALID = dict(REGISTRY.get("veterinary").data)
ITEMS = [item for d in REGISTRY.all() for item in d.items.values()]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
                    st.sampled_from(["yes", "no", "na", "release", "customs", "01", "frozen", "show_if"]))
trees = st.recursive(scalars, lambda children: st.one_of(
    st.lists(children, max_size=4),
    st.dictionaries(st.sampled_from(["id", "type", "text", "items", "sections", "item", "equals", "in",
                                     "options", "value", "label", "min", "max", "en", "ru", "tk", "all",
                                     "not", "noncompliant_if", "severity", "show_if"]) | st.text(max_size=8),
                    children, max_size=4)), max_leaves=20)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


ALL_PATHS = [p for p in _paths(VALID) if p]


@st.composite
def mutated_documents(draw):
    document = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(ALL_PATHS))
        node = document
        try:
            for step in path[:-1]:
                node = node[step]
            if draw(st.booleans()):
                node[path[-1]] = draw(trees)
            elif isinstance(node, dict):
                node.pop(path[-1], None)
            else:
                node.pop(path[-1])
        except (KeyError, IndexError, TypeError, AttributeError):  # an earlier mutation changed the shape
            continue
    return document


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_mutated_checklists_only_give_validation_problems(document):
    text = yaml.safe_dump(document, allow_unicode=True)
    result = load_text(text, "fuzz.yaml")
    assert result.ok or result.problems
    for message in result.messages():
        assert message.startswith("fuzz.yaml:")


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300), trees.map(lambda t: yaml.safe_dump(t))))
def test_arbitrary_text_never_raises(text):
    result = load_text(text, "x.yaml")
    assert result.ok or result.problems


# -- answers ----------------------------------------------------------------------


def _allowed(item, value) -> bool:
    """An independent statement of what SPEC §4 lets an answer be."""
    t = item.type
    if value is None:
        return True
    if t is QuestionType.YES_NO:
        return value in ("yes", "no") and isinstance(value, str)
    if t is QuestionType.YES_NO_NA:
        return value in ("yes", "no", "na") and isinstance(value, str)
    if t is QuestionType.CHOICE:
        return isinstance(value, str) and value in item.option_values
    if t is QuestionType.MULTI_CHOICE:
        alone = {o.value for o in item.options if o.exclusive}
        return (isinstance(value, list) and all(isinstance(v, str) and v in item.option_values for v in value)
                and len(set(value)) == len(value) and (len(value) == 1 or not alone & set(value)))
    if t is QuestionType.NUMBER:
        if isinstance(value, bool):
            return False
        if isinstance(value, str):
            written = value.strip().replace(",", ".")
            if not written.isascii() or len(written) > 40:
                return False
            try:
                number = Decimal(written)
            except Exception:
                return False
        elif isinstance(value, (int, float)):
            if not math.isfinite(value):
                return False
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        else:
            return False
        if not number.is_finite():
            return False
        places = -number.normalize().as_tuple().exponent
        _, _, exponent = number.as_tuple()
        digits = number.normalize().as_tuple().digits
        if len(digits) > 15 or abs(exponent) > 80 or abs(number) >= 10 ** 15:  # what a double keeps
            return False
        return (places <= item.decimals
                and (item.min is None or number >= Decimal(repr(item.min)))
                and (item.max is None or number <= Decimal(repr(item.max))))
    if t is QuestionType.TEXT:
        if not isinstance(value, str):
            return False
        value = value.replace("\r\n", "\n")
        text = unicodedata.normalize("NFC", value.strip())
        hidden = ("Cs", "Cf", "Zl", "Zp")  # lone surrogates, invisible and direction marks, separators
        return len(text) <= item.max_length and not any(
            (unicodedata.category(c) == "Cc" and c not in "\n\t") or unicodedata.category(c) in hidden
            or 0xFDD0 <= ord(c) <= 0xFDEF or ord(c) & 0xFFFE == 0xFFFE for c in value)
    if t is QuestionType.DATE:
        if not isinstance(value, str) or len(value) != 10 or value[4] != "-" or value[7] != "-":
            return False
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return (value[:4].isdigit() and value[5:7].isdigit() and value[8:].isdigit()
                and 1900 <= int(value[:4]) <= 2100)
    if t is QuestionType.PHOTO:
        return (isinstance(value, list) and len(value) <= 20 and all(
            isinstance(v, str) and len(v) == 64 and all(c in "0123456789abcdef" for c in v) for v in value))
    raise AssertionError(t)


def _candidates(item):
    options = list(item.option_values) or ["intact"]
    return st.one_of(
        st.none(), st.booleans(), st.sampled_from(["yes", "no", "na", "YES", "", " ", *options]),
        st.lists(st.sampled_from([*options, "bogus"]), max_size=4),
        st.integers(-1000, 1000), st.floats(-1000, 1000), st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(-1000, 1000, places=3).map(str), st.text(max_size=40),
        st.dates().map(date.isoformat), st.text(alphabet="0123456789-", min_size=10, max_size=10),
        st.lists(st.text(alphabet="0123456789abcdef", min_size=64, max_size=64), max_size=3),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    )


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_answer_validation_accepts_exactly_what_the_item_allows(data):
    item = data.draw(st.sampled_from(ITEMS))
    for _ in range(20):
        value = data.draw(_candidates(item))
        try:
            validate_answer(item, value)
            accepted = True
        except ValidationError:
            accepted = False
        assert accepted == _allowed(item, value), (item.id, item.type, value)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_the_progress_counted_from_one_answer_s_difference_equals_the_whole_count(data):
    """The inspection window counts an answer's change by its difference (``progress_after``);
    after any run of changes to items no show_if looks at, that equals counting everything."""
    from inspector.checklists.answers import visible_items
    from inspector.services.sections import progress_after, progress_of

    d = data.draw(st.sampled_from(REGISTRY.all()))
    answers: dict[str, object] = {}
    progress = progress_of(d, answers)
    plain = [i for i in visible_items(d, answers) if i not in d.controlling_items]
    for _ in range(30):
        item = d.items[data.draw(st.sampled_from(plain))]
        candidates = [None, "yes", "no", "na", *item.option_values, [], ""]
        value = data.draw(st.sampled_from(candidates))
        progress = progress_after(d, progress, item.id, answers.get(item.id), value)
        if value is None:
            answers.pop(item.id, None)
        else:
            answers[item.id] = value
        assert progress == progress_of(d, answers), item.id
