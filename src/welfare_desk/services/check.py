"""'Check my data': SQLite integrity, the event chain and the books' invariants."""

from __future__ import annotations

from dataclasses import dataclass

from welfare_desk.db import verify
from welfare_desk.db.database import Database
from welfare_desk.ledger.text import N_

SECTION_TITLES = {
    "sqlite": N_("The database file is intact"),
    "chain": N_("The history of changes is complete and unaltered"),
    "books": N_("The books balance (entries, trial balance, receipts gap-free, counts)"),
}


@dataclass(frozen=True)
class CheckSection:
    key: str
    title: str  # N_-marked
    problems: tuple[verify.Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CheckReport:
    sections: tuple[CheckSection, ...]
    events: int

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.sections)


def check_database(db: Database) -> CheckReport:
    results, events = db.run_checks()
    sections = tuple(CheckSection(key, SECTION_TITLES[key], tuple(found))
                     for key, found in results.items())
    return CheckReport(sections, events)
