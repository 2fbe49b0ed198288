"""One agency's part of the joint inspection, generated from its frozen checklist."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.answers import visible_items
from inspector.checklists.model import localize
from inspector.domain.clock import format_datetime
from inspector.domain.enums import Agency, Decision
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language, label
from inspector.services import attachments, sections
from inspector.services.views import RecordView
from inspector.store.files import read_user_file
from inspector.ui.context import AppContext
from inspector.ui.dialogs.login import PasswordDialog
from inspector.ui.editor.item_row import ItemRow
from inspector.ui.errors import show_error
from inspector.ui.forms import Form

MOVE_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Return: 1, Qt.Key.Key_Enter: 1, Qt.Key.Key_Up: -1}


class PhotoPicker:
    """Choosing a photo file; a class so tests can answer without a file dialog."""

    @staticmethod
    def ask(parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("PhotoPicker", "Add photo"), "",
            QCoreApplication.translate("PhotoPicker", "Photos and scans (*.jpg *.jpeg *.png *.pdf)"))
        return Path(name) if name else None


class AgencyTab(QWidget):
    """Items by checklist section, progress, decision and signature."""

    #: the section changed in the database (reload the record)
    changed = Signal()

    def __init__(self, ctx: AppContext, reference: str, agency: str, view: RecordView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.reference, self.agency = ctx, reference, agency
        self.setObjectName(f"agency_{agency}")
        self.definition = view.definitions[agency]
        self.answers: dict[str, dict] = {}
        self.rows: dict[str, ItemRow] = {}
        self.editable = False

        self.banner = QLabel()
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.signed_label = QLabel()
        self.signed_label.setObjectName("signed")
        header = QHBoxLayout()
        header.addWidget(self.progress, 1)
        header.addWidget(self.summary, 2)
        header.addWidget(self.signed_label, 2)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        lang = current_language()
        self.groups: list[tuple[QGroupBox, list[ItemRow]]] = []
        for s_number, section in enumerate(self.definition.sections, 1):
            group = QGroupBox(f"{s_number}. {localize(section.title, lang)}")
            group_layout = QVBoxLayout(group)
            group_layout.setSpacing(0)
            rows = []
            for i_number, item in enumerate(section.items, 1):
                row = ItemRow(item, f"{s_number}.{i_number}", group)
                row.answer_given.connect(self.give_answer)
                row.note_given.connect(self.give_note)
                row.photo_requested.connect(self.add_photo)
                row.installEventFilter(self)
                group_layout.addWidget(row)
                self.rows[item.id] = row
                rows.append(row)
            body_layout.addWidget(group)
            self.groups.append((group, rows))
        body_layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)

        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        self.remarks = QLineEdit()
        self.remarks.setObjectName("remarks")
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("sign")
        self.sign_button.clicked.connect(self.sign)
        self.decision.activated.connect(lambda _i: self.save_decision())
        self.remarks.editingFinished.connect(self.save_decision)
        self.footer = Form()
        self.footer.add(self.decision)
        self.footer.add(self.remarks)
        footer_box = QHBoxLayout()
        footer_box.addLayout(self.footer, 1)
        footer_box.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(footer_box)
        self.retranslate()
        self.update_from(view)

    # -- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.sign_button.setText(self.tr("Sign section…"))
        self.footer.label(self.decision).setText(self.tr("Decision of the agency"))
        self.footer.label(self.remarks).setText(self.tr("Remarks"))
        self.remarks.setPlaceholderText(self.tr("Conditions, samples sent, treatment ordered …"))
        current = self.decision.currentData()
        self.decision.blockSignals(True)
        self.decision.clear()
        self.decision.addItem(self.tr("— choose —"), None)
        for outcome in self.definition.outcomes:
            self.decision.addItem(label(outcome), outcome.value)
        self.decision.setCurrentIndex(max(0, self.decision.findData(current)))
        self.decision.blockSignals(False)
        for row in self.rows.values():
            row.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing the record ----------------------------------------------------------

    def update_from(self, view: RecordView) -> None:
        section = view.section(self.agency)
        self.answers = {a["item"]: a for a in section["answers"]}
        self.editable = view.can("answer", self.agency)
        self.view_progress = view.progress[self.agency]
        visible = visible_items(self.definition, {k: a["value"] for k, a in self.answers.items()})
        for item_id, row in self.rows.items():
            row.set_answer(self.answers.get(item_id))
            row.setVisible(item_id in visible)
            row.set_read_only(not self.editable)
        for group, rows in self.groups:
            group.setVisible(any(r.isVisibleTo(group) or r.item.id in visible for r in rows))
        self.decision.blockSignals(True)
        self.decision.setCurrentIndex(max(0, self.decision.findData(section["decision"])))
        self.decision.blockSignals(False)
        self.remarks.setText(section["remarks"] or "")
        for widget in (self.decision, self.remarks, self.sign_button):
            widget.setEnabled(self.editable)
        progress = self.view_progress
        self.progress.setMaximum(max(1, progress.visible))
        self.progress.setValue(progress.answered)
        self.progress.setFormat(f"{progress.answered} / {progress.visible}")
        counts = [f"{label(s)}: {n}" for s, n in progress.findings.items() if n]
        self.summary.setText(self.tr("Findings — {counts}").format(counts=", ".join(counts)) if counts
                             else self.tr("No findings"))
        if section["signed_at"]:
            signer = (section.get("signed_by") or section.get("officer") or {}).get("full_name", "")
            moment = format_datetime(datetime.fromisoformat(section["signed_at"]), current_language())
            self.signed_label.setText("✔ " + self.tr("Signed by {name}, {time}").format(name=signer, time=moment))
        else:
            self.signed_label.setText(self.tr("Not signed"))
        returned = section.get("returned_comment")
        self.banner.setVisible(bool(returned))
        if returned:
            self.banner.setText(self.tr("Returned by the supervisor for correction: {comment}").format(
                comment=returned))

    # -- giving answers ----------------------------------------------------------------

    def give_answer(self, item_id: str, value: object) -> None:
        row = self.rows[item_id]
        try:
            self.ctx.change(self.reference, sections.record_answer, self.agency, item_id, value)
        except DomainError as exc:
            row.show_error(exc.message())
            row.answer.set_value(self.answers.get(item_id, {}).get("value"))
            return
        self.changed.emit()

    def give_note(self, item_id: str, text: str) -> None:
        try:
            self.ctx.change(self.reference, sections.record_answer, self.agency, item_id, note=text)
        except DomainError as exc:
            self.rows[item_id].show_error(exc.message())
            return
        self.changed.emit()

    def add_photo(self, item_id: str) -> None:
        path = PhotoPicker.ask(self)
        if path is None:
            return
        row = self.rows[item_id]
        try:
            data = read_user_file(path)  # never the open database: reading it would drop its locks
        except OSError as exc:
            row.show_error(self.tr("Cannot read {file}: {reason}").format(file=path.name, reason=exc.strerror))
            return
        except DomainError as exc:
            row.show_error(exc.message())
            return
        caption = localize(row.item.text, current_language())
        try:
            attachment = self.ctx.change(self.reference, attachments.add, data, path.name, caption, self.agency)
            answer = self.answers.get(item_id) or {}
            if row.item.type.value == "photo":
                hashes = list(answer.get("value") or []) + [attachment.sha256]
                self.ctx.change(self.reference, sections.record_answer, self.agency, item_id, hashes)
            else:
                hashes = list(answer.get("photos") or []) + [attachment.sha256]
                self.ctx.change(self.reference, sections.record_answer, self.agency, item_id, photos=hashes)
        except DomainError as exc:
            row.show_error(exc.message())
        self.changed.emit()

    def save_decision(self) -> None:
        decision = self.decision.currentData()
        section_remarks = self.remarks.text()
        try:
            self.ctx.change(self.reference, sections.set_decision, self.agency,
                            Decision(decision) if decision else None, section_remarks)
        except DomainError as exc:
            show_error(self, exc)
        self.changed.emit()

    def sign(self) -> None:
        self.save_decision()
        purpose = self.tr("Sign the {agency} section of {reference}. After signing it can no longer change.").format(
            agency=label(Agency(self.agency)), reference=self.reference)
        answer = PasswordDialog.ask_signature(self.ctx, self.ctx.user, purpose, self)
        if answer is None:
            return
        confirmation, drawn = answer
        try:
            signature = None
            if drawn:
                name = f"signature-{self.agency}-{self.ctx.user.username}.png"
                signature = self.ctx.change(self.reference, attachments.add, drawn, name,
                                            self.tr("Signature"), self.agency).sha256
            self.ctx.change(self.reference, sections.sign, self.agency, confirmation, signature)
        except DomainError as exc:
            show_error(self, exc)
        self.changed.emit()

    # -- keyboard -------------------------------------------------------------------------

    def visible_rows(self) -> list[ItemRow]:
        return [row for row in self.rows.values() if not row.isHidden()]

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, ItemRow):
            if watched.answer.key_answer(event.key()):
                self.move_focus(watched, 1)
                return True
            step = MOVE_KEYS.get(event.key())
            if step is not None:
                self.move_focus(watched, step)
                return True
        return super().eventFilter(watched, event)

    def move_focus(self, row: ItemRow, step: int) -> None:
        rows = self.visible_rows()
        if row not in rows:
            return
        index = rows.index(row) + step
        if 0 <= index < len(rows):
            rows[index].setFocus()
            self.scroll.ensureWidgetVisible(rows[index])

    def focus_first_unanswered(self) -> None:
        for row in self.visible_rows():
            if row.value is None:
                row.setFocus()
                self.scroll.ensureWidgetVisible(row)
                return
