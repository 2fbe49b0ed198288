"""Exchange in the app: export a signed bundle, import one, synchronize with head
office's central database, and the supervisor's list of conflicts (incoming copies
of locked records that differ from ours).

Export, import and sync run in a worker with a progress bar and end with a summary.
Whether the sync part is offered, the URL and TLS checks and the sync itself are
the core's (:mod:`inspector.exchange.sync`), exactly as ``inspector sync`` uses them.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.clock import format_datetime
from inspector.domain.enums import Role
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language
from inspector.domain.i18n import tr as catalogue_text  # the core's catalogue, as the command prints it
from inspector.exchange import conflicts
from inspector.exchange import sync as syncing
from inspector.exchange.export import Selection, export_bundle
from inspector.exchange.importer import import_bundle
from inspector.ui import settings, worker
from inspector.ui.context import AppContext
from inspector.ui.errors import report_unexpected, show_error


class BundleFiles:
    """Choosing bundle files; a class so tests can answer without file dialogs."""

    @staticmethod
    def save(parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("BundleFiles", "Export bundle"), suggested,
                                              QCoreApplication.translate("BundleFiles", "Exchange bundles (*.zip)"))
        return Path(name if name.lower().endswith(".zip") else name + ".zip") if name else None

    @staticmethod
    def open(parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("BundleFiles", "Import bundle"), "",
                                              QCoreApplication.translate("BundleFiles", "Exchange bundles (*.zip)"))
        return Path(name) if name else None


class SyncStopped(Exception):
    """The user stopped the sync; raised between two batches (each batch is committed whole)."""


class ExchangeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exchange_dialog")
        self.since_enabled = QCheckBox()
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd.MM.yyyy")
        self.since.setEnabled(False)
        self.since_enabled.toggled.connect(self.since.setEnabled)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.import_)
        self.progress = QProgressBar()
        self.progress.setObjectName("exchange_progress")
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("exchange_summary")
        self.summary.setWordWrap(True)
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setObjectName("conflicts_table")
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolve_conflict")
        self.resolve_button.clicked.connect(self.resolve)
        self._build_sync()
        self.export_box, self.import_box, self.conflict_box = QGroupBox(), QGroupBox(), QGroupBox()
        row = QHBoxLayout(self.export_box)
        row.addWidget(self.since_enabled)
        row.addWidget(self.since)
        row.addStretch()
        row.addWidget(self.export_button)
        row = QHBoxLayout(self.import_box)
        self.import_hint = QLabel()
        self.import_hint.setWordWrap(True)
        row.addWidget(self.import_hint, 1)
        row.addWidget(self.import_button)
        column = QVBoxLayout(self.conflict_box)
        column.addWidget(self.conflicts)
        column.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        for widget in (self.export_box, self.import_box, self.sync_box, self.progress, self.summary,
                       self.conflict_box):
            layout.addWidget(widget)
        self.resize(820, 640)
        self.retranslate()
        self.load_conflicts()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange with head office"))
        self.export_box.setTitle(self.tr("Export records to a signed bundle"))
        self.since_enabled.setText(self.tr("Only records changed since"))
        self.export_button.setText(self.tr("Export…"))
        self.import_box.setTitle(self.tr("Import a bundle"))
        self.import_hint.setText(self.tr("The bundle is checked whole first (signature of a trusted workstation, "
                                         "every file's hash); nothing is changed if anything is wrong."))
        self.import_button.setText(self.tr("Import…"))
        self.conflict_box.setTitle(self.tr("Conflicts waiting for a supervisor"))
        self.conflicts.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Record"), self.tr("Reason"),
                                                  self.tr("From")])
        self.resolve_button.setText(self.tr("Mark resolved…"))
        self.sync_box.setTitle(self.tr("Synchronize with head office"))
        self.sync_form.labelForField(self.sync_url).setText(self.tr("Central database:"))
        self.sync_form.labelForField(self.sync_password).setText(self.tr("Password:"))
        self.sync_url.setPlaceholderText(self.tr("for example {url}").format(
            url="postgresql+psycopg://user@host/db?sslmode=verify-full"))
        self.sync_password.setPlaceholderText(self.tr("only if the server asks for one; never saved"))
        self.sync_insecure.setText(self.tr("Test server without TLS (records travel unencrypted)"))
        self.sync_button.setText(self.tr("Synchronize"))
        self.cancel_sync_button.setText(self.tr("Cancel"))

    def _build_sync(self) -> None:
        self.sync_box = QGroupBox()
        self.sync_url = QLineEdit(settings.sync_url(self._database_name()).get(settings.open_settings()))
        self.sync_url.setObjectName("sync_url")
        self.sync_password = QLineEdit()
        self.sync_password.setObjectName("sync_password")
        self.sync_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sync_insecure = QCheckBox()
        self.sync_insecure.setObjectName("sync_insecure")
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("synchronize")
        self.sync_button.clicked.connect(self.synchronize)
        self.cancel_sync_button = QPushButton()
        self.cancel_sync_button.setObjectName("cancel_sync")
        self.cancel_sync_button.setVisible(False)
        self.cancel_sync_button.clicked.connect(self.cancel_sync)
        self.sync_form = QFormLayout(self.sync_box)
        self.sync_form.addRow(QLabel(), self.sync_url)
        self.sync_form.addRow(QLabel(), self.sync_password)
        row = QHBoxLayout()
        row.addWidget(self.sync_insecure)
        row.addStretch()
        row.addWidget(self.cancel_sync_button)
        row.addWidget(self.sync_button)
        self.sync_form.addRow(row)
        self._stop = threading.Event()
        try:  # the core decides who may sync (as for import: an administrator or a supervisor)
            syncing.require_can_sync(self.ctx.user)
        except DomainError:
            self.sync_box.setVisible(False)

    def _database_name(self) -> str:
        db = self.ctx.db
        return str(Path(db.path).resolve()) if db.path else db.display_name

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- export / import -------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for button in (self.export_button, self.import_button, self.sync_button):
            button.setEnabled(not busy)

    def _advance(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, DomainError):
            self.summary.setText(exc.message())
            show_error(self, exc)
        else:
            report_unexpected(self, exc)

    def export(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        target = BundleFiles.save(self, f"bcp-bundle-{stamp}.zip")
        if target is None:
            return
        since = self.since.date().toPython() if self.since_enabled.isChecked() else None
        self._busy(True)
        self.task = worker.start(lambda progress: export_bundle(self.ctx.db, target, selection=Selection(since=since),
                                                                progress=progress),
                                 self._exported, self._failed, self._advance)

    def _exported(self, summary) -> None:
        self._busy(False)
        self.summary.setText(self.tr("Exported {records} records ({revisions} revisions, {attachments} photos and "
                                     "scans) to {path}.\nSigned by this workstation, key {key}.").format(
            records=summary.records, revisions=summary.revisions, attachments=summary.attachments,
            path=summary.path, key=summary.fingerprint[:16]))

    def import_(self) -> None:
        source = BundleFiles.open(self)
        if source is None:
            return
        self._busy(True)
        self.source_name = source.name
        self.task = worker.start(lambda progress: import_bundle(self.ctx.db, source, actor=self.ctx.user,
                                                                progress=progress),
                                 self._imported, self._failed, self._advance)

    def _imported(self, summary) -> None:
        self._busy(False)
        merge = summary.merge
        self.summary.setText(self.tr(
            "Imported {file}, signed by {signer}. Record revisions: {inserted} new, {replaced} updated, "
            "{reviewed} reviews applied, {unchanged} already here, {conflicts} conflict(s). "
            "{users} account(s) created inactive.").format(
            file=self.source_name, signer=summary.signer, inserted=merge.inserted, replaced=merge.replaced,
            reviewed=merge.reviewed, unchanged=merge.unchanged, conflicts=merge.conflicts,
            users=merge.users_created))
        self.load_conflicts()
        self.ctx.record_changed.emit("")

    # -- sync ------------------------------------------------------------------------

    def synchronize(self) -> None:
        url = self.sync_url.text().strip()
        try:  # refused before anything is opened, with the command's own messages
            syncing.require_can_sync(self.ctx.user)
            syncing.check_target(url, insecure=self.sync_insecure.isChecked())
        except DomainError as exc:
            if exc.key == "crypt.sync_needs_tls":  # the command's text names --insecure; here it is the box
                self.summary.setText(self.tr(
                    "The central database URL does not ask for TLS: records would travel in the clear. Add "
                    "?sslmode=verify-full to the URL (docs/encryption.md), or tick “{box}” for a test server "
                    "on this machine.").format(box=self.sync_insecure.text()))
            else:
                self.summary.setText(exc.message())
            return
        settings.sync_url(self._database_name()).set(settings.open_settings(), syncing.without_password(url))
        target = syncing.with_password(url, self.sync_password.text())
        self._stop.clear()
        self._busy(True)
        self.progress.setRange(0, 0)  # connecting (and preparing the central database): no count yet
        self.summary.setText(self.tr("Connecting to the central database…"))
        self.cancel_sync_button.setEnabled(True)
        self.cancel_sync_button.setVisible(True)
        db, stop = self.ctx.db, self._stop

        def between_batches(_batches: int) -> None:
            if stop.is_set():
                raise SyncStopped

        self.task = worker.start(lambda progress: syncing.sync(db, target, progress=progress,
                                                               after_batch=between_batches),
                                 self._synced, self._sync_failed, self._advance)

    def cancel_sync(self) -> None:
        self._stop.set()
        self.cancel_sync_button.setEnabled(False)
        self.summary.setText(self.tr("Stopping after the batch being sent…"))

    def _sync_done(self) -> None:
        self._busy(False)
        self.progress.setRange(0, 1)
        self.cancel_sync_button.setVisible(False)

    def _synced(self, summary) -> None:
        self._sync_done()
        push = summary.push
        self.summary.setText(catalogue_text(
            "exchange.synced", target=summary.target, cases=summary.cases, inserted=push.inserted,
            replaced=push.replaced, reviewed=push.reviewed, unchanged=push.unchanged, conflicts=push.conflicts,
            checklists=summary.checklists_pulled, accounts=summary.accounts_pulled,
            deactivated=summary.accounts_deactivated))
        self.load_conflicts()
        self.ctx.record_changed.emit("")

    def _sync_failed(self, exc: BaseException) -> None:
        self._sync_done()
        if isinstance(exc, SyncStopped):
            self.summary.setText(self.tr("Synchronization stopped. The records already sent stay at head office; "
                                         "the next synchronization sends the rest."))
        elif isinstance(exc, DomainError):  # a lost link says so, and that nothing is lost
            self.summary.setText(exc.message())
        else:
            self.summary.setText(self.tr("The synchronization failed; nothing is lost."))
            report_unexpected(self, exc)

    def reject(self) -> None:
        self._stop.set()  # a sync still running stops after its batch
        super().reject()

    def wait(self) -> None:
        """For tests: let the running export, import or sync finish."""
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()

    # -- conflicts ---------------------------------------------------------------------

    def load_conflicts(self) -> None:
        rows = self.ctx.read(lambda s: [(c.id, c.received_at, c.reference, c.revision, c.reason, c.source)
                                        for c in conflicts.pending(s)])
        self.conflict_ids = [row[0] for row in rows]
        self.conflicts.setRowCount(len(rows))
        for n, (_id, received, reference, revision, reason, source) in enumerate(rows):
            values = (format_datetime(received, current_language()), f"{reference} / {revision}",
                      conflicts.reason_text(reason), source)
            for column, text in enumerate(values):
                self.conflicts.setItem(n, column, QTableWidgetItem(text))
        supervisor = self.ctx.user is not None and self.ctx.user.role == Role.SUPERVISOR.value
        self.resolve_button.setEnabled(supervisor and bool(rows))

    def resolve(self) -> None:
        row = self.conflicts.currentRow()
        if not 0 <= row < len(self.conflict_ids):
            return
        note, ok = QInputDialog.getText(self, self.tr("Resolve conflict"),
                                        self.tr("What was done about this copy?"))
        if not ok:
            return
        try:
            self.ctx.write(conflicts.resolve, self.ctx.user, self.conflict_ids[row], note)
        except DomainError as exc:
            show_error(self, exc)
        self.load_conflicts()
