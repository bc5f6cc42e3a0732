"""What became of each imported batch, in words (the reason in the user's language)."""

from __future__ import annotations

from welfare_desk.i18n.catalog import DEFAULT_CONTEXT, get_translator
from welfare_desk.ledger.text import N_
from welfare_desk.sync.zone_sync import ImportReport
from welfare_desk.ui.text import language, tr

OUTCOME_NAMES = {
    "applied": N_("Applied"),
    "already": N_("Already here"),
    "pending": N_("Held: waiting for missing events"),
    "quarantined": N_("Quarantined"),
    "refused": N_("REFUSED"),
}
BAD, WARN = "bad", "warn"
# The services' words name the CLI's commands; the window names its own buttons.
ON_SCREEN = {
    "The fund's key is registered but not confirmed: the batch is kept aside. Compare the "
    "fingerprint with the fund, then 'zone confirm-fund'":
        N_("The fund's key is registered but not confirmed: the batch is kept aside. Compare "
           "the fingerprint with the fund: Confirm a fund's key… (Ctrl+F)"),
    "Fund {code} is not registered with this zone: register its key file with "
    "'zone register-fund' first":
        N_("Fund {code} is not registered with this zone: register its key file first "
           "(Register a fund…, Ctrl+R)"),
}
SHADES = {"refused": BAD, "quarantined": WARN, "pending": WARN}


def reason(report: ImportReport) -> str:
    """The service's message with its params (dates in B.E. in Thai)."""
    message = ON_SCREEN.get(report.message, report.message)
    text = get_translator(language()).tr(message, DEFAULT_CONTEXT, **report.params)
    if report.outcome == "refused":
        end = "" if language() == "th" or text.endswith((".", "!", "?")) else "."
        text += end + " " + tr(N_("The zone's data did not change."))
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
