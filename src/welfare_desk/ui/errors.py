"""The one place errors are shown.

A user's mistake (UserError) gets its message in the user's language and
nothing was changed (services roll back). The computer's refusal (disk full,
no permission) says so. Anything else is a bug: a dialog whose details can be
copied and sent to whoever looks after the fund's computer.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from welfare_desk.i18n.catalog import get_translator
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.ui.text import language, tr

log = logging.getLogger(__name__)


def user_message(err: UserError) -> str:
    return get_translator(language()).translate_error(err)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        box = QMessageBox(QMessageBox.Icon.Warning, tr(N_("Not done")), user_message(exc),
                          QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(tr(N_("Nothing was changed.")))
    elif isinstance(exc, OSError):
        box = QMessageBox(QMessageBox.Icon.Critical, tr(N_("The computer refused")),
                          tr(N_("The computer refused: {problem}"), problem=str(exc)),
                          QMessageBox.StandardButton.Ok, parent)
    else:
        log.error("unexpected error", exc_info=exc)
        box = QMessageBox(QMessageBox.Icon.Critical, tr(N_("Something went wrong")),
                          tr(N_("This is a fault in Welfare Desk, not your mistake. "
                                "Nothing half-done was saved. Copy the details below "
                                "and send them to whoever looks after this computer.")),
                          QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setObjectName("error_box")
    box.exec()


def install_excepthook() -> None:
    """Errors escaping a slot reach the same dialog instead of killing the app."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc.with_traceback(tb))

    sys.excepthook = hook
