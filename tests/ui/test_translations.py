"""Every text of the app in en/ru/tk: the .ts files complete and current, Qt's own
texts in the app's language, plural forms, no string left in a context nobody asks for."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from inspector.ui import i18n
from inspector.ui.pages.record_list import count_text

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402


@pytest.fixture
def language(qapp):
    def use(lang: str) -> None:
        i18n.install(lang)
    yield use
    i18n.install("en")


def test_every_source_string_has_a_russian_and_turkmen_translation(capsys):
    """lupdate over inspector/ui finds nothing new, nothing unfinished (run scripts/update_translations.py)."""
    status = update_translations.main(["--check"])
    assert status == 0, capsys.readouterr().out


def test_no_string_sits_in_a_context_no_code_asks_for():
    """An empty context or a variable's name ("parent", "dialog") means tr() was called on
    another object or through a wrapper: the text is looked up elsewhere and stays English."""
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "inspector" / "ui").rglob("*.py")]
    classes = set(re.findall(r"^class (\w+)", "\n".join(sources), re.MULTILINE))
    explicit = set(re.findall(r"translate\(\s*\"(\w+)\"", "\n".join(sources)))
    for lang in ("ru", "tk", "en"):
        root = ET.parse(I18N / f"inspector_{lang}.ts").getroot()
        contexts = {c.findtext("name") or "" for c in root.findall("context")}
        assert contexts <= classes | explicit, (lang, sorted(contexts - classes - explicit))


def test_standard_buttons_follow_the_language(language):
    for lang, cancel, save in (("en", "Cancel", "Save"), ("ru", "Отмена", "Сохранить"),
                               ("tk", "Ýatyr", "Ýatda sakla")):
        language(lang)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {cancel, save}, lang


def test_file_dialog_titles_are_translated_in_their_own_context(language):
    language("tk")
    for context, source in (("BundleFiles", "Export bundle"), ("FileChooser", "Save report as PDF"),
                            ("RecoveryDialog", "Choose a backup"), ("QFileDialog", "File &name:")):
        assert QCoreApplication.translate(context, source) != source, (context, source)


def test_counts_use_the_plural_forms_of_each_language(language):
    language("en")
    assert [count_text(n, False) for n in (1, 2, 5)] == ["1 record shown", "2 records shown", "5 records shown"]
    language("ru")
    assert [count_text(n, False) for n in (1, 3, 5, 21)] == [
        "Показана 1 запись", "Показаны 3 записи", "Показано 5 записей", "Показана 21 запись"]
    language("tk")
    assert count_text(1, False) == count_text(1, False).replace("(s)", "") == "Görkezilen ýazgylar: 1"


def test_qt_texts_for_turkmen_are_complete():
    root = ET.parse(I18N / "qtbase_tk.ts").getroot()
    assert update_translations.unfinished(root) == []
    contexts = {c.findtext("name") for c in root.findall("context")}
    assert {"QPlatformTheme", "QFileDialog", "QPrintDialog", "QMessageBox", "QLineEdit"} <= contexts
