"""The canonical JSON writer ``check`` leans on (RFC 8785): the fast writer of the plain types
gives exactly what the straightforward one gives, on any value, and refuses what it refuses."""

from __future__ import annotations

import enum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.services import documents
from inspector.services.documents import jcs


def reference(value: object) -> str:
    parts: list[str] = []
    documents._jcs_any(value, parts)
    return "".join(parts)


keys = st.text(st.characters(codec="utf-8"), max_size=6) | st.sampled_from(["a", "B", "é", "\ue000", "\U0001f600"])
scalars = (st.none() | st.booleans() | st.integers(-(2 ** 53) + 1, 2 ** 53 - 1) | st.text(max_size=12)
           | st.floats(allow_nan=False, allow_infinity=False))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(keys, inner, max_size=4), max_leaves=25)


@settings(max_examples=400, deadline=None)
@given(values)
def test_the_fast_writer_writes_what_the_reference_writes(value):
    assert jcs(value) == reference(value)


class Colour(str, enum.Enum):
    RED = "red"


class Count(enum.IntEnum):
    ONE = 1


@pytest.mark.parametrize("value", [Colour.RED, {"k": Count.ONE}, [True, False, None], 2.0, -0.0, {"é": 1, "e": 2}])
def test_subclasses_and_odd_values_are_written_alike(value):
    assert jcs(value) == reference(value)


@pytest.mark.parametrize("value", [{1: "a"}, {"a": {None: 1}}, [2 ** 53], {"x": float("nan")}, {"s": {1, 2}},
                                   [object()]])
def test_what_is_not_json_is_refused_alike(value):
    with pytest.raises((TypeError, ValueError)) as fast:
        jcs(value)
    with pytest.raises((TypeError, ValueError)) as slow:
        reference(value)
    assert type(fast.value) is type(slow.value) and str(fast.value) == str(slow.value)
