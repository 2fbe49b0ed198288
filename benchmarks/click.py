"""Click-to-saved in the inspection window, against a bare Qt click and a bare SQLite write.

Ours: the app's real windows (the main window with its list, the inspection
window in front), a customs section of N yes/no items; one answer key sent to
the focused item, timed until the "Saved" indicator is set and the windows
have painted. Bare: a QPushButton whose click inserts one row with sqlite3
under the app's pragmas (WAL, synchronous=FULL), commits and sets a label; the
same kind of key press, the same painting. The two alternate click by click,
so both meet the same disk (an fsync's cost varies by the minute on a shared
machine). Checklists of 40 and of 200 items show whether a click's cost grows
with the checklist; first answers (the first round through the checklist: a new
row, the count, the progress and the tab's count change) and changed answers
(the rounds after it) are measured apart, so that 200 items are set against 40
doing the same work.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

ITEM = """      - id: q{n}
        type: yes_no
        text: {{en: "Question {n}", ru: "Вопрос {n}", tk: "Sorag {n}"}}
        noncompliant_if: "no"
        severity: minor
"""
WARM_UP = 10  # clicks of the first round not counted (statement caches, first paints)


def checklist(folder: Path, items: int) -> Path:
    """A user checklist folder with a customs checklist of ``items`` yes/no questions."""
    folder.mkdir(parents=True, exist_ok=True)
    sections = []
    for start in range(0, items, 10):
        body = "".join(ITEM.format(n=n) for n in range(start, min(items, start + 10)))
        sections.append(f"  - id: s{start}\n    title: {{en: Part {start}, ru: Часть {start}, tk: Bölüm {start}}}\n"
                        f"    items:\n{body}")
    text = ("format: bcp-checklist/1\nid: customs\nversion: \"9000.1\"\nagency: customs\n"
            "languages: [en, ru, tk]\ntitle: {en: Customs, ru: Таможня, tk: Gümrük}\n"
            "applies_when:\n  always: true\noutcomes: [release, detain]\nsections:\n" + "\n".join(sections))
    (folder / "customs-9000.yaml").write_text(text, encoding="utf-8")
    return folder


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


class OurClick:
    """The app with one record open on its customs tab."""

    def __init__(self, folder: Path, items: int) -> None:
        from PySide6.QtWidgets import QApplication

        from inspector.checklists.registry import ChecklistRegistry
        from inspector.services import auth, inspections
        from inspector.store.database import Database
        from inspector.ui.context import AppContext
        from inspector.ui.main_window import MainWindow
        from tests.core.conftest import consignment

        self.app = QApplication.instance()
        registry = ChecklistRegistry(checklist(folder / f"checklists-{items}", items))
        self.db = Database(_fresh(folder / f"click-{items}.db"))
        with self.db.session() as s:
            admin = auth.create_user(s, None, username="admin", full_name="A", role="admin", agency=None,
                                     password="correct horse")
            officer = auth.create_user(s, admin, username="aman", full_name="Aman Amanow", role="officer",
                                       agency="customs", password="correct horse")
            reference = inspections.create(s, officer, consignment(cargo=[]), registry).reference
            s.expunge(officer)
        ctx = AppContext(self.db, registry)
        ctx.set_user(officer)
        self.main = MainWindow(ctx)
        self.main.show()
        self.editor = self.main.open_record(reference)
        self.editor.resize(1366, 768)
        self.tab = self.editor.agency_tab("customs")
        self.editor.tabs.setCurrentWidget(self.tab)
        self.app.processEvents()
        self.rows = self.tab.visible_rows()
        assert len(self.rows) == items, len(self.rows)

    def prepare(self, n: int) -> None:
        self.editor.saved.setText("")
        self.tab.focus_row(self.rows[n % len(self.rows)])
        self.app.processEvents()

    def click(self, n: int) -> float:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        # yes and no (a finding) by turns, and each row's answer changes at every visit
        key = Qt.Key.Key_Y if (n + n // len(self.rows)) % 2 == 0 else Qt.Key.Key_N
        started = time.perf_counter()
        QTest.keyClick(self.rows[n % len(self.rows)], key)
        self.app.processEvents()  # paint what changed
        elapsed = time.perf_counter() - started
        assert self.editor.saved.text(), "the saved indicator did not show"
        return elapsed * 1000

    def close(self) -> None:
        self.editor.close()
        self.main.close()
        self.app.processEvents()
        self.db.dispose()


class BareClick:
    """A button, a label and sqlite3 with the app's pragmas."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

        from inspector.store.database import SQLITE_PRAGMAS

        self.app = QApplication.instance()
        self.connection = sqlite3.connect(_fresh(folder / "click-bare.db"), isolation_level=None)
        for pragma in SQLITE_PRAGMAS:
            self.connection.execute(pragma)
        self.connection.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, item TEXT, value TEXT)")
        self.window = QWidget()
        self.button = QPushButton("Yes")
        self.label = QLabel()
        layout = QVBoxLayout(self.window)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        self.window.resize(1366, 768)
        self.button.clicked.connect(self._save)
        self.window.show()

    def _save(self) -> None:
        self.connection.execute("BEGIN")
        self.connection.execute("INSERT INTO answers (item, value) VALUES ('q', 'yes')")
        self.connection.execute("COMMIT")
        self.label.setText("✓ Saved")

    def prepare(self, _n: int) -> None:
        self.label.setText("")
        self.window.activateWindow()
        self.button.setFocus()
        self.app.processEvents()

    def click(self, _n: int) -> float:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        started = time.perf_counter()
        QTest.keyClick(self.button, Qt.Key.Key_Space)
        self.app.processEvents()
        elapsed = time.perf_counter() - started
        assert self.label.text()
        return elapsed * 1000

    def close(self) -> None:
        self.window.close()
        self.connection.close()


