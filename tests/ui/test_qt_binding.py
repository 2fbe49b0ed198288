"""The Qt binding must not leak or drop references to None (PySide6 6.12.0 did
under Python 3.11 and the app aborted after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QPushButton


def test_void_calls_keep_none_alive(qtbot):
    button = QPushButton()
    combo = QComboBox()
    combo.addItem("—", None)
    qtbot.addWidget(button)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(2000):
        button.setEnabled(True)
        combo.currentData()
        button.findChild(QPushButton, "missing")
    assert abs(sys.getrefcount(None) - before) < 200
