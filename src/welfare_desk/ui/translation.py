"""Qt's translator, answered from our one catalog (translations/welfare_desk_th.ts).

The screens' texts and Qt's own (dialog buttons, the line edit's menu) are
looked up here, so there is no compiled .qm to build or ship: the .ts file
the CLI reads is the one the desktop reads. lrelease still checks it (a test
asks it for 0 unfinished).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from welfare_desk.i18n.catalog import SOURCE_LANGUAGE, Translator, get_translator
from welfare_desk.ui import text


class CatalogTranslator(QTranslator):
    def __init__(self, catalog: Translator) -> None:
        super().__init__()
        self._catalog = catalog

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = self._catalog.lookup(source, context) if source else None
        # None becomes a null QString: "not here", and Qt shows the source text.
        return found

    def isEmpty(self) -> bool:
        return False


_installed: list[CatalogTranslator] = []


def install_language(lang: str) -> None:
    """Makes ``lang`` the language of every text shown from now on."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    text.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Thai if lang == "th"
                               else QLocale.Language.English, QLocale.Country.Thailand))
    if lang != SOURCE_LANGUAGE:
        translator = CatalogTranslator(get_translator(lang))
        app.installTranslator(translator)
        _installed.append(translator)
