"""What every list of records shares: search box → results by keyboard, Enter opens,
a count in the language's plural forms, and reloading only while visible.

Texts here use an explicit translation context: PySide6's ``self.tr()`` takes
the context from the object's runtime class, so a string in a base class would
be looked up under each subclass's name and never found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.services import queries
from inspector.ui.context import AppContext
from inspector.ui.models.inspection_table import InspectionTableModel, column_widths


class RecordCount(QObject):
    """"1 record shown", "5 records shown": the language's plural forms (en/ru/tk .ts).

    A class of its own because lupdate sees plural forms only in ``self.tr(text, "", n)``,
    and ``self.tr`` must not be inherited (PySide6 takes the runtime class as context).
    """

    def text(self, shown: int, more: bool) -> str:
        if more:
            return self.tr("The first %n record(s) shown; scroll for more", "", shown)
        return self.tr("%n record(s) shown", "", shown)


_COUNT = RecordCount()


def count_text(shown: int, more: bool) -> str:
    return _COUNT.text(shown, more)


class ResultKeys(QObject):
    """Down or Enter in the search box moves into the results; Enter there opens the record."""

    def __init__(self, search: QLineEdit, table: QTableView, open_row) -> None:
        super().__init__(search)
        self.search, self.table, self.open_row = search, table, open_row
        search.installEventFilter(self)
        table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_results()
            return True
        if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.table.currentIndex()
            if index.isValid():
                self.open_row(index.row())
            return True
        if watched is self.table and key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
            self.search.setFocus()
            return True
        return False

    def enter_results(self) -> None:
        # A search typed a moment ago may still be waiting for its debounce: apply it first.
        timer = getattr(self.search, "debounce", None)
        if timer is not None and timer.isActive():
            timer.stop()
            timer.timeout.emit()
        if self.table.model().rowCount() == 0:
            return
        self.table.setFocus()
        row = max(0, self.table.currentIndex().row())
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.table.model().index(row, 0))


def fit_columns(table: QTableView) -> None:
    """Column widths for the texts of the current language (after a language change too)."""
    table.ensurePolished()  # the style sheet's font, not the default one
    widths = column_widths(table.fontMetrics(), table.model())
    for position, width in widths.items():
        if position < len(widths) - 1:  # the last one takes what is left
            table.setColumnWidth(position, width)


def configure_table(table: QTableView, model: InspectionTableModel) -> None:
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    fit_columns(table)


class RecordListPage(QWidget):
    """A titled list of records with a search box; subclasses say which records."""

    #: the user asked to open a record (reference)
    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("queue_search")
        self.search.setClearButtonEnabled(True)
        self.model = InspectionTableModel(ctx, self)
        self.table = QTableView()
        configure_table(self.table, self.model)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.count = QLabel()
        self.count.setObjectName("queue_count")
        self.count.setProperty("role", "hint")
        self.keys = ResultKeys(self.search, self.table, self.open_row)
        self.search.debounce = QTimer(self, singleShot=True, interval=250)
        self.search.debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self.search.debounce.start)
        self.buttons = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addLayout(self.buttons)
        layout.addLayout(bottom)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        ctx.record_changed.connect(self._record_changed)
        ctx.user_changed.connect(self._user_changed)
        self._user_id = ctx.user.id if ctx.user is not None else None

    # -- what subclasses say ------------------------------------------------------------

    def record_filter(self) -> queries.InspectionFilter | None:
        """The records of this list; None for none at all."""
        raise NotImplementedError

    def retranslate(self) -> None:
        self.search.setPlaceholderText(QCoreApplication.translate("RecordList", "Search: plate, reference, name…"))
        self.search.setToolTip(QCoreApplication.translate(
            "RecordList", "Plate, reference, document number, declaration, driver's name or passport, consignor or "
                          "consignee. Enter or Down: to the results; Enter there opens the record."))
        self.model.retranslate()
        fit_columns(self.table)
        self._update_count()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.stale = False
        flt = self.record_filter()
        self.model.reload(flt, nothing=flt is None)
        self._update_count()

    def _record_changed(self, _reference: str) -> None:
        if self.isVisible():
            self.reload()
        else:  # a hidden list costs nothing now; it reloads when shown
            self.stale = True

    def _user_changed(self, user) -> None:
        user_id = user.id if user is not None else None
        if user_id is not None and user_id != self._user_id:
            self.search.clear()  # the next officer starts from a clean list
            self.stale = True
        if user_id is not None:
            self._user_id = user_id
        if self.isVisible() and self.stale:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        if self.stale:
            self.reload()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_count(self) -> None:
        self.count.setText(count_text(self.model.rowCount(), self.model.canFetchMore()))

    # -- opening ------------------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        reference = self.model.reference_at(row)
        if reference:
            self.open_requested.emit(reference)

    def current_reference(self) -> str | None:
        return self.model.reference_at(self.table.currentIndex().row())
