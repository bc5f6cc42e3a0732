"""Settings → the language of the screens (Thai by default, or English)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from welfare_desk.ledger.text import N_
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import language, tr
from welfare_desk.ui.widgets.forms import action_button, note

# Each language is named in itself, so whoever switched by mistake can switch back.
LANGUAGES = (("th", "ภาษาไทย"), ("en", "English"))


class LanguageTab(QWidget):
    """The choice is the computer's, not the fund's: it is kept in the app's settings."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(note(tr(N_(
            "The language of the screens on this computer. The fund's data stays as it "
            "is."))))
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for code, name in LANGUAGES:
            radio = QRadioButton(name)
            radio.setObjectName(f"language_{code}")
            radio.setChecked(code == language())
            self.group.addButton(radio)
            self.radios[code] = radio
            layout.addWidget(radio)
        row = QHBoxLayout()
        self.apply_button = action_button(tr(N_("Use this language")))
        self.apply_button.setObjectName("apply_language")
        self.apply_button.clicked.connect(self.apply)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = note("")
        layout.addWidget(self.result)
        layout.addStretch(1)

    def chosen(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def apply(self) -> None:
        lang = self.chosen()
        self.session.settings.language = lang
        self.session.settings.sync()
        if lang != language():
            # The main window rebuilds itself in the new language (every text is
            # translated when a window is built).
            self.session.language_chosen.emit(lang)
        self.result.setText(tr(N_("Saved. Welfare Desk opens in this language from now on.")))
