"""Slow work off the GUI thread (reports, exports, counts over large tables)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """Runs ``work(progress)`` in the thread pool; results come back as signals.

    ``progress(done, total)`` may be called from the work function.
    """

    def __init__(self, work: Callable, *, with_progress: bool = False) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit) if self._with_progress else self._work()
        except BaseException as exc:  # handed to the GUI thread's error helper
            log.debug("task failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


def start(work: Callable, on_done: Callable | None = None, on_error: Callable | None = None,
          on_progress: Callable | None = None) -> Task:
    task = Task(work, with_progress=on_progress is not None)
    if on_done:
        task.signals.finished.connect(on_done)
    if on_error:
        task.signals.failed.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
