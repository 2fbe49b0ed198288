"""Every input at its limit is kept exactly; one step past it is refused with one
clear line naming the field by its label, and the database stays as it was.

The refusals of the command line are in the corpus (``tests/bad_inputs``);
here are the limits themselves and the inputs only the app's forms reach
(answers, notes, decisions), driven through the services the forms call.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from inspector.checklists.registry import ChecklistRegistry
from inspector.domain.errors import DomainError, ValidationError
from inspector.services import auth, inspections, sections, workflow

from tests.core.conftest import PASSWORD
from tests.core.helpers import answer_section, complete, confirmed, sign_section
from tests.core.test_cli import PRE_ARRIVAL, run


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def refused(db, action, *words: str) -> str:
    """Runs ``action(session)``, which must be refused; the database must not change."""
    before = dump(db.path)
    with pytest.raises(DomainError) as caught:
        with db.session() as session:
            action(session)
    message = caught.value.message("en")
    assert dump(db.path) == before, message
    assert "\n" not in message and "Traceback" not in message
    for word in words:
        assert word in message, message
    return message


# -- pre-arrival data at its limits ------------------------------------------------------------

def _document_at_limits() -> dict:
    doc = json.loads(json.dumps(PRE_ARRIVAL))
    doc["declaration_ref"] = "Ж" * 64
    doc["arrived_at"] = "2100-12-31T18:00:00+05:00"
    doc["vehicle"] = {"tractor_plate": "AB-1234 CD-5678", "trailer_plate": "9", "country": "tm"}
    doc["drivers"] = [{"name_latin": "A" * 200, "name_original": "Ý" * 200, "passport_number": "7" * 32,
                       "nationality": "TM"}]
    doc["documents"] = [{"type": "cmr", "number": "X" * 64, "issuer": "ä" * 200, "date": "1900-01-01"},
                        {"type": "invoice", "number": "1", "issuer": None, "date": "2100-12-31"}]
    doc["cargo"] = [{"description": "ж" * 500, "hs_code": "0202", "packages": 1, "gross_mass_kg": 0.001,
                     "origin_country": "BR", "consignor": "«" * 200, "consignee": None}]
    doc["cargo"] += [{"description": f"Line {n}", "hs_code": "1512.21.00", "packages": 1_000_000,
                      "gross_mass_kg": 100_000} for n in range(199)]
    doc["seals"] = [{"number": "8" * 64, "status": "replaced", "new_number": "9" * 64, "affixed_by": "ü" * 200}]
    doc["transit"] = {"route": "–" * 200, "exit_bcp": "frb", "deadline": "2100-12-31T23:59:59+05:00"}
    return doc


def test_pre_arrival_fields_at_their_limits_are_kept_exactly(tmp_path, capsys):
    source = tmp_path / "limits.json"
    doc = _document_at_limits()
    source.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    database = str(tmp_path / "limits.db")
    code, out, err = run(capsys, "--db", database, "inspections", "create", "--from", str(source))
    assert code == 0, err
    reference = out.split()[1]
    assert reference == "SRG-2100-000001"  # the year of arrival at the BCP
    code, out, _ = run(capsys, "--db", database, "inspections", "show", reference, "--format", "json")
    shown = json.loads(out)
    assert shown["declaration_ref"] == "Ж" * 64
    assert shown["vehicle"] == {"tractor_plate": "AB-1234 CD-5678", "trailer_plate": "9", "country": "TM"}
    assert shown["drivers"] == doc["drivers"]
    assert [d["date"] for d in shown["documents"]] == ["1900-01-01", "2100-12-31"]
    assert len(shown["cargo"]) == 200
    assert shown["cargo"][0]["gross_mass_kg"] == 0.001 and shown["cargo"][0]["packages"] == 1
    assert shown["cargo"][1]["hs_code"] == "15122100" and shown["cargo"][1]["gross_mass_kg"] == 100_000
    assert shown["cargo"][0]["description"] == "ж" * 500
    assert shown["seals"] == doc["seals"]
    assert shown["transit"]["route"] == "–" * 200 and shown["transit"]["exit_bcp"] == "FRB"


def test_one_more_line_than_allowed_is_refused(tmp_path, capsys):
    doc = _document_at_limits()
    doc["cargo"] = [{"description": "Line", "hs_code": "1512"}] * 201
    source = tmp_path / "lines.json"
    source.write_text(json.dumps(doc), "utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "inspections", "create", "--from", str(source))
    assert code == 1 and err.strip() == "Cargo: at most 200 entries"


# -- answers, notes and decisions: what only the forms send -----------------------------------

@pytest.fixture
def sanitary(db, people, make_inspection):
    """A draft with a sanitary-epidemiological section on the current built-in checklist."""
    reference = make_inspection(agencies=["customs", "sanitary_epidemiological"])
    with db.session() as s:
        section = sections.section_of(inspections.get(s, reference), "sanitary_epidemiological")
        assert section.checklist.version == "2026.2"
    return reference


def _answer(db, people, reference, item, value=..., **kwargs):
    def action(session):
        args = () if value is ... else (value,)
        return sections.record_answer(session, people.sanepid, inspections.get(session, reference),
                               "sanitary_epidemiological", item, *args, **kwargs)
    return action


BODY = "“Driver's body temperature (non-contact thermometer)”"


@pytest.mark.parametrize("value, words", [
    (29.9, "the value is below the minimum 30"),
    (45.1, "the value is above the maximum 45"),
    ("45,01", "at most 1 decimal places"),
    (37.55, "at most 1 decimal places"),
    (float("nan"), "“nan” is not a number"),
    (float("inf"), "“inf” is not a number"),
    ("1e400", "“1e400” has too many digits"),
    ("3" + "0" * 40, "has too many digits"),
    ("36.6666666666666666", "has too many digits"),
    ("３６.６", "“３６.６” is not a number"),
    (True, "“True” is not a number"),
    ([36.6], "“[36.6]” is not a number"),
    ("36.6\n", "contains control characters (U+000A)"),
])
def test_a_number_past_its_limits_is_refused_naming_the_question(db, people, sanitary, value, words):
    message = refused(db, _answer(db, people, sanitary, "body_temperature", value), BODY, words)
    assert "body_temperature" not in message


@pytest.mark.parametrize("value, stored", [(30, 30.0), (45, 45.0), ("37,5", 37.5), (" 36.6 ", 36.6)])
def test_a_number_at_its_limits_is_kept(db, people, sanitary, value, stored):
    with db.session() as s:
        _answer(db, people, sanitary, "body_temperature", value)(s)
    with db.session() as s:
        assert sections.answer_map(sections.section_of(inspections.get(s, sanitary),
                                                       "sanitary_epidemiological"))["body_temperature"] == stored


def test_exclusive_options_are_kept_by_the_core(db, people, sanitary):
    refused(db, _answer(db, people, sanitary, "driver_symptoms", ["none", "fever"]),
            "“Symptoms observed in the driver or crew”: “None” cannot be chosen together with other options")
    with db.session() as s:
        _answer(db, people, sanitary, "driver_symptoms", ["fever", "cough"])(s)
        _answer(db, people, sanitary, "driver_symptoms", ["none"])(s)
    refused(db, _answer(db, people, sanitary, "vectors_found", ["rodents", "none"]), "cannot be chosen together")


def test_the_refusal_is_in_the_readers_language(db, people, sanitary):
    from inspector.domain.i18n import set_language

    with pytest.raises(ValidationError) as caught:
        with db.session() as s:
            _answer(db, people, sanitary, "driver_symptoms", ["none", "fever"])(s)
    assert caught.value.message("ru") == ("«Симптомы, выявленные у водителя или членов экипажа»: «Не выявлены» "
                                          "нельзя выбирать вместе с другими вариантами")
    set_language("tk")
    assert caught.value.message().startswith("«Sürüjide ýa-da ekipažyň agzalarynda ýüze çykarylan alamatlar»: "
                                             "«Ýüze çykarylmady» beýleki")


@pytest.mark.parametrize("note, words", [
    ("x" * 2001, "at most 2000 characters"),
    ("Seal \u202eok", "contains an invisible or text-direction character (U+202E)"),
    ("line\u2028line", "(U+2028)"),
    ("bell\a", "contains control characters (U+0007)"),
    ("\ud83d broken", "contains a broken character (U+D83D"),
    ("zero\u200dwidth", "(U+200D)"),
])
def test_a_note_past_its_limits_is_refused(db, people, sanitary, note, words):
    refused(db, _answer(db, people, sanitary, "waste_water", "yes", note=note),
            "“Waste stored safely and drinking water kept in clean containers”: note", words)


def test_a_note_at_its_limits_is_kept_with_its_lines(db, people, sanitary):
    note = "Первая строка\r\n\tвторая — " + "ý" * 1976  # 2001 characters, 2000 once \r\n is one new line
    with db.session() as s:
        answer = _answer(db, people, sanitary, "waste_water", "yes", note=note)(s)
        assert answer["note"] == note.replace("\r\n", "\n") and len(answer["note"]) == 2000


def test_text_and_date_answers_at_and_past_their_limits(db, people, sanitary):
    with db.session() as s:
        _answer(db, people, sanitary, "product_category", "food")(s)
        _answer(db, people, sanitary, "expiry_date", "1900-01-01")(s)
        _answer(db, people, sanitary, "expiry_date", "2100-12-31")(s)
        _answer(db, people, sanitary, "samples_taken", "yes")(s)
        _answer(db, people, sanitary, "sample_reference", "№" * 100)(s)
    date_item = "“Earliest expiry date found on the goods”"
    refused(db, _answer(db, people, sanitary, "expiry_date", "1899-12-31"), date_item, "outside the years 1900–2100")
    refused(db, _answer(db, people, sanitary, "expiry_date", "2101-01-01"), date_item, "outside the years")
    refused(db, _answer(db, people, sanitary, "expiry_date", "2026-02-30"), date_item, "is not a date")
    refused(db, _answer(db, people, sanitary, "expiry_date", "2026-01-01\n"), date_item, "(U+000A)")
    refused(db, _answer(db, people, sanitary, "sample_reference", "№" * 101),
            "“Sample numbers and the laboratory they were sent to”: at most 100 characters")
    refused(db, _answer(db, people, sanitary, "sample_reference", "\ufeffS-1"), "(U+FEFF)")
    refused(db, _answer(db, people, sanitary, "findings_photo", ["A" * 64]), "a list of photo references")
    refused(db, _answer(db, people, sanitary, "findings_photo", ["a" * 64 + "\n"]), "a list of photo references")


def test_remarks_and_decision_notes_refuse_hidden_characters(db, people, make_inspection):
    reference = make_inspection(agencies=["customs"])

    def remarks(text):
        return lambda s: sections.set_decision(s, people.customs, inspections.get(s, reference), "customs",
                                               "release", text)
    refused(db, remarks("OK \u202e"), "Remarks: contains an invisible or text-direction character (U+202E)")
    refused(db, remarks("x" * 2001), "Remarks: at most 2000 characters")
    with db.session() as s:
        remarks("Line one\nline two\t(two seals)")(s)


def test_a_required_key_measurement_must_be_answered_before_signing(db, people, sanitary):
    answer_section(db, people.sanepid, sanitary, "sanitary_epidemiological")
    with db.session() as s:
        _answer(db, people, sanitary, "body_temperature", None)(s)
    with pytest.raises(DomainError) as caught:
        sign_section(db, people.sanepid, sanitary, "sanitary_epidemiological")
    assert caught.value.message("en") == f"1 required item(s) unanswered: {BODY}"
    with db.session() as s:
        _answer(db, people, sanitary, "body_temperature", 36.6)(s)
    sign_section(db, people.sanepid, sanitary, "sanitary_epidemiological")


def test_a_release_time_before_arrival_or_past_2100_is_refused(db, people, make_inspection):
    reference = make_inspection(agencies=["customs"])
    complete(db, people, reference)
    with db.session() as s:
        workflow.confirm_decision(s, people.customs, inspections.get(s, reference))
    arrived = datetime(2026, 11, 27, 4, 0, tzinfo=timezone.utc)  # 09:00 at the BCP

    def finalize(released):
        return lambda s: workflow.finalize(s, people.customs, inspections.get(s, reference), released,
                                           confirmation=confirmed(s, people.customs))
    refused(db, finalize(arrived - timedelta(minutes=1)), "The release time is before the arrival time")
    refused(db, finalize("2026-11-27T08:59:00+05:00"), "The release time is before the arrival time")
    refused(db, finalize("2101-01-01T00:00:00+05:00"), "Release time: “2101-01-01T00:00:00+05:00” is outside")
    refused(db, finalize("2026-11-27T10:00:00"), "Release time: “2026-11-27T10:00:00” needs a time zone offset")
    with db.session() as s:
        finalize(arrived)(s)


# -- accounts ------------------------------------------------------------------------------------

def test_account_fields_at_their_limits_are_kept_and_the_longest_password_logs_in(db, people):
    password = "Пароль-" + "ý" * 249
    assert len(password) == 256
    with db.session() as s:
        user = auth.create_user(s, people.admin, username="a" * 64, full_name="Ö" * 200, role="officer",
                                agency="customs", password=password, badge_number="№" * 32)
        assert (user.username, user.full_name, user.badge_number) == ("a" * 64, "Ö" * 200, "№" * 32)
    assert auth.login(db, "a" * 64, password).full_name == "Ö" * 200
    refused(db, lambda s: auth.create_user(s, people.admin, username="b", full_name="B\u202e", role="admin",
                                           agency=None, password=PASSWORD), "Full name: contains an invisible")
    refused(db, lambda s: auth.create_user(s, people.admin, username="b", full_name="B", role="admin",
                                           agency=None, password="\ud800" * 9), "Password: contains a broken")


# -- checklist files at their limits -------------------------------------------------------------

LIMITS = """\
format: bcp-checklist/1
id: {id}
version: "999999.999999.999999.999999"
agency: customs
languages: [en, ru, tk]
title: {{en: "{text}", ru: Т, tk: T}}
applies_when: {{hs_chapters: ["01", "97"]}}
outcomes: [release]
sections:
  - id: s
    title: {{en: S, ru: С, tk: S}}
    items:
      - id: n
        type: number
        text: {{en: N, ru: Н, tk: N}}
        unit: {{en: "{unit}", ru: "{unit}", tk: "{unit}"}}
        min: -999999999999999
        max: 999999999999999
        decimals: 6
        noncompliant_if: {{above: 999999999999998, below: -999999999999998}}
        severity: minor
      - id: t
        type: text
        max_length: 10000
        text: {{en: T, ru: Т, tk: T}}
      - id: m
        type: multi_choice
        text: {{en: M, ru: М, tk: M}}
        options:
          - {{value: "{value}", exclusive: true, label: {{en: A, ru: А, tk: A}}}}
          - {{value: b, exclusive: false, label: {{en: B, ru: Б, tk: B}}}}
