"""Every screen of the app at 1366×768, offscreen, as PNG files.

    python scripts/screenshots.py [--lang en ru tk pseudo] [--out DIR] [--docs]

Builds a throwaway demo database and walks every page, dialog and tab of the
inspection window as the officers, a supervisor and the administrator see
them; one PNG per screen and language in DIR (default build/screenshots).
``--docs`` also copies the screens the README shows into docs/screenshots.
``pseudo`` is the pseudo-language (brackets, accents, 40% longer texts): a
plain English word on it was never translated, a cut word has no room.

The walk (:class:`Screens`) is shared with tests/ui/test_pseudo_screens.py,
which checks every text of every screen it yields.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = (1366, 768)
#: inside of a maximized window on such a screen, under a title bar and above a panel
CLIENT = (1366, 700)
#: the screens the README shows (docs/screenshots)
DOCS = ("inspections-tk", "inspection-consignment-ru", "inspection-veterinary-tk", "review-ru", "first-start-tk",
        "inspection-decision-en")

JOINT = {
    "bcp": "FRB", "direction": "entry", "procedure": "import", "risk_lane": "red",
    "declaration_ref": "26TM1234IM000123", "arrived_at": "2026-11-27T09:00:00+05:00",
    "agencies": ["customs", "veterinary", "phytosanitary", "sanitary_epidemiological"],
    "vehicle": {"tractor_plate": "AG 1234 AG", "trailer_plate": "AG 5678 AG", "country": "TM"},
    "drivers": [{"name_latin": "Dovletmyrat Annayev", "name_original": "Döwletmyrat Annaýew",
                 "passport_number": "A1846203", "nationality": "TM"}],
    "documents": [{"type": "cmr", "number": "TR1234567", "issuer": "Kaspian Trans", "date": "2026-11-25"}],
    "cargo": [{"description": "Frozen boneless beef", "hs_code": "0202300000", "packages": 1000,
               "gross_mass_kg": 20500.5, "origin_country": "BR", "consignor": "Frigorífico Sul",
               "consignee": "Aşgabat Söwda Merkezi HJ"}],
    "seals": [{"number": "TM 004512", "status": "intact"}],
}


def offscreen_laptop() -> None:
    """The offscreen platform with one 1366×768 screen (set before the QApplication exists)."""
    config = Path(tempfile.gettempdir()) / "bcp-inspector-1366x768.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
                                  "screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpiX": 96, "logicalDpiY": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


class Screens:
    """A demo database and every screen of the app on it, one at a time."""

    def __init__(self, folder: Path, inspections: int = 80, seed: int = 7) -> None:
        from inspector.checklists.registry import ChecklistRegistry
        from inspector.demo.generator import generate
        from inspector.services import auth
        from inspector.services import inspections as inspection_service
        from inspector.store.database import Database
        from inspector.ui.context import AppContext

        self.folder = folder
        self.db = Database(folder / "demo.db")
        summary = generate(self.db, ChecklistRegistry(), inspections=inspections, seed=seed)
        self.password = summary.password
        with self.db.session() as session:
            inspection_service.set_workstation_bcp(session, auth.find_user(session, "admin"), "FRB")
        with self.db.session() as session:  # a joint inspection of all four agencies, just arrived
            officer = auth.find_user(session, "jkakayewa")
            self.joint = inspection_service.create(session, officer, JOINT, ChecklistRegistry()).reference
        self.ctx = AppContext(self.db, ChecklistRegistry())
        self.empty = AppContext(Database(folder / "empty.db"), ChecklistRegistry())

    def close(self) -> None:
        self.ctx.db.dispose()
        self.empty.db.dispose()

    # -- helpers ------------------------------------------------------------------------

    def log_in(self, username: str):
        from inspector.services import auth

        user = auth.login(self.db, username, self.password)
        self.ctx.set_user(user)
        return user

    def record(self, *statuses: str) -> str:
        """A record in one of ``statuses`` (in that preference) with the most agencies."""
        from inspector.services import queries

        rows = []
        for status in statuses:
            rows += self.ctx.read(queries.page, queries.InspectionFilter(statuses=(queries.Status(status),)), 0, 500)
        return max(rows, key=lambda r: len(r.agencies)).reference

    @staticmethod
    def settle() -> None:
        from PySide6.QtWidgets import QApplication

        for _ in range(4):
            QApplication.processEvents()

    def wait_for(self, done, seconds: float = 60) -> None:
        """Process events until ``done()`` (work on a worker thread, such as the dashboard's figures)."""
        import time

        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not finish its work")
            QApplication.processEvents()
            time.sleep(0.02)
        self.settle()

    def shown(self, widget, size: tuple[int, int] | None = None):
        """``widget`` on screen: windows at ``size``, dialogs at their own size."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMainWindow

        if isinstance(widget, QMainWindow):
            widget.setWindowState(Qt.WindowState.WindowNoState)
            widget.resize(*(size or CLIENT))
        else:  # the size the dialog gives itself, grown to what its contents ask for
            widget.ensurePolished()
            widget.resize(widget.size().expandedTo(widget.sizeHint()))
        widget.show()
        self.settle()
        return widget

    # -- the walk ---------------------------------------------------------------------------

    def walk(self, size: tuple[int, int] | None = None) -> Iterator[tuple[str, object]]:
        """(name, widget) for every screen, shown; each is closed when the next is asked for."""
        yield from self._before_log_in()
        yield from self._officer(size)
        yield from self._supervisor(size)
        yield from self._administrator(size)

    def _before_log_in(self):
        from inspector.ui.dialogs.first_start import FirstStartDialog
        from inspector.ui.dialogs.login import LoginDialog

        dialog = self.shown(FirstStartDialog(self.empty))
        yield "first-start", dialog
        dialog.close()
        dialog = LoginDialog(self.ctx, LoginDialog.LOGIN, "mgylyjow")
        dialog.password.setText("••••••••••")
        yield "login", self.shown(dialog)
        dialog.close()

    def _officer(self, size):
        from inspector.domain.enums import Agency
        from inspector.domain.i18n import label
        from inspector.ui.dialogs.login import LoginDialog, PasswordDialog
        from inspector.ui.editor.new_inspection import NewInspectionDialog
        from inspector.ui.main_window import MainWindow

        user = self.log_in("jkakayewa")  # veterinary
        window = self.shown(MainWindow(self.ctx), size)
        yield "inspections", window
        window.navigation.setCurrentRow(self._row(window, "work"))
        self.settle()
        yield "work-queue", window
        dialog = self.shown(NewInspectionDialog(self.ctx, window))
        yield "new-inspection", dialog
        dialog.close()
        editor = self.shown(window.open_record(self.joint), size)
        names = ["consignment", *editor.agency_tabs, "decision", "history"]
        for index, name in enumerate(names):
            editor.tabs.setCurrentIndex(index)
            self.settle()
            yield f"inspection-{name}", editor
        tab = next(iter(editor.agency_tabs.values()))
        purpose = tab.tr("Sign the {agency} section of {reference}. After signing it can no longer change.").format(
            agency=label(Agency(tab.agency)), reference=editor.reference)
        dialog = self.shown(PasswordDialog(self.ctx, user, purpose, editor, drawn=True))
        yield "sign-section", dialog
        dialog.close()
        preview = editor.show_report()  # at the size it gives itself
        preview.wait_until_built()
        self.settle()
        yield "report-preview", preview
        from inspector.ui.report.preview import FileChooser

        yield from self._file_dialog(preview, "save-report", lambda: FileChooser.ask(preview, "report.pdf"))
        preview.close()
        editor.close()
        for mode, name in ((LoginDialog.SWITCH, "switch-user"), (LoginDialog.UNLOCK, "unlock")):
            dialog = self.shown(LoginDialog(self.ctx, mode, user.username if mode == LoginDialog.UNLOCK else "",
                                            window))
            yield name, dialog
            dialog.close()
        window.close()

    def _supervisor(self, size):
        from inspector.ui.dialogs.exchange import ExchangeDialog
        from inspector.ui.editor.decision_tab import AgenciesDialog
        from inspector.ui.main_window import MainWindow

        self.log_in("snazarowa")
        window = self.shown(MainWindow(self.ctx), size)
        window.navigation.setCurrentRow(self._row(window, "review"))
        self.settle()
        yield "review", window
        review = window.review
        dialog = self.shown(AgenciesDialog(review.tr("Return for correction"),
                                           review.tr("Say what must be corrected; the officers of the chosen "
                                                     "agencies will see it in their section."),
                                           ["customs", "veterinary", "phytosanitary", "sanitary_epidemiological"],
                                           window))
        yield "return-for-correction", dialog
        dialog.close()
        editor = self.shown(window.open_record(self.record("finalized")), size)
        editor.tabs.setCurrentWidget(editor.decision)
        self.settle()
        yield "review-decision", editor
        editor.close()
        window.navigation.setCurrentRow(self._row(window, "dashboard"))
        self.wait_for(lambda: window.dashboard.figures is not None and not window.dashboard.busy.isVisible())
        yield "dashboard", window
        window.dashboard.scroll.verticalScrollBar().setValue(window.dashboard.scroll.verticalScrollBar().maximum())
        self.settle()
        yield "dashboard-end", window
        dialog = self.shown(ExchangeDialog(self.ctx, window))
        yield "exchange", dialog
        # a central database without TLS, the test-server box left off: refused with the command's message
        dialog.sync_url.setText("postgresql+psycopg://sync@hq.example/inspector")
        dialog.synchronize()
        self.settle()
        yield "exchange-sync-refused", dialog
        dialog.summary.clear()
        from inspector.ui.dialogs.exchange import BundleFiles

        yield from self._file_dialog(dialog, "file-dialog", lambda: BundleFiles.save(dialog, "bcp-bundle.zip"))
        dialog.close()
        window.close()

    def _file_dialog(self, parent, name: str, choose):
        """The file dialog that ``choose()`` opens through ``QFileDialog.getSaveFileName``,
        with the very title and filters the app's code gives it (Qt's own dialog, not the system's)."""
        from PySide6.QtWidgets import QFileDialog

        asked = {}

        def capture(parent, title="", folder="", filters="", *args, **kwargs):
            asked.update(parent=parent, title=title, filters=filters)
            return "", ""
        original = QFileDialog.getSaveFileName
        QFileDialog.getSaveFileName = staticmethod(capture)
        try:
            choose()
        finally:
            QFileDialog.getSaveFileName = original
        dialog = QFileDialog(asked["parent"], asked["title"], str(self.folder), asked["filters"])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.resize(900, 560)
        dialog.show()
        self.settle()
        yield name, dialog
        dialog.close()

    def _administrator(self, size):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from inspector.ui.dialogs.backups import BackupsDialog
        from inspector.ui.dialogs.confirm import Confirm
        from inspector.ui.main_window import MainWindow
        from inspector.ui.pages.users import UserDialog

        self.log_in("admin")
        window = self.shown(MainWindow(self.ctx), size)
        for key in ("users", "checklists"):
            window.navigation.setCurrentRow(self._row(window, key))
            self.settle()
            yield key, window
        users = window.pages["users"]
        dialog = self.shown(UserDialog(self.ctx, window))
        yield "new-account", dialog
        dialog.close()
        user = next(u for u in users.users if u.username == "bmuradow")
        dialog = self.shown(Confirm(users.tr("Deactivate account"), users.tr(
            "Deactivate the account of {name} ({username})? They can no longer log in; everything they recorded "
            "stays as it is.").format(name=user.full_name, username=user.username), users.tr("Deactivate"), window))
        yield "confirm-deactivate", dialog
        dialog.close()
        dialog = BackupsDialog(self.db.path, lambda _source: False, window)
        dialog.resize(dialog.sizeHint())
        self.shown(dialog)
        yield "backups", dialog
        dialog.close()
        printer = QPrinter()
        dialog = QPrintDialog(printer, window)
        dialog.show()
        self.settle()
        yield "print-dialog", dialog
        dialog.close()
        window.close()

    @staticmethod
    def _row(window, key: str) -> int:
        from PySide6.QtCore import Qt

        navigation = window.navigation
        return next(r for r in range(navigation.count()) if navigation.item(r).data(Qt.ItemDataRole.UserRole) == key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["en", "ru", "tk"])
    parser.add_argument("--out", default=str(ROOT / "build" / "screenshots"))
    parser.add_argument("--docs", action="store_true", help="copy the README's screens to docs/screenshots")
    args = parser.parse_args(argv)
    if "pseudo" in args.lang:
        os.environ["INSPECTOR_PSEUDO"] = "1"
    offscreen_laptop()
    sys.path.insert(0, str(ROOT))

    from inspector.ui import i18n
    from inspector.ui.application import create_application

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    with tempfile.TemporaryDirectory() as folder:
        screens = Screens(Path(folder))
        try:
            for lang in args.lang:
                i18n.install(lang)
                for name, widget in screens.walk():
                    path = out / f"{name}-{lang}.png"
                    widget.grab().save(str(path))
                    print(path)
                    if args.docs and path.stem in DOCS:
                        shutil.copy(path, ROOT / "docs" / "screenshots" / path.name)
        finally:
            screens.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
