"""``inspector trs`` and ``inspector export-data`` run as a user runs them, on demo records.

The TRS figures are checked against an independent computation from what
``inspections list`` and ``inspections show`` print, following docs/trs.md.
"""

from __future__ import annotations

import csv
import io
import json
import re
import math
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from pypdf import PdfReader

from inspector.cli.main import main
from inspector.domain.clock import BCP_TIME_ZONE

FIRST, LAST = "2026-09-01", "2026-11-26"


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def _demo_site(tmp_path_factory):
    path = tmp_path_factory.mktemp("trs") / "demo.db"
    result = subprocess.run([sys.executable, "-m", "inspector.cli.main", "--db", str(path), "demo",
                             "--inspections", "60", "--seed", "5"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # A new database is encrypted (issue 15): the commands log in as a demo account.
    password = re.search(r"use the password: (\S+)", result.stdout).group(1)
    user = re.search(r"Demo accounts \((\w+)", result.stdout).group(1)
    return path, user, password


@pytest.fixture
def demo_db(_demo_site, monkeypatch):
    path, user, password = _demo_site
    monkeypatch.setenv("INSPECTOR_USER", user)
    monkeypatch.setenv("INSPECTOR_PASSWORD", password)
    return path


def _json(capsys, *args):
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def nearest_rank(values: list[int]) -> dict:
    values = sorted(values)
    n = len(values)
    pick = lambda p: round(max(0, values[math.ceil(p * n / 100) - 1]) / 60, 1) if n else None  # noqa: E731
    return {"count": n, "median": pick(50), "p75": pick(75), "p90": pick(90)}


def seconds(start: str | None, end: str | None) -> int | None:
    if not start or not end:
        return None
    return round((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds())


def independent(capsys, db) -> dict:
    """The TRS figures from the records as the CLI prints them (docs/trs.md)."""
    listed = _json(capsys, "--db", str(db), "inspections", "list", "--format", "json")
    start = datetime.fromisoformat(FIRST).replace(tzinfo=BCP_TIME_ZONE)
    end = datetime.fromisoformat(LAST).replace(tzinfo=BCP_TIME_ZONE) + timedelta(days=1)
    stages = defaultdict(list)
    lanes, bcps, days = defaultdict(list), defaultdict(list), defaultdict(list)
    agency_work, decisions = defaultdict(list), defaultdict(Counter)
    totals = Counter()
    for row in listed:
        arrived = datetime.fromisoformat(row["arrived_at"])
        if not start <= arrived < end:
            continue
        show = lambda *extra: _json(capsys, "--db", str(db), "inspections", "show", row["reference"],  # noqa: E731
                                    "--format", "json", *extra)
        current = show()
        revisions = [current] if row["revision"] == 0 else [show("--revision", str(n))
                                                              for n in range(row["revision"] + 1)]
        original = revisions[0]
        releases = [d["released_at"] for d in revisions if d["released_at"]]
        released = min(releases, key=datetime.fromisoformat) if releases else None
        sections = original["agencies"]
        started = [s["started_at"] for s in sections if s["started_at"]]
        first = min(started, key=datetime.fromisoformat) if started else None
        signed = [s["signed_at"] for s in sections]
        last = max(signed, key=datetime.fromisoformat) if signed and all(signed) else None
        confirmed = (original.get("decision") or {}).get("confirmed_at")
        chain = {"queue": (row["arrived_at"], original["created_at"]), "agency_start": (original["created_at"], first),
                 "inspection": (first, last), "decision": (last, confirmed),
                 "finalization": (confirmed, original["finalized_at"]), "release": (original["finalized_at"], released),
                 "total": (row["arrived_at"], released)}
        for stage, (a, b) in chain.items():
            if (value := seconds(a, b)) is not None:
                stages[stage].append(value)
        total = seconds(row["arrived_at"], released)
        totals["inspections"] += 1
        totals["released" if released else ("held" if row["status"] in ("finalized", "approved") else "open")] += 1
        lanes[current["risk_lane"] or ""].append(total)
        bcps[row["bcp"]].append(total)
        day = arrived.astimezone(BCP_TIME_ZONE).date()
        days[(day - timedelta(days=day.weekday())).isoformat()].append(total)  # weeks: the period is > 62 days
        for s in sections:
            if (value := seconds(s["started_at"], s["signed_at"])) is not None:
                agency_work[s["agency"]].append(value)
        for s in current["agencies"]:
            if s["signed_at"] and s["decision"]:
                decisions[s["agency"]][s["decision"]] += 1
    known = lambda values: [v for v in values if v is not None]  # noqa: E731
    return {
        "totals": dict(totals),
        "stages": {stage: nearest_rank(values) for stage, values in stages.items()},
        "lanes": {lane: nearest_rank(known(v)) for lane, v in lanes.items()},
        "bcps": {bcp: nearest_rank(known(v)) for bcp, v in bcps.items()},
        "days": {day: (len(v), nearest_rank(known(v))) for day, v in days.items()},
        "agency_work": {agency: nearest_rank(v) for agency, v in agency_work.items()},
        "decisions": {agency: dict(c) for agency, c in decisions.items()},
    }


def test_trs_json_equals_an_independent_computation_from_the_records(capsys, demo_db):
    document = _json(capsys, "--db", str(demo_db), "trs", "--from", FIRST, "--to", LAST, "--format", "json")
    assert document["format"] == "bcp-trs/1"
    figures = document["current"]
    expected = independent(capsys, demo_db)
    totals = figures["totals"]
    assert {k: totals[k] for k in ("inspections", "released", "held", "open") if totals[k]} == expected["totals"]
    assert {stage: p for stage, p in figures["stages"].items() if p["count"]} == expected["stages"]
    assert {g["lane"] or "": g["stages"]["total"] for g in figures["lanes"]} == expected["lanes"]
    assert {g["bcp"]: g["stages"]["total"] for g in figures["bcps"]} == expected["bcps"]
    assert figures["trend"]["bucket"] == "week"
    points = {p["start"]: (p["inspections"], p["total"]) for p in figures["trend"]["points"] if p["inspections"]}
    assert points == expected["days"]
    assert {a["agency"]: a["times"]["work"] for a in figures["agencies"]} == expected["agency_work"]
    assert {a["agency"]: a["decisions"] for a in figures["agencies"] if a["decisions"]} == expected["decisions"]
    assert document["previous"]["period"]["to"] == (date.fromisoformat(FIRST) - timedelta(days=1)).isoformat()


def test_trs_report_pdf_in_turkmen(capsys, demo_db, tmp_path):
    target = tmp_path / "trs.pdf"
    code, out, err = run(capsys, "--db", str(demo_db), "trs", "--from", FIRST, "--to", LAST, "--lang", "tk",
                         "-o", str(target))
    assert code == 0, err
    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    for words in ("Goýberiş wagtynyň barlagy", "Gelenden goýberilýänçä", "Gulluklaryň barlagy (möhüm ýol)",
                  "Gümrük", "Töwekgelçilik koridory", "Iň köp duş gelýän bozulmalar"):
        assert words in text
    assert len(reader.pages) >= 3
    fonts = {str(f.get_object().get("/BaseFont")) for page in reader.pages
             for f in (page.get("/Resources", {}).get("/Font", {}) or {}).values()}
    assert fonts and all("BCPSans" in f or "DejaVu" in f for f in fonts), fonts


def test_trs_csv_is_the_long_table_of_percentiles(capsys, demo_db, tmp_path):
    target = tmp_path / "trs.csv"
    code, _, err = run(capsys, "--db", str(demo_db), "trs", "--from", FIRST, "--to", LAST, "--format", "csv",
                       "--bcp", "FRB", "-o", str(target))
    assert code == 0, err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {r["dimension"] for r in rows} >= {"all", "lane", "agency", "bcp", "week"}
    assert {r["group"] for r in rows if r["dimension"] == "bcp"} <= {"FRB"}
    total = next(r for r in rows if r["period"] == "current" and r["dimension"] == "all" and r["stage"] == "total")
    document = _json(capsys, "--db", str(demo_db), "trs", "--from", FIRST, "--to", LAST, "--bcp", "FRB",
                     "--format", "json")
    expected = document["current"]["stages"]["total"]
    assert (int(total["count"]), float(total["median_min"] or "nan")) == pytest.approx(
        (expected["count"], expected["median"] if expected["median"] is not None else float("nan")), nan_ok=True)


def test_export_data_xlsx_reads_back_typed_with_frozen_filtered_headers(capsys, demo_db, tmp_path):
    target = tmp_path / "records.xlsx"
    code, _, err = run(capsys, "--db", str(demo_db), "export-data", "--from", FIRST, "--to", LAST, "--format",
                       "xlsx", "--lang", "ru", "-o", str(target))
    assert code == 0, err
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["inspections", "sections", "answers"]
    listed = _json(capsys, "--db", str(demo_db), "inspections", "list", "--format", "json")
    inspections = book["inspections"]
    header = [c.value for c in inspections[1]]
    assert inspections.freeze_panes == "A2" and inspections.auto_filter.ref.startswith("A1:")
    rows = [dict(zip(header, (c.value for c in row))) for row in inspections.iter_rows(min_row=2)]
    assert len(rows) == len(listed)
    by_reference = {r["reference"]: r for r in listed}
    for row in rows:
        source = by_reference[row["reference"]]
        assert isinstance(row["arrived_at"], datetime)
        assert row["arrived_at"] == datetime.fromisoformat(source["arrived_at"]).replace(tzinfo=None)
        assert row["status"] == source["status"] and row["bcp"] == source["bcp"]
        assert isinstance(row["findings"], int) and isinstance(row["cargo_lines"], int)
        assert row["total_min"] is None or isinstance(row["total_min"], (int, float))  # a number cell
    sections = book["sections"]
    assert sections.max_row - 1 == sum(len(r["agencies"]) for r in listed)
    answers = book["answers"]
    answer_header = [c.value for c in answers[1]]
    answer_rows = [dict(zip(answer_header, (c.value for c in row))) for row in answers.iter_rows(min_row=2)]
    assert {type(r["finding"]) for r in answer_rows} == {bool}
    assert any("Да" == r["value_label"] for r in answer_rows)  # labels in the chosen language
    findings_per_record = Counter(r["reference"] for r in answer_rows if r["finding"])
    assert {r["reference"]: r["findings"] for r in rows if r["findings"]} == dict(findings_per_record)


def test_export_data_csv_has_a_bom_and_reads_in_any_language(capsys, demo_db, tmp_path):
    target = tmp_path / "answers.csv"
    code, out, err = run(capsys, "--db", str(demo_db), "export-data", "--from", FIRST, "--to", LAST, "--format",
                         "csv", "--table", "answers", "--lang", "tk", "-o", str(target))
    assert code == 0, err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {r["finding"] for r in rows} == {"TRUE", "FALSE"}
    assert any("ý" in r["item_text"] or "ň" in r["item_text"] for r in rows)
    assert "passport" not in raw.decode("utf-8-sig").lower()


def test_outputs_refuse_existing_files_and_the_database(capsys, demo_db, tmp_path):
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"precious")
    db = str(demo_db)
    code, _, err = run(capsys, "--db", db, "trs", "--from", FIRST, "--to", LAST, "-o", str(existing))
    assert code == 1 and "--force" in err and existing.read_bytes() == b"precious"
    code, _, err = run(capsys, "--db", db, "export-data", "--from", FIRST, "--to", LAST, "--format", "csv",
                       "-o", db, "--force")
    assert code == 1 and "database" in err
    from inspector.store import cipher

    assert cipher.is_encrypted_header(demo_db.read_bytes()[:100])  # still the (encrypted) database, untouched
    code, _, _ = run(capsys, "--db", db, "trs", "--from", FIRST, "--to", LAST, "-o", str(existing), "--force")
    assert code == 0 and existing.read_bytes().startswith(b"%PDF")
    assert run(capsys, "--db", db, "trs", "--from", FIRST, "--to", LAST)[0] == 2  # a PDF needs -o
    assert run(capsys, "--db", db, "trs", "--from", "26.11.2026", "--to", LAST, "--format", "json")[0] == 2
    code, _, err = run(capsys, "--db", db, "trs", "--from", LAST, "--to", FIRST, "--format", "json")
    assert code == 1 and "ends before it starts" in err
    code, _, err = run(capsys, "--db", db, "trs", "--from", FIRST, "--to", LAST, "--hs-chapter", "2x",
                       "--format", "json")
    assert code == 1 and "HS chapter" in err
    assert not list(tmp_path.glob("*.part"))
