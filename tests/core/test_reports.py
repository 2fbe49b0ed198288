"""The printed reports (SPEC §5), read back as a reader and a printer see them.

Reports are built from demo records and from records made here, parsed with
pypdf, and checked for what an officer, a driver or an auditor relies on: the
decisions and findings are printed, the letters come out right, the pages are
numbered "N of M", the fonts travel inside the file, and the QR code carries
the record's identity.
"""

from __future__ import annotations

import io
import re
import string
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

import pytest
from PIL import Image as PILImage, ImageDraw
from pypdf import PdfReader
from reportlab import rl_config
from sqlalchemy import event, select

from inspector.checklists.model import localize
from inspector.checklists.registry import ChecklistRegistry
from inspector.cli.main import main
from inspector.demo.generator import generate
from inspector.domain.enums import LOCKED_STATUSES, Agency, Decision, Status
from inspector.domain.errors import ValidationError
from inspector.domain.i18n import label, tr
from inspector.domain.messages import MESSAGES
from inspector.reports import build_agency, build_consolidated, load
from inspector.reports.consolidated import consolidated_story
from inspector.reports.context import Context
from inspector.reports.findings import summarize
from inspector.reports.output import ReportWriteError, write_pdf
from inspector.reports.qr import parse, payload
from inspector.reports.shift import build_shift_summary, load_shift, percentile, window
from inspector.reports.texts import MODES, Texts, printable
from inspector.services import attachments, auth, inspections, sections, workflow
from inspector.services.documents import record_hash, to_document
from inspector.store.database import Database
from inspector.store.models import JointInspection

from tests.core import helpers
from tests.core.conftest import PASSWORD
from tests.core.helpers import confirmed

STANDARD_14 = ("Courier", "Helvetica", "Times", "Symbol", "ZapfDingbats")
TURKMEN = "äçňöşüýžÄÇŇÖŞÜÝŽ"
TK_NOTE = "Ýük haty bilen gabat gelmeýär: äçňöşüýž ÄÇŇÖŞÜÝŽ; пломба нарушена"


