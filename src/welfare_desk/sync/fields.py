"""The small text files of sync: one "name: value" per line, readable by a person."""

from __future__ import annotations

from collections.abc import Iterable

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_


def render_fields(pairs: Iterable[tuple[str, object]]) -> str:
    return "".join(f"{name}: {value}\n" for name, value in pairs)


def parse_fields(text: str, what: str, repeatable: frozenset[str] = frozenset()
                 ) -> dict[str, list[str]]:
    """name -> values; comment lines (#) and blank lines are skipped."""
    fields: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, value = line.partition(": ")
        if not sep or (name in fields and name not in repeatable):
            raise UserError(N_("{what} is damaged or not what was expected (line '{line}')"),
                            what=what, line=line[:40])
        fields.setdefault(name, []).append(value.strip())
    return fields


def one(fields: dict[str, list[str]], name: str, what: str) -> str:
    try:
        return fields[name][0]
    except KeyError:
        raise UserError(N_("{what} is damaged or not what was expected (no '{line}')"),
                        what=what, line=name) from None
