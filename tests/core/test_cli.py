"""The ``inspector`` command line, run as a user runs it."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from inspector.cli.main import main

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "bcp-inspection-1.schema.json").read_text("utf-8"))


def run(capsys, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def _demo_site(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = subprocess.run([sys.executable, "-m", "inspector.cli.main", "--db", str(path), "demo",
                             "--inspections", "60", "--seed", "3"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # A new database is encrypted: the commands below log in as a demo officer (issue 15).
    assert "RECOVERY KEY" in result.stderr
    password = re.search(r"password: (\S+)", result.stdout).group(1)
    # the table of accounts: role, agency, username, name (columns two spaces apart)
    officers = [re.split(r"\s{2,}", line.strip()) for line in result.stdout.splitlines()
                if line.strip().startswith("Officer")]
    return path, officers[0][2], password


@pytest.fixture
def demo_db(_demo_site, monkeypatch):
    """The demo database, its commands logged in as a demo officer."""
    path, user, password = _demo_site
    monkeypatch.setenv("INSPECTOR_USER", user)
    monkeypatch.setenv("INSPECTOR_PASSWORD", password)
    return path


def test_demo_records_span_statuses_agencies_and_check_clean(capsys, demo_db):
    code, out, _ = run(capsys, "--db", str(demo_db), "inspections", "list", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 60
    assert len({r["status"] for r in rows}) >= 5
    assert {a for r in rows for a in r["agencies"]} == {
        "customs", "veterinary", "phytosanitary", "sanitary_epidemiological"}
    code, out, _ = run(capsys, "--db", str(demo_db), "check")
    assert code == 0 and "integrity ok" in out


def test_show_json_validates_against_the_schema(capsys, demo_db):
    code, out, _ = run(capsys, "--db", str(demo_db), "inspections", "list", "--format", "json")
    for row in json.loads(out)[:25]:
        code, out, _ = run(capsys, "--db", str(demo_db), "inspections", "show", row["reference"],
                           "--format", "json")
        assert code == 0
        jsonschema.validate(json.loads(out), SCHEMA)


def plain(path: Path) -> Path:
    """An empty plain database (as before issue 15): the CLI keeps it plain, no log-in needed."""
    from inspector.store.database import Database

    Database(path).dispose()
    return path


def test_demo_is_reproducible(tmp_path, capsys):
    documents = []
    for name in ("a.db", "b.db"):
        db = str(plain(tmp_path / name))
        assert run(capsys, "--db", db, "demo", "--inspections", "8", "--seed", "11")[0] == 0
        _, out, _ = run(capsys, "--db", db, "inspections", "list", "--format", "json")
        documents.append([{k: v for k, v in r.items()} for r in json.loads(out)])
    assert documents[0] == documents[1]


def test_tampered_audit_row_makes_check_fail_naming_the_entry(tmp_path, capsys):
    db = plain(tmp_path / "t.db")  # the attacker writes a plain file (an encrypted one: tests/security)
    assert run(capsys, "--db", str(db), "demo", "--inspections", "3")[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute("DROP TRIGGER audit_log_append_only_update")
        connection.execute("UPDATE audit_log SET action = 'login' WHERE id = 40")
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code == 1
    assert "Audit entry 40: its content was changed" in err


BAD_CHECKLIST = """\
format: bcp-checklist/1
id: Bad
version: "2026.1"
agency: police
languages: [en, ru, tk]
title: {en: T, ru: Т}
applies_when: {always: true}
outcomes: [release]
sections:
  - id: s
    title: {en: S, ru: С, tk: S}
    items:
      - id: q
        type: yes_no
        text: {en: Q, ru: В, tk: S}
        noncompliant_if: maybe
        severity: critical