@pytest.fixture(scope="module", autouse=True)
def invariant_pdfs():
    """Same input, same bytes: no timestamps or random ids in the PDFs."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(rl_config, "invariant", 1)
        yield


def squash(text: str) -> str:
    """Text without whitespace: a line may wrap anywhere in a table cell."""
    return "".join(text.split())


def printed_in_order(needle: str, text: str) -> bool:
    """Every word of ``needle`` appears in ``text`` in order: a row may continue
    on the next page, after that page's header and footer; a word may break
    after its own hyphen."""
    text = re.sub(r"(?<=\w)-\s+(?=\w)", "-", text)
    position = 0
    for word in needle.split():
        found = text.find(word, position)
        if found < 0:
            return False
        position = found + len(word)
    return True


@dataclass
class Built:
    data: object
    mode: str
    pdf: bytes
    pages: list[str]

    @property
    def text(self) -> str:
        return squash("".join(self.pages))


PRINTED_AT = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


def build(data, mode: str, **kwargs) -> Built:
    pdf = build_consolidated(data, mode, printed_at=PRINTED_AT, **kwargs)
    reader = PdfReader(io.BytesIO(pdf.data))
    assert len(reader.pages) == pdf.pages
    return Built(data, mode, pdf.data, [p.extract_text() for p in reader.pages])


# -- demo records in every language mode --------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Database:
    db = Database(tmp_path_factory.mktemp("reports") / "demo.db")
    generate(db, ChecklistRegistry(), inspections=9, seed=6)  # the first nine take every path once
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def demo_reports(demo) -> list[Built]:
    """Every revision of every demo record, the language mode rotating; a record
    with findings and photos also in the other modes (bilingual with the appendix)."""
    built = []
    with demo.read_session() as session:
        rows = list(session.scalars(select(JointInspection).order_by(JointInspection.id)))
        datas = [load(session, row) for row in rows]
    for n, data in enumerate(datas):
        built.append(build(data, MODES[n % len(MODES)]))
    n, data = max(enumerate(datas), key=lambda nd: (len(_findings(nd[1])), len(nd[1].document["attachments"])))
    built += [build(data, mode, appendix=mode == "tk+ru") for mode in MODES if mode != MODES[n % len(MODES)]]
    return built


def _findings(data):
    return [f for a in data.document["agencies"]
            for f in summarize(a, data.definitions[a["agency"]]).findings]


def test_the_demo_sample_is_varied_enough_to_mean_something(demo_reports):
    documents = [b.data.document for b in demo_reports]
    assert sum(len(_findings(b.data)) for b in demo_reports) >= 5
    assert any(d["revision"] > 0 for d in documents)
    assert any(len(d["agencies"]) >= 3 for d in documents)
    assert any(d["attachments"] for d in documents)
    assert {b.mode for b in demo_reports} == set(MODES)
    assert {Status(d["status"]).locked for d in documents} == {True, False}


def test_every_agency_decision_and_every_finding_is_printed(demo_reports):
    for b in demo_reports:
        t = Texts(b.mode)
        for section in b.data.document["agencies"]:
            definition = b.data.definitions[section["agency"]]
            agency = Agency(section["agency"])
            if section["decision"]:
                # The agency's decision row: its label naming the agency, then the decision.
                row = t.each(lambda lang: f"{tr('report.agency_decision', lang)}: {label(agency, lang)}")
                row += t.each(lambda lang: label(Decision(section["decision"]), lang))
                assert squash("".join(row)) in b.text, (b.data.document["reference"], b.mode, agency)
            else:
                assert squash("".join(t.each(lambda lang: tr("report.no_decision", lang)))) in b.text
            for finding in summarize(section, definition).findings:
                for lang in t.languages:
                    assert squash(localize(finding.item.text, lang)) in b.text, finding.item.id
                if finding.answer["note"]:
                    assert printed_in_order(printable(finding.answer["note"]), "".join(b.pages))


def test_every_page_is_numbered_n_of_m(demo_reports):
    for b in demo_reports:
        total = len(b.pages)
        for number, page in enumerate(b.pages, 1):
            for lang in Texts(b.mode).languages:
                assert squash(tr("report.page", lang, page=number, pages=total)) in squash(page)
            assert b.data.document["reference"] in page
            assert b.data.record_hash[:16] in page


def _fonts(resources, seen=None):
    """Every font dictionary reachable from a page's resources (forms included)."""
    seen = set() if seen is None else seen
    resources = resources.get_object() if resources is not None else {}
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form" and id(xobject) not in seen:
            seen.add(id(xobject))
            yield from _fonts(xobject.get("/Resources"), seen)


def test_fonts_are_embedded_subsets_of_the_bundled_family_and_never_standard_14(demo_reports):
    for b in demo_reports[::3]:
        reader = PdfReader(io.BytesIO(b.pdf))
        for page in reader.pages:
            fonts = list(_fonts(page.get("/Resources")))
            assert fonts
            for font in fonts:
                name = str(font["/BaseFont"])
                assert re.fullmatch(r"/[A-Z]{6}\+(DejaVuSans(-Bold)?|DroidSansFallback)", name), name
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
        for name in STANDARD_14:
            assert name.encode() not in b.pdf


def test_an_agency_that_took_no_part_is_shown_as_not_involved(demo_reports):
    checked = 0
    for b in demo_reports:
        if b.mode != "en":
            continue
        absent = 4 - len(b.data.document["agencies"])
        assert len(re.findall("Not involved", "".join(b.pages))) == absent
        checked += 1
    assert checked


