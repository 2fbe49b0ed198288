"""Every screen in the pseudo-language: each text on it translated, each one fitting.

The pseudo-language brackets every text the translations know, accents it and
makes it 40% longer (inspector/domain/pseudo.py). A visible text with letters
outside brackets was never translated or is looked up in the wrong context; a
label, button or tab narrower than its text cuts it. The screens are those of
scripts/screenshots.py, shown at 1366×700 (a maximized window on a 1366×768
screen). Texts that are data (names, plates, checklist questions …) are
listed in DATA with the reason.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from inspector.domain.pseudo import CLOSE, OPEN
from inspector.services import auth
from inspector.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import screenshots  # noqa: E402

pytestmark = pytest.mark.slow

# Widgets whose text is data, by object name or class: (name, reason)
DATA = {
    "record_title": "the record's reference",
}
REFERENCE = re.compile(r"[A-Z]{3}-\d{4}-\d{6}")
NUMBERING = re.compile(r"^\s*\d+(\.\d+)*\.?\s+|\s*\*$")
CHOOSING_DIGIT = re.compile(r"^[1-9] · ")  # an option shown with the digit that chooses it (answer_widgets.numbered)


def checklist_texts() -> set[str]:
    """Every text of the checklists (they come in their own languages, from the YAML files)."""
    from inspector.checklists.model import localize
    from inspector.checklists.registry import ChecklistRegistry

    found = set()
    for definition in ChecklistRegistry().all():
        found.add(localize(definition.title, "en"))
        for section in definition.sections:
            found.add(localize(section.title, "en"))
            for item in section.items:
                found |= {localize(item.text, "en"), localize(item.help, "en"), item.unit or ""}
                found |= {localize(option.label, "en") for option in item.options}
    return found - {""}


CHECKLIST = checklist_texts()
LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
TAGS = re.compile(r"<[^>]*>|&[a-z]+;")
BRACKETED = re.compile(re.escape(OPEN) + r"[^" + re.escape(CLOSE) + r"]*" + re.escape(CLOSE))


def untranslated(text: str, data: tuple[str, ...] = ()) -> bool:
    """Letters outside every bracketed span, in a text without any: never translated
    (unless it is a checklist's own text, a reference, the app's name or other ``data``)."""
    plain = TAGS.sub("", text).replace("&", "")
    if NUMBERING.sub("", plain) in CHECKLIST or CHOOSING_DIGIT.sub("", plain) in CHECKLIST:
        return False
    plain = REFERENCE.sub("", plain).replace("BCP Inspector", "")
    for value in data:
        plain = plain.replace(value, "")
    return bool(LETTERS.search(plain)) and not BRACKETED.search(plain)


def is_data(widget: QWidget) -> bool:
    while widget is not None:
        if widget.objectName() in DATA or type(widget).__name__ in DATA:
            return True
        if widget.property("data"):
            return True
        widget = widget.parentWidget() if not widget.isWindow() else None
    return False


def texts(widget: QWidget):
    """(text, fits) of what ``widget`` shows itself."""
    if isinstance(widget, QLabel) and widget.text():
        plain = widget.text()
        if widget.wordWrap():
            fits = widget.heightForWidth(widget.width()) <= widget.height() + 2
        else:
            fits = widget.width() + 2 >= widget.sizeHint().width() or widget.property("elided")
        yield plain, fits
    elif isinstance(widget, QAbstractButton) and widget.text():
        yield widget.text(), widget.width() + 2 >= widget.sizeHint().width()
    elif isinstance(widget, QGroupBox) and widget.title():
        yield widget.title(), widget.width() + 2 >= widget.minimumSizeHint().width()
    elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        yield widget.placeholderText(), True  # a hint may run on under the field's end
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            inside = widget.rect().contains(widget.tabRect(index))
            yield widget.tabText(index), inside and widget.tabRect(index).width() >= widget.tabSizeHint(index).width()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None and hasattr(widget, "horizontalHeader"):
        model = widget.model()
        header = widget.horizontalHeader()
        for column in range(model.columnCount()):
            text = model.headerData(column, header.orientation())
            if text and not header.isSectionHidden(column):
                yield str(text), True  # columns can be widened; their widths are checked on the screenshots


def problems_on(name: str, window: QWidget, data: tuple[str, ...]) -> list[str]:
    found = []
    title = window.windowTitle()
    if title and untranslated(title, data) and not is_data(window):
        found.append(f"{name}: window title {title!r} not translated")
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    room = screenshots.CLIENT if not isinstance(window, QDialog) else screenshots.SCREEN
    if least.width() > room[0] or least.height() > room[1]:
        found.append(f"{name}: needs at least {least.width()}×{least.height()}, more than {room[0]}×{room[1]}")
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QComboBox) or is_data(widget):
            continue
        for text, fits in texts(widget):
            where = f"{name}: {type(widget).__name__} {widget.objectName() or ''} {text[:60]!r}"
            if untranslated(text, data):
                found.append(f"{where} not translated")
            elif not fits:
                found.append(f"{where} does not fit")
    return found


def test_every_screen_in_the_pseudo_language_is_translated_and_fits(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("INSPECTOR_PSEUDO", "1")
    i18n.install("pseudo")
    screens = screenshots.Screens(tmp_path, inspections=30)
    users = screens.ctx.read(auth.list_users)
    data = tuple(sorted({u.full_name for u in users} | {u.username for u in users}, key=len, reverse=True))
    problems, seen = [], []
    try:
        for name, widget in screens.walk(screenshots.CLIENT):
            seen.append(name)
            problems += problems_on(name, widget, data)
    finally:
        screens.close()
        i18n.install("en")
    assert len(seen) >= 25, seen
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.parametrize("text, expected", [
    ("[Íñšpééçtíóóñš···]", False), ("FRB-2026-000001", False), ("12 / 40", False), ("✓ [Šávééd]", False),
    ("Draft · FRB-2026-000001", True), ("<b>1.1</b> Type of consignment *", False),
    ("[Dráft··] · Farap · AG 1234 AG", False), ("Inspections", True), ("", False),
    ("1 · TIR carnet", False), ("1 · Inspections", True), ("1 · [Ýéš··] (Y)", False)])
def test_what_counts_as_untranslated(text, expected):
    assert untranslated(text) is expected
