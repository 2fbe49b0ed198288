"""An item's photos: thumbnails under the item, the full-size view, removal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

THUMBNAIL = 96


def thumbnail(data: bytes | None, size: int = THUMBNAIL) -> QPixmap | None:
    image = QImage()
    if not data or not image.loadFromData(data):
        return None
    return QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))


class PhotoStrip(QWidget):
    """Thumbnails in a row; Enter or a click views one, Delete (or its menu) removes it."""

    #: the officer wants to see a photo full size (sha256)
    view_requested = Signal(str)
    #: the officer wants to remove a photo (sha256)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_strip")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 2, 0, 2)
        self.row.addStretch()
        self.buttons: dict[str, QToolButton] = {}
        self.removable = False
        self.setVisible(False)

    def set_photos(self, photos: list[tuple[str, bytes | None]], removable: bool) -> None:
        """``photos``: (sha256, data or None when not loaded) in order."""
        self.removable = removable
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for n, (sha, data) in enumerate(photos):
            button = QToolButton()
            button.setObjectName(f"photo_{sha[:12]}")
            button.setProperty("sha256", sha)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            pixmap = thumbnail(data)
            if pixmap is not None:
                button.setIcon(QIcon(pixmap))
                button.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
            else:
                button.setText(self.tr("Scan") if data else "…")
                button.setFixedSize(THUMBNAIL, THUMBNAIL)
            button.setToolTip(self.tr("Photo {n}: Enter to view, Delete to remove").format(n=n + 1)
                              if removable else self.tr("Photo {n}: Enter to view").format(n=n + 1))
            button.clicked.connect(lambda _c=False, s=sha: self.view_requested.emit(s))
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(lambda _p, s=sha, b=button: self._menu(s, b))
            button.installEventFilter(self)
            self.row.insertWidget(self.row.count() - 1, button)
            self.buttons[sha] = button
        self.setVisible(bool(photos))

    def _menu(self, sha: str, button: QToolButton) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("View full size"), lambda: self.view_requested.emit(sha))
        remove = menu.addAction(self.tr("Remove photo…"), lambda: self.remove_requested.emit(sha))
        remove.setEnabled(self.removable)
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == event.Type.KeyPress and isinstance(watched, QToolButton):
            sha = watched.property("sha256")
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view_requested.emit(sha)
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.removable:
                self.remove_requested.emit(sha)
                return True
        return super().eventFilter(watched, event)


class PhotoViewer(QDialog):
    """A photo at full size (scrolled when larger than the screen); Esc closes."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self.setWindowTitle(title)
        image = QImage()
        self.picture = QLabel()
        self.picture.setObjectName("photo_full")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image.loadFromData(data):
            self.picture.setPixmap(QPixmap.fromImage(image))
        else:
            self.picture.setText(self.tr("This attachment is not a picture (a scanned PDF); "
                                         "it prints in the report's appendix."))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.reject)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and not image.isNull():
            self.resize(min(image.width() + 40, screen.width() - 80), min(image.height() + 40, screen.height() - 80))

    @classmethod
    def show_photo(cls, data: bytes, title: str, parent: QWidget | None = None) -> PhotoViewer:
        viewer = cls(data, title, parent)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer


class RemovePhotoQuestion:
    """"Remove this photo?" with No as the default; a class so tests can answer it."""

    @staticmethod
    def ask(parent: QWidget, item_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("RemovePhotoQuestion", "Remove photo"),
                          QCoreApplication.translate("RemovePhotoQuestion", "Remove this photo from “{item}”? "
                                                     "The removal is recorded in the history.").format(item=item_text),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