def test_an_amended_record_says_amendment_n_and_its_old_revision_renders_as_recorded(demo):
    with demo.read_session() as session:
        # a finalized amendment (the demo also has amendments still being made, printed as drafts)
        amended = session.scalar(select(JointInspection).where(
            JointInspection.revision > 0, JointInspection.is_current.is_(True),
            JointInspection.status.in_([s.value for s in LOCKED_STATUSES])).order_by(JointInspection.id))
        current = load(session, amended)
        old = load(session, inspections.get(session, amended.uuid, amended.revision - 1))
    new_text, old_text = build(current, "ru").text, build(old, "en").text
    assert squash(tr("report.amendment", "ru", number=current.document["revision"])) in new_text
    assert printed_in_order(current.document["amendment"]["reason"], "".join(build(current, "ru").pages))
    old_pages = build(old, "en").pages
    # Every page of the old revision names its successor.
    assert all(f"SUPERSEDED by revision {amended.revision}" in page for page in old_pages)
    assert old.document["record_hash"][:16] in old_text
    # The old revision is locked: its report shows exactly the stored record.
    assert old.record_hash == old.document["record_hash"] == record_hash(dict(old.document))


def test_tk_and_bilingual_reports_spell_turkmen_and_cyrillic_correctly(db, people, make_inspection):
    reference = make_inspection()
    helpers.answer_section(db, people.customs, reference, "customs", findings=("cmr_consistent",))
    with db.session() as s:
        sections.record_answer(s, people.customs, inspections.get(s, reference), "customs",
                               "cmr_consistent", "no", note=TK_NOTE)
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    for mode in ("tk", "tk+ru"):
        b = build(data, mode)
        joined = "".join(b.pages)
        assert TK_NOTE in joined or squash(TK_NOTE) in b.text
        assert "Döwletmyrat Annaýew" in joined
        assert squash("«Aşgabat Söwda Merkezi» HJ") in b.text
        assert squash("Говядина бескостная замороженная") in b.text
        assert squash("«Ýeke-täk penjire» boýunça bilelikdäki barlagyň jemleýji hasabaty") in b.text
        assert "27.11.2026" in joined and "2026-11-27" not in joined  # dd.MM.yyyy
        assert not set("ıİğĞ") & set(joined)  # never Turkish letters
    bilingual = "".join(build(data, "tk+ru").pages)
    assert "Сводный акт совместного досмотра" in bilingual and "Bilelikdäki" in bilingual
    english = "".join(build(data, "en").pages)
    assert "2026-11-27" in english and "Consolidated single-window inspection report" in english


def test_a_draft_is_marked_preliminary_and_its_qr_code_carries_the_current_hash(db, people, make_inspection):
    reference = make_inspection()
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    digest = record_hash(to_document(_get(db, reference)))
    assert data.record_hash == digest
    story = consolidated_story(Context(data, Texts("en")))
    widget = next(_qr_widgets(story))
    code = parse(widget.value)
    assert (code.reference, code.revision, code.status.value, code.record_hash, code.signature) == (
        reference, 0, "draft", digest, None)
    assert all("DRAFT — NOT VALID" in page for page in build(data, "en").pages)


def _get(db, reference):
    session = db.read_session()
    return inspections.get(session, reference)


def _qr_widgets(flowables):
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Table

    for f in flowables:
        if isinstance(f, Drawing):
            yield from (c for c in f.contents if isinstance(c, QrCodeWidget))
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    yield from _qr_widgets(cell if isinstance(cell, list) else [cell])


def _signature_png() -> bytes:
    image = PILImage.new("RGBA", (300, 100), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 80), (80, 20), (150, 70), (290, 30)], fill=(0, 0, 80, 255), width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _photo_jpeg(color) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (1600, 1200), color).save(out, "JPEG")
    return out.getvalue()


