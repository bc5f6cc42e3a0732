"""Keyed pseudonyms for national IDs above the zone (a province, the nation).

The same ID always gives the same pseudonym under one key, so a person active in
two funds is still found; without the key the pseudonym does not lead back to
the ID (13-digit IDs are too few to hide behind a plain hash). 13 characters of
base32, to fit where the ID was.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

ID_FIELDS = frozenset({"national_id", "payee_national_id"})
LENGTH = 13


def pseudonym(key: bytes, national_id: str) -> str:
    digest = hmac.new(key, national_id.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:LENGTH]


def pseudonymize(payload: Any, key: bytes) -> Any:
    """A copy of an event payload with every national ID replaced by its pseudonym."""
    if isinstance(payload, dict):
        return {k: (pseudonym(key, v) if k in ID_FIELDS and isinstance(v, str) and v
                    else pseudonymize(v, key)) for k, v in payload.items()}
    if isinstance(payload, list):
        return [pseudonymize(v, key) for v in payload]
    return payload


def key_check(key: bytes) -> str:
    """What the store records of its key: enough to refuse a different key, no more."""
    return hashlib.sha256(b"welfare-desk pseudonym key\n" + key).hexdigest()[:16]
