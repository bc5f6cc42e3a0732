"""The demo fund through every report command, and the exported journal read back by
hledger with the same balances as our trial balance."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli import run

UNTIL = "2026-09-30"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert run(path, "demo", "--members", "120", "--years", "3", "--seed", "7",
               "--until", UNTIL) == 0
    return path


def _trial_balance(demo: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    capsys.readouterr()
    assert run(demo, "report", "trial-balance", "--format", "csv") == 0
    return {r["code"]: r["balance"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}


def test_the_demo_is_deterministic_and_verifies(demo: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    again = tmp_path / "again.sqlite"
    assert run(again, "demo", "--members", "120", "--years", "3", "--seed", "7",
               "--until", UNTIL) == 0
    assert _trial_balance(demo, capsys) == _trial_balance(again, capsys)
    assert run(demo, "check") == 0


@pytest.mark.parametrize("args", [
    ["summary"],
    ["report", "receipts-payments", "--from", "1/10/2568", "--to", "30/9/2569"],
    ["report", "position", "--as-of", UNTIL],
    ["report", "benefits", "--from", "2025-10-01", "--to", UNTIL, "--format", "json"],
    ["report", "members", "--as-of", UNTIL],
    ["report", "arrears", "--as-of", UNTIL],
    ["report", "statement", "--member", "3", "--to", UNTIL],
    ["report", "codi", "--year", "2569"],
    ["report", "monthly", "--month", "2026-08"],
    ["member", "show", "3"],
    ["member", "find", "สม"],
    ["member", "arrears", "3", "--as-of", UNTIL],
    ["matching", "list", "--year", "2026"],
    ["dues", "lapse", "--as-of", UNTIL],
    ["user", "list"],
])
def test_every_report_command_runs_on_the_demo(demo: Path, args: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(demo, *args, lang="th") == 0
    captured = capsys.readouterr()
    assert captured.out.strip() and not captured.err


def test_receipts_and_payments_add_up(demo: Path) -> None:
    from datetime import date

    from welfare_desk.db.database import Database
    from welfare_desk.services.reports.books import financial_position, receipts_and_payments

    db = Database.open(demo)
    try:
        rp = receipts_and_payments(db, date(2025, 10, 1), date(2026, 9, 30))
        opening = sum(x.amount for x in rp.opening)
        closing = sum(x.amount for x in rp.closing)
        assert opening + rp.total_receipts - rp.total_payments + rp.other_movements == closing
        assert rp.total_receipts > 0 and rp.total_payments > 0
        position = financial_position(db, date(2026, 9, 30))
        assert position.total_assets == position.total_liabilities_and_equity
    finally:
        db.close()


@pytest.mark.skipif(shutil.which("hledger") is None,
                    reason="hledger is not installed (make test installs it when it can)")
def test_hledger_reads_the_exported_journal_with_our_balances(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = tmp_path / "book.journal"
    assert run(demo, "export", "ledger", "--out", str(journal)) == 0
    ours = {code: balance for code, balance in _trial_balance(demo, capsys).items()
            if float(balance) != 0}
    out = subprocess.run(
        ["hledger", "-f", str(journal), "balance", "--flat", "--no-total", "-O", "csv"],
        capture_output=True, text=True, check=True).stdout
    theirs = {}
    for row in list(csv.reader(io.StringIO(out)))[1:]:
        account, amount = row[0], row[1]
        code = account.split(":")[1].split(" ")[0]
        theirs[code] = f"{float(amount.replace(',', '')):.2f}"
    assert theirs == ours


def test_the_quick_trial_balance_equals_the_full_one(demo: Path) -> None:
    from datetime import date

    from welfare_desk.db.database import Database
    from welfare_desk.services.reports.books import trial_balance
    from welfare_desk.services.reports.trial_balance import trial_balance_of_file

    for as_of in (None, date(2025, 3, 31)):
        quick = trial_balance_of_file(demo, as_of)
        db = Database.open(demo)
        try:
            full = trial_balance(db, as_of)
        finally:
            db.close()
        assert quick == full and quick.total == 0
    assert trial_balance_of_file(demo.with_name("missing.sqlite")) is None


def test_the_demo_pays_death_benefits_to_heirs_and_writes_thai_books(tmp_path: Path) -> None:
    """A4 and A3 in the demo: no voucher of a death benefit names the member who died,
    and no entry carries an English code or a C.E. ISO date."""
    import re
    import sqlite3

    demo = tmp_path / "deaths.sqlite"  # a seed whose fund has members who died
    assert run(demo, "demo", "--members", "60", "--years", "2", "--seed", "2",
               "--until", UNTIL) == 0
    conn = sqlite3.connect(demo)
    try:
        death = conn.execute(
            "SELECT v.payee_name, m.title || m.first_name || ' ' || m.last_name, v.purpose "
            "FROM payment_voucher v JOIN claim c ON c.id = v.claim_id "
            "JOIN member m ON m.id = c.member_id "
            "WHERE c.benefit_code IN ('death', 'funeral')").fetchall()
        texts = [r[0] for r in conn.execute("SELECT description FROM journal_entry")]
        texts += [r[0] for r in conn.execute("SELECT note FROM balance_assertion")]
    finally:
        conn.close()
    assert death, "the demo has no death benefit paid"
    assert all(payee != member and member in purpose for payee, member, purpose in death)
    english = [t for t in texts if re.search(r"[A-Za-z_]{4,}|\d{4}-\d\d-\d\d", t)]
    assert english == []
