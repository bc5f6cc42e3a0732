"""Running what a user asked for: quick work at once, slow work off the UI thread.

Both report errors through ``errors.show_error``; a refused change leaves the
screens as they were. Slow work (checks, backups, year close, big reports)
runs in a QThreadPool worker with a busy indicator that appears only if the
work takes longer than a moment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from welfare_desk.ui import errors

T = TypeVar("T")
SHOW_PROGRESS_AFTER_MS = 300


def run_now(parent: QWidget | None, work: Callable[[], T]) -> T | None:
    """Runs ``work``; on any error shows it and returns None."""
    try:
        return work()
    except Exception as exc:
        errors.show_error(parent, exc)
        return None


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[_Job] = set()


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T],
                      done: Callable[[T], None], *, blocking: bool = True) -> None:
    """Runs ``work`` in a worker thread, then ``done(result)`` on the UI thread.

    ``blocking`` work (a check, a backup, a close) shows a window-modal busy
    dialog if it takes more than a moment; a page reading its figures does not
    block anything: the page shows its own "reading…" state.
    """
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("progress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    progress.reset()  # QProgressDialog would show itself after minimumDuration otherwise
    progress.setAutoClose(False)
    job = _Job(work)
    _running.add(job)
    timer = QTimer(progress)
    timer.setSingleShot(True)
    timer.timeout.connect(progress.show)
    if blocking:
        timer.start(SHOW_PROGRESS_AFTER_MS)

    def finish() -> None:
        timer.stop()
        progress.close()
        progress.deleteLater()
        _running.discard(job)

    def succeeded(result: object) -> None:
        finish()
        try:
            done(result)  # type: ignore[arg-type]
        except Exception as exc:
            errors.show_error(parent, exc)

    def failed(exc: object) -> None:
        finish()
        assert isinstance(exc, BaseException)
        errors.show_error(parent, exc)

    job.signals.finished.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """For tests and shutdown: waits until no job runs."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
