"""Backups in the app: recovering a damaged database at start-up, and the
administrator's Backups dialog (back up now, restore a chosen backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.clock import format_datetime
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language
from inspector.services.restore import restore_from_backup
from inspector.store import backup as backups
from inspector.store.health import UnusableDatabase
from inspector.ui.dialogs.confirm import Confirm
from inspector.ui.errors import show_error


class RecoveryDialog(QDialog):
    """The database cannot be used: say why, and offer its newest good backup.

    Nothing is repaired or overwritten unless the user chooses to restore.
    """

    RESTORE_LATEST, CHOOSE, QUIT = "latest", "choose", "quit"

    def __init__(self, problem: UnusableDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.choice = self.QUIT
        self.setWindowTitle(self.tr("The database cannot be opened"))
        text = QLabel(problem.problem())
        text.setWordWrap(True)
        text.setObjectName("problem")
        if problem.backup is not None:
            when = format_datetime(problem.backup.created_at, current_language())
            offer = self.tr("The newest good backup is from {time}:\n{path}\n\nRestore it? The damaged file is "
                            "kept as a backup, not deleted.").format(time=when, path=problem.backup.path)
        else:
            offer = self.tr("No good backup was found in {folder}. Choose a backup file, or quit and ask "
                            "your administrator.").format(folder=problem.folder)
        detail = QLabel(offer)
        detail.setWordWrap(True)
        buttons = QDialogButtonBox()
        if problem.backup is not None:
            latest = buttons.addButton(self.tr("Restore the newest backup"), QDialogButtonBox.ButtonRole.AcceptRole)
            latest.setObjectName("restore_latest")
            latest.clicked.connect(lambda: self._choose(self.RESTORE_LATEST))
        choose = buttons.addButton(self.tr("Choose a backup…"), QDialogButtonBox.ButtonRole.ActionRole)
        choose.clicked.connect(lambda: self._choose(self.CHOOSE))
        quit_ = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_.clicked.connect(lambda: self._choose(self.QUIT))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(detail)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != self.QUIT else self.reject()

    @classmethod
    def ask(cls, problem: UnusableDatabase, parent: QWidget | None = None) -> Path | None:
        """The backup file to restore, or None to quit."""
        dialog = cls(problem, parent)
        dialog.exec()
        if dialog.choice == cls.RESTORE_LATEST:
            return problem.backup.path
        if dialog.choice == cls.CHOOSE:
            name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("RecoveryDialog", "Choose a backup"), str(problem.folder),
                                                  QCoreApplication.translate("RecoveryDialog", "Databases (*.db)"))
            return Path(name) if name else None
        return None


class BackupsDialog(QDialog):
    """For administrators: the backups of this database; back up now; restore one."""

    def __init__(self, path: Path, restore_callback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.restore_callback = restore_callback  # does the restore with the database closed
        self.setWindowTitle(self.tr("Backups"))
        self.hint = QLabel(self.tr("Backups are kept in {folder}. The first start of each day makes one; "
                                   "migrations and restores make one first.").format(
                                       folder=backups.backup_dir(path)))
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.setObjectName("backup_now")
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.setObjectName("restore_selected")
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.now_button)
        row.addWidget(self.restore_button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(720, 420)
        self.load()

    def kinds(self) -> dict[str, str]:
        return {"daily": self.tr("daily"), "manual": self.tr("made by hand"),
                "pre-migration": self.tr("before an upgrade"), "pre-restore": self.tr("before a restore")}

    def load(self) -> None:
        self.infos = backups.list_backups(self.path)
        self.table.setRowCount(len(self.infos))
        kinds = self.kinds()
        for row, info in enumerate(self.infos):
            values = (format_datetime(info.created_at, current_language()), kinds.get(info.reason, info.reason),
                      f"{info.size / 2**20:.1f} MB")
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def back_up_now(self) -> None:
        try:
            backups.make_backup(self.path, "manual")
        except DomainError as exc:
            show_error(self, exc)
        self.load()

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.infos):
            return
        info = self.infos[row]
        if not Confirm.ask(
                self.tr("Restore"),
                self.tr("Replace the database with the backup from {time}? Records entered since then will not be "
                        "in it; the current database is kept as a backup first.").format(
                            time=format_datetime(info.created_at, current_language())),
                self.tr("Restore"), self):
            return
        self.restore_callback(info.path)
        self.load()


def restore(path: Path, source: Path, parent: QWidget | None = None) -> bool:
    """Restore with a clear message either way; the caller has closed the database."""
    try:
        result = restore_from_backup(path, source)
    except DomainError as exc:
        show_error(parent, exc)
        return False
    message = QCoreApplication.translate("Backups", "Restored from {file}.").format(file=result.source)
    if result.kept is not None:
        message += "\n" + QCoreApplication.translate("Backups", "The previous database was kept as {backup}.").format(
            backup=result.kept)
    QMessageBox.information(parent, "BCP Inspector", message)
    return True
