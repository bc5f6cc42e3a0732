"""Where new ids and timestamps come from: random UUIDs and the UTC clock, except
while a deterministic source is installed (the demo fund with --seed, tests)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from random import Random


def _random_id() -> str:
    return str(uuid.uuid4())


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_ids: ContextVar[Callable[[], str]] = ContextVar("welfare_desk_ids", default=_random_id)
_now: ContextVar[Callable[[], str]] = ContextVar("welfare_desk_now", default=_utc_now)


def new_id() -> str:
    return _ids.get()()


def now_iso() -> str:
    return _now.get()()


@contextmanager
def deterministic(rng: Random, clock: Callable[[], str]) -> Iterator[None]:
    """Ids drawn from ``rng`` and timestamps from ``clock`` inside the block."""
    ids_token = _ids.set(lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    now_token = _now.set(clock)
    try:
        yield
    finally:
        _ids.reset(ids_token)
        _now.reset(now_token)