def test_a_finalized_record_prints_its_stored_hash_drawn_signature_and_photos(db, people, make_inspection):
    reference = make_inspection()
    with db.session() as s:
        inspection = inspections.get(s, reference)
        signature = attachments.add(s, people.customs, inspection, _signature_png(), "signature.png")
        for n, color in enumerate(((200, 40, 40), (40, 160, 40))):
            attachments.add(s, people.customs, inspection, _photo_jpeg(color), f"IMG_{n}.jpg",
                            caption=f"Möhür {n + 1}", agency="customs")
        signature_sha = signature.sha256
    helpers.answer_section(db, people.customs, reference, "customs")
    helpers.answer_section(db, people.vet, reference, "veterinary")
    with db.session() as s:
        sections.set_decision(s, people.customs, inspections.get(s, reference), "customs", "release")
    confirmation = auth.reauthenticate(db, people.customs, PASSWORD)
    with db.session() as s:
        sections.sign(s, people.customs, inspections.get(s, reference), "customs", confirmation,
                      signature_sha256=signature_sha)
    helpers.sign_section(db, people.vet, reference, "veterinary")
    with db.session() as s:
        inspection = inspections.get(s, reference)
        workflow.confirm_decision(s, people.customs, inspection)
        stored = workflow.finalize(s, people.customs, inspection, confirmation=confirmed(s, people.customs))
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    assert data.record_hash == stored
    b = build(data, "en", appendix=True)
    joined = "".join(b.pages)
    assert stored in b.text and stored[:16] in b.pages[-1]
    assert "NOT VALID" not in joined
    assert "Photo 1" in joined and "Photo 2" in joined and "Möhür 2" in joined
    images = [x for page in PdfReader(io.BytesIO(b.pdf)).pages
              for x in (page["/Resources"].get("/XObject") or {}).values()
              if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) >= 3  # two photos and the drawn signature (twice: Part II and the signatures)
    # Without the appendix no photo is printed and no photo is loaded.
    with db.read_session() as s:
        light = load(s, inspections.get(s, reference), photos=False)
    assert set(light.blobs) == {signature_sha}
    assert "Photo 1" not in "".join(build(light, "en").pages)


def test_same_record_same_bytes(demo_reports):
    first = demo_reports[0]
    again = build_consolidated(first.data, first.mode, printed_at=PRINTED_AT)
    assert again.data == first.pdf


def test_loading_a_record_takes_the_same_few_queries_whatever_its_size(db, people, make_inspection, registry):
    def line(description, hs_code):
        return {"description": description, "hs_code": hs_code, "packages": 1, "gross_mass_kg": 10,
                "origin_country": "TR"}

    small = make_inspection(cargo=[line("Tyres", "4011200000")])
    big = make_inspection(cargo=[line("Beef", "0202300000"), line("Tomatoes", "0702000000"),
                                 line("Drinks", "2202100000")])
    for agency, officer in (("customs", people.customs), ("veterinary", people.vet),
                            ("phytosanitary", people.phyto), ("sanitary_epidemiological", people.sanepid)):
        helpers.answer_section(db, officer, big, agency)
    counts = {}
    for reference in (small, big):
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        with db.read_session() as s:
            inspection = inspections.get(s, reference)
            event.listen(db.engine, "before_cursor_execute", listener)
            try:
                data = load(s, inspection)
            finally:
                event.remove(db.engine, "before_cursor_execute", listener)
        counts[reference] = len(statements)
        assert len(data.document["agencies"]) == (4 if reference == big else 1)
    assert counts[small] == counts[big] <= 15


def test_single_agency_report_shows_that_agency_only(demo):
    with demo.read_session() as session:
        row = next(r for r in session.scalars(select(JointInspection)) if len(r.sections) >= 2)
        data = load(session, row)
    agency = Agency(data.document["agencies"][1]["agency"])
    pdf = build_agency(data, agency, "en")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert f"Agency inspection report: {label(agency, 'en')}" in text
    others = [a for a in Agency if a is not agency]
    assert not any(f"Decision of the agency: {label(a, 'en')}" in text for a in others)
    # The driver acknowledges the consolidated decision, so it is printed.
    assert "Consolidated decision and signatures" in text
    absent = next(a for a in Agency if data.section(a.value) is None)
    with pytest.raises(ValidationError) as refused:
        build_agency(data, absent, "en")
    assert refused.value.message("en") == f"{label(absent, 'en')} took no part in {data.document['reference']}"


