"""Adding a language is data only: a catalogue dropped into the locale folder is offered
everywhere (CLI, report modes, the core's texts), with no code changed.

The test copies resources/locale, drops in a pseudo-language ``xx`` made from the
English catalogue (every text bracketed and accented, placeholders kept), and
uses the real entry point on a real database and a real PDF read back.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from pypdf import PdfReader
from sqlalchemy import select

from inspector.checklists.registry import ChecklistRegistry
from inspector.cli.main import main
from inspector.demo.generator import generate
from inspector.domain import i18n
from inspector.store.database import Database
from inspector.store.models import JointInspection

ROOT = Path(__file__).parents[2]
_ACCENTS = str.maketrans("aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ")
_PLACEHOLDER = re.compile(r"(\{\{|\}\}|\{[^{}]*\})")


def pseudo(text: str) -> str:
    parts = _PLACEHOLDER.split(text)
    return "⟦" + "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTS) for p in parts) + "⟧"


def drop_in_language(folder: Path, lang: str = "xx") -> None:
    """What a translator hands in: ``<lang>/LC_MESSAGES/inspector.po`` (here made from English)."""
    with (folder / "en" / "LC_MESSAGES" / "inspector.po").open("rb") as f:
        catalog = read_po(f)
    catalog.locale = None
    catalog._locale_identifier = lang  # Babel does not know the pseudo-language; the header says it
    for message in catalog:
        if message.id:
            message.string = (tuple(pseudo(s) for s in message.id) if isinstance(message.id, tuple)
                              else pseudo(message.id))
    target = folder / lang / "LC_MESSAGES" / "inspector.po"
    target.parent.mkdir(parents=True)
    with target.open("wb") as f:
        write_po(f, catalog)


def dropped_in_locale(tmp_path, monkeypatch):
    """A copy of the catalogues with the pseudo-language dropped in, in use until the generator ends
    (the core and UI tests of a new language share it)."""
    folder = tmp_path / "locale"
    shutil.copytree(ROOT / "resources" / "locale", folder, ignore=shutil.ignore_patterns("*.mo"))
    drop_in_language(folder)
    monkeypatch.setenv("INSPECTOR_LOCALE_DIR", str(folder))
    i18n.reload()
    try:
        yield folder
    finally:
        monkeypatch.delenv("INSPECTOR_LOCALE_DIR")
        i18n.reload()


@pytest.fixture
def pseudo_locale(tmp_path, monkeypatch):
    yield from dropped_in_locale(tmp_path, monkeypatch)


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_the_built_in_catalogues_know_no_xx():
    assert "xx" not in i18n.languages()
    with pytest.raises(ValueError):
        i18n.set_language("xx")


def test_a_dropped_in_language_is_offered_and_used_by_the_cli_and_a_report(pseudo_locale, tmp_path, capsys):
    assert i18n.languages() == ("en", "ru", "tk", "xx")
    assert i18n.language_name("xx") == "⟦Énglísh⟧"
    assert i18n.tr("cli.count", "xx", count=1) == "⟦1 récórd⟧"
    assert i18n.tr("cli.count", "xx", count=3) == "⟦3 récórds⟧"

    code, out, _ = run(capsys, "--lang", "xx", "--help")
    assert code == 0 and "{en,ru,tk,xx}" in out and "⟦" in out

    db_path = tmp_path / "demo.db"
    db = Database(db_path)
    generate(db, ChecklistRegistry(), inspections=2, seed=6)
    with db.read_session() as session:
        reference = session.scalar(select(JointInspection.reference).order_by(JointInspection.id))
    db.dispose()

    code, out, err = run(capsys, "--db", str(db_path), "--lang", "xx", "inspections", "show", reference)
    assert code == 0, err
    assert "⟦" in out

    pdf = tmp_path / "report.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "xx", "report", reference,
                         "--lang", "xx", "-o", str(pdf))
    assert code == 0, err
    assert "⟦" in out  # "report.pdf: 2 pages" in the new language
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "⟦Cónsólídátéd síngléé-wíndów" not in text  # sanity of the check below
    assert text.count("⟦") > 20, text[:500]
    assert "⟦Bórdér cróssíng póínt⟧" in text
