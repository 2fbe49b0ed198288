"""Part I: the consignment — header, vehicle, transit, agencies and the repeatable lines.

Every field is saved through ``inspections.update_consignment`` when its edit
is finished; the core validates it and a refusal is shown next to the field.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.bcps import BCPS
from inspector.domain.enums import Agency, Direction, Procedure, RiskLane
from inspector.domain.errors import DomainError, ValidationError
from inspector.domain.i18n import current_language, label
from inspector.services import inspections
from inspector.services.views import RecordView
from inspector.ui.bcp_time import DateTimeField, date_pattern, time_edit
from inspector.ui.context import AppContext
from inspector.ui.forms import Form
from inspector.ui.editor.lines import LinesEditor, cargo_columns, document_columns, driver_columns, seal_columns
from inspector.ui.style import INVALID_STYLE


def _days_after(value: str | None, days: int) -> str | None:
    return (datetime.fromisoformat(value) + timedelta(days=days)).isoformat() if value else None


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    return combo


class ConsignmentTab(QWidget):
    """Saved field by field; the window shows the record again after each save."""

    def __init__(self, ctx: AppContext, reference: str, view: RecordView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.reference = ctx, reference
        self.setObjectName("consignment")
        self.bcp = _combo("bcp")
        self.direction = _combo("direction")
        self.procedure = _combo("procedure")
        self.risk_lane = _combo("risk_lane")
        self.declaration = QLineEdit()
        self.declaration.setObjectName("declaration_ref")
        self.arrived = time_edit("arrived_at")
        self.tractor = QLineEdit()
        self.tractor.setObjectName("tractor_plate")
        self.trailer = QLineEdit()
        self.trailer.setObjectName("trailer_plate")
        self.country = QLineEdit()
        self.country.setObjectName("vehicle_country")
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(60)
        self.route = QLineEdit()
        self.route.setObjectName("transit_route")
        self.exit_bcp = _combo("transit_exit_bcp")
        self.deadline = time_edit("transit_deadline")
        self.deadline_set = QCheckBox()
        self.agency_boxes = {a.value: QCheckBox() for a in Agency}
        for agency, box in self.agency_boxes.items():
            box.setObjectName(f"takes_part_{agency}")
        self.agency_boxes["customs"].setEnabled(False)
        self.proposed = QLabel()
        self.proposed.setProperty("role", "hint")
        self.apply_proposed = QPushButton()
        self.apply_proposed.setObjectName("apply_proposed")
        self.apply_proposed.clicked.connect(self._apply_proposed)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lock_banner")
        self.lock_banner.setProperty("role", "locked")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setVisible(False)
        self.error = QLabel()
        self.error.setObjectName("consignment_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.header_form = Form()
        for widget in (self.bcp, self.direction, self.procedure, self.risk_lane, self.declaration, self.arrived):
            self.header_form.add(widget)
        self.vehicle_form = Form()
        for widget in (self.tractor, self.trailer, self.country):
            self.vehicle_form.add(widget)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_set)
        deadline_row.addWidget(self.deadline, 1)
        self.transit_form = Form()
        self.transit_form.add(self.route)
        self.transit_form.add(self.exit_bcp)
        self.transit_form.add(deadline_row)
        self.header_box, self.vehicle_box, self.transit_box, self.agency_box = (
            QGroupBox(), QGroupBox(), QGroupBox(), QGroupBox())
        self.header_box.setLayout(self.header_form)
        self.vehicle_box.setLayout(self.vehicle_form)
        self.transit_box.setLayout(self.transit_form)
        agencies = QGridLayout(self.agency_box)
        for n, box in enumerate(self.agency_boxes.values()):
            agencies.addWidget(box, 0, n)
            box.toggled.connect(self._agencies_toggled)
        agencies.addWidget(self.proposed, 1, 0, 1, 3)
        agencies.addWidget(self.apply_proposed, 1, 3)

        self.documents = LinesEditor("documents", document_columns())
        self.drivers = LinesEditor("drivers", driver_columns())
        self.cargo = LinesEditor("cargo", cargo_columns())
        self.seals = LinesEditor("seals", seal_columns())
        self.lines = {"documents": self.documents, "drivers": self.drivers, "cargo": self.cargo,
                      "seals": self.seals}
        for editor in self.lines.values():
            editor.edited.connect(lambda lines, key=editor.key: self.save({key: lines}, self.lines[key]))

        top = QGridLayout()
        top.addWidget(self.header_box, 0, 0, 2, 1)
        top.addWidget(self.vehicle_box, 0, 1)
        top.addWidget(self.transit_box, 1, 1)
        top.addWidget(self.agency_box, 2, 0, 1, 2)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.lock_banner)
        body_layout.addWidget(self.error)
        body_layout.addLayout(top)
        for editor in (self.cargo, self.documents, self.drivers, self.seals):
            body_layout.addWidget(editor)
        body_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._loading = False
        self.retranslate()
        self.update_from(view)
        self._connect_header()

    def _connect_header(self) -> None:
        self.bcp.activated.connect(lambda _i: self.save({"bcp": self.bcp.currentData()}, self.bcp))
        self.direction.activated.connect(lambda _i: self.save({"direction": self.direction.currentData()},
                                                               self.direction))
        self.procedure.activated.connect(lambda _i: self.save({"procedure": self.procedure.currentData()},
                                                               self.procedure))
        self.risk_lane.activated.connect(lambda _i: self.save({"risk_lane": self.risk_lane.currentData()},
                                                               self.risk_lane))
        self.declaration.editingFinished.connect(
            lambda: self.save({"declaration_ref": self.declaration.text()}, self.declaration))
        self.arrived.edited.connect(lambda: self.save({"arrived_at": self._iso(self.arrived)}, self.arrived))
        for field in (self.arrived, self.deadline):
            field.invalid.connect(lambda message: self._show_message(message) if message else self._hide_message())
        for edit in (self.tractor, self.trailer, self.country):
            edit.editingFinished.connect(lambda edit=edit: self.save({"vehicle": self._vehicle()}, edit))
        self.route.editingFinished.connect(lambda: self.save({"transit": self._transit()}, self.route))
        self.exit_bcp.activated.connect(lambda _i: self.save({"transit": self._transit()}, self.exit_bcp))
        self.deadline.edited.connect(lambda: self.save({"transit": self._transit()}, self.deadline))
        self.deadline_set.toggled.connect(self.deadline.setEnabled)
        self.deadline_set.toggled.connect(lambda _c: self.save({"transit": self._transit()}, self.deadline))

    # -- texts -----------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = current_language()
        self.header_box.setTitle(self.tr("Consignment"))
        self.vehicle_box.setTitle(self.tr("Vehicle"))
        self.transit_box.setTitle(self.tr("Transit"))
        self.agency_box.setTitle(self.tr("Participating agencies"))
        for widget, text in ((self.bcp, self.tr("BCP")), (self.direction, self.tr("Direction")),
                             (self.procedure, self.tr("Procedure")), (self.risk_lane, self.tr("Risk lane")),
                             (self.declaration, self.tr("Declaration")), (self.arrived, self.tr("Arrived"))):
            self.header_form.label(widget).setText(text)
        for widget, text in ((self.tractor, self.tr("Tractor plate")), (self.trailer, self.tr("Trailer plate")),
                             (self.country, self.tr("Country (ISO)"))):
            self.vehicle_form.label(widget).setText(text)
        self.transit_form.label(self.route).setText(self.tr("Route"))
        self.transit_form.label(self.exit_bcp).setText(self.tr("Exit BCP"))
        self.deadline_set.setText(self.tr("Deadline"))
        self._fill(self.bcp, [(c, f"{b.name(lang)} ({c})") for c, b in BCPS.items()])
        self._fill(self.exit_bcp, [(None, "—")] + [(c, f"{b.name(lang)} ({c})") for c, b in BCPS.items()])
        self._fill(self.direction, [(d.value, label(d)) for d in Direction])
        self._fill(self.procedure, [(p.value, label(p)) for p in Procedure])
        self._fill(self.risk_lane, [(None, "—")] + [(r.value, label(r)) for r in RiskLane])
        for agency, box in self.agency_boxes.items():
            box.setText(label(Agency(agency)))
        self.apply_proposed.setText(self.tr("Use proposed agencies"))
        self.documents.set_titles(self.tr("Documents"), [self.tr("Type"), self.tr("Number"), self.tr("Issuer"),
                                                         self.tr("Date ({pattern})").format(pattern=date_pattern())])
        self.drivers.set_titles(self.tr("Drivers"), [self.tr("Name as in passport (Latin)"),
                                                     self.tr("Name in original script"), self.tr("Passport"),
                                                     self.tr("Nationality")])
        self.cargo.set_titles(self.tr("Cargo"), [self.tr("Description"), self.tr("HS code"), self.tr("Packages"),
                                                 self.tr("Gross kg"), self.tr("Origin"), self.tr("Consignor"),
                                                 self.tr("Consignee")])
        self.seals.set_titles(self.tr("Seals"), [self.tr("Number"), self.tr("Status"), self.tr("New seal"),
                                                 self.tr("Affixed by")])

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # -- showing -----------------------------------------------------------------------

    def update_from(self, view: RecordView) -> None:
        doc = view.document
        self._loading = True
        for combo, value in ((self.bcp, doc["bcp"]), (self.direction, doc["direction"]),
                             (self.procedure, doc["procedure"]), (self.risk_lane, doc["risk_lane"])):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.declaration.setText(doc["declaration_ref"] or "")
        self._set_time(self.arrived, doc["arrived_at"])
        vehicle = doc["vehicle"]
        self.tractor.setText(vehicle["tractor_plate"] or "")
        self.trailer.setText(vehicle["trailer_plate"] or "")
        self.country.setText(vehicle["country"] or "")
        transit = doc.get("transit") or {}
        self.route.setText(transit.get("route") or "")
        self.exit_bcp.setCurrentIndex(max(0, self.exit_bcp.findData(transit.get("exit_bcp"))))
        self.deadline_set.blockSignals(True)
        self.deadline_set.setChecked(bool(transit.get("deadline")))
        self.deadline_set.blockSignals(False)
        self._set_time(self.deadline, transit.get("deadline") or _days_after(doc["arrived_at"], 3))
        for key, editor in self.lines.items():
            editor.set_lines(doc[key])
        involved = {a["agency"] for a in doc["agencies"]}
        for agency, box in self.agency_boxes.items():
            box.blockSignals(True)
            box.setChecked(agency in involved)
            box.blockSignals(False)
        proposed = self.ctx.registry.propose_agencies(c["hs_code"] for c in doc["cargo"])
        self.proposed_agencies = [a.value for a in proposed]
        self.proposed.setText(self.tr("Proposed from the HS codes: {agencies}").format(
            agencies=", ".join(label(a) for a in proposed)))
        editable = view.can("edit_consignment")
        self.editable = editable
        self.apply_proposed.setVisible(editable and set(self.proposed_agencies) != involved)
        for widget in (self.bcp, self.direction, self.procedure, self.risk_lane, self.exit_bcp, self.deadline_set):
            widget.setEnabled(editable)
        for widget in (self.declaration, self.tractor, self.trailer, self.country, self.route, self.arrived):
            widget.setReadOnly(not editable)
        self.deadline.setReadOnly(not editable)
        self.deadline.setEnabled(self.deadline_set.isChecked())
        if view.locked:
            text = self.tr("Locked: the record is finalized. Corrections only by an amendment.")
        elif not editable:
            text = self.tr("Read only: the lead officer or a supervisor completes the consignment.")
        else:
            text = ""
        self.lock_banner.setText(text)
        self.lock_banner.setVisible(bool(text))
        for agency, box in self.agency_boxes.items():
            box.setEnabled(editable and agency != "customs")
        for editor in self.lines.values():
            editor.set_read_only(not editable)
        self._loading = False

    @staticmethod
    def _set_time(edit: DateTimeField, value: str | None) -> None:
        if value:
            edit.set_value(datetime.fromisoformat(value))

    @staticmethod
    def _iso(edit: DateTimeField) -> str:
        return edit.value().isoformat()

    def _vehicle(self) -> dict:
        return {"tractor_plate": self.tractor.text(), "trailer_plate": self.trailer.text(),
                "country": self.country.text().upper() or None}

    def _transit(self) -> dict | None:
        route, exit_bcp = self.route.text().strip(), self.exit_bcp.currentData()
        deadline = self._iso(self.deadline) if self.deadline_set.isChecked() else None
        if not (route or exit_bcp or deadline):
            return None
        return {"route": route or None, "exit_bcp": exit_bcp, "deadline": deadline}

    # -- saving -------------------------------------------------------------------------

    def save(self, changes: dict, widget: QWidget) -> None:
        if self._loading:
            return
        try:
            self.ctx.change(self.reference, inspections.update_consignment, changes)
        except DomainError as exc:
            self._show_error(exc, widget)
            return
        self._clear_error(widget)

    def _show_message(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _hide_message(self) -> None:
        self.error.setVisible(False)

    def focus_first(self) -> None:
        """The first field to complete: the declaration reference when the consignment can change."""
        if self.editable:
            self.declaration.setFocus()

    def _show_error(self, exc: DomainError, widget: QWidget) -> None:
        self._show_message(exc.message())
        if isinstance(widget, LinesEditor):
            widget.show_error(exc.message())
        else:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(exc.message())
        self.invalid_field = getattr(exc, "field", "") if isinstance(exc, ValidationError) else ""

    def _clear_error(self, widget: QWidget) -> None:
        self.error.setVisible(False)
        if isinstance(widget, LinesEditor):
            widget.show_error(None)
        else:
            widget.setStyleSheet("")
            widget.setToolTip("")

    def _agencies_toggled(self) -> None:
        if self._loading:
            return
        chosen = [a for a, box in self.agency_boxes.items() if box.isChecked()]
        self._set_agencies(chosen)

    def _apply_proposed(self) -> None:
        self._set_agencies(self.proposed_agencies)

    def _set_agencies(self, agencies: list[str]) -> None:
        try:
            self.ctx.change(self.reference, inspections.set_agencies, agencies, self.ctx.registry)
        except DomainError as exc:
            self._show_message(exc.message())