def test_shift_summary_lists_the_arrivals_of_the_shift_with_dwell_times(demo):
    with demo.read_session() as session:
        rows = list(session.scalars(select(JointInspection).where(JointInspection.is_current.is_(True))))
        day = max(r.arrived_at for r in rows).astimezone(window(date(2026, 1, 1))[0].tzinfo).date()
        shift = load_shift(session, day)
    begin, end = window(day)
    expected = {r.reference for r in rows if begin <= r.arrived_at < end}
    assert {r.reference for r in shift.rows} == expected and expected
    text = squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(
        build_shift_summary(shift, "tk+ru").data)).pages))
    assert all(reference in text for reference in expected)
    assert squash("Smenanyň jemleýji sanawy") in text and squash("Сводка за смену") in text


def test_shift_window_and_percentiles():
    begin, end = window(date(2026, 11, 26), time(20, 0), time(8, 0))
    assert (begin.day, begin.hour, end.day, end.hour) == (26, 20, 27, 8)
    assert begin.utcoffset().total_seconds() == 5 * 3600
    assert percentile(list(range(10, 101, 10)), 90) == 90
    assert percentile([7], 90) == 7 and percentile([], 90) is None


def test_names_print_in_their_own_script_and_only_unknown_scripts_are_named():
    for name in ("Döwletmyrat Annaýew · Дмитрий · გიორგი · Արամ", "علی رضایی", "ООО «Запад» 新疆丝路 (CN)", "김민준"):
        assert printable(name) == name
    assert printable("Driver முருகன்") == "Driver [Tamil]"  # no bundled font: named, not boxes


def test_qr_payload_round_trips():
    document = {"reference": "FRB-2026-000042", "revision": 2, "uuid": "0b5c1e7a-0000-4000-8000-000000000001",
                "status": "finalized", "finalization": {"key_fingerprint": "3f" * 32,
                                                        "value": "AAAA" * 21 + "AA=="}}
    text = payload(document, "ab" * 32)
    assert text.startswith("BCP2*FRB-2026-000042*2*F*") and text == text.upper()
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")  # QR alphanumeric mode
    code = parse(text)
    assert code.record_hash == "ab" * 32 and code.key_id == "3F" * 6 and code.signature == bytes(64)
    with pytest.raises(ValueError):
        parse("something else")


# -- writing the file ---------------------------------------------------------------------

def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    import inspector.reports.output as output

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", broken_replace)
    with pytest.raises(ReportWriteError) as refused:
        write_pdf(target, b"%PDF-new")
    assert "No space left on device" in refused.value.message()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_writing_into_a_missing_folder_or_over_a_folder_is_refused(tmp_path):
    with pytest.raises(ReportWriteError):
        write_pdf(tmp_path / "missing" / "r.pdf", b"%PDF")
    with pytest.raises(ReportWriteError):
        write_pdf(tmp_path, b"%PDF")


# -- command line ---------------------------------------------------------------------------

