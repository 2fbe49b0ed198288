"""The core's gettext catalogues: complete, consistent, read the way tr() promises, and the
script that moves old-style Python calls into them is safe to run again after a merge."""

from __future__ import annotations

import importlib.util
import logging
import re
import shutil
import string
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from inspector.cli.main import main
from inspector.domain import catalogues, i18n, l10n
from inspector.domain.messages import MESSAGES, PENDING

ROOT = Path(__file__).parents[2]
LOCALE = ROOT / "resources" / "locale"
BUILT_IN = ("en", "ru", "tk")


def _script():
    spec = importlib.util.spec_from_file_location("messages_to_po", ROOT / "scripts" / "messages_to_po.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _read(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


# -- the catalogues -----------------------------------------------------------------------------

def test_no_message_is_left_as_a_python_call():
    """A merged branch's ``_m(...)`` calls must be moved: python scripts/messages_to_po.py."""
    assert not PENDING
    assert sorted(p.name for p in (ROOT / "inspector/domain/messages").glob("*.py")) == ["__init__.py",
                                                                                          "catalogue.py"]


def test_every_language_has_every_key_with_the_same_placeholders():
    english = {m.context: m for m in _read(LOCALE / "en/LC_MESSAGES/inspector.po") if m.id}
    assert len(english) > 800
    assert all(m.context for m in english.values())
    for lang in ("ru", "tk"):
        catalog = _read(LOCALE / lang / "LC_MESSAGES/inspector.po")
        entries = {m.context: m for m in catalog if m.id}
        assert set(entries) == set(english), lang
        for key, message in entries.items():
            assert message.id == english[key].id, (lang, key)  # translated from the current English
            sources = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(s.strip() for s in strings), (lang, key)
            if isinstance(message.id, tuple):
                assert len(strings) == catalog.num_plurals, (lang, key)
            for text in strings:
                assert _fields(text) == _fields(sources[-1]), (lang, key, text)
            if lang == "tk":
                assert not set("ıİğĞ") & set("".join(strings)), key  # Turkmen is not Turkish
                assert not re.search("[а-яА-ЯёЁ]", "".join(strings)), key


def test_russian_has_three_plural_forms_and_english_says_1_record():
    assert [i18n.tr("cli.count", "ru", count=n) for n in (1, 2, 5, 21)] == [
        "1 запись", "2 записи", "5 записей", "21 запись"]
    assert [i18n.tr("cli.count", "en", count=n) for n in (1, 2)] == ["1 record", "2 records"]
    assert i18n.tr("report.pages", "tk", count=3) == "3 sahypa"


def test_tr_keeps_its_promises(caplog):
    assert i18n.tr("report.amendment", "ru", number=2) == "Изменение № 2"
    assert i18n.tr("report.amendment", number=2) == "Amendment 2"
    with caplog.at_level(logging.WARNING):
        assert i18n.tr("no.such_key", "tk") == "no.such_key"
    assert "missing message 'no.such_key'" in caplog.text
    assert "decision.detain" in MESSAGES and MESSAGES["decision.detain"]["ru"] == "Задержание"
    assert "no.such_key" not in MESSAGES


def test_a_call_not_yet_moved_still_works(monkeypatch):
    monkeypatch.setitem(PENDING, "test.pending", {"en": "Seal {n}", "ru": "Пломба {n}", "tk": "Möhür {n}"})
    assert i18n.tr("test.pending", "tk", n=4) == "Möhür 4"
    assert MESSAGES["test.pending"]["ru"] == "Пломба 4".replace(" 4", " {n}")


def test_a_damaged_compiled_catalogue_falls_back_to_its_source(tmp_path, monkeypatch):
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE, folder, ignore=shutil.ignore_patterns("*.mo"))
    catalogues.mo_file("ru", folder).write_bytes(b"\xde\x12\x04\x95 not really a catalogue")
    monkeypatch.setenv(catalogues.ENV_LOCALE_DIR, str(folder))
    i18n.reload()
    try:
        assert i18n.tr("decision.release", "ru") == "Выпуск"
    finally:
        monkeypatch.delenv(catalogues.ENV_LOCALE_DIR)
        i18n.reload()


def test_an_edited_po_is_used_without_a_build(tmp_path, monkeypatch):
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE, folder)  # with the compiled .mo files of the test set-up
    po = catalogues.po_file("tk", folder)
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Saklamak"', 'msgstr "Saklap goýmak"'),
                  encoding="utf-8")
    monkeypatch.setenv(catalogues.ENV_LOCALE_DIR, str(folder))
    i18n.reload()
    try:
        assert i18n.tr("decision.detain", "tk") == "Saklap goýmak"
    finally:
        monkeypatch.delenv(catalogues.ENV_LOCALE_DIR)
        i18n.reload()


# -- dates and numbers ----------------------------------------------------------------------------

def test_dates_times_and_numbers_follow_cldr():
    moment = datetime(2026, 3, 14, 4, 5, tzinfo=timezone.utc)  # 09:05 at the BCP (UTC+5)
    assert l10n.format_datetime(moment, "ru") == "14.03.2026 09:05"
    assert l10n.format_datetime(moment, "tk") == "14.03.2026 09:05"
    assert l10n.format_datetime(moment, "en") == "2026-03-14 09:05"
    assert l10n.format_date(date(2026, 12, 1), "ru") == "01.12.2026"
    assert l10n.format_number(20500.5, 1, "en") == "20,500.5"
    assert l10n.format_number(20500.5, 1, "ru") == "20\xa0500,5"
    assert l10n.format_number(2.675, 2, "tk") == f"{2.675:.2f}".replace(".", ",")  # rounds as the float does
    assert l10n.format_integer(1204, "xx") == "1,204"  # CLDR does not know it: English