"""


def test_validate_prints_every_problem_with_its_line(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_CHECKLIST, encoding="utf-8")
    code, out, err = run(capsys, "checklists", "validate", str(path))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 4, lines
    assert all(line.startswith("bad.yaml:") for line in lines)
    assert [line.split(":")[1] for line in lines] == ["2", "4", "6", "16"]


def test_validate_builtin_files_succeeds(capsys):
    builtin = Path(__file__).parents[2] / "inspector" / "checklists" / "builtin"
    code, out, _ = run(capsys, "checklists", "validate", *map(str, sorted(builtin.glob("*.yaml"))))
    assert code == 0 and out.count("valid") == 8  # four agencies, the current and the previous version


def test_checklists_list_and_show_in_turkmen(capsys):
    code, out, _ = run(capsys, "--lang", "tk", "checklists", "list")
    assert code == 0 and "veterinary" in out and "Weterinariýa" in out
    code, out, _ = run(capsys, "checklists", "show", "veterinary", "--lang", "ru")
    assert code == 0 and "Ветеринар" in out


PRE_ARRIVAL = {
    "format": "bcp-inspection/1",
    "bcp": "SRG",
    "direction": "transit",
    "procedure": "tir_transit",
    "arrived_at": "2026-11-27T09:15:00+05:00",
    "vehicle": {"tractor_plate": "34 KKX 629", "trailer_plate": "34 KKX 630", "country": "TR"},
    "drivers": [
        {"name_latin": "Dovletmyrat Annayev", "name_original": "Döwletmyrat Annaýew",
         "passport_number": "A1846203", "nationality": "TM"},
        {"name_latin": "Aleksandr Ivanov", "name_original": "Александр Иванов",
         "passport_number": "75 4821936", "nationality": "RU"},
    ],
    "documents": [{"type": "tir_carnet", "number": "XH45123456", "issuer": "TOBB", "date": "2026-11-20"}],
    "cargo": [{"description": "Çigit ýagy — масло хлопковое", "hs_code": "151221", "packages": 20,
               "gross_mass_kg": 21000.5, "origin_country": "TR", "consignor": "«Ak Ýol Ulag» HJ",
               "consignee": "ООО «ТрансАзия Логистик»"}],
    "seals": [{"number": "TR 778812", "status": "intact", "new_number": None, "affixed_by": None}],
    "transit": {"route": "Saragt – Farap", "exit_bcp": "FRB", "deadline": "2026-12-01T18:00:00+05:00"},
}


def test_pre_arrival_text_round_trips_unchanged(tmp_path, capsys):
    db = str(tmp_path / "p.db")
    source = tmp_path / "pre-arrival.json"
    source.write_text(json.dumps(PRE_ARRIVAL, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "inspections", "create", "--from", str(source))
    assert code == 0, err
    reference = out.split()[1]
    assert reference == "SRG-2026-000001"
    code, out, _ = run(capsys, "--db", db, "inspections", "show", reference, "--format", "json")
    document = json.loads(out)
    jsonschema.validate(document, SCHEMA)
    for key in ("bcp", "direction", "procedure", "arrived_at", "vehicle", "drivers", "documents",
                "cargo", "seals", "transit"):
        assert document[key] == PRE_ARRIVAL[key], key
    assert document["status"] == "draft"
    assert [a["agency"] for a in document["agencies"]] == ["customs", "sanitary_epidemiological"]


@pytest.mark.parametrize("change, words", [
    ({"cargo": [{"description": "x", "hs_code": "99999999999", "gross_mass_kg": 1}]}, "Cargo line 1: HS code"),
    ({"vehicle": {"tractor_plate": "АГ 1234", "country": "TM"}}, "Vehicle: tractor plate"),
    ({"surprise": 1}, "cannot set: surprise"),
    ({"format": "bcp-inspection/9"}, "not bcp-inspection/1"),
])
def test_bad_pre_arrival_data_exits_1_with_one_clear_message(tmp_path, capsys, change, words):
    db = plain(tmp_path / "p.db")  # a new one would also show its recovery key once
    source = tmp_path / "pre.json"
    source.write_text(json.dumps({**PRE_ARRIVAL, **change}, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "inspections", "create", "--from", str(source))
    assert code == 1 and words in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "--db", str(db), "inspections", "list", "--format", "json")
    assert json.loads(out) == []


def test_usage_errors_exit_2_and_unknown_reference_exits_1(tmp_path, capsys):
    assert run(capsys, "inspections", "frobnicate")[0] == 2
    assert run(capsys, "--lang", "fr", "check")[0] == 2
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "inspections", "show", "FRB-2026-000404")
    assert code == 1 and "No inspection" in err


def test_users_add_first_admin_then_admin_authorizes(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "u.db")
    code, out, err = run(capsys, "--db", db, "users", "add", "--username", "admin", "--name", "Admin",
                         "--role", "admin", stdin="s3cret-admin\n", monkeypatch=monkeypatch)
    assert code == 0, err
    code, _, err = run(capsys, "--db", db, "users", "add", "--username", "aman", "--name", "Aman Amanow",
                       "--role", "officer", "--agency", "customs", stdin="pw-aman-123\n", monkeypatch=monkeypatch)
    assert code == 1 and "give --user" in err  # encrypted (issue 15): no way in without a log-in
    code, _, err = run(capsys, "--db", db, "users", "add", "--username", "aman", "--name", "Aman Amanow",
                       "--role", "officer", "--agency", "customs", "--admin", "admin",
                       stdin="s3cret-admin\npw-aman-123\n", monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "--user", "aman", "users", "list", stdin="pw-aman-123\n",
                       monkeypatch=monkeypatch)
    assert "aman" in out and "admin" in out


def test_foreign_database_file_exits_1_and_is_untouched(tmp_path, capsys):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\xff\xd8\xff" + b"jpeg" * 1000)
    code, _, err = run(capsys, "--db", str(path), "check")
    assert code == 1 and "not a database file" in err
    assert path.read_bytes().startswith(b"\xff\xd8\xff")


@pytest.mark.parametrize("argv", [
    ["--db", "{db}", "--user", "chief", "import", "b.zip"],
    ["--db", "{db}", "import", "b.zip", "--user", "chief"],
    ["import", "b.zip", "--db", "{db}", "--user", "chief"],
    ["--user", "chief", "import", "--db", "{db}", "b.zip"],
])
def test_global_options_are_taken_before_or_after_the_command(argv, tmp_path):
    """`inspector import B --user X` and `inspector --user X import B` mean the same (the second lost X)."""
    from inspector.cli.main import build_parser

    args = build_parser().parse_args([a.replace("{db}", str(tmp_path / "x.db")) for a in argv])
    assert (args.command, args.bundle, args.user, args.db) == ("import", "b.zip", "chief", str(tmp_path / "x.db"))


def test_a_commands_own_lang_option_stays_its_own():
    from inspector.cli.main import build_parser

    args = build_parser().parse_args(["--lang", "ru", "report", "FRB-2026-000001", "-o", "r.pdf", "--lang", "tk+ru"])
    assert (args.lang, args.report_lang) == ("ru", "tk+ru")
    assert build_parser().parse_args(["keys", "list"]).user is None
