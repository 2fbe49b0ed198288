"""The built-in check of bcp-inspection/1 agrees with the published JSON Schema."""

from __future__ import annotations

import copy
import json
import re
import zipfile
from pathlib import Path

import jsonschema
import pytest

from inspector.domain.messages import MESSAGES
from inspector.exchange.inspection_schema import SCHEMA
from inspector.exchange.schema import check_document

DOCS_SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "bcp-inspection-1.schema.json").read_text("utf-8"))


def test_the_package_carries_the_published_schema_unchanged():
    assert SCHEMA == DOCS_SCHEMA


@pytest.fixture(scope="module")
def documents(demo_bundle):
    with zipfile.ZipFile(demo_bundle) as archive:
        return [json.loads(archive.read(n)) for n in archive.namelist() if n.startswith("records/")]


def test_every_exported_document_passes_both_checks(documents):
    for doc in documents:
        assert check_document(doc) is None
    for doc in documents[::3]:  # the reference validator is slow; a third of them, every status
        jsonschema.validate(doc, DOCS_SCHEMA)


def _set(path, value):
    def mutate(doc):
        *parents, last = path
        node = doc
        for key in parents:
            node = node[key]
        if value is DELETE:
            del node[last]
        else:
            node[last] = value
    return mutate


DELETE = object()
MUTATIONS = {
    "missing required key": (_set(("vehicle",), DELETE), "vehicle"),
    "unknown key": (_set(("colour",), "red"), "colour"),
    "wrong type": (_set(("revision",), "0"), "revision"),
    "bool is not a number": (_set(("revision",), True), "revision"),
    "enum": (_set(("direction",), "sideways"), "direction"),
    "const": (_set(("format",), "bcp-inspection/2"), "format"),
    "pattern": (_set(("cargo", 0, "hs_code"), "12AB"), "cargo[0].hs_code"),
    "plate pattern": (_set(("vehicle", "tractor_plate"), "ag 12"), "vehicle.tractor_plate"),
    "max length": (_set(("declaration_ref",), "X" * 65), "declaration_ref"),
    "min length": (_set(("drivers", 0, "name_latin"), ""), "drivers[0].name_latin"),
    "exclusive minimum": (_set(("cargo", 0, "gross_mass_kg"), 0), "cargo[0].gross_mass_kg"),
    "maximum": (_set(("cargo", 0, "gross_mass_kg"), 100001), "cargo[0].gross_mass_kg"),
    "minimum": (_set(("cargo", 0, "packages"), 0), "cargo[0].packages"),
    "timestamp without offset": (_set(("arrived_at",), "2026-11-27T09:00:00"), "arrived_at"),
    "nested user ref": (_set(("created_by", "role"), "boss"), "created_by.role"),
    "answer value type": (_set(("agencies", 0, "answers", 0, "value"), {"yes": True}), "agencies[0].answers[0].value"),
    "photo hash": (_set(("agencies", 0, "answers", 0, "photos"), ["not-a-hash"]), "agencies[0].answers[0].photos[0]"),
    "oneOf null or object": (_set(("transit",), "none"), "transit"),
    "array expected": (_set(("seals",), {}), "seals"),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_broken_document_is_found_with_its_path(documents, name):
    mutate, path = MUTATIONS[name]
    doc = copy.deepcopy(next(d for d in documents if d["cargo"] and d["agencies"][0]["answers"]
                             and d["created_by"] and d["drivers"]))
    mutate(doc)
    problem = check_document(doc)
    assert problem is not None and problem.path == path, problem
    assert problem.key in MESSAGES
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, DOCS_SCHEMA)


def test_stricter_than_json_schema_where_it_matters(documents):
    doc = copy.deepcopy(next(d for d in documents if d["documents"]))
    doc["documents"][0]["date"] = "2026-02-30"
    assert check_document(doc).path == "documents[0].date"
    doc = copy.deepcopy(documents[0])
    doc["revision"] = 0.0
    assert check_document(doc).path == "revision"


def test_problem_texts_exist_in_three_languages():
    keys = [k for k in MESSAGES if k.startswith("exchange.")]
    assert len(keys) > 60
    turkish_only = re.compile("[ıİğĞ]")
    for key in keys:
        assert set(MESSAGES[key]) == {"en", "ru", "tk"}
        assert not turkish_only.search(MESSAGES[key]["tk"]), key
        for lang in ("ru", "tk"):
            assert sorted(re.findall(r"{(\w+)}", MESSAGES[key][lang])) == sorted(
                re.findall(r"{(\w+)}", MESSAGES[key]["en"])), (key, lang)


TRICKY = [None, True, False, 0, 1, -1, 0.5, 1.0, 100001, 2**60, "", "x", "X" * 300, "AGT", "2026-02-30",
          "2026-11-27", "2026-11-27T09:00:00+05:00", "2026-11-27T09:00:00", "0" * 64, "a" * 64, "AG 1234 TM",
          "import", "entry", "draft", "finalized", "customs", "FRB\n", [], {}, ["a"], [1], [None], {"a": 1},
          {"username": "a.b", "full_name": "A"}]


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, sub in value.items():
            yield from _paths(sub, (*path, key))
    elif isinstance(value, list):
        for n, sub in enumerate(value):
            yield from _paths(sub, (*path, n))


def test_the_compiled_check_answers_as_the_interpreter_on_mutated_documents(documents):
    """The fast check (is_valid) decides every import; the interpreter says where and why. On
    thousands of documents broken one or three places at a time (every path, values of every type and
    at every limit, keys removed and added) both give the same verdict."""
    import random

    from inspector.exchange import schema

    rng = random.Random(13)
    refused = 0
    for n in range(3000):
        doc = copy.deepcopy(documents[n % len(documents)])
        for _ in range(1 if n % 2 else 3):
            path = rng.choice([p for p in _paths(doc) if p])
            *parents, last = path
            node = doc
            for key in parents:
                node = node[key]
            action = rng.random()
            if action < 0.15 and isinstance(node, dict):
                del node[last]
            elif action < 0.25 and isinstance(node, dict):
                node[rng.choice(["colour", "uuid", "value", "signature"])] = rng.choice(TRICKY)
            elif action < 0.3 and isinstance(node[last], list):
                node[last] = node[last] + node[last][:1]
            else:
                node[last] = copy.deepcopy(rng.choice(TRICKY))
        expected = schema._problem(doc, SCHEMA, "") is None
        assert schema.is_valid(doc) is expected or schema.is_valid(doc) == expected, (n, doc)
        refused += not expected
    assert 1500 < refused < 3000  # both verdicts were tried, many times each
    for doc in documents:
        assert schema.is_valid(doc)
