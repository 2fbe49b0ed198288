"""A whole four-agency joint inspection recorded with the keyboard only.

The app is started as the ``inspector`` command starts it, on a database file
made by ``inspector demo``; from then on only key events reach it, sent to the
widget with the focus: log-in, new inspection, consignment (a document with a
typed date), every agency's checklist answered with answer keys, officers
switched from the inspection window, each section signed with a typed
password, the lead officer confirms and finalizes, a supervisor approves, the
report is saved as PDF. It runs with Latin key events in English, with the
events a Russian layout sends in Russian, and with a Turkmen layout's in
Turkmen; it counts the key presses (docs/keyboard.md gives the count).

The only things not done by keys: the file dialog's answer (its ``ask``
classmethod, as pytest-qt's note on dialogs advises) and closing the main
window at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from inspector.checklists.model import Item
from inspector.cli.main import main as cli_main
from inspector.domain.enums import QuestionType
from inspector.services import inspections, integrity
from inspector.services.documents import to_document
from inspector.store.database import Database
from inspector.ui import settings
from inspector.ui.dialogs.login import LoginDialog, PasswordDialog
from inspector.ui.editor.agency_tab import AgencyTab
from inspector.ui.editor.item_row import ItemRow
from inspector.ui.editor.new_inspection import NewInspectionDialog
from inspector.ui.editor.window import InspectionWindow
from inspector.ui.main_window import MainWindow
from inspector.ui.report import preview

from tests.ui.keyboard_journey import Journey, JourneyFailed, Keyboard, Wait, focused, modal, window

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
AGENCY_ORDER = ("customs", "veterinary", "phytosanitary", "sanitary_epidemiological")
PEOPLE = {"customs": "mgylyjow", "veterinary": "bmuradow", "phytosanitary": "ohojayewa",
          "sanitary_epidemiological": "kmeredow"}
SUPERVISOR = "snazarowa"

#: answers that differ from "the compliant one" (choices have no compliant default)
PLAN = {
    "transit_document": "none", "seal_status": "intact", "xray_result": "not_scanned", "exam_extent": "none",
    "consignment_type": "products_food", "temperature_regime": "frozen", "core_temperature": "-19",
    "product_condition": "normal", "commodity_class": "fruit_vegetables", "cab_sanitary": "satisfactory",
    "cargo_space_sanitary": "satisfactory", "sanitary_treatment": "none", "product_category": "food",
    "expiry_date": "31.12.2027", "driver_symptoms": ["none"], "vectors_found": ["none"],
    "vet_certificate_date": "20.11.2026", "phyto_certificate_date": "20.11.2026", "exit_deadline": "05.12.2026",
}


@dataclass(frozen=True)
class Layout:
    """A UI language and the keyboard layout the officers type with."""

    lang: str
    letters: dict[str, str]  # yes / no / na: the letter key each answer is given with
    description: str
    remarks: str
    declaration: str


LAYOUTS = {
    "latin": Layout("en", {"yes": "y", "no": "n", "na": "a"}, "Tinned beef", "No remarks", "26TM1234IM000123"),
    "russian": Layout("ru", {"yes": "д", "no": "н", "na": "п"}, "Говяжья тушёнка", "Замечаний нет",
                      "26TM1234IM000123"),
    "turkmen": Layout("tk", {"yes": "h", "no": "ý", "na": "d"}, "Sygyr eti konserwasy, ýapyk gaplarda",
                      "Bellik ýok", "26TM1234IM000123"),
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A database file made by ``inspector demo``; (path, password)."""
    import contextlib
    import io

    path = tmp_path_factory.mktemp("demo") / "bcp.db"
    # A plain database (as one from before encryption): the journey's subject is the keyboard, and the
    # file is copied with sqlite3 below; the encrypted start is tests/ui/test_start_as_user.py's.
    Database(path).dispose()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli_main(["--db", str(path), "demo", "--inspections", "12"]) == 0
    # the demo prints its password, then the accounts it made (role, agency, username, name)
    password = re.search(r"all with the password: (\S+)\s*$", out.getvalue(), re.MULTILINE).group(1)
    return path, password


def compliant(item: Item, layout: Layout) -> object:
    planned = PLAN.get(item.id)
    if planned is not None:
        return planned
    if item.type in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        if "yes" in item.noncompliant_values:
            return "no"
        return "yes" if "no" in item.noncompliant_values else "no"
    if item.required and item.type is QuestionType.MULTI_CHOICE:  # "none" where the list has it
        return [next((o.value for o in item.options if o.exclusive), item.option_values[0])]
    if item.required and item.type is QuestionType.CHOICE:
        return item.option_values[0]
    if item.required and item.type is QuestionType.DATE:
        return "20.11.2026"
    if item.required and item.type is QuestionType.NUMBER:
        return str(int(item.min)) if item.min is not None and item.min > 0 else "1"
    return None  # optional number, text, date, photo, multi-choice: skipped


