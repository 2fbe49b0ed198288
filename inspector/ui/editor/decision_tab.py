"""Part III: the consolidated decision, finalization, review and amendment."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.clock import format_datetime, now_utc
from inspector.domain.enums import Agency, Decision, ReviewOutcome
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language, label
from inspector.services import workflow
from inspector.services.views import RecordView
from inspector.ui.context import AppContext
from inspector.ui.bcp_time import from_edit, time_edit
from inspector.ui.dialogs.login import PasswordDialog
from inspector.ui.editor.answer_widgets import numbered
from inspector.ui.errors import show_error
from inspector.ui.forms import Form


def _when(value: str | None) -> str:
    return format_datetime(datetime.fromisoformat(value), current_language()) if value else "—"


class AgenciesDialog(QDialog):
    """A comment and the agency sections to reopen: for returning or amending."""

    def __init__(self, title: str, prompt: str, agencies: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.boxes = {a: QCheckBox(label(Agency(a))) for a in agencies}
        for agency, box in self.boxes.items():
            box.setObjectName(f"reopen_{agency}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.comment)
        layout.addWidget(QLabel(self.tr("Sections to reopen:")))
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(buttons)

    def result_values(self) -> tuple[str, list[str]]:
        return self.comment.toPlainText(), [a for a, box in self.boxes.items() if box.isChecked()]

    @classmethod
    def ask(cls, title: str, prompt: str, agencies: list[str], parent: QWidget | None = None):
        dialog = cls(title, prompt, agencies, parent)
        return dialog.result_values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DecisionTab(QWidget):
    #: the record changed (reload it)
    changed = Signal()
    #: a new revision was created (open it)
    revision_created = Signal()

    def __init__(self, ctx: AppContext, reference: str, view: RecordView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.reference = ctx, reference
        self.setObjectName("decision_tab")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("agency_decisions")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.consolidated = QLabel()
        self.consolidated.setObjectName("consolidated")
        self.consolidated.setWordWrap(True)
        self.consolidated.setProperty("role", "title")

        self.decision = QComboBox()
        self.decision.setObjectName("confirm_decision_choice")
        self.note = QLineEdit()
        self.note.setObjectName("decision_note")
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirm_decision")
        self.confirm_button.clicked.connect(self.confirm)
        self.release_time = time_edit("release_time")
        self.finalize_button = QPushButton()
        self.finalize_button.setObjectName("finalize")
        self.finalize_button.clicked.connect(self.finalize)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton()
        self.return_button.setObjectName("return")
        self.return_button.clicked.connect(self.return_for_correction)
        self.amend_button = QPushButton()
        self.amend_button.setObjectName("amend")
        self.amend_button.clicked.connect(self.amend)
        for button in (self.confirm_button, self.finalize_button, self.approve_button, self.return_button,
                       self.amend_button):
            button.setAutoDefault(True)  # Enter on the focused button presses it
        self.decision.installEventFilter(self)
        self.note.installEventFilter(self)
        self.state = QLabel()
        self.state.setObjectName("record_state")
        self.state.setWordWrap(True)

        self.confirm_box = QGroupBox()
        confirm_form = Form(self.confirm_box)
        self.confirm_form = confirm_form
        confirm_form.add(self.decision)
        confirm_form.add(self.note)
        confirm_form.add(self.release_time)
        row = QHBoxLayout()
        row.addWidget(self.confirm_button)
        row.addWidget(self.finalize_button)
        row.addStretch()
        confirm_form.addRow(row)
        self.review_box = QGroupBox()
        review_row = QHBoxLayout(self.review_box)
        for button in (self.approve_button, self.return_button, self.amend_button):
            review_row.addWidget(button)
        review_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.consolidated)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.review_box)
        layout.addWidget(self.state)
        layout.addStretch()
        self.view = view
        self.retranslate()
        self.update_from(view)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Agency"), self.tr("Decision"), self.tr("Officer"),
                                              self.tr("Signed")])
        self.confirm_box.setTitle(self.tr("Consolidated decision (lead officer)"))
        self.confirm_form.label(self.decision).setText(self.tr("Decision"))
        self.confirm_form.label(self.note).setText(self.tr("Reason, if stricter"))
        self.confirm_form.label(self.release_time).setText(self.tr("Release time"))
        self.confirm_button.setText(self.tr("Confirm decision"))
        self.finalize_button.setText(self.tr("Finalize and lock"))
        self.review_box.setTitle(self.tr("Review and corrections"))
        self.approve_button.setText(self.tr("Approve"))
        self.return_button.setText(self.tr("Return for correction…"))
        self.amend_button.setText(self.tr("Amend…"))
        if hasattr(self, "view"):
            self.update_from(self.view)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_from(self, view: RecordView) -> None:
        self.view = view
        doc = view.document
        lang = current_language()
        by_agency = {a["agency"]: a for a in doc["agencies"]}
        self.table.setRowCount(len(Agency))
        for row, agency in enumerate(Agency):
            section = by_agency.get(agency.value)
            if section is None:
                values = [label(agency), self.tr("not involved"), "", ""]
            else:
                values = [label(agency), label(Decision(section["decision"])) if section["decision"] else "—",
                          (section["officer"] or {}).get("full_name", "—"),
                          _when(section["signed_at"]) if section["signed_at"] else self.tr("not signed")]
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        result = view.consolidation
        if doc["decision"]:
            text = self.tr("Consolidated decision: {decision}").format(
                decision=label(Decision(doc["decision"]["value"]), lang))
        elif result.pending:
            text = self.tr("Waiting for: {agencies}").format(
                agencies=", ".join(label(Agency(a), lang) for a in result.pending))
        else:
            text = self.tr("Proposed consolidated decision: {decision}").format(
                decision=label(result.decision, lang))
            if result.restricting:
                text += " — " + self.tr("held by {agencies}").format(
                    agencies=", ".join(label(Agency(a), lang) for a in result.restricting))
        self.consolidated.setText(text)
        self.decision.clear()
        if result.decision is not None:
            allowed = [d for d in Decision if d.rank >= result.decision.rank]
            for number, decision in enumerate(allowed, 1):
                self.decision.addItem(numbered(number, label(decision, lang)), decision.value)
        confirmed = doc["decision"] is not None
        can_confirm = view.can("confirm_decision")
        self.confirm_box.setVisible(can_confirm or (confirmed and not view.locked))
        for widget in (self.decision, self.note, self.confirm_button):
            widget.setEnabled(can_confirm and not view.locked)
        releases = (Decision(doc["decision"]["value"]).releases if confirmed else
                    bool(result.decision and result.decision.releases))
        self.release_time.setEnabled(can_confirm and releases)
        self.release_time.set_value(now_utc())
        self.finalize_button.setEnabled(view.can("finalize") and confirmed)
        self.review_box.setVisible(view.can("review") or view.can("amend"))
        self.approve_button.setVisible(view.can("review"))
        self.return_button.setVisible(view.can("review"))
        self.amend_button.setVisible(view.can("amend"))
        lines = [("" if view.locked else "") + self.tr("Status: {status}").format(status=label(view.status, lang))]
        if doc["decision"]:
            lines.append(self.tr("Confirmed by {name}, {time}").format(
                name=(doc["decision"]["confirmed_by"] or {}).get("full_name", "—"),
                time=_when(doc["decision"]["confirmed_at"])))
        if doc["finalized_at"]:
            lines.append(self.tr("Finalized by {name}, {time}").format(
                name=(doc["finalized_by"] or {}).get("full_name", "—"), time=_when(doc["finalized_at"])))
        if doc["released_at"]:
            lines.append(self.tr("Released: {time}").format(time=_when(doc["released_at"])))
        if doc["review"]:
            review = doc["review"]
            lines.append(self.tr("Review: {outcome} by {name}, {time}. {comment}").format(
                outcome=label(ReviewOutcome(review["outcome"]), lang),
                name=(review["reviewer"] or {}).get("full_name", "—"), time=_when(review["reviewed_at"]),
                comment=review["comment"] or ""))
        lines.append(self.tr("Record hash: {hash}").format(hash=view.current_hash))
        self.state.setText("\n".join(lines))

    # -- keyboard ----------------------------------------------------------------------

    def focus_first(self) -> None:
        """The next step: the decision to confirm, finalizing, or the review."""
        for widget in (self.decision, self.finalize_button, self.approve_button, self.amend_button):
            if widget.isEnabled() and not widget.isHidden() and widget.isVisibleTo(self) and (
                    widget is not self.decision or self.decision.count()):
                widget.setFocus()
                return
        self.table.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.decision:
                self.note.setFocus()
                return True
            if watched is self.note:
                self.confirm_button.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- actions -----------------------------------------------------------------------

    def _do(self, action, *args, **kwargs) -> bool:
        try:
            self.ctx.change(self.reference, action, *args, **kwargs)
        except DomainError as exc:
            show_error(self, exc)
            return False
        finally:
            self.changed.emit()
        return True

    def confirm(self) -> None:
        if self._do(workflow.confirm_decision, self.decision.currentData(), self.note.text() or None):
            self.finalize_button.setFocus()

    def _summary(self) -> str:
        """Reference, revision, decision and agencies: what the password is asked for."""
        doc = self.view.document
        decision = doc["decision"]["value"] if doc["decision"] else (
            self.view.consolidation.decision.value if self.view.consolidation.decision else None)
        return self.tr("{reference}, revision {revision}: {decision}; agencies: {agencies}").format(
            reference=doc["reference"], revision=doc["revision"],
            decision=label(Decision(decision)) if decision else "—",
            agencies=", ".join(label(Agency(a["agency"])) for a in doc["agencies"]))

    def _confirmation(self, purpose: str):
        return PasswordDialog.ask(self.ctx, self.ctx.user, purpose, self)

    def finalize(self) -> None:
        release = None
        if self.release_time.isEnabled():
            self.release_time.commit()
            if self.release_time.error:
                self.release_time.setFocus()
                return
            release = from_edit(self.release_time)
        confirmation = self._confirmation(self.tr(
            "Finalize {summary}. The record is locked and signed with your key; it can then only be "
            "corrected by an amendment.").format(summary=self._summary()))
        if confirmation is not None:
            self._do(workflow.finalize, release, confirmation=confirmation)

    def approve(self) -> None:
        confirmation = self._confirmation(self.tr(
            "Approve {summary}. Your approval is signed with your key.").format(summary=self._summary()))
        if confirmation is not None:
            self._do(workflow.review, ReviewOutcome.APPROVED, None, confirmation=confirmation)

    def return_for_correction(self) -> None:
        agencies = [a["agency"] for a in self.view.document["agencies"]]
        answer = AgenciesDialog.ask(self.tr("Return for correction"),
                                    self.tr("Say what must be corrected; the officers of the chosen agencies "
                                            "will see it in their section."), agencies, self)
        if answer is None:
            return
        comment, chosen = answer
        confirmation = self._confirmation(self.tr(
            "Return {summary} for correction of: {chosen}. Your decision is signed with your key.").format(
            summary=self._summary(), chosen=", ".join(label(Agency(a)) for a in chosen) or "—"))
        if confirmation is None:
            return
        if self._do(workflow.review, ReviewOutcome.RETURNED, comment, chosen, confirmation=confirmation):
            self.revision_created.emit()

    def amend(self) -> None:
        agencies = [a["agency"] for a in self.view.document["agencies"]]
        answer = AgenciesDialog.ask(self.tr("Amend the record"),
                                    self.tr("An amendment creates a new revision; this one stays unchanged "
                                            "and printable. Give the reason."), agencies, self)
        if answer is None:
            return
        reason, chosen = answer
        if self._do(workflow.amend, reason, chosen):
            self.revision_created.emit()