def test_the_cli_counts_in_russian(tmp_path, capsys):
    from inspector.store.database import Database

    db = str(tmp_path / "c.db")
    Database(tmp_path / "c.db").dispose()  # a plain database: no log-in needed
    assert main(["--db", db, "demo", "--inspections", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "--lang", "ru", "inspections", "list"]) == 0
    assert "1 запись" in capsys.readouterr().err


# -- moving Python calls into the catalogues ------------------------------------------------------

OLD = '''from inspector.domain.messages.catalogue import add as _m

_m("demo.seal", "Seal", "Пломба", "Möhür")
_m("demo.kept", "Kept", "Оставлено", "Galdy")
_LINES = [("Line one", "Строка один", "Birinji setir"), ("Line two", "Строка два", "Ikinji setir")]
for _n, (_en, _ru, _tk) in enumerate(_LINES, 1):
    _m(f"demo.line_{_n}", _en, _ru, _tk)
'''


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    script = _script()
    (tmp_path / "inspector/domain/messages").mkdir(parents=True)
    for name in ("__init__.py", "catalogue.py"):
        (tmp_path / "inspector/domain/messages" / name).write_text("", encoding="utf-8")
    monkeypatch.setattr(script, "ROOT", tmp_path)
    monkeypatch.setattr(script, "LOCALE_DIR", tmp_path / "locale")
    return script, tmp_path


def _entry(folder: Path, lang: str, key: str):
    return next(m for m in _read(folder / "locale" / lang / "LC_MESSAGES/inspector.po") if m.context == key)


def test_the_move_reads_loops_and_runs_again_after_a_merge(sandbox):
    script, root = sandbox
    module = root / "inspector/domain/messages/demo.py"
    module.write_text(OLD, encoding="utf-8")
    assert script.main([]) == 0
    assert not module.exists()
    assert _entry(root, "ru", "demo.line_2").string == "Строка два"
    assert _entry(root, "tk", "demo.seal").fuzzy  # Turkmen awaits its native review
    assert not _entry(root, "ru", "demo.seal").fuzzy

    # a reviewer corrects the Turkmen in the catalogue ...
    po = root / "locale/tk/LC_MESSAGES/inspector.po"
    po.write_text(po.read_text(encoding="utf-8").replace('"Galdy"', '"Saklandy"'), encoding="utf-8")
    # ... while a branch edits one text and adds one: its whole old module comes back in the merge
    theirs = OLD.replace('"Seal", "Пломба", "Möhür"', '"Customs seal", "Таможенная пломба", "Gümrük möhüri"')
    theirs = theirs.replace('"Kept", "Оставлено"', '"Kept aside", "Отложено"')  # its Turkmen left as it was
    theirs += '_m("demo.new", ("{count} seal", "{count} seals"), ("{count} пломба", "{count} пломбы", ' \
              '"{count} пломб"), ("{count} möhür", "{count} möhür"))\n'
    changes = script.apply_branch(script.read_messages({"demo.py": theirs}), script.read_messages({"demo.py": OLD}))
    assert changes
    kept = _entry(root, "tk", "demo.kept")
    assert kept.string == "Saklandy" and kept.fuzzy  # the branch's stale Turkmen does not win; English changed
    assert _entry(root, "ru", "demo.kept").string == "Отложено"
    assert _entry(root, "tk", "demo.line_1").string == "Birinji setir"
    assert _entry(root, "en", "demo.seal").id == "Customs seal"
    assert _entry(root, "ru", "demo.seal").string == "Таможенная пломба"
    assert _entry(root, "ru", "demo.new").string == ("{count} пломба", "{count} пломбы", "{count} пломб")


def test_the_move_never_runs_the_files_and_changes_nothing_it_cannot_read(sandbox):
    script, root = sandbox
    module = root / "inspector/domain/messages/evil.py"
    module.write_text('import os\nfrom inspector.domain.messages.catalogue import add as _m\n'
                      '_m("a.b", "A", "А", "A")\n_m("x.y", os.system("touch pwned"), "", "")\n', encoding="utf-8")
    assert script.main([]) == 2
    assert module.exists() and not (root / "locale").exists() and not (root / "pwned").exists()


def test_a_changed_english_text_keeps_its_translations_fuzzy_with_the_old_english(tmp_path):
    spec = importlib.util.spec_from_file_location("catalogue_tool", ROOT / "scripts" / "catalogues.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE, folder, ignore=shutil.ignore_patterns("*.mo"))
    assert tool.update(folder) == []  # the catalogues in git are up to date
    english = folder / "en/LC_MESSAGES/inspector.po"
    english.write_text(english.read_text(encoding="utf-8").replace(
        'msgid "Detain"\nmsgstr "Detain"', 'msgid "Detain the vehicle"\nmsgstr ""') +
        '\nmsgctxt "demo.new"\nmsgid "Brand new"\nmsgstr ""\n', encoding="utf-8")
    assert tool.update(folder)
    ru = {m.context: m for m in _read(folder / "ru/LC_MESSAGES/inspector.po")}
    assert ru["decision.detain"].string == "Задержание" and ru["decision.detain"].fuzzy
    assert '#| msgid "Detain"\nmsgctxt "decision.detain"' in (folder / "ru/LC_MESSAGES/inspector.po").read_text(
        encoding="utf-8")
    assert ru["demo.new"].string == ""
    assert [row[0] for row in tool.needing_review("ru", folder)] == ["decision.detain", "demo.new"]
    tool.compile_all(folder=folder)
    assert catalogues._parse_mo("en", catalogues.mo_file("en", folder).read_bytes()).text("demo.new") == "Brand new"