def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_the_report_and_refuses_clearly(demo, tmp_path, capsys):
    with demo.read_session() as session:
        reference = session.scalar(select(JointInspection.reference).where(JointInspection.revision > 0))
    db = str(demo.path)
    out_file = tmp_path / "r.pdf"
    code, out, err = run(capsys, "--db", db, "report", reference, "--lang", "tk+ru", "--appendix",
                         "-o", str(out_file))
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"%PDF") and str(out_file) in out
    code, _, err = run(capsys, "--db", db, "report", reference, "--revision", "0", "--agency", "customs",
                       "-o", str(tmp_path / "a.pdf"))
    assert code == 0, err
    code, _, err = run(capsys, "--db", db, "report", "--shift", "2026-11-26", "--from", "20:00", "--to", "08:00",
                       "-o", str(tmp_path / "s.pdf"))
    assert code == 0, err

    code, out, err = run(capsys, "--db", db, "report", "FRB-2026-999999", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and err.count("\n") == 1 and "FRB-2026-999999" in err and not out
    code, _, err = run(capsys, "--db", db, "report", reference, "-o", str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and err.count("\n") == 1 and "Cannot write" in err
    assert not (tmp_path / "x.pdf").exists()

    for bad in (["--lang", "de"], ["--shift", "2026-11-26"], ["--bcp", "FRB"], []):
        args = [reference] if bad != [] else []
        code, _, err = run(capsys, "--db", db, "report", *args, *bad, "-o", str(tmp_path / "y.pdf"))
        assert code == 2, bad
    code, _, _ = run(capsys, "--db", db, "report", "--shift", "26.11.2026", "-o", str(tmp_path / "y.pdf"))
    assert code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "r.pdf", "s.pdf"]


# -- texts ------------------------------------------------------------------------------------

def test_report_texts_exist_in_every_language_with_the_same_placeholders():
    keys = [k for k in MESSAGES if k.startswith("report.")]
    assert len(keys) > 100
    for key in keys:
        entry = MESSAGES[key]
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("en", "ru", "tk")}
        assert fields["en"] == fields["ru"] == fields["tk"], key
        assert all(entry[lang].strip() for lang in ("en", "ru", "tk")), key
        assert not set("ıİğĞ") & set(entry["tk"]), key  # Turkmen is not Turkish
        assert not re.search("[а-яА-ЯёЁ]", entry["tk"] + entry["en"]), key
    assert any(set(TURKMEN) & set(MESSAGES[k]["tk"]) for k in keys)


# -- what a process imports -------------------------------------------------------------------

def test_registering_the_report_command_imports_neither_sqlalchemy_nor_the_layout_engine():
    """The command line registers ``inspector report`` reading only the language modes; a report
    of one inspection never imports the shift summary (each process pays for what it imports)."""
    import subprocess
    import sys

    code = ("import sys; import inspector.cli.report; "
            "print(sorted(m for m in ('sqlalchemy', 'reportlab.platypus', 'inspector.reports.consolidated', "
            "'inspector.reports.shift', 'cryptography') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    code = ("import sys; from inspector.reports import build_consolidated, load; "
            "print('inspector.reports.shift' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_report_process_imports_only_what_a_report_needs_and_hands_back_the_collector(demo, tmp_path):
    """``inspector report`` imports no YAML (frozen checklists are JSON), no Alembic (the schema
    version is one query) and no Qt; it switches garbage collection off while it imports and
    freezes what the imports made, and gives the collector back as it was (for in-process callers)."""
    import subprocess
    import sys

    with demo.read_session() as session:
        reference = session.scalar(select(JointInspection.reference).where(JointInspection.revision > 0))
    code = ("import contextlib, gc, io, sys\n"
            "from inspector.cli.main import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    code = main(sys.argv[1:])\n"
            "print(code, sorted(m for m in ('yaml', 'alembic', 'PySide6') if m in sys.modules), gc.isenabled(),"
            " gc.get_freeze_count())")
    argv = ["--db", str(demo.path), "report", reference, "--lang", "tk+ru", "--appendix", "-o"]
    for target in (tmp_path / "r.pdf", tmp_path / "no" / "r.pdf"):  # written, and refused
        out = subprocess.run([sys.executable, "-c", code, *argv, str(target)], capture_output=True, text=True,
                             check=True).stdout
        assert out.split() == ["0" if target.parent == tmp_path else "1", "[]", "True", "0"], out
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_the_report_command_builds_only_its_own_parser_and_help_still_lists_every_command():
    import subprocess
    import sys

    code = ("import contextlib, io, sys\n"
            "from inspector.cli.main import main\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
            "    main(sys.argv[1:])\n"
            "print(sorted(m for m in sys.modules if m.startswith('inspector.cli.') and m != 'inspector.cli.main'),"
            " 'export' in out.getvalue(), 'report' in out.getvalue())")

    def run(*argv: str) -> str:
        return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True,
                              check=True).stdout.strip()

    assert run("--db", "report", "report", "--help") == "['inspector.cli.output', 'inspector.cli.report'] False True"
    everything = run("--help", "report")
    assert "inspector.cli.exchange" in everything and everything.endswith("True True")
