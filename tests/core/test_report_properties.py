"""Property test of the printed report (issue 12, "never crash"): every text
field of a record filled to the maximum length the services accept, in any
mix of scripts (right-to-left, CJK inside and outside the bundled subset,
scripts no font covers, combining marks, markup characters, words longer
than any column), every list at a large count, in every language mode, with
and without the appendix — the report is built, every page numbered.

The base record is the stress record (four agencies, findings, photos, a
drawn signature, finalized, returned with remarks, corrected), made through
the services once; each example rewrites its texts and lists at the limits
the services enforce (the field lengths below are theirs).
"""

from __future__ import annotations

import copy
import dataclasses
import io
import itertools

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from inspector.domain.enums import QuestionType
from inspector.domain.i18n import tr
from inspector.reports import build_consolidated, load
from inspector.reports.texts import MODES
from inspector.services import inspections
from inspector.services.sections import MAX_NOTE
from inspector.services.workflow import MAX_COMMENT
from inspector.store.database import Database

from tests.core import stress_record

pytestmark = pytest.mark.slow

# Maximum lengths the services accept (inspector/services/consignment.py, auth.py, sections.py, workflow.py,
# attachments.py), by the document's key.
SINGLE_LINE = {
    "declaration_ref": 64, "tractor_plate": 40, "trailer_plate": 40, "name_latin": 200, "name_original": 200,
    "passport_number": 32, "issuer": 200, "description": 500, "consignor": 200, "consignee": 200,
    "new_number": 64, "affixed_by": 200, "full_name": 200, "badge_number": 32, "caption": 500,
    "filename": 255, "route": 200,
}
MULTI_LINE = {"note": MAX_NOTE, "remarks": MAX_NOTE, "returned_comment": MAX_COMMENT, "reason": MAX_COMMENT,
              "comment": MAX_COMMENT}
NUMBERS = {"documents": 64, "seals": 64}  # "number" of a document or a seal

ALPHABET = (
    "aZ09 .,-()/№"  # Latin, digits, punctuation
    "äçňöşüýžÄÇŇÖŞÜÝŽ"  # Turkmen
    "ЖжЩщЁёЪъ"  # Cyrillic
    "علیرضاییپچژگ"  # Persian (Arabic script, right to left)
    "ګښې"  # Pashto
    "שלום"  # Hebrew
    "\u200f\u200e\u200b\u200d\u0301"  # direction marks, zero-width space and joiner, a combining accent
    "王小明货物运单"  # Chinese in the bundled subset
    "龘靐齉"  # Chinese outside it
    "გიორგი"  # Georgian
    "Արամ"  # Armenian
    "முருகன்"  # Tamil: no bundled font
    "😀🚚"  # emoji
    "<>&;\"'"  # paragraph markup
    "\t"
)

MIXED = "Ýük Ёлка علی رضایی 王小明货 龘 გიორგი Արամ முருகன் 😀 <b>&amp; ګښې"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The stress record's two revisions: finalized and returned (0) and corrected, a draft (1)."""
    path = tmp_path_factory.mktemp("report-properties") / "stress.db"
    reference = stress_record.make(path)
    db = Database(path)
    try:
        with db.read_session() as s:
            return {revision: load(s, inspections.get(s, reference, revision)) for revision in (0, 1)}
    finally:
        db.dispose()


@st.composite
def fillers(draw):
    """Text of any length made of a few drawn pieces, cycled: ``fill(n, k)``."""
    # Every script is in every text, whatever else is drawn.
    pieces = [MIXED, *draw(st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=24), max_size=4))]
    spaced = not draw(st.booleans())  # False: one word longer than any column
    newlines = not draw(st.booleans())

    def fill(length: int, k: int, multiline: bool = False) -> str:
        rotated = pieces[k % len(pieces):] + pieces[:k % len(pieces)]
        sep = ("\n" if multiline and newlines else " ") if spaced else ""
        out = ""
        for piece in itertools.cycle(rotated):
            out += piece + sep
            if len(out) >= length:
                break
        out = out[:length]
        return out if multiline else out.replace("\n", " ")
    return fill


def at_limits(data, fill, counts: dict[str, int]):
    """``data`` with every list grown to ``counts`` and every text at its maximum length."""
    document = copy.deepcopy(dict(data.document))
    for key, count in counts.items():
        rows = document[key] or [_row(key)]
        document[key] = [copy.deepcopy(rows[n % len(rows)]) for n in range(count)]
    serial = itertools.count()

    def walk(node, parent: str | None = None):
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    walk(value, key)
                elif key in SINGLE_LINE:
                    node[key] = fill(SINGLE_LINE[key], next(serial))
                elif key in MULTI_LINE:
                    node[key] = fill(MULTI_LINE[key], next(serial), multiline=True)
                elif key == "number" and parent in NUMBERS:
                    node[key] = fill(NUMBERS[parent], next(serial))
        elif isinstance(node, list):
            for value in node:
                walk(value, parent)

    document["transit"] = {"route": "x", "exit_bcp": "SRH", "deadline": "2026-11-30T18:00:00+05:00"}
    walk(document)
    for section in document["agencies"]:
        definition = data.definitions[section["agency"]]
        for answer in section["answers"]:
            item = definition.items.get(answer["item"])
            if item is not None and item.type is QuestionType.TEXT:
                answer["value"] = fill(item.max_length, next(serial), multiline=True)
            answer["note"] = fill(MAX_NOTE, next(serial), multiline=True)
    if document.get("decision"):
        document["decision"]["note"] = fill(MAX_COMMENT, next(serial), multiline=True)
    history = tuple(dataclasses.replace(
        event, reason=fill(MAX_COMMENT, next(serial), multiline=True),
        remarks=tuple({**r, "remark": fill(MAX_COMMENT, next(serial), multiline=True)} for r in event.remarks))
        for event in data.history)
    return dataclasses.replace(data, document=document, history=history)


def _row(key: str) -> dict:
    return {"drivers": {"name_latin": "x", "name_original": "x", "passport_number": "x", "nationality": "IR"},
            "documents": {"type": "cmr", "number": "x", "issuer": "x", "date": "2026-11-25"},
            "seals": {"number": "x", "status": "intact", "new_number": "x", "affixed_by": "x"},
            "cargo": {"description": "x", "hs_code": "0702000000", "packages": 1, "gross_mass_kg": 1.0,
                      "origin_country": "TR", "consignor": "x", "consignee": "x"}}[key]


@pytest.mark.parametrize("appendix", [False, True], ids=["plain", "appendix"])
@pytest.mark.parametrize("mode", MODES)
@settings(max_examples=1, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(fill=fillers(), revision=st.sampled_from([0, 1]),
       counts=st.fixed_dictionaries({"drivers": st.sampled_from([8, 0]), "documents": st.sampled_from([20, 1]),
                                     "cargo": st.sampled_from([60, 1]), "seals": st.sampled_from([20, 0])}))
def test_a_record_at_every_limit_always_prints(base, mode, appendix, fill, revision, counts):
    data = at_limits(base[revision], fill, counts)
    pdf = build_consolidated(data, mode, appendix=appendix)
    reader = PdfReader(io.BytesIO(pdf.data))
    assert len(reader.pages) == pdf.pages > 1
    first, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    lang = mode.split("+")[0]
    assert "".join(tr("report.page", lang, page=1, pages=pdf.pages).split()) in "".join(first.split())
    assert "".join(tr("report.page", lang, page=pdf.pages, pages=pdf.pages).split()) in "".join(last.split())
