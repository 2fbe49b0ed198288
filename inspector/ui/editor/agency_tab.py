"""One agency's part of the joint inspection, generated from its frozen checklist.

An answer is saved as it is given and only what it changed is redrawn: the
item's row, the rows it shows or hides, the progress. Keys: the focused item
takes its answer keys (``answer_keys``), Enter/Down and Up move between items,
Enter after the last item goes on to the decision, the remarks and the
signature button.
"""

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
from inspector.services import inspections as inspection_service
from inspector.services.views import RecordView, SectionState
from inspector.store.files import read_user_file
from inspector.ui.context import AppContext
from inspector.ui.dialogs.login import PasswordDialog
from inspector.ui.editor.answer_keys import KeyResult
from inspector.ui.editor.answer_widgets import numbered
from inspector.ui.editor.grounds import tab_page_ground
from inspector.ui.editor.holder import Holder
from inspector.ui.editor.item_row import ItemRow
from inspector.ui.editor.photos import PhotoViewer, RemovePhotoQuestion
from inspector.ui.editor.progress import ProgressBar
from inspector.ui.errors import show_error
from inspector.ui.forms import Form

NEXT_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Return: 1, Qt.Key.Key_Enter: 1, Qt.Key.Key_Up: -1}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


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

    #: a message for the status bar (a key that means nothing where it was pressed)
    message = Signal(str)
    #: the section's progress changed (its tab title follows)
    progress_changed = Signal()

    def __init__(self, ctx: AppContext, reference: str, agency: str, view: RecordView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.reference, self.agency = ctx, reference, agency
        self.setObjectName(f"agency_{agency}")
        self.definition = view.definitions[agency]
        self.revision = view.document["revision"]
        self.answers: dict[str, dict] = {}
        self.rows: dict[str, ItemRow] = {}
        self.editable = False
        self.signed = False

        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lock_banner")
        self.lock_banner.setProperty("role", "locked")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setVisible(False)
        self.banner = QLabel()
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.progress = ProgressBar()
        self.progress.setObjectName("progress")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.signed_label = QLabel()
        self.signed_label.setObjectName("signed")
        header = QHBoxLayout()
        header.addWidget(self.progress, 1)
        header.addWidget(Holder(self.summary, stretch=True, ground=tab_page_ground), 2)  # new counts lay out nothing
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
                row.photo_view_requested.connect(self.view_photo)
                row.photo_remove_requested.connect(self.remove_photo)
                row.installEventFilter(self)
                row.note.installEventFilter(self)
                field = row.answer.input_widget()
                if field is not None:
                    field.installEventFilter(self)
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
        self.sign_button.setAutoDefault(True)  # Enter on the focused button signs
        self.sign_button.clicked.connect(self.sign)
        self.decision.activated.connect(lambda _i: self.save_decision())
        self.remarks.editingFinished.connect(self.save_decision)
        for widget in (self.decision, self.remarks):
            widget.installEventFilter(self)
        self.footer = Form()
        self.footer.add(self.decision)
        self.footer.add(self.remarks)
        footer_box = QHBoxLayout()
        footer_box.addLayout(self.footer, 1)
        footer_box.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(footer_box)
        self._saved_decision: tuple[object, str] | None = None
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
        for number, outcome in enumerate(self.definition.outcomes, 1):
            self.decision.addItem(numbered(number, label(outcome)), outcome.value)
        self.decision.setCurrentIndex(max(0, self.decision.findData(current)))
        self.decision.blockSignals(False)
        for row in self.rows.values():
            row.retranslate()
        if hasattr(self, "view_progress"):
            self._show_progress()
            self._show_lock()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing the record ----------------------------------------------------------

    def update_from(self, view: RecordView) -> None:
        """Show the whole section again (after a coarse change: signature, log-in, revision)."""
        section = view.section(self.agency)
        self.revision = view.document["revision"]
        self.locked = view.locked
        self.section_info = section
        self.editable = view.can("answer", self.agency)
        self.signed = bool(section["signed_at"])
        self.answers = {a["item"]: a for a in section["answers"]}
        for item_id, row in self.rows.items():
            row.set_answer(self.answers.get(item_id))
            row.set_read_only(not self.editable)
        self._show_visibility()
        self._load_photos([row for row in self.rows.values() if row.photo_hashes])
        self.decision.blockSignals(True)
        self.decision.setCurrentIndex(max(0, self.decision.findData(section["decision"])))
        self.decision.blockSignals(False)
        self.remarks.setText(section["remarks"] or "")
        self._saved_decision = (section["decision"], section["remarks"] or "")
        self.decision.setEnabled(self.editable)
        self.remarks.setReadOnly(not self.editable)
        self.sign_button.setEnabled(self.editable)
        self.sign_button.setVisible(self.editable)
        self.view_progress = view.progress[self.agency]
        self._show_progress()
        self._show_lock()
        returned = section.get("returned_comment")
        self.banner.setVisible(bool(returned))
        if returned:
            self.banner.setText(self.tr("Returned by the supervisor for correction: {comment}").format(
                comment=returned))

    def apply_state(self, state: SectionState) -> None:
        """Show a section after a change: only the rows whose answer changed are touched."""
        if state.complete:
            answers = {item: a for item, a in state.answers.items() if a is not None}
            changed = [item for item in set(answers) | set(self.answers)
                       if answers.get(item) != self.answers.get(item)]
            self.answers = answers
        else:  # only the changed item came back: the rest is as it was
            changed = [item for item, a in state.answers.items() if self.answers.get(item) != a]
            old_values = {item: (self.answers.get(item) or {}).get("value") for item in changed}
            for item in changed:
                if state.answers[item] is None:
                    del self.answers[item]
                else:
                    self.answers[item] = state.answers[item]
        for item_id in changed:
            row = self.rows.get(item_id)
            if row is not None:
                photos_before = list(row.photo_hashes)
                row.set_answer(self.answers.get(item_id))
                if row.photo_hashes != photos_before:
                    self._load_photos([row])
        controlling = any(item_id in self.definition.controlling_items for item_id in changed)
        if controlling:
            self._show_visibility()  # only an answer some show_if looks at can show or hide items
        if state.complete or controlling:
            values = {k: a["value"] for k, a in self.answers.items()}
            self.view_progress = sections.progress_of(self.definition, values, self._visible)
        else:  # one item's answer: the progress changes by its difference, whatever the checklist's length
            for item_id in changed:
                if item_id in self._visible:
                    self.view_progress = sections.progress_after(
                        self.definition, self.view_progress, item_id, old_values[item_id],
                        (self.answers.get(item_id) or {}).get("value"))
        self._show_progress()
        self.progress_changed.emit()

    def _show_visibility(self) -> None:
        self._visible = visible_items(self.definition, {k: a["value"] for k, a in self.answers.items()})
        for item_id, row in self.rows.items():
            shown = item_id in self._visible
            if row.isHidden() == shown:
                row.setVisible(shown)
        for group, rows in self.groups:
            shown = any(r.item.id in self._visible for r in rows)
            if group.isHidden() == shown:
                group.setVisible(shown)
        self._shown_rows = [row for row in self.rows.values() if row.item.id in self._visible]
        self._shown_index = {row: index for index, row in enumerate(self._shown_rows)}

    def _show_progress(self) -> None:
        progress = self.view_progress
        self.progress.set_progress(progress.answered, max(1, progress.visible),
                                   f"{progress.answered} / {progress.visible}")
        counts = [f"{label(s)}: {n}" for s, n in progress.findings.items() if n]
        self.summary.setText(self.tr("Findings — {counts}").format(counts=", ".join(counts)) if counts
                             else self.tr("No findings"))

    def _show_lock(self) -> None:
        section = self.section_info
        if section["signed_at"]:
            signer = (section.get("signed_by") or section.get("officer") or {}).get("full_name", "")
            moment = format_datetime(datetime.fromisoformat(section["signed_at"]), current_language())
            self.signed_label.setText("✔ " + self.tr("Signed by {name}, {time}").format(name=signer, time=moment))
        else:
            self.signed_label.setText(self.tr("Not signed"))
        if self.editable:
            text = ""
        elif self.locked:
            text = self.tr("Locked: the record is finalized. Corrections only by an amendment.")
        elif self.signed:
            text = self.tr("Signed: this section can no longer change.")
        else:
            text = self.tr("Read only: only an officer of {agency} answers this section.").format(
                agency=label(Agency(self.agency)))
        self.lock_banner.setText(text)
        self.lock_banner.setVisible(bool(text))

    def _load_photos(self, rows: list[ItemRow]) -> None:
        hashes = [h for row in rows for h in row.photo_hashes]
        data = {}
        if hashes:
            data = self.ctx.read(lambda s: attachments.photos_of(
                s, inspection_service.get(s, self.reference, self.revision), hashes))
        for row in rows:
            row.photos.set_photos([(h, data.get(h)) for h in row.photo_hashes], removable=self.editable)

    # -- giving answers ----------------------------------------------------------------

    def _change(self, row: ItemRow, action, *args, whole: bool = False, **kwargs) -> bool:
        """Apply ``action`` to the row's item; ``whole``: it may change other items too."""
        try:
            state = self.ctx.change_item(self.reference, self.agency, None if whole else row.item.id, action,
                                         *args, **kwargs)
        except DomainError as exc:
            if row.answer.input_widget() is not None and not whole:
                row.answer.keep_typed()  # the refused text stays, to be corrected
            else:
                row.set_answer(self.answers.get(row.item.id))
            row.show_error(exc.message())
            return False
        self.apply_state(state)
        return True

    def give_answer(self, item_id: str, value: object) -> None:
        self._change(self.rows[item_id], sections.record_answer, self.agency, item_id, value)

    def give_note(self, item_id: str, text: str) -> None:
        self._change(self.rows[item_id], sections.record_answer, self.agency, item_id, note=text)

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
        self._change(row, attachments.attach_to_item, self.agency, item_id, data, path.name, caption, whole=True)

    def view_photo(self, item_id: str, sha256: str) -> None:
        row = self.rows[item_id]
        try:
            data = self.ctx.read(lambda s: attachments.data_of(
                s, inspection_service.get(s, self.reference, self.revision), sha256))
        except DomainError as exc:
            row.show_error(exc.message())
            return
        PhotoViewer.show_photo(data, f"{row.number} {localize(row.item.text, current_language())}", self)

    def remove_photo(self, item_id: str, sha256: str) -> None:
        row = self.rows[item_id]
        if not RemovePhotoQuestion.ask(self, f"{row.number} {localize(row.item.text, current_language())}"):
            return
        if self._change(row, attachments.remove, sha256, whole=True):
            row.setFocus()

    def save_decision(self) -> None:
        decision = self.decision.currentData()
        section_remarks = self.remarks.text()
        if not self.editable or (decision, section_remarks) == self._saved_decision:
            return
        try:
            self.ctx.change(self.reference, sections.set_decision, self.agency,
                            Decision(decision) if decision else None, section_remarks)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._saved_decision = (decision, section_remarks)

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
                signature = self.ctx.write(lambda s: attachments.add(
                    s, self.ctx.user, inspection_service.get(s, self.reference), drawn, name,
                    self.tr("Signature"), self.agency).sha256)
            self.ctx.sign_section(self.reference, self.agency, sections.sign, self.agency, confirmation, signature)
        except DomainError as exc:
            show_error(self, exc)

    # -- keyboard -------------------------------------------------------------------------

    def visible_rows(self) -> list[ItemRow]:
        return list(self._shown_rows)

    def _row_of(self, widget: QWidget) -> ItemRow | None:
        while widget is not None and not isinstance(widget, ItemRow):
            widget = widget.parentWidget()
        return widget

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if isinstance(watched, ItemRow):
            return self._row_key(watched, event)
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return super().eventFilter(watched, event)
        if watched is self.decision:
            return self._footer_key(event, self.remarks)
        if watched is self.remarks:
            return self._footer_key(event, self.sign_button if self.sign_button.isVisible() else None)
        row = self._row_of(watched)
        if row is None:
            return super().eventFilter(watched, event)
        if watched is row.note:
            return self._note_key(row, event)
        return self._field_key(row, event)

    def _note_key(self, row: ItemRow, event) -> bool:
        """Enter in an item's note saves it and moves on."""
        if event.key() not in ENTER:
            return False
        row.commit_note()
        self.move_focus(row, 1)
        return True

    def _field_key(self, row: ItemRow, event) -> bool:
        """An item's typing field: Enter takes the value and moves on; Up/Down move (dates keep them)."""
        step = NEXT_KEYS.get(event.key())
        if step is None or (event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row.item.type.value == "date"):
            return False
        row.answer.commit_typed()
        if row.error.isVisible() and row.error.property("role") == "error":
            return True  # a refused value: stay until it is corrected
        self.move_focus(row, step)
        return True

    def _row_key(self, row: ItemRow, event) -> bool:
        if row.read_only:
            step = NEXT_KEYS.get(event.key())
            if step is not None:
                self.move_focus(row, step)
                return True
            if event.text() and event.text().isprintable() and not event.text().isspace():
                self._refuse(row, self.lock_banner.text() or self.tr("This section is read only."))
                return True
            return False
        result = row.answer.key_result(event)
        if result is KeyResult.ANSWERED:
            if not row.error.isVisible():
                self.move_focus(row, 1)
            return True
        if result is KeyResult.CHANGED:
            return True
        if result is KeyResult.REFUSED:
            hint = row.answer.key_hint()
            self._refuse(row, self.tr("“{key}” does not answer this item. Keys: {keys}").format(
                key=event.text(), keys=hint) if hint else self.tr("“{key}” does not answer this item.").format(
                key=event.text()))
            return True
        step = NEXT_KEYS.get(event.key())
        if step is not None and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.move_focus(row, step)
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and row.value is not None:
            row.answer.set_value(None)
            row.answer.committed.emit(None)
            return True
        return False

    def _refuse(self, row: ItemRow, text: str) -> None:
        row.flash(text)
        self.message.emit(text)

    def _footer_key(self, event, following: QWidget | None) -> bool:
        if event.key() in ENTER and following is not None:
            following.setFocus()
            return True
        return False

    def move_focus(self, row: ItemRow, step: int) -> None:
        rows = self._shown_rows
        if row not in self._shown_index:
            return
        index = self._shown_index[row] + step
        if 0 <= index < len(rows):
            self.focus_row(rows[index])
        elif index >= len(rows) and self.editable:
            self.decision.setFocus()
            self._show_row(rows[-1])

    def focus_row(self, row: ItemRow) -> None:
        row.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_row(row)

    def _show_row(self, row: ItemRow) -> None:
        """Scroll only when the row is (nearly) out of sight, and then a good way: the officer
        sees the items that come next, and an answer rarely costs a repaint of the whole page."""
        viewport = self.scroll.viewport()
        top = row.mapTo(viewport, row.rect().topLeft()).y()
        margin = min(40, viewport.height() // 8)
        if top >= margin and top + row.height() <= viewport.height() - margin:
            return
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.value() + top - viewport.height() // 4)

    def focus_first_unanswered(self) -> None:
        """Where the work is: the first visible item without an answer, else the decision."""
        rows = self.visible_rows()
        for row in rows:
            if row.value is None:
                self.focus_row(row)
                return
        if self.editable:
            (self.sign_button if self.decision.currentData() else self.decision).setFocus()
        elif rows:
            self.focus_row(rows[0])