def measure(folder: Path, items: int, clicks: int) -> dict[str, tuple[float, float, float]]:
    """For first answers (the first round of the checklist) and for changed answers (the rounds
    after it): the median ms of ours and of bare, and the median of their ratio click by click."""
    from inspector.ui.application import create_application

    create_application()
    ours, bare = OurClick(folder, items), BareClick(folder)
    times = {kind: {"ours": [], "bare": []} for kind in ("first", "changed")}
    for n in range(items + clicks):
        for name, subject in (("ours", ours), ("bare", bare)):
            subject.prepare(n)
            elapsed = subject.click(n)
            if n >= WARM_UP:
                times["first" if n < items else "changed"][name].append(elapsed)
    ours.close()
    bare.close()
    result = {}
    for kind, measured in times.items():
        ratios = [o / b for o, b in zip(measured["ours"], measured["bare"])]
        result[kind] = (statistics.median(measured["ours"]), statistics.median(measured["bare"]),
                        statistics.median(ratios))
    return result


def click_rows(folder: Path, repeat: int):
    from benchmarks.run import Row

    clicks = max(60, repeat * 12)
    small, large = measure(folder, 40, clicks), measure(folder, 200, clicks)
    rows = []
    # The bare click's time is dominated by the fsync, whose cost moves with the machine's load;
    # the ratio is judged click by click (each pair ran back to back), shown as the row's ratio.
    for size, measured in ((40, small), (200, large)):
        for kind, words in (("first", "a first answer"), ("changed", "a changed answer")):
            ours, _bare, ratio = measured[kind]
            rows.append(Row(f"answer key → saved, {size}-item checklist, {words}", ours, ours / ratio, "ms",
                            "≤ 3× bare", ratio <= 3))
    # 200 items against 40: each as a multiple of the bare click measured beside it, so that the
    # two checklists, measured one after the other, are compared at the same load
    for kind, words in (("first", "first answers"), ("changed", "changed answers")):
        growth = large[kind][2] / small[kind][2]
        rows.append(Row(f"  200 items against 40, {words}", large[kind][0], large[kind][0] / growth, "ms",
                        "≤ 2× the 40-item click", growth <= 2))
    return rows