def answer_keys(kb: Keyboard, row: ItemRow, layout: Layout):
    """The keys an officer presses on this item."""
    item, value = row.item, compliant(row.item, layout)
    if value is None:
        return [kb.key(K.Key_Return)]
    if item.type in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        return [kb.char(layout.letters[value])]
    if item.type is QuestionType.CHOICE:
        return [kb.char(str(item.option_values.index(value) + 1))]
    if item.type is QuestionType.MULTI_CHOICE:
        return [kb.char(str(item.option_values.index(v) + 1)) for v in value] + [kb.key(K.Key_Return)]
    return [kb.typing(str(value)), kb.key(K.Key_Return)]


def current_row(agency_tab: AgencyTab):
    widget = QApplication.focusWidget()
    if widget is agency_tab.decision:
        return "decision"
    while widget is not None and not isinstance(widget, ItemRow):
        widget = widget.parentWidget()
    return widget if widget is not None and agency_tab.isAncestorOf(widget) else None


def editor_on(agency: str):
    def check():
        editor = window(InspectionWindow)()
        if editor is not None and editor.tabs.currentWidget() is editor.agency_tabs.get(agency):
            tab = editor.agency_tabs[agency]
            return tab if current_row(tab) is not None else None
        return None
    return check


def journey(kb: Keyboard, layout: Layout, password: str, seen: dict):
    def log_in(username: str):
        dialog = QApplication.activeModalWidget()
        if focused() is dialog.password:  # the last user's name is filled in: back to it (Tab selects it)
            if dialog.username.text() == username:
                yield from type_password_here()
                return
            yield kb.key(K.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        yield kb.typing(username)
        yield kb.key(K.Key_Tab)
        yield kb.typing(password)
        yield kb.key(K.Key_Return)

    def switch_user(username: str):
        yield kb.key(K.Key_U, CTRL)
        yield Wait(modal(LoginDialog), "the switch-user dialog")
        yield from log_in(username)

    def type_password_here():
        yield kb.typing(password)
        yield kb.key(K.Key_Return)

    def type_password():
        yield Wait(modal(PasswordDialog), "the password dialog")
        yield kb.typing(password)
        yield kb.key(K.Key_Return)

    def tab_until(check, what: str, limit: int = 40):
        for _ in range(limit):
            if check(QApplication.focusWidget()):
                return
            yield kb.key(K.Key_Tab)
        raise JourneyFailed(f"{limit} Tabs and no {what}")

    # The lead customs officer logs in and opens a new inspection.
    yield Wait(modal(LoginDialog), "the log-in dialog")
    yield from log_in(PEOPLE["customs"])
    yield Wait(window(MainWindow), "the main window")
    yield kb.key(K.Key_N, CTRL)
    yield Wait(modal(NewInspectionDialog), "the new-inspection dialog")
    for text in ("AG 1234 AG", "AG 5678 AG", "TM", layout.description, "1602501000", "12400"):
        yield kb.typing(text)  # tractor plate first: BCP, direction, procedure and arrival are filled in
        yield kb.key(K.Key_Tab)
    yield kb.key(K.Key_Return)

    # The consignment: declaration, phytosanitary control added (a dried-fruit line), a CMR with its date.
    editor = yield Wait(window(InspectionWindow), "the inspection window")
    seen["reference"] = editor.reference
    yield Wait(lambda: focused() is editor.consignment.declaration, "the declaration field focused")
    yield kb.typing(layout.declaration)
    yield kb.key(K.Key_Return)
    yield from tab_until(lambda w: w is not None and w.objectName() == "takes_part_phytosanitary",
                         "phytosanitary box")
    yield kb.key(K.Key_Space)
    yield Wait(lambda: "phytosanitary" in editor.agency_tabs, "the phytosanitary tab")
    yield from tab_until(lambda w: w is not None and w.objectName() == "add_documents", "Add document button")
    yield kb.key(K.Key_Space)
    yield Wait(lambda: focused(QComboBox), "the document type list")
    yield kb.key(K.Key_Tab)  # a new line's type is CMR
    yield kb.typing("TR1234567")
    yield kb.key(K.Key_Tab)
    yield kb.key(K.Key_Tab)  # issuer left empty
    yield kb.typing("25.11.2026")
    yield kb.key(K.Key_Return)

    # Each agency's officer answers and signs; the lead customs officer starts.
    for agency in AGENCY_ORDER:
        if agency != "customs":
            yield from switch_user(PEOPLE[agency])
        else:
            yield kb.key(K.Key_Tab, CTRL)
        tab = yield Wait(editor_on(agency), f"the {agency} tab with an item focused")
        last, repeats = None, 0
        while True:
            position = yield Wait(lambda: current_row(tab), f"an item or the decision of {agency}")
            if position == "decision":
                break
            repeats = repeats + 1 if position is last else 0
            if repeats > 2:
                raise JourneyFailed(f"the keys do not get past {position.item.id} ({agency})")
            last = position
            for command in answer_keys(kb, position, layout):
                yield command
        yield kb.char("1")  # the agency's decision: 1 · release
        yield kb.key(K.Key_Return)
        yield kb.typing(layout.remarks)
        yield kb.key(K.Key_Return)
        yield Wait(lambda: focused(QPushButton) is tab.sign_button, "the sign button focused")
        yield kb.key(K.Key_Return)
        yield from type_password()
        yield Wait(lambda: tab.signed, f"the {agency} section signed")

    # The lead officer confirms the consolidated decision and finalizes.
    yield from switch_user(PEOPLE["customs"])
    yield Wait(lambda: focused() is editor.decision.decision, "the consolidated decision focused")
    yield kb.key(K.Key_Return)  # the proposed decision (release)
    yield kb.key(K.Key_Return)  # no note: on to Confirm
    yield kb.key(K.Key_Return)  # Confirm
    yield Wait(lambda: focused() is editor.decision.finalize_button, "Finalize focused")
    yield kb.key(K.Key_Return)
    finalized = yield Wait(lambda: "password" if isinstance(QApplication.activeModalWidget(), PasswordDialog)
                           else editor.view.locked, "finalized (or its password dialog)")
    if finalized == "password":  # finalizing signs: the lead officer's password
        yield from type_password()
        yield Wait(lambda: editor.view.locked, "the record locked")

    # A supervisor approves from the record.
    yield from switch_user(SUPERVISOR)
    approve = yield Wait(lambda: focused(QPushButton) if focused() is editor.decision.approve_button else None,
                         "Approve focused")
    yield kb.key(K.Key_Return)
    approved = yield Wait(lambda: "password" if isinstance(QApplication.activeModalWidget(), PasswordDialog)
                          else editor.view.status.value == "approved", "approved (or its password dialog)")
    if approved == "password":
        yield from type_password()
        yield Wait(lambda: editor.view.status.value == "approved", "the record approved")
    seen["approve_button"] = approve.objectName()

    # The report, saved as PDF.
    yield kb.key(K.Key_P, CTRL)
    report = yield Wait(lambda: next((w for w in QApplication.topLevelWidgets()
                                      if isinstance(w, preview.ReportPreview) and w.isVisible()
                                      and w.pdf is not None), None), "the report built", 120)
    yield from tab_until(lambda w: w is report.save_button, "Save as PDF button", 10)
    yield kb.key(K.Key_Return)
    yield Wait(lambda: "pdf" in report.status.text().lower(), "the report saved")
    yield kb.key(K.Key_Escape)
    yield Wait(window(InspectionWindow), "back in the inspection window")
    yield kb.key(K.Key_Escape)
    main = yield Wait(window(MainWindow), "back in the main window")
    seen["presses"], seen["typed"], seen["log"] = kb.presses, kb.typed, kb.log
    main.close()  # the end of the journey (no key for quitting the app)


@pytest.mark.slow
@pytest.mark.parametrize("layout_name", ["latin", "russian", "turkmen"])
def test_a_whole_joint_inspection_with_the_keyboard_only(qapp, demo_db, tmp_path, monkeypatch, layout_name):
    import sqlite3
    import sys

    path, password = demo_db
    database = tmp_path / "bcp.db"
    with sqlite3.connect(path) as source, sqlite3.connect(database) as copy:
        source.backup(copy)  # the demo's file with what its write-ahead log still holds
    layout = LAYOUTS[layout_name]
    pdf = tmp_path / "report.pdf"
    monkeypatch.setattr(preview.FileChooser, "ask", staticmethod(lambda parent, suggested: pdf))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the app installs its own (a dialog)
    settings.LAST_USERNAME.set(settings.open_settings(), "")  # a workstation nobody has logged in on yet
    kb, seen = Keyboard(), {}
    run = Journey(journey(kb, layout, password, seen), expected_boxes=lambda box: False)
    code = cli_main(["--db", str(database), "--lang", layout.lang])
    run.check()
    assert code == 0

    db = Database(database)
    with db.read_session() as s:
        record = inspections.get(s, seen["reference"])
        document = to_document(record)
    assert document["status"] == "approved"
    assert sorted(a["agency"] for a in document["agencies"]) == sorted(AGENCY_ORDER)
    for section in document["agencies"]:
        assert section["signed_by"]["username"] == PEOPLE[section["agency"]]
        assert section["decision"] == "release" and section["remarks"] == layout.remarks
    assert document["decision"]["value"] == "release"
    assert document["review"]["outcome"] == "approved"
    assert document["cargo"][0]["description"] == layout.description
    assert document["declaration_ref"] == layout.declaration
    assert document["documents"][0]["type"] == "cmr" and document["documents"][0]["date"] == "2026-11-25"
    vet = next(a for a in document["agencies"] if a["agency"] == "veterinary")
    answers = {a["item"]: a["value"] for a in vet["answers"]}
    assert answers["core_temperature"] == -19 and answers["temperature_regime"] == "frozen"
    sanitary = next(a for a in document["agencies"] if a["agency"] == "sanitary_epidemiological")
    assert {a["item"]: a["value"] for a in sanitary["answers"]}["expiry_date"] == "2027-12-31"
    assert integrity.run(db).ok
    db.dispose()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert seen["reference"] in text
    print(f"\n{layout_name}: {seen['presses']} key presses, {seen['typed']} of them typed characters")
    print(" ".join(seen["log"]))
    # docs/keyboard.md gives the counts; they may only fall
    assert seen["presses"] - seen["typed"] <= 169
    assert seen["presses"] <= 560

