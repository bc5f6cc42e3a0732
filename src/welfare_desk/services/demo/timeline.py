"""Dated intentions, run in date order; an intention may schedule later ones."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from datetime import date

# Same-day order: people join, pay, money arrives, claims move, money moves, books close.
JOIN, PAY, VOID, GRANT, FILE, DECIDE, PAYOUT, STATUS, TRANSFER, CLOSE_MONTH, CLOSE_YEAR = range(11)


class Timeline:
    def __init__(self) -> None:
        self._heap: list[tuple[date, int, int, Callable[[], None]]] = []
        self._seq = 0

    def at(self, on: date, priority: int, action: Callable[[], None]) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (on, priority, self._seq, action))

    def run(self, until: date) -> None:
        while self._heap:
            on, _priority, _seq, action = heapq.heappop(self._heap)
            if on > until:
                break
            action()
