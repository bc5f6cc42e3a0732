"""Translations of our own messages, read from the Qt Linguist file.

``translations/welfare_desk_th.ts`` is the one source of translations for the
core, the CLI and (through Qt's own tools) the desktop screens. Code below the
UI marks English text with ``N_`` and the presentation layer shows
``Translator(lang).tr(text, **params)``.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.errors import UserError, ValidationErrors

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
DEFAULT_CONTEXT = "core"
# Translations Qt's lrelease would not ship. "vanished" ones are kept: an old
# message stored in the event log may still be shown after the code changed.
_NOT_TRANSLATED = frozenset({"unfinished", "obsolete"})


def ts_file_name(lang: str) -> str:
    return f"welfare_desk_{lang}.ts"


def find_ts_file(lang: str) -> Path | None:
    """The installed package's copy first, then the dev checkout's translations/."""
    name = ts_file_name(lang)
    # The wheel puts translations/ inside the package; a plain path is enough
    # (and importlib.resources would add ~10 ms to every command's start).
    packaged = Path(__file__).resolve().parents[1] / "translations" / name
    if packaged.is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "translations" / name
    return checkout if checkout.is_file() else None


Catalog = dict[tuple[str, str], str]


def load_ts(path: Path) -> Catalog:
    """(context, source) -> translation for every finished message of a .ts file."""
    catalog: Catalog = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in _NOT_TRANSLATED or not translation.text:
                continue
            catalog[(context_name, source)] = translation.text
    return catalog


def _format(text: str, params: dict[str, Any]) -> str:
    return text.format(**params) if params else text


class Translator:
    """Looks up our messages in one language; English is the source text itself."""

    def __init__(self, lang: str, ts_path: Path | None = None) -> None:
        self.lang = lang
        self._ts_path = ts_path
        self._catalog: Catalog | None = None
        self._by_source: dict[str, str] = {}

    def _load(self) -> Catalog:
        if self._catalog is None:
            catalog: Catalog = {}
            if self.lang != SOURCE_LANGUAGE:
                path = self._ts_path or find_ts_file(self.lang)
                if path is None:
                    log.warning("no translations for %r; showing English", self.lang)
                else:
                    catalog = load_ts(path)
            # Any context's translation serves a lookup whose context has none.
            self._by_source = {src: text for (ctx, src), text in sorted(catalog.items())
                               if ctx != DEFAULT_CONTEXT}
            self._by_source.update({src: text for (ctx, src), text in catalog.items()
                                    if ctx == DEFAULT_CONTEXT})
            self._catalog = catalog
        return self._catalog

    def lookup(self, text: str, /, context: str = DEFAULT_CONTEXT) -> str | None:
        """The translation of ``text``, or None when there is none (yet)."""
        catalog = self._load()
        found = catalog.get((context, text))
        return found if found is not None else self._by_source.get(text)

    def tr(self, text: str, /, context: str = DEFAULT_CONTEXT, **params: Any) -> str:
        """The translation of ``text`` (else the English) with ``{names}`` filled in.

        ``text`` is positional-only so that ``{text}`` can be a placeholder;
        ``context`` is therefore the one name a placeholder cannot have.
        A param value that is itself a marked word (a status such as "lapsed",
        a role) is translated too; any other value is used as given.
        """
        return self._translate(text, context, params)

    def _translate(self, text: str, context: str, params: dict[str, Any]) -> str:
        params = {k: self._translated_value(v) for k, v in params.items()}
        translated = self.lookup(text, context)
        if translated is None:
            return _format(text, params)
        try:
            return _format(translated, params)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            log.warning("translation of %r has bad placeholders", text)
            return _format(text, params)

    def translate_error(self, err: UserError) -> str:
        """An error's message in this language; several errors one per line."""
        if isinstance(err, ValidationErrors):
            return "\n".join(self.translate_error(e) for e in err.errors)
        return self._translate(err.message, DEFAULT_CONTEXT, err.params)

    def _translated_value(self, value: Any) -> Any:
        """Params that are themselves marked words (a status, a role, a field name)
        are shown in this language too, dates as this language writes them (B.E. in
        Thai); other values stay as they are."""
        if isinstance(value, date):
            return format_date(value, "short", self.lang)
        if isinstance(value, str):
            found = self.lookup(value, DEFAULT_CONTEXT)
            return found if found is not None else value
        return value


@lru_cache(maxsize=8)
def get_translator(lang: str) -> Translator:
    """One shared Translator per language (it reads its file on first use)."""
    return Translator(lang)
