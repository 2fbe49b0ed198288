"""Checklists authored in Excel, through ``inspector checklists import | export | template``."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.checklists.loader import load_file
from inspector.checklists.registry import builtin_results
from inspector.checklists.show_if_syntax import ShowIfError, format_condition, parse
from inspector.checklists.workbook import read_workbook
from inspector.checklists.workbook_export import TEMPLATE, workbook_bytes
from inspector.cli.main import main

BUILTINS = [r.definition for r in builtin_results()]


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def template_book() -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook_bytes(TEMPLATE)))


def save(book: openpyxl.Workbook, path: Path) -> Path:
    book.save(path)
    return path


def column_of(sheet, header: str) -> int:
    return next(c.column for c in sheet[1] if c.value == header)


def row_of(sheet, name: str) -> int:
    return next(r[0].row for r in sheet.iter_rows(min_row=2) if r[1].value == name)


# -- round trips -----------------------------------------------------------------------------

@pytest.mark.parametrize("definition", BUILTINS, ids=[d.id for d in BUILTINS])
def test_every_builtin_exports_and_imports_back_to_the_same_canonical_checklist(capsys, tmp_path, definition):
    workbook, yaml_file = tmp_path / f"{definition.id}.xlsx", tmp_path / f"{definition.id}.yaml"
    code, out, err = run(capsys, "checklists", "export", definition.id, "--version", definition.version,
                         "-o", str(workbook))
    assert code == 0, err
    code, out, err = run(capsys, "checklists", "import", str(workbook), "-o", str(yaml_file))
    assert code == 0, err
    assert f"{len(definition.items)} items" in out
    back = load_file(yaml_file)
    assert back.ok, back.messages()
    assert back.definition.canonical_json == definition.canonical_json
    assert back.definition.sha256 == definition.sha256


def test_the_template_imports_cleanly_and_shows_every_question_type(capsys, tmp_path):
    code, _out, err = run(capsys, "checklists", "template", "-o", str(tmp_path / "t.xlsx"))
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.active.title == "instructions"
    texts = [c.value for row in book["instructions"].iter_rows() for c in row]
    assert any("begin group" in (t or "") for t in texts) and any("Türkmençe" == t for t in texts)
    result = read_workbook(tmp_path / "t.xlsx")
    assert result.ok, result.messages()
    assert {i.type.value for i in result.definition.items.values()} == {
        "yes_no", "text", "date", "choice", "number", "multi_choice", "photo"}
    assert "outcomes" in book.sheetnames and result.data["outcome_texts"]["detain"]["appeal"]["tk"]


def test_output_is_refused_when_it_exists_unless_forced(capsys, tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"keep me")
    code, _out, err = run(capsys, "checklists", "export", "customs", "-o", str(target))
    assert code == 1 and "exists already" in err and target.read_bytes() == b"keep me"
    code, _out, err = run(capsys, "checklists", "export", "customs", "-o", str(target), "--force")
    assert code == 0 and zipfile.is_zipfile(target)


# -- located messages ----------------------------------------------------------------------------

def test_ten_mistakes_give_ten_messages_each_at_its_cell(capsys, tmp_path):
    book = template_book()
    survey, choices, settings_ = book["survey"], book["choices"], book["settings"]
    col = {h: column_of(survey, h) for h in ("type", "label::en", "label::ru", "severity", "show_if", "min",
                                             "max")}
    expected = {}

    def put(sheet, row, column, value, fragment):
        sheet.cell(row, column).value = value
        letter = openpyxl.utils.get_column_letter(column)
        expected[f"{sheet.title}!{letter}{row}"] = fragment

    put(settings_, 2, column_of(settings_, "version"), 2026.1, "stored as the number")
    put(survey, row_of(survey, "certificate_date"), col["type"], "geopoint", "not supported")
    put(survey, row_of(survey, "certificate_number"), col["show_if"], "${certificate_present} = 'yes' and",
        "a condition expected")
    put(survey, row_of(survey, "certificate_present"), col["show_if"], "${packaging} = 'intact'",
        "earlier")
    put(survey, row_of(survey, "core_temperature"), col["min"], 50, "min must be below max")
    put(survey, row_of(survey, "packaging"), col["severity"], "fatal", "fatal")
    put(survey, row_of(survey, "damage_photo"), col["label::en"], "=A1&\"!\"", "formula")
    put(survey, row_of(survey, "certificate_present"), col["label::ru"], None, "missing “ru” text")
    choices.append(["packaging", "intact", "Intact again", "Снова", "Ýene"])
    put(choices, choices.max_row, 2, "intact", "“intact” is listed twice")
    put(survey, row_of(survey, "damage_kinds"), col["type"], "select_multiple kinds", "“kinds” is not in")
    path = save(book, tmp_path / "mistakes.xlsx")
    output = tmp_path / "mistakes.yaml"

    code, out, err = run(capsys, "checklists", "import", str(path), "-o", str(output))

    assert code == 1 and not output.exists()
    lines = [line for line in err.splitlines() if line.startswith("mistakes.xlsx:") and "!" in line.split(":")[1]]
    located = {line.split(":", 2)[1]: line for line in lines}
    assert set(located) == set(expected), lines
    for cell, fragment in expected.items():
        assert fragment in located[cell], located[cell]
    assert "10 problems; nothing was written" in err  # plural forms from the catalogue


def test_messages_follow_the_users_language(capsys, tmp_path):
    book = template_book()
    book["survey"].cell(row_of(book["survey"], "packaging"), column_of(book["survey"], "type"), "geotrace")
    path = save(book, tmp_path / "ru.xlsx")
    code, _out, err = run(capsys, "--lang", "ru", "checklists", "import", str(path), "-o", str(tmp_path / "x.yaml"))
    assert code == 1
    assert "ru.xlsx:survey!A" in err and "тип «geotrace» не поддерживается" in err


def test_a_show_if_error_points_at_the_character(tmp_path):
    book = template_book()
    survey = book["survey"]
    row = row_of(survey, "certificate_number")
    text = "${certificate_present} = 'yes' or (${packaging} = 'x'"
    survey.cell(row, column_of(survey, "show_if"), text)
    result = read_workbook(save(book, tmp_path / "caret.xlsx"))
    (message,) = result.messages()
    first, expression, caret = message.splitlines()
    assert first.startswith("caret.xlsx:survey!L4: show_if: “)” expected")
    assert f"(character {len(text) + 1})" in first
    assert expression == "    " + text and caret == " " * (4 + len(text)) + "^"


# -- workbooks as people make them -------------------------------------------------------------------

def test_formulas_merged_cells_hidden_sheets_and_rows_are_reported_or_ignored(tmp_path):
    book = template_book()
    survey = book["survey"]
    survey.merge_cells("C2:E2")
    hidden_row = row_of(survey, "certificate_date")
    survey.row_dimensions[hidden_row].hidden = True
    survey.cell(row_of(survey, "packaging"), column_of(survey, "required"), "=TRUE()")
    notes = book.create_sheet("notes")
    notes["A1"] = "=SUM(1,2)"  # an ignored sheet may hold anything
    notes.sheet_state = "hidden"
    result = read_workbook(save(book, tmp_path / "odd.xlsx"))
    messages = result.messages()
    assert any("survey!C2: the cells C2:E2 are merged" in m for m in messages)
    assert any(f"survey!A{hidden_row}: row {hidden_row} is hidden" in m for m in messages)
    assert any("holds a formula" in m and "survey!" in m for m in messages)
    assert not any("notes" in m for m in messages)

    book = template_book()
    book["choices"].sheet_state = "hidden"
    result = read_workbook(save(book, tmp_path / "hidden.xlsx"))
    assert [m.split(": ", 1)[1] for m in result.messages()][0].startswith("the sheet “choices” is hidden")


def test_non_latin_sheet_names_are_ignored_and_named_when_a_sheet_is_missing(tmp_path):
    book = template_book()
    book.create_sheet("Инструкция")["A1"] = "Заполните лист survey"
    book.create_sheet("Görkezme ýüz")
    assert read_workbook(save(book, tmp_path / "extra.xlsx")).ok
    book["survey"].title = "Анкета"
    result = read_workbook(save(book, tmp_path / "missing.xlsx"))
    assert any("the sheet “survey” is missing" in m and "“Анкета”" in m for m in result.messages())


def _big_workbook(path: Path, items: int, options: int) -> Path:
    book = openpyxl.Workbook(write_only=True)
    survey = book.create_sheet("survey")
    survey.append(["type", "name", "label::en"])
    for section in range(items // 50):
        survey.append(["begin group", f"s{section}", f"Section {section}"])
        for n in range(50):
            number = section * 50 + n
            kind = "select_one many" if number == 0 else "integer"
            survey.append([kind, f"q{number}", f"Question {number}"])
        survey.append(["end group"])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label::en"])
    for n in range(options):
        choices.append(["many", f"o{n}", f"Option {n}"])
    settings_ = book.create_sheet("settings")
    settings_.append(["id", "version", "agency", "title::en", "applies_when", "outcomes"])
    settings_.append(["big", "1", "customs", "Big", "always", "release, detain"])
    book.save(path)
    return path


@pytest.mark.slow
def test_five_thousand_rows_convert_in_bounded_memory(tmp_path):
    import tracemalloc

    path = _big_workbook(tmp_path / "big.xlsx", items=450, options=4990)
    tracemalloc.start()
    result = read_workbook(path)
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.ok, result.messages()[:3]
    assert len(result.definition.items) == 450 and len(result.definition.item("q0").options) == 4990
    assert peak < 64 * 1024 * 1024

    result = read_workbook(_big_workbook(tmp_path / "bigger.xlsx", items=50, options=5200))
    assert any("choices!A5002: the sheet has more than 5000 rows" in m for m in result.messages())


# -- hostile workbooks -----------------------------------------------------------------------------------

def _repacked(tmp_path: Path, name: str, extra: dict[str, bytes], drop: tuple[str, ...] = ()) -> Path:
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes(TEMPLATE)))
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename not in extra and info.filename not in drop:
                out.writestr(info, source.read(info))
        for member, data in extra.items():
            out.writestr(member, data)
    return path


def _refused_within_limits(path: Path) -> list[str]:
    import tracemalloc

    tracemalloc.start()
    result = read_workbook(path)
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert not result.ok and result.definition is None
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
    return result.messages()


def test_external_links_are_refused(tmp_path):
    link = (b'<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships"/></externalLink>')
    messages = _refused_within_limits(_repacked(tmp_path, "links.xlsx", {"xl/externalLinks/externalLink1.xml": link}))
    assert messages == ["links.xlsx: the workbook links to other files (external links): a checklist must stand "
                        "alone — in Excel use Data → Edit Links → Break Link and save again"]


def test_huge_shared_strings_are_refused_before_they_are_read(tmp_path):
    strings = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + \
        b"".join(b"<si><t>%d</t></si>" % n for n in range(400_000)) + b"</sst>"
    messages = _refused_within_limits(_repacked(tmp_path, "strings.xlsx", {"xl/sharedStrings.xml": strings}))
    assert messages == ["strings.xlsx: the part “xl/sharedStrings.xml” is larger than 4 MB unpacked"]


@pytest.mark.slow
def test_a_zip_bomb_is_refused_in_bounded_memory(tmp_path):
    path = tmp_path / "bomb.xlsx"
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes(TEMPLATE)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, source.read(info))
        with out.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b" " * (1024 * 1024)
            for _ in range(30):
                member.write(block)
    assert path.stat().st_size < 200_000
    messages = _refused_within_limits(path)
    assert messages == ["bomb.xlsx: the part “xl/worksheets/sheet1.xml” would expand more than 100 times "
                        "(a zip bomb?)"]


def test_entity_declarations_many_parts_old_files_and_non_zips_are_refused(tmp_path):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
              b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>')
    assert _refused_within_limits(_repacked(tmp_path, "dtd.xlsx", {"xl/sharedStrings.xml": laughs})) == [
        "dtd.xlsx: the part “xl/sharedStrings.xml” declares a document type or entities, which a workbook "
        "never needs"]
    many = {f"xl/media/p{n}.bin": b"x" for n in range(1200)}
    assert "more than 1000 parts" in _refused_within_limits(_repacked(tmp_path, "many.xlsx", many))[0]
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    assert "old .xls file or a password-protected workbook" in _refused_within_limits(old)[0]
    text = tmp_path / "text.xlsx"
    text.write_text("type,name\n")
    assert "is not an Excel workbook" in _refused_within_limits(text)[0]
    macro = _repacked(tmp_path, "macro.xlsx", {"xl/vbaProject.bin": b"\x00" * 100})
    assert "contains macros" in _refused_within_limits(macro)[0]


# -- the show_if syntax ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("${a} = 'yes'", {"item": "a", "equals": "yes"}),
    ("${a} != 'no'", {"not": {"item": "a", "equals": "no"}}),
    ("selected(${m}, 'wet')", {"item": "m", "equals": "wet"}),
    ("${a} in ('x', 'y')", {"item": "a", "in": ["x", "y"]}),
    ("${t} != ''", {"item": "t", "answered": True}),
    ("${t} = 36.6", {"item": "t", "equals": 36.6}),
    ("${a} = 'x' and ${b} = 'y' or not(${c} = 'z')",
     {"any": [{"all": [{"item": "a", "equals": "x"}, {"item": "b", "equals": "y"}]},
              {"not": {"item": "c", "equals": "z"}}]}),
    ("${a} = 'x' AND (${b} = 'y' OR ${c} = 'z')",
     {"all": [{"item": "a", "equals": "x"}, {"any": [{"item": "b", "equals": "y"}, {"item": "c", "equals": "z"}]}]}),
])
def test_show_if_parses_to_declarative_conditions(text, expected):
    assert parse(text) == expected


@pytest.mark.parametrize("text, column", [
    ("__import__('os').system('x')", 1),
    ("${a} == 'x'", 7),
    ("${a} = 'x' ${b} = 'y'", 12),
    ("${a} = x", 8),
    ("not ${a} = 'x'", 5),
    ("${a} = 'x' and", 15),
    ("(" * 40 + "${a} = 'x'" + ")" * 40, 17),
])
def test_show_if_syntax_errors_name_the_character(text, column):
    with pytest.raises(ShowIfError) as error:
        parse(text)
    assert error.value.column == column


_names = st.sampled_from(["a", "b", "c_1"])
_values = st.one_of(st.sampled_from(["yes", "no", "it's", "x y", ""]), st.integers(-5, 5),
                    st.floats(-10, 10, allow_nan=False).map(lambda f: round(f, 2)))
_leaves = st.one_of(
    st.builds(lambda i, v: {"item": i, "equals": v}, _names, _values.filter(lambda v: v != "")),
    st.builds(lambda i, v: {"item": i, "in": v}, _names, st.lists(_values, min_size=1, max_size=3)),
    st.builds(lambda i, b: {"item": i, "answered": b}, _names, st.booleans()),
)
_conditions = st.recursive(_leaves, lambda inner: st.one_of(
    st.builds(lambda x: {"not": x}, inner),
    st.builds(lambda xs: {"all": xs}, st.lists(inner, min_size=1, max_size=3)),
    st.builds(lambda xs: {"any": xs}, st.lists(inner, min_size=1, max_size=3)),
), max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(_conditions, st.sets(_names))
def test_written_conditions_parse_back_unchanged(condition, multi_choice):
    assert parse(format_condition(condition, multi_choice)) == condition


def _with(key: str) -> dict:
    import copy

    data = copy.deepcopy(TEMPLATE)
    if key == "exclusive":
        kinds = data["sections"][1]["items"][2]
        kinds["options"].append({"value": "none", "label": {"en": "No damage", "ru": "Нет повреждений",
                                                            "tk": "Zeper ýok"}, "exclusive": True})
    else:
        data["outcome_texts"] = {"release_conditional": {
            "legal_basis": {"en": "Veterinary Code, art. 12", "ru": "Ветеринарный кодекс, ст. 12",
                            "tk": "Weterinariýa kodeksi, 12-nji madda"},
            "appeal": {"en": "Within 10 days to the head of the service", "ru": "В течение 10 дней начальнику службы",
                       "tk": "10 günüň dowamynda gullugyň başlygyna"}}}
    return data


@pytest.mark.parametrize("key", ["exclusive", "outcome_texts"])
def test_the_formats_newer_keys_travel_through_the_workbook(tmp_path, key):
    from inspector.checklists.source import Source
    from inspector.checklists.validator import validate

    data = _with(key)
    definition, problems = validate(Source(data=data))
    if definition is None:  # the format gains these keys on other branches; the sheets are ready for them
        pytest.skip(f"this checklist format has no {key} yet: " + ", ".join(p.key for p in problems[:3]))
    path = tmp_path / "newer.xlsx"
    path.write_bytes(workbook_bytes(data))
    book = openpyxl.load_workbook(path)
    assert book["choices"]["F1"].value == "exclusive"
    outcomes = [row[0] for row in book["outcomes"].iter_rows(min_row=2, values_only=True)]
    assert ("release_conditional" in outcomes) == (key == "outcome_texts")
    result = read_workbook(path)
    assert result.ok, result.messages()
    assert result.definition.canonical_json == definition.canonical_json


def test_import_with_a_database_refuses_a_changed_copy_of_a_frozen_version(capsys, tmp_path):
    from inspector.services.checklists import freeze
    from inspector.store.database import Database

    veterinary = next(d for d in BUILTINS if d.id == "veterinary")
    database = Database(tmp_path / "inspector.db")
    with database.session() as session:
        freeze(session, veterinary)
    database.dispose()
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(veterinary.data)))
    book["settings"]["E2"] = "Veterinary control (edited)"
    path = save(book, tmp_path / "edited.xlsx")
    code, _out, err = run(capsys, "--db", str(tmp_path / "inspector.db"), "checklists", "import", str(path),
                          "-o", str(tmp_path / "edited.yaml"))
    assert code == 1 and not (tmp_path / "edited.yaml").exists()
    assert "edited.xlsx:settings!B2: veterinary 2026.1 is already in use with different content" in err


def test_parts_openpyxl_would_hold_whole_are_bounded(tmp_path):
    import random

    rnd = random.Random(1)
    styles = (b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>'
              + b"".join(b'<xf numFmtId="%d"/>' % rnd.randrange(10**6) for _ in range(50_000))
              + b"</cellXfs></styleSheet>")
    assert _refused_within_limits(_repacked(tmp_path, "styles.xlsx", {"xl/styles.xml": styles})) == [
        "styles.xlsx: the part “xl/styles.xml” is larger than 1 MB unpacked"]
    sheet = zipfile.ZipFile(io.BytesIO(workbook_bytes(TEMPLATE))).read("xl/worksheets/sheet1.xml")
    wide = sheet.replace(b"<sheetData>", b'<sheetData><row r="2">' + b'<c r="A2"/>' * 20_000 + b"</row>", 1)
    messages = _refused_within_limits(_repacked(tmp_path, "wide.xlsx", {"xl/worksheets/sheet1.xml": wide}))
    assert "wide.xlsx:survey: the sheet “survey” is damaged" in messages
