"""The consolidated report as a document an officer, a driver and a court act
on (issue 12), one test per promise.

Records are made through the services, the PDF is made by the ``inspector
report`` command (``main([...])``) and read back page by page with pypdf the
way a reader reads it: what page 1 says, what every page says, what is not
printed at all.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import random

import pypdfium2 as pdfium
import pytest
import yaml
from pypdf import PdfReader
from sqlalchemy import select

from inspector.checklists.answers import visible_items
from inspector.checklists.loader import load_text
from inspector.checklists.model import localize
from inspector.checklists.registry import ChecklistRegistry
from inspector.cli.main import main
from inspector.demo import values
from inspector.demo.generator import generate
from inspector.demo.remarks import REMARKS
from inspector.domain.enums import Agency, Decision, QuestionType, RiskLane, Severity
from inspector.domain.errors import Conflict
from inspector.domain.i18n import label, tr
from inspector.reports import build_consolidated, load
from inspector.reports.qr import parse as qr_parse
from inspector.services import attachments, auth, inspections, sections, workflow
from inspector.store.database import Database
from inspector.store.models import AgencySection, JointInspection

from tests.core import helpers
from tests.core.conftest import PASSWORD

def squash(text: str) -> str:
    return "".join(text.split())


def in_order(needle: str, text: str) -> bool:
    """Every word of ``needle`` in ``text``, in order (a table row may go on
    on the next page, after that page's footer and header; a word may break
    after its own hyphen)."""
    text = re.sub(r"(?<=\w)-\s+(?=\w)", "-", text)
    position = 0
    for word in needle.split():
        found = text.find(word, position)
        if found < 0:
            return False
        position = found + len(word)
    return True


def report(db: Database, key: str, tmp_path: Path, *options: str) -> list[str]:
    """The text of every page of the report ``inspector report`` writes."""
    target = tmp_path / f"{key}-{len(list(tmp_path.iterdir()))}.pdf"
    code = main(["--db", str(db.path), "report", key, *options, "-o", str(target)])
    assert code == 0
    return pages_of(target.read_bytes())


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def answer(db, actor, reference, agency, item, value, note=None):
    with db.session() as s:
        sections.record_answer(s, actor, inspections.get(s, reference), agency, item, value, note=note)


def fill(db, actor, reference, agency, fixed=None, findings=()):
    """Answer every visible item in checklist order, ``fixed`` answers where given
    (so the items they show are answered too)."""
    fixed = fixed or {}
    rng = random.Random(0)
    with db.session() as s:
        inspection = inspections.get(s, reference)
        section = sections.section_of(inspection, agency)
        definition = sections.definition(section)
        for item in definition.items.values():
            if item.id not in visible_items(definition, sections.answer_map(section)):
                continue
            if item.id in fixed:
                value = fixed[item.id]
            elif item.type is QuestionType.PHOTO:
                continue
            else:
                value = values.answer(rng, item, item.id in findings, inspection) or ("—" if item.type is
                                                                                     QuestionType.TEXT else None)
            if value is not None:
                sections.record_answer(s, actor, inspection, agency, item.id, value,
                                       note="checked" if item.id in findings else None)


def decide(db, actor, reference, agency, decision, remarks=None, sign=True):
    with db.session() as s:
        sections.set_decision(s, actor, inspections.get(s, reference), agency, decision, remarks)
    if sign:
        confirmation = auth.reauthenticate(db, actor, PASSWORD)
        with db.session() as s:
            sections.sign(s, actor, inspections.get(s, reference), agency, confirmation)


def confirm_and_finalize(db, people, reference, decision=None, note=None):
    with db.session() as s:
        inspection = inspections.get(s, reference)
        workflow.confirm_decision(s, people.customs, inspection, decision, note)
        return workflow.finalize(s, people.customs, inspection, confirmation=helpers.confirmed(s, people.customs))


# -- 1. never crash -----------------------------------------------------------------------

@pytest.mark.slow
def test_a_record_at_every_limit_prints_in_full(tmp_path):
    """The stress record: 2,000-character notes (taller than a page in a table
    row), 60 cargo lines, 12 photos, names in six scripts — the report is
    written, every page numbered, the long texts printed."""
    from tests.core import stress_record

    reference = stress_record.make(tmp_path / "stress.db")
    db = Database(tmp_path / "stress.db")
    try:
        for mode, options in (("en", ("--appendix",)), ("tk+ru", ())):
            pages = report(db, reference, tmp_path, "--lang", mode, *options)
            assert len(pages) > (100 if options else 40)
            for number, page in enumerate(pages, 1):
                assert squash(tr("report.page", mode.split("+")[0], page=number, pages=len(pages))) in squash(page)
            text = squash("".join(pages))
            for words in stress_record.SCRIPTS.values():  # every script of the notes, not "[Arabic]"
                if not any(_is_rtl(ch) for ch in words):
                    assert squash(words)[:20] in text, words
            assert "[" + "Arabic]" not in text and "[CJK]" not in text
            assert squash("Ультрасверхдлинноеслово") in text  # a word longer than any column
    finally:
        db.dispose()


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


# -- 2. decision first --------------------------------------------------------------------------

def test_page_one_says_what_happens_to_the_truck(db, people, make_inspection, tmp_path):
    reference = make_inspection()
    helpers.answer_section(db, people.customs, reference, "customs", findings=("cmr_consistent", "plates_match"))
    helpers.answer_section(db, people.vet, reference, "veterinary")
    decide(db, people.customs, reference, "customs", "release_conditional",
           "Released on condition that the CMR is corrected.")
    decide(db, people.vet, reference, "veterinary", "release")
    confirm_and_finalize(db, people, reference)

    for mode in ("en", "tk+ru"):
        first = report(db, reference, tmp_path, "--lang", mode)[0]
        flat = squash(first)
        for lang in mode.split("+"):
            # The consolidated decision, large and in both languages of a bilingual copy.
            assert squash(label(Decision.RELEASE_CONDITIONAL, lang).upper()) in flat, lang
            assert squash(label(RiskLane.RED, lang)) in flat
            assert squash(tr("report.flagged", lang)) + "(2)" in flat
            for item in ("cmr_consistent", "plates_match"):
                text = ChecklistRegistry().get("customs").item(item).text
                assert squash(localize(text, lang))[:40] in flat, item
            assert squash(label(Decision.RELEASE, lang)) in flat  # the veterinary decision
            for severity in Severity:
                assert squash(label(severity, lang)) in flat
    # Customs: one critical (plates) and one major (CMR) finding, counted by severity.
    first = report(db, reference, tmp_path, "--lang", "en")[0]
    row = re.search(r"Customs\s+Conditional release\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", first)
    assert row is not None and row.groups()[1:] == ("1", "1", "0"), first


# -- 3. status on every page -------------------------------------------------------------------------

def _long_draft(db, people, make_inspection):
    """A draft long enough for several pages: every agency, notes on findings."""
    reference = make_inspection(agencies=["customs", "veterinary", "phytosanitary", "sanitary_epidemiological"],
                                cargo=[{"description": f"Line {n} " + "Tomatoes, fresh; " * 8,
                                        "hs_code": "0702000000", "packages": 10, "gross_mass_kg": 100,
                                        "origin_country": "TR"} for n in range(40)])
    helpers.answer_section(db, people.customs, reference, "customs", findings=("cmr_consistent",))
    return reference


def test_a_draft_says_draft_not_valid_on_every_page_and_offers_no_acknowledgement(db, people, make_inspection,
                                                                                    tmp_path):
    reference = _long_draft(db, people, make_inspection)
    for mode in ("en", "tk+ru"):
        pages = report(db, reference, tmp_path, "--lang", mode, "--appendix")
        assert len(pages) >= 3
        marks = [tr("report.draft_mark", lang) for lang in mode.split("+")]
        for page in pages:
            assert page.splitlines()[0].strip() == " / ".join(marks)  # the running header's status line
            for mark in marks:
                assert page.count(mark) >= 2  # and the watermark across the page
        text = squash("".join(pages))
        for lang in mode.split("+"):
            assert squash(tr("report.acknowledgement", lang)) not in text
            assert squash(tr("report.no_acknowledgement", lang)) in text


def test_a_final_copy_has_the_drivers_acknowledgement_and_no_draft_mark(db, people, make_inspection, tmp_path):
    reference = make_inspection()
    helpers.finalize(db, people, reference)
    pages = report(db, reference, tmp_path, "--lang", "en")
    text = "".join(pages)
    assert "DRAFT" not in text and "NOT VALID" not in text and "SUPERSEDED" not in text
    assert squash(tr("report.acknowledgement", "en")) in squash(text)
    assert "Dovletmyrat Annayev" in pages[-1]  # the driver's line to sign on, on the last page


def test_a_superseded_revision_names_its_successor_on_every_page(db, people, make_inspection, tmp_path):
    reference = make_inspection()
    helpers.finalize(db, people, reference)
    with db.session() as s:
        workflow.amend(s, people.customs, inspections.get(s, reference), "Wrong trailer plate", ["customs"])
    pages = report(db, reference, tmp_path, "--lang", "tk+ru", "--revision", "0")
    assert len(pages) >= 2
    for page in pages:
        assert page.splitlines()[0].strip() == "ÇALŞYRYLDY: redaksiýa № 1 / ЗАМЕНЕНО редакцией № 1"
    text = squash("".join(pages))
    assert squash(tr("report.acknowledgement", "ru")) not in text  # nobody acknowledges an old copy
    # The current revision is a draft again until it is finalized.
    current = report(db, reference, tmp_path, "--lang", "en")
    assert all(p.splitlines()[0].strip() == "DRAFT — NOT VALID" for p in current)


def _scanned(pdf: Path, tmp_path: Path) -> str:
    """What a scanner reads from page 1 printed at 150 dpi."""
    stem = tmp_path / f"scan-{pdf.stem}"
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf), str(stem)], check=True)
    image = next(tmp_path.glob(f"{stem.name}*.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True)
    return read.stdout.strip()


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbarimg (zbar-tools) or pdftoppm (poppler-utils) missing")
def test_the_qr_code_carries_the_status_of_the_copy_and_verify_reads_it(db, people, make_inspection, tmp_path,
                                                                         capsys):
    """A draft, a final copy, and the same revision once superseded: the code scanned off the page says
    which, carries the record hash, and ``inspector verify`` acts on it."""
    reference = make_inspection()

    def printed(name: str, *options: str) -> str:
        target = tmp_path / f"{name}.pdf"
        assert main(["--db", str(db.path), "report", reference, *options, "-o", str(target)]) == 0
        text = _scanned(target, tmp_path)
        assert text == PdfReader(target).metadata.get("/Keywords")
        return text

    def verify(text: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main(["--db", str(db.path), "verify", "--qr", text])
        out, err = capsys.readouterr()
        return code, (out + err).strip()

    draft = printed("draft", "--lang", "tk+ru")
    fields = draft.split("*")
    assert fields[:4] == ["BCP2", reference, "0", "D"] and len(fields) == 5  # a draft, no signature
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    assert qr_parse(draft).record_hash == data.record_hash
    assert verify(draft) == (0, f"Matches the database: {reference} revision 0, Draft "
                                "(not finalized: no signature)")

    helpers.finalize(db, people, reference)
    final = printed("final", "--lang", "en")
    fields = final.split("*")
    assert fields[:4] == ["BCP2", reference, "0", "F"] and len(fields) == 7
    with db.read_session() as s:
        assert qr_parse(final).record_hash == inspections.get(s, reference).record_hash
    code, said = verify(final)
    assert code == 0 and said.startswith(f"Genuine: {reference} revision 0, Finalized")
    code, said = verify(draft)  # the draft's content is not what was finalized
    assert code == 1

    with db.session() as s:
        workflow.amend(s, people.customs, inspections.get(s, reference), "Wrong trailer plate", ["customs"])
    old = printed("superseded", "--lang", "ru", "--revision", "0")
    fields = old.split("*")
    assert fields[:4] == ["BCP2", reference, "0", "S"] and fields[4:] == final.split("*")[4:]
    for text in (old, final):  # printed after it was replaced, or before: not valid now
        code, said = verify(text)
        assert code == 1 and said.startswith(f"Superseded: {reference} revision 0 (Finalized) is genuine but "
                                             "was replaced by revision 1"), said
    current = printed("current", "--lang", "en")
    assert current.split("*")[1:4] == [reference, "1", "I"]  # amended: in progress again
    forged = "*".join(current.split("*")[:3] + ["S"] + current.split("*")[4:])
    code, said = verify(forged)  # the current revision is not superseded
    assert code == 1 and "the copy says superseded" in said


# -- 4. say only what is true ----------------------------------------------------------------------------

def test_a_section_with_nothing_answered_does_not_claim_compliance(db, people, make_inspection, tmp_path):
    reference = make_inspection()
    helpers.answer_section(db, people.customs, reference, "customs")  # the veterinary section: nothing yet
    text = squash("".join(report(db, reference, tmp_path, "--lang", "en")))
    assert text.count(squash(tr("report.no_findings", "en"))) == 1  # customs only
    assert squash(tr("report.no_answers_yet", "en")) in text


def test_an_unsigned_decision_is_printed_as_proposed(db, people, make_inspection, tmp_path):
    reference = make_inspection()
    helpers.answer_section(db, people.customs, reference, "customs")
    helpers.answer_section(db, people.vet, reference, "veterinary")
    decide(db, people.vet, reference, "veterinary", "release")
    decide(db, people.customs, reference, "customs", "detain", "Held for a document check", sign=False)
    first = squash(report(db, reference, tmp_path, "--lang", "en")[0])
    assert squash("Detain (proposed; not signed)") in first
    assert "DETAIN" not in first  # the consolidated decision is not taken
    assert squash(tr("report.decision_pending", "en", agencies="Customs")) in first
    # Signed but not confirmed by the lead officer: the consolidated decision is only proposed.
    confirmation = auth.reauthenticate(db, people.customs, PASSWORD)
    with db.session() as s:
        sections.sign(s, people.customs, inspections.get(s, reference), "customs", confirmation)
    first = squash(report(db, reference, tmp_path, "--lang", "en")[0])
    assert "DETAIN" in first and squash(tr("report.proposed_not_confirmed", "en")) in first


def test_new_seals_in_customs_answers_are_in_the_seals_table_or_finalizing_is_refused(db, people, make_inspection,
                                                                                        tmp_path):
    reference = make_inspection(agencies=["customs"])
    fill(db, people.customs, reference, "customs", {"exam_extent": "partial", "reseal_applied": "yes",
                                                     "new_seal_numbers": "TM 778899; TM-778900"})
    decide(db, people.customs, reference, "customs", "release")
    with db.session() as s:
        workflow.confirm_decision(s, people.customs, inspections.get(s, reference))
    # The report prints the seals customs recorded, from its answers.
    text = squash("".join(report(db, reference, tmp_path, "--lang", "en")))
    assert squash("TM 778899") + squash(tr("report.seal_from_checklist", "en")) in text
    assert squash("TM-778900") in text
    # Finalizing a record whose seals table misses them is refused, and nothing changes.
    with db.session() as s, pytest.raises(Conflict) as refused:
        workflow.finalize(s, people.customs, inspections.get(s, reference),
                          confirmation=helpers.confirmed(s, people.customs))
    assert "TM 778899" in refused.value.message("en")
    with db.read_session() as s:
        assert inspections.get(s, reference).status == "completed"


def test_return_to_origin_prints_no_onward_route_and_a_transit_route_refuses_finalizing(db, people, make_inspection,
                                                                                         tmp_path):
    route = "Farap — Ashgabat — Serhetabat via M37"
    reference = make_inspection(agencies=["customs"], transit={
        "route": route, "exit_bcp": "SRH", "deadline": "2026-11-30T18:00:00+05:00"})
    helpers.answer_section(db, people.customs, reference, "customs", findings=("cmr_consistent",))
    decide(db, people.customs, reference, "customs", "return_to_origin", "Returned: CMR does not match")
    with db.session() as s:
        workflow.confirm_decision(s, people.customs, inspections.get(s, reference))
    text = squash("".join(report(db, reference, tmp_path, "--lang", "en")))
    assert squash(route) not in text and squash(tr("report.transit", "en")) not in text
    assert squash(tr("report.deadline_return", "en")) + squash("2026-11-30 18:00") in text
    with db.session() as s, pytest.raises(Conflict) as refused:
        workflow.finalize(s, people.customs, inspections.get(s, reference),
                          confirmation=helpers.confirmed(s, people.customs))
    assert refused.value.key == "consistency.transit_with_return"


def test_a_return_prints_the_deadline_the_checklist_records_when_the_record_has_none(db, people, make_inspection,
                                                                                      tmp_path):
    """Part III agrees with the answers: the veterinary checklist's deadline to leave the country is
    printed (saying where it comes from), not "not set"."""
    reference = make_inspection(agencies=["customs", "veterinary"])
    helpers.answer_section(db, people.vet, reference, "veterinary", findings=("certificate_matches",))
    answer(db, people.vet, reference, "veterinary", "transit_route_set", "yes")
    answer(db, people.vet, reference, "veterinary", "exit_deadline", "2026-12-03")
    decide(db, people.vet, reference, "veterinary", "return_to_origin", None)
    helpers.answer_section(db, people.customs, reference, "customs")
    decide(db, people.customs, reference, "customs", "release", None)
    with db.session() as s:
        workflow.confirm_decision(s, people.customs, inspections.get(s, reference))
    text = squash("".join(report(db, reference, tmp_path, "--lang", "en")))
    assert squash(tr("report.deadline_return", "en")) + squash("2026-12-03 (recorded in the checklist: Veterinary")\
        in text
    assert squash(tr("report.deadline_not_set", "en")) not in text


@pytest.mark.parametrize(("change", "key"), [
    ({"seals": [{"number": "TM 004512", "status": "intact"}]}, "consistency.seals_found_broken"),
    ({"procedure": "tir_transit", "direction": "transit"}, "consistency.tir_without_carnet"),
])
def test_finalizing_refuses_a_record_that_contradicts_itself(db, people, make_inspection, change, key):
    reference = make_inspection(agencies=["customs"], **change)
    fill(db, people.customs, reference, "customs", {"seal_status": "broken", "reseal_applied": "no"}
         if "broken" in key else {})
    decide(db, people.customs, reference, "customs", "detain" if "broken" in key else "release", "Held")
    with db.session() as s:
        workflow.confirm_decision(s, people.customs, inspections.get(s, reference))
    with db.session() as s, pytest.raises(Conflict) as refused:
        workflow.finalize(s, people.customs, inspections.get(s, reference),
                          confirmation=helpers.confirmed(s, people.customs))
    assert refused.value.key == key
    assert all(refused.value.message(lang) for lang in ("en", "ru", "tk"))
    with db.read_session() as s:
        assert inspections.get(s, reference).record_hash is None


# -- 5. signatures -----------------------------------------------------------------------------------------

def test_each_signer_has_one_block_saying_how_they_signed(db, people, make_inspection, tmp_path):
    from tests.core.test_reports import _signature_png

    reference = make_inspection()
    with db.session() as s:
        drawn = attachments.add(s, people.customs, inspections.get(s, reference), _signature_png(),
                                "signature.png").sha256
    helpers.answer_section(db, people.customs, reference, "customs")
    helpers.answer_section(db, people.vet, reference, "veterinary")
    with db.session() as s:
        sections.set_decision(s, people.customs, inspections.get(s, reference), "customs", "release")
    confirmation = auth.reauthenticate(db, people.customs, PASSWORD)
    with db.session() as s:
        sections.sign(s, people.customs, inspections.get(s, reference), "customs", confirmation,
                      signature_sha256=drawn)
    decide(db, people.vet, reference, "veterinary", "release")
    confirm_and_finalize(db, people, reference)

    pages = report(db, reference, tmp_path, "--lang", "en")
    text = squash("".join(pages))
    # One block per signature: the customs section and, as lead officer, the finalization he
    # signed with his password (so it reads "signed electronically", not "confirmed by").
    for name, badge, blocks in (("Aman Amanow", "B-aman", 2), ("Merdan Gylyjow", "B-merdan", 1)):
        signed = squash(f"Signed electronically by {name} (badge {badge}), 2026-")
        assert text.count(signed) == blocks, name
        assert re.search(re.escape(signed) + r"\d\d-\d\d\d\d:\d\dUTC\+5", text), name
    lead = text[text.index(squash("Lead officer — confirms")):]
    assert squash("Signed electronically by Aman Amanow") in lead[:400]
    # The decision, the lead officer, the stamp and the driver on one page.
    last = next(p for p in pages if "Consolidated decision and signatures" in p)
    for words in ("Lead officer — confirms", tr("report.stamp", "en"), "Dovletmyrat Annayev",
                  tr("report.acknowledgement", "en")):
        assert squash(words) in squash(last), words
    # The drawn signature is printed beside the customs block.
    reader = PdfReader(io.BytesIO(_pdf(db, reference, "en")))
    assert any(x.get_object()["/Subtype"] == "/Image" for page in reader.pages
               for x in (page["/Resources"].get("/XObject") or {}).values())

    # A section signed with a key: its statement names the key's fingerprint.
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    document = copy.deepcopy(dict(data.document))
    vet = next(a for a in document["agencies"] if a["agency"] == "veterinary")
    vet["signature"] = {"algorithm": "ed25519", "key_fingerprint": "9f3a1c0e" * 8, "signed_by": vet["signed_by"],
                        "signed_at": vet["signed_at"], "value": "AAAA"}
    pages = pages_of(build_consolidated(dataclasses.replace(data, document=document), "tk+ru").data)
    text = squash("".join(pages))
    assert squash("Key fingerprint") not in text
    assert squash("Açaryň barmak yzy 9F3A 1C0E 9F3A") in text and squash("Отпечаток ключа 9F3A 1C0E") in text
    assert squash("Elektron gol çeken: Merdan Gylyjow") in text
    assert squash("Подписано электронно: Merdan Gylyjow") in text


def _pdf(db, reference, mode, *options) -> bytes:
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    return build_consolidated(data, mode, appendix="--appendix" in options).data


# -- 6. Part III complete ---------------------------------------------------------------------------------------

def test_part_three_prints_conditions_samples_legal_basis_and_appeal(db, people, make_inspection, tmp_path, registry):
    reference = make_inspection()
    helpers.answer_section(db, people.customs, reference, "customs")
    helpers.answer_section(db, people.vet, reference, "veterinary")
    answer(db, people.vet, reference, "veterinary", "lab_sample_taken", "yes")
    answer(db, people.vet, reference, "veterinary", "sample_reference", "VL-2026-0412, seal TM 55120")
    condition = "Deliver under seal to the consignee's cold store within 3 days."
    decide(db, people.customs, reference, "customs", "release")
    decide(db, people.vet, reference, "veterinary", "release_conditional", condition)
    confirm_and_finalize(db, people, reference)

    for mode in ("en", "tk+ru"):
        pages = report(db, reference, tmp_path, "--lang", mode)
        text, joined = squash("".join(pages)), "".join(pages)
        for lang in mode.split("+"):
            assert squash(tr("report.legal_and_appeal", lang)) in text
            for agency, decision in (("customs", Decision.RELEASE), ("veterinary", Decision.RELEASE_CONDITIONAL)):
                texts = registry.get(agency).outcome_texts[decision]
                # A table row may continue on the next page, after its header and footer.
                assert in_order(localize(texts.legal_basis, lang), joined), (agency, lang)
                if texts.appeal:
                    assert in_order(localize(texts.appeal, lang), joined), (agency, lang)
            assert squash(tr("report.measure_samples", lang)) in text
        assert squash("VL-2026-0412, seal TM 55120") in text
        assert squash(condition) in text


def test_outcome_texts_problems_name_their_line_and_place():
    data = copy.deepcopy(dict(ChecklistRegistry().get("veterinary").data))
    data["outcome_texts"] = {
        "release": {"legal_basis": {"en": "Veterinary law", "ru": "Закон о ветеринарии"}},  # no tk
        "destroy_by_magic": {"appeal": {"en": "x", "ru": "x", "tk": "x"}},
        "release_conditional": {"legal_basis": {"en": "", "ru": "x", "tk": "x"}, "footnote": "x"},
    }
    result = load_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "vet.yaml")
    assert not result.ok
    messages = [m for m in result.messages() if "outcome_texts" in m]
    assert len(messages) >= 4, result.messages()
    for message in messages:
        assert re.match(r"vet\.yaml:\d+: outcome_texts\.", message), message
    joined = "\n".join(messages)
    assert "outcome_texts.release.legal_basis" in joined and "tk" in joined
    assert "destroy_by_magic" in joined and "footnote" in joined


# -- 7. revisions ----------------------------------------------------------------------------------------

def test_revisions_say_return_or_amendment_who_why_what_reopened_and_the_previous_hash(db, people, make_inspection,
                                                                                        tmp_path):
    reference = make_inspection()
    helpers.answer_section(db, people.customs, reference, "customs", findings=("cmr_consistent",))
    helpers.answer_section(db, people.vet, reference, "veterinary")
    decide(db, people.customs, reference, "customs", "release_conditional", "CMR to be corrected")
    decide(db, people.vet, reference, "veterinary", "release")
    first_hash = confirm_and_finalize(db, people, reference)
    remark = "The note must say which CMR field differs."
    with db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, reference), "returned",
                        "Findings not described", ["customs"],
                        remarks=[{"agency": "customs", "item": "cmr_consistent", "remark": remark}],
                        confirmation=helpers.confirmed(s, people.supervisor))
    returned = squash("".join(report(db, reference, tmp_path, "--lang", "en")))
    # The reviewer's remark is printed with the finding it is about.
    assert squash("Reviewer's remark" + remark) in returned
    # The corrected revision is named so on every page, as in its header: not an amendment.
    corrected = report(db, reference, tmp_path, "--lang", "en", "--revision", "1")
    assert all(f"{reference} · Revision 1" in page and "Amendment" not in page for page in corrected)
    decide(db, people.customs, reference, "customs", "release_conditional", "CMR corrected in the booth")
    second_hash = confirm_and_finalize(db, people, reference)
    with db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, reference), "approved",
                        confirmation=helpers.confirmed(s, people.supervisor))
    with db.session() as s:
        workflow.amend(s, people.customs, inspections.get(s, reference), "Trailer plate mistyped", ["veterinary"])

    pages = report(db, reference, tmp_path, "--lang", "en")
    assert all(f"{reference} · Amendment 2" in page for page in pages)
    text = squash("".join(pages))
    assert squash(tr("report.revisions", "en")) in text
    returned_row = squash("1" + tr("report.kind_returned", "en"))
    amended_row = squash("2" + tr("report.kind_amended", "en"))
    assert returned_row in text and amended_row in text
    assert text.index(returned_row) < text.index(amended_row)
    assert squash("Findings not described") in text and squash("Trailer plate mistyped") in text
    assert first_hash in text and second_hash in text  # each revision names the hash of the one before
    assert squash("Batyr Orazow (badge B-chief)") in text  # who returned it
    # Every page says when it was printed, with the time zone.
    for page in pages:
        assert re.search(r"Printed \d{4}-\d\d-\d\d \d\d:\d\d UTC\+5", page), page[-200:]


# -- 8. bilingual tk+ru as equals -----------------------------------------------------------------------------

def _sizes(pdf: bytes, page: int = 0) -> dict[str, set[tuple[str, float]]]:
    """Each text run of a page with its (font, size on the page)."""
    found: dict[str, set[tuple[str, float]]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            name = str(font["/BaseFont"]).split("+")[-1]
            found.setdefault(text.strip(), set()).add((name, round(size * scale, 1)))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_russian_labels_are_as_large_and_bold_as_turkmen_ones(db, people, make_inspection):
    reference = make_inspection()
    pdf = _pdf(db, reference, "tk+ru")
    sizes = _sizes(pdf)
    pairs = [(tr(key, "tk"), tr(key, "ru")) for key in ("report.date", "report.status", "report.risk_lane")]
    for tk, ru in pairs:
        tk_runs = {k: v for k, v in sizes.items() if k.startswith(tk[:12])}
        ru_runs = {k: v for k, v in sizes.items() if k.startswith(ru[:12])}
        assert tk_runs and ru_runs, (tk, ru, list(sizes)[:40])
        assert set().union(*tk_runs.values()) == set().union(*ru_runs.values()), (tk, ru)
    # Country names and badges in both languages.
    text = squash("".join(pages_of(pdf)))
    assert squash("Braziliýa") in text and squash("Бразилия") in text
    assert squash("nyşan B-aman") in text or squash("B-aman") in text


def test_bilingual_labels_break_only_after_their_own_hyphen(db, people, make_inspection):
    """A label too long for its column ("Sanitariýa-epidemiologiýa") breaks
    after its hyphen, which stays; no word is cut in the middle."""
    reference = make_inspection(agencies=[a.value for a in Agency])
    for page in pages_of(_pdf(db, reference, "tk+ru"))[:2]:
        tokens = page.split()
        for token in tokens:
            if "pidemiolog" in token or "пидемиолог" in token:
                assert re.fullmatch(r"(Sanitariýa-)?epidemiologiýa|(Санитарно-)?эпидемиологический", token), token
    tokens = pages_of(_pdf(db, reference, "tk+ru"))[0].split()
    assert {"Критическое", "Существенное", "Незначительное", "Sanitariýa-", "Санитарно-"} <= set(tokens)


def _glyph_boxes(pdf: bytes, page: int, band: tuple[float, float]) -> list[tuple[str, tuple[float, ...]]]:
    document = pdfium.PdfDocument(pdf)
    try:
        text_page = document[page].get_textpage()
        boxes = []
        for index in range(text_page.count_chars()):
            char = text_page.get_text_range(index, 1)
            if not char.strip():
                continue
            left, bottom, right, top = text_page.get_charbox(index)
            if band[0] <= bottom and top <= band[1]:
                boxes.append((char, (left, bottom, right, top)))
        return boxes
    finally:
        document.close()


def _overlaps(boxes) -> list[tuple[str, str]]:
    """Glyphs drawn over each other (neighbours in a word may touch: Ý and J)."""
    found = []
    for n, (a, (l1, b1, r1, t1)) in enumerate(boxes):
        for b, (l2, b2, r2, t2) in boxes[n + 2:]:
            if min(r1, r2) - max(l1, l2) > 0.5 and min(t1, t2) - max(b1, b2) > 0.5:
                found.append((a, b))
    return found


@pytest.mark.parametrize("final", [False, True], ids=["draft", "final"])
def test_single_agency_bilingual_running_title_never_overprints_the_reference(db, people, make_inspection, final):
    from inspector.reports import build_agency

    reference = make_inspection(agencies=[a.value for a in Agency])
    officers = {"customs": people.customs, "veterinary": people.vet, "phytosanitary": people.phyto,
                "sanitary_epidemiological": people.sanepid}
    for agency, officer in officers.items():
        helpers.answer_section(db, officer, reference, agency, findings=())
    if final:
        for agency, officer in officers.items():
            decide(db, officer, reference, agency, "release")
        confirm_and_finalize(db, people, reference)
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    for agency in Agency:
        pdf = build_agency(data, agency, "tk+ru", appendix=True).data
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        assert pages >= 2
        height = 842
        header = _glyph_boxes(pdf, 1, (height - 60, height))
        assert header and not _overlaps(header), (agency, _overlaps(header)[:5])
        assert reference in pages_of(pdf)[1]


# -- 9. every script a driver's name is written in -----------------------------------------------------------

NAMES = {"fa": "علی رضایی", "ps": "ګل احمد شېرزی", "zh": "王小明", "ka": "გიორგი ბერიძე", "hy": "Արամ Պետրոսյան",
         "ru": "Дмитрий Соколов"}


def test_drivers_names_print_in_their_own_script(db, people, make_inspection, tmp_path):
    drivers = [{"name_latin": f"Driver {code.upper()}", "name_original": name, "nationality": "IR",
                "passport_number": f"K{n:08d}"} for n, (code, name) in enumerate(NAMES.items())]
    reference = make_inspection(drivers=drivers)
    helpers.finalize(db, people, reference)
    for mode in ("en", "tk+ru"):
        text = "".join(report(db, reference, tmp_path, "--lang", mode))
        assert "[Arabic]" not in text and "[CJK]" not in text
        for code, name in NAMES.items():
            # Shaped letters come out as presentation forms, in reading order; ګ has no presentation
            # form, so nothing maps its glyph back to a letter.
            assert name.replace("ګ", "") in unicodedata.normalize("NFKC", text), (mode, code)
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for page in PdfReader(io.BytesIO(_pdf(db, reference, "en"))).pages
             for f in (page["/Resources"].get("/Font") or {}).values()}
    assert "DroidSansFallback" in fonts or any("CJK" in f for f in fonts), fonts


# A Persian note long enough for several lines: ژ only in its first word, ث only in its second,
# ظ only in its last.
PERSIAN_NOTE = " ".join(["ژاله", "ثبت", *("یک دو سه چهار پنج شش هفت هشت نه ده پلمب TR-12345 شکسته است".split() * 6),
                         "حافظ"])
LONG_WORDS = ("Ab" + "cdefghijkl" * 30, "Пломба" + "ненарушена" * 30)
CHINESE_RUN = "货物与运单不符，铅封已损坏，司机已被告知" * 8  # no spaces: breaks anywhere, without a hyphen


def _letters(pdf: bytes, page: int) -> list[tuple[str, tuple[float, ...]]]:
    """Every glyph drawn on a page with its box, letters as they are spelt (NFKC)."""
    return [(unicodedata.normalize("NFKC", ch), box) for ch, box in _glyph_boxes(pdf, page, (0, 10_000))]


def test_right_to_left_notes_wrap_in_reading_order_and_long_words_break_with_a_hyphen(db, people,
                                                                                      make_inspection, tmp_path):
    reference = make_inspection()
    helpers.answer_section(db, people.customs, reference, "customs", findings=("cmr_consistent", "plates_match"))
    answer(db, people.customs, reference, "customs", "cmr_consistent", "no", note=PERSIAN_NOTE)
    answer(db, people.customs, reference, "customs", "plates_match", "no", note="\n".join((*LONG_WORDS, CHINESE_RUN)))
    target = tmp_path / "report.pdf"
    assert main(["--db", str(db.path), "report", reference, "--lang", "en", "-o", str(target)]) == 0
    pdf = target.read_bytes()
    pages = PdfReader(io.BytesIO(pdf)).pages
    page = next(n for n, p in enumerate(pages) if "ژ" in unicodedata.normalize("NFKC", p.extract_text()))
    letters = _letters(pdf, page)

    def where(letter: str) -> tuple[float, float]:
        (box,) = [b for ch, b in letters if ch == letter]
        return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2

    (first_x, first_y), (second_x, second_y), (last_x, last_y) = where("ژ"), where("ث"), where("ظ")
    assert abs(first_y - second_y) < 4 and second_x < first_x  # one line, read from the right
    assert first_y - last_y > 20  # the last word lines below the first: lines in reading order
    persian = [b for ch, b in letters if "\u0600" <= ch <= "\u06ff"]
    assert first_y - min((b[1] + b[3]) / 2 for b in persian) > 20  # three lines at least
    column_right = max(b[2] for b in persian)
    assert where("ژ")[0] > column_right - 25  # flush right: the first word at the right edge

    text = "".join(p.extract_text() for p in pages)
    width = float(pages[0].mediabox.width)
    for word in LONG_WORDS:
        start = text.index(word[:12])
        pieces = re.split(r"\n", text[start:start + len(word) * 2])
        joined = ""
        for piece in pieces:
            if len(joined) + len(piece.rstrip("-")) >= len(word):
                break
            assert piece.endswith("-"), piece  # each cut shows it: the piece ends with a hyphen
            joined += piece[:-1]
        assert word.startswith(joined) and len(joined) > len(word) // 2
    assert not re.search("[\u3000-\u9fff\uff00-\uffef]-", text)  # no hyphen (a box in the CJK face)
    assert CHINESE_RUN in re.sub(r"\s+", "", text)
    for n in range(len(pages)):
        assert all(box[2] <= width - 15 for _, box in _letters(pdf, n)), n  # nothing runs off the page


# -- 10. batch -----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Database:
    db = Database(tmp_path_factory.mktemp("batch") / "demo.db")
    generate(db, ChecklistRegistry(), inspections=12, seed=3)
    yield db
    db.dispose()


def test_batch_writes_one_report_per_record_or_one_combined_file(demo, tmp_path, capsys):
    with demo.read_session() as s:
        rows = list(s.scalars(select(JointInspection).where(JointInspection.is_current.is_(True))
                              .order_by(JointInspection.arrived_at)))
    references = [r.reference for r in rows[:3]]
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--db", str(demo.path), "report", *references, "--lang", "tk+ru", "-o", str(folder)]) == 0
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted(f"{r}-tk-ru.pdf" for r in references)
    counts = {}
    for reference in references:
        pages = pages_of((folder / f"{reference}-tk-ru.pdf").read_bytes())
        assert all(reference in page for page in pages)
        counts[reference] = len(pages)
    assert capsys.readouterr().out.count("\n") == 3

    combined = tmp_path / "all.pdf"
    assert main(["--db", str(demo.path), "report", *references, "--lang", "tk+ru", "--combined",
                 "-o", str(combined)]) == 0
    pages = pages_of(combined.read_bytes())
    assert len(pages) == sum(counts.values())
    starts = [n for n, page in enumerate(pages) if "Sahypa 1 /" in page]
    assert len(starts) == 3

    approved = [r.reference for r in rows if r.status == "approved"]
    by_status = tmp_path / "approved"
    by_status.mkdir()
    assert main(["--db", str(demo.path), "report", "--status", "approved", "--lang", "en",
                 "-o", str(by_status)]) == 0
    assert sorted(p.name for p in by_status.iterdir()) == sorted(f"{r}-en.pdf" for r in approved)

    # A range that selects nothing says so and writes nothing.
    empty = tmp_path / "none"
    empty.mkdir()
    assert main(["--db", str(demo.path), "report", "--since", "2020-01-01", "--until", "2020-01-02",
                 "-o", str(empty)]) == 1
    assert not list(empty.iterdir())
    assert "No inspection matches" in capsys.readouterr().err


# -- 11. demo data that make sense ------------------------------------------------------------------------------------

def test_demo_records_agree_with_themselves(demo):
    with demo.read_session() as s:
        rows = list(s.scalars(select(JointInspection)))
        assert max(r.revision for r in rows) >= 2
        drawn = [r for r in rows if any(sec.signature_sha256 for sec in r.sections)]
        assert any(len(r.attachments) > len([sec for sec in r.sections if sec.signature_sha256]) for r in drawn)
        assert any(any(_is_rtl(ch) for d in r.drivers for ch in (d.name_original or "")) for r in rows)
        by_decision = {d: {v for remark in texts for v in remark.values()} for d, texts in REMARKS.items()}
        for section in s.scalars(select(AgencySection).where(AgencySection.decision.is_not(None),
                                                              AgencySection.remarks.is_not(None))):
            assert section.remarks in by_decision[Decision(section.decision)], (section.decision, section.remarks)
        for row in rows:
            if row.procedure == "tir_transit":
                assert any(d.type == "tir_carnet" for d in row.documents), row.reference


# -- the shift summary (FIELD-NOTES) -------------------------------------------------------------------------------

def test_shift_summary_fits_many_rows_and_the_supervisor_signs_it():
    from datetime import date, timedelta

    from inspector.reports.shift import Shift, ShiftRow, build_shift_summary, window

    begin, end = window(date(2026, 11, 26))
    rows = tuple(ShiftRow(
        f"FRB-2026-{n:06d}", n % 3, ("approved", "finalized", "in_progress")[n % 3], begin + timedelta(minutes=10 * n),
        begin + timedelta(minutes=10 * n + 95) if n % 3 != 2 else None, "AG 1234 AG", "AG 5678 AG",
        ("release", "release_conditional", None)[n % 3],
        (("customs", "release"), ("veterinary", "release_conditional"), ("sanitary_epidemiological", None)),
        "Aman Amanow") for n in range(60))
    pdf = build_shift_summary(Shift(begin, end, "FRB", rows), "tk+ru")
    pages = pages_of(pdf.data)
    assert len(pages) <= 7  # at least ten rows a page in a bilingual copy, the figures and the signature
    text = squash("".join(pages))
    assert all(f"FRB-2026-{n:06d}" in text for n in range(60))
    for lang in ("tk", "ru"):
        assert squash(tr("report.shift_supervisor", lang)) in squash(pages[-1])
    for page in pages:
        assert re.search(r"Çap edildi \d\d\.\d\d\.\d{4} \d\d:\d\d UTC\+5 / Напечатано", page), page[-200:]
