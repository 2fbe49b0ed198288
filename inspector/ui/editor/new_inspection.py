"""Opening a new joint inspection: the essentials, then the editor takes over."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.bcps import BCPS
from inspector.domain.enums import Direction, Procedure
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language, label
from inspector.services import inspections
from inspector.ui.context import AppContext
from inspector.ui.bcp_time import from_edit, time_edit

DEFAULT_PROCEDURE = {Direction.ENTRY: Procedure.IMPORT, Direction.EXIT: Procedure.EXPORT,
                     Direction.TRANSIT: Procedure.TIR_TRANSIT}


class NewInspectionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference: str | None = None
        self.setWindowTitle(self.tr("New joint inspection"))
        self.setMinimumWidth(520)
        lang = current_language()
        self.bcp = QComboBox()
        self.bcp.setObjectName("bcp")
        for code, bcp in BCPS.items():
            self.bcp.addItem(f"{bcp.name(lang)} ({code})", code)
        workstation = ctx.read(inspections.workstation_bcp)
        self.bcp.setCurrentIndex(max(0, self.bcp.findData(workstation)))
        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        for direction in Direction:
            self.direction.addItem(label(direction), direction.value)
        self.procedure = QComboBox()
        self.procedure.setObjectName("procedure")
        for procedure in Procedure:
            self.procedure.addItem(label(procedure), procedure.value)
        self.direction.currentIndexChanged.connect(self._direction_changed)
        self.arrived = time_edit("arrived_at")
        self.tractor = QLineEdit()
        self.tractor.setObjectName("tractor_plate")
        self.trailer = QLineEdit()
        self.trailer.setObjectName("trailer_plate")
        self.country = QLineEdit()
        self.country.setObjectName("vehicle_country")
        self.country.setMaxLength(2)
        self.description = QLineEdit()
        self.description.setObjectName("cargo_description")
        self.hs_code = QLineEdit()
        self.hs_code.setObjectName("hs_code")
        self.mass = QLineEdit()
        self.mass.setObjectName("gross_mass")
        self.proposed = QLabel()
        self.proposed.setObjectName("proposed_agencies")
        self.proposed.setProperty("role", "hint")
        self.proposed.setWordWrap(True)
        self.hs_code.textChanged.connect(self._propose)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("BCP"), self.bcp)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Procedure"), self.procedure)
        form.addRow(self.tr("Arrived"), self.arrived)
        form.addRow(self.tr("Tractor plate"), self.tractor)
        form.addRow(self.tr("Trailer plate"), self.trailer)
        form.addRow(self.tr("Country of registration (ISO)"), self.country)
        form.addRow(self.tr("Cargo description"), self.description)
        form.addRow(self.tr("HS code"), self.hs_code)
        form.addRow(self.tr("Gross mass, kg"), self.mass)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.proposed)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._propose()
        self.arrived.invalid.connect(self.error.setText)
        # BCP, direction, procedure and arrival come filled in: the plate is what is typed first.
        self.tractor.setFocus()

    def _direction_changed(self) -> None:
        procedure = DEFAULT_PROCEDURE[Direction(self.direction.currentData())]
        self.procedure.setCurrentIndex(self.procedure.findData(procedure.value))

    def _propose(self) -> None:
        code = self.hs_code.text().strip()
        agencies = self.ctx.registry.propose_agencies([code] if code else [])
        self.proposed.setText(self.tr("Agencies taking part: {agencies}").format(
            agencies=", ".join(label(a) for a in agencies)))

    def data(self) -> dict:
        arrived = from_edit(self.arrived)
        data = {
            "bcp": self.bcp.currentData(), "direction": self.direction.currentData(),
            "procedure": self.procedure.currentData(), "arrived_at": arrived.isoformat(),
            "vehicle": {"tractor_plate": self.tractor.text(), "trailer_plate": self.trailer.text(),
                        "country": self.country.text().upper() or None},
        }
        if self.description.text().strip() or self.hs_code.text().strip():
            mass_text = self.mass.text().strip().replace(",", ".").replace(" ", "")
            try:
                mass = float(mass_text) if mass_text else None
            except ValueError:
                mass = mass_text
            data["cargo"] = [{"description": self.description.text(), "hs_code": self.hs_code.text(),
                              "gross_mass_kg": mass}]
        return data

    def create(self) -> None:
        self.arrived.commit()
        if self.arrived.error:
            self.arrived.setFocus()
            return
        try:
            inspection_ref = self.ctx.write(
                lambda s: inspections.create(s, self.ctx.user, self.data(), self.ctx.registry).reference)
        except DomainError as exc:
            self.error.setText(exc.message())
            return
        self.reference = inspection_ref
        self.ctx.record_changed.emit(inspection_ref)
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> str | None:
        dialog = cls(ctx, parent)
        return dialog.reference if dialog.exec() == QDialog.DialogCode.Accepted else None
