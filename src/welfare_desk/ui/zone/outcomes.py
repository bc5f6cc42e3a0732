"""What became of each imported batch, in words (the reason in the user's language)."""

from __future__ import annotations

from welfare_desk.i18n.catalog import get_translator
from welfare_desk.ledger.text import N_
from welfare_desk.sync.zone_sync import ImportReport
from welfare_desk.ui.text import language, tr

OUTCOME_NAMES = {
    "applied": N_("taken in"),
    "already": N_("had it already"),
    "pending": N_("waiting for missing events"),
    "quarantined": N_("quarantined"),
    "refused": N_("REFUSED"),
}
BAD, WARN = "bad", "warn"
SHADES = {"refused": BAD, "quarantined": WARN, "pending": WARN}


def reason(report: ImportReport) -> str:
    """The service's message with its params (dates in B.E. in Thai)."""
    text = get_translator(language()).tr(report.message, **report.params)
    if report.outcome == "refused":
        text += " " + tr(N_("The zone's data did not change."))
    return text


def outcome_rows(reports: list[ImportReport]
                 ) -> tuple[list[tuple[str, ...]], dict[int, str]]:
    rows: list[tuple[str, ...]] = []
    shades: dict[int, str] = {}
    for n, r in enumerate(reports):
        events = f"{r.seq_from}-{r.seq_to}" if r.seq_to else ""
        rows.append((r.path.name, r.fund_code, events, tr(OUTCOME_NAMES[r.outcome]),
                     reason(r)))
        if r.outcome in SHADES:
            shades[n] = SHADES[r.outcome]
    return rows, shades