"""


def test_a_checklist_at_every_limit_is_valid(tmp_path, capsys):
    path = tmp_path / "limits.yaml"
    path.write_text(LIMITS.format(id="c" * 64, text="Ж" * 2000, unit="µ" * 20, value="v" * 64), "utf-8")
    code, out, err = run(capsys, "checklists", "validate", str(path))
    assert code == 0, err
    assert f"valid ({'c' * 64} 999999.999999.999999.999999, 3 items)" in out


@pytest.mark.parametrize("change, words", [
    ({"id": "c" * 65}, "must match"),
    ({"text": "Ж" * 2001}, "title.en: text longer than 2000 characters"),
    ({"unit": "µ" * 21}, "unit must be a short text"),
    ({"value": "v" * 65}, "must match [a-z0-9_]+"),
])
def test_a_checklist_one_past_a_limit_is_refused(tmp_path, capsys, change, words):
    path = tmp_path / "past.yaml"
    path.write_text(LIMITS.format(**{"id": "c", "text": "T", "unit": "u", "value": "v", **change}), "utf-8")
    code, _, err = run(capsys, "checklists", "validate", str(path))
    assert code == 1 and words in err and err.count("\n") == 1


# -- the built-in checklists as an officer reads them -----------------------------------------

def test_checklists_show_prints_units_limits_required_and_exclusive_options(capsys):
    code, out, _ = run(capsys, "checklists", "show", "sanitary_epidemiological")
    assert code == 0
    line = next(x for x in out.splitlines() if x.strip().startswith("body_temperature"))
    assert "[required, Major, unit °C, from 30 to 45, 1 decimal place(s), finding above 37.5]" in line
    assert "- none: None [chosen alone]" in out
    code, out, _ = run(capsys, "--lang", "ru", "checklists", "show", "sanitary_epidemiological")
    assert out.startswith("Санитарно-эпидемиологический контроль в пункте пропуска — sanitary_epidemiological 2026.2")
    gamma = next(x for x in out.splitlines() if x.strip().startswith("gamma_dose_rate"))
    assert "обязательный" in gamma and "единица мкЗв/ч" in gamma and "от 0 до 1000" in gamma
    code, out, _ = run(capsys, "checklists", "show", "sanitary_epidemiological", "--version", "2026.1")
    assert code == 0 and "- none: None\n" in out  # the earlier version as it was


def test_a_validation_message_prints_single_braces():
    from inspector.checklists.loader import load_text

    text = LIMITS.format(id="c", text="T", unit="u", value="v").replace(
        "          - {value: b, exclusive: false, label: {en: B, ru: Б, tk: B}}\n", "")
    messages = load_text(text, "one.yaml").messages()
    assert any(m.endswith("options must list at least two {value, label} entries") for m in messages), messages


def test_records_on_the_previous_builtin_version_still_work(db, people, capsys):
    """A database made before 2026.2: its records keep their frozen 2026.1 rules."""
    from tests.core.conftest import consignment

    old = ChecklistRegistry()
    old.definitions = {k: d for k, d in old.definitions.items() if d.version == "2026.1"}
    with db.session() as s:
        reference = inspections.create(s, people.customs, consignment(
            agencies=["customs", "sanitary_epidemiological"]), old).reference
    current = ChecklistRegistry()
    with db.session() as s:
        inspection = inspections.get(s, reference)
        assert {sec.checklist.version for sec in inspection.sections} == {"2026.1"}
        # 2026.1 had no exclusive flag and no required body temperature: the record keeps those rules.
        sections.record_answer(s, people.sanepid, inspection, "sanitary_epidemiological", "driver_symptoms",
                               ["none", "fever"])
    answer_section(db, people.sanepid, reference, "sanitary_epidemiological")
    with db.session() as s:
        _answer(db, people, reference, "body_temperature", None)(s)
    sign_section(db, people.sanepid, reference, "sanitary_epidemiological", "detain")
    answer_section(db, people.customs, reference, "customs")
    sign_section(db, people.customs, reference, "customs")
    with db.session() as s:
        inspection = inspections.get(s, reference)
        workflow.confirm_decision(s, people.customs, inspection)
        workflow.finalize(s, people.customs, inspection, confirmation=confirmed(s, people.customs))
        newer = inspections.create(s, people.customs, consignment(agencies=["sanitary_epidemiological"]),
                                   current)
        assert {sec.checklist.version for sec in newer.sections} == {"2026.2"}
    pdf = db.path.parent / "old.pdf"
    code, _, err = run(capsys, "--db", str(db.path), "--lang", "ru", "report", reference, "-o", str(pdf))
    assert code == 0, err
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    # Printed with the frozen 2026.1 definition, its old title included: the record is as it was made.
    flat = " ".join(text.split())
    assert "Санитарно-карантинный контроль в пункте пропуска (sanitary_epidemiological, 2026.1)" in flat
    code, out, err = run(capsys, "--db", str(db.path), "check")
    assert code == 0, err


def test_answers_at_their_longest_print_across_pages(db, people, tmp_path, capsys):
    """A 10000-character answer and a 2000-character question used to stop the report (LayoutError)."""
    from pypdf import PdfReader

    from inspector.services import checklists

    path = tmp_path / "customs-limits.yaml"
    path.write_text(LIMITS.format(id="customs", text="Ж" * 2000, unit="µ" * 20, value="v" * 64), "utf-8")
    user_dir = tmp_path / "user-checklists"
    with db.session() as s:
        checklists.install(s, people.admin, path, user_dir)
    registry = ChecklistRegistry(user_dir)
    words = " ".join(f"слово{n}" for n in range(1500))[:9990] + " КОНЕЦ"
    with db.session() as s:
        inspection = inspections.create(s, people.customs, consignment_for_customs(), registry)
        reference = inspection.reference
        for item, value in (("n", "999999999.999999"), ("t", words), ("m", ["v" * 64])):
            sections.record_answer(s, people.customs, inspection, "customs", item, value, note="ž" * 2000)
    pdf = tmp_path / "long.pdf"
    code, _, err = run(capsys, "--db", str(db.path), "report", reference, "-o", str(pdf), "--appendix")
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "слово0" in text and "КОНЕЦ" in text.replace("\n", "")


def consignment_for_customs() -> dict:
    from tests.core.conftest import consignment

    return consignment(agencies=["customs"])


def test_a_bundle_time_outside_1900_2100_or_a_code_with_a_new_line_is_refused_by_the_schema(db, make_inspection):
    from inspector.exchange.schema import check_document
    from inspector.services.documents import to_document

    reference = make_inspection()
    with db.read_session() as s:
        document = to_document(inspections.get(s, reference))
    assert check_document(document) is None
    for key, value in (("arrived_at", "9999-12-31T23:59:00+05:00"), ("arrived_at", "0001-01-01T00:00:00Z")):
        assert check_document({**document, key: value}).path == key
    broken = json.loads(json.dumps(document))
    broken["documents"][0]["date"] = "2101-01-01"
    assert check_document(broken).path == "documents[0].date"
    # JSON Schema's "$" ends the text: a trailing new line is not a valid code or hash.
    for key, value in (("bcp", "FRB\n"), ("uuid", document["uuid"] + "\n"), ("reference", reference + "\n")):
        assert check_document({**document, key: value}).path == key


@pytest.mark.parametrize("text", ['{"a": 1, "a": 2}', '{"a": NaN}', '[Infinity]', "[" + "9" * 4400 + "]",
                                  '{"a": {"b": 1, "b": 1}}'])
def test_machine_written_json_refuses_what_two_readers_could_read_differently(text):
    """Bundles, manifests and key files: one ValueError the readers turn into a clean refusal."""
    from inspector.domain import json_input

    with pytest.raises(ValueError):
        json_input.strict(text)


def test_a_manifest_with_a_repeated_key_or_a_huge_number_is_refused_cleanly():
    from inspector.exchange.errors import BundleRejected
    from inspector.exchange.manifest import parse

    for raw in (b'{"format": "x", "format": "bcp-bundle/1"}', b'{"format": ' + b"7" * 5000 + b"}"):
        with pytest.raises(BundleRejected):
            parse(raw)
