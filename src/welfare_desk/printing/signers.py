"""The name printed under a signature line."""

from __future__ import annotations

from welfare_desk.i18n.catalog import Translator
from welfare_desk.ledger.fund import ROLE_NAMES, is_role_word


def signer_name(name: str, t: Translator) -> str:
    """A person's name as the app knows it, or "" (a dotted line to write it on) when
    the user's display name is only their role: "(เหรัญญิก)" above "ผู้รับเงิน
    (เหรัญญิก)" says nothing about who signed."""
    words = set(ROLE_NAMES.values()) | {t.tr(word) for word in ROLE_NAMES.values()}
    return "" if is_role_word(name, words) else name
