"""The command line as a user types it, on a fresh fund and on a small demo fund."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import snapshot
from welfare_desk.cli.main import main
from welfare_desk.db.database import Database

INIT = ["init", "--name", "กองทุนสวัสดิการชุมชนตำบลทดสอบ", "--code", "T0001",
        "--tambon", "ทดสอบ", "--amphoe", "เมือง", "--province", "ลำพูน",
        "--village", "1:บ้านหนองบัว", "--village", "2:บ้านดอนแก้ว",
        "--bank", "ธ.ก.ส.:020-1-23456-7"]
MEMBER = ["member", "add", "--title", "นาง", "--first", "สมศรี", "--last", "ใจดี",
          "--national-id", "1-1014-00011-27-0", "--born", "12/05/2510", "--joined",
          "2024-01-05", "--village", "1"]


def run(db: Path, *args: str, lang: str = "en") -> int:
    try:
        return main(["--db", str(db), "--lang", lang, *args])
    except SystemExit as exc:  # argparse refuses malformed command lines itself
        return int(exc.code or 0)


@pytest.fixture
def fund(tmp_path: Path) -> Path:
    path = tmp_path / "fund.sqlite"
    assert run(path, *INIT) == 0
    return path


def _state(path: Path) -> dict[str, list[tuple[object, ...]]]:
    db = Database.open(path)
    try:
        return snapshot(db)
    finally:
        db.close()


def test_member_dues_and_trial_balance(fund: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(fund, *MEMBER) == 0
    capsys.readouterr()
    assert run(fund, "dues", "pay", "--member", "1", "--amount", "30", "--date", "5/1/2567") == 0
    assert capsys.readouterr().out.strip() == "1/001"
    assert run(fund, "dues", "pay", "--member", "1", "--amount", "1,234.50",
               "--date", "2024-02-05") == 0
    assert capsys.readouterr().out.strip() == "1/002"
    assert run(fund, "report", "trial-balance", "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["code"], r["balance"]) for r in rows] == [("1101", "1264.50"),
                                                         ("4101", "-1264.50")]
    assert run(fund, "report", "trial-balance", "--format", "json", "--as-of", "31/1/2567") == 0
    data = json.loads(capsys.readouterr().out)
    assert {x["code"]: x["balance"] for x in data["lines"]} == {"1101": "30.00",
                                                                "4101": "-30.00"}
    assert run(fund, "check") == 0


@pytest.mark.parametrize("args", [
    [*MEMBER[:9], "1-1014-00011-27-5", *MEMBER[10:]],  # wrong check digit
    [*MEMBER[:11], "31/02/2510", *MEMBER[12:]],  # a date that does not exist
    ["dues", "pay", "--member", "7", "--amount", "30"],  # unknown member
    ["dues", "pay", "--member", "1", "--amount", "-30"],
    ["dues", "pay", "--member", "1", "--amount", "สามสิบ"],
    ["dues", "pay", "--member", "1", "--amount", "30.001"],
    ["dues", "pay", "--member", "1", "--amount", "30", "--date", "2024-13-01"],
    ["dues", "void", "--number", "1/009", "--reason", "x"],
])
def test_bad_input_gets_a_message_and_changes_nothing(
        fund: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(fund, *MEMBER) == 0
    before = _state(fund)
    capsys.readouterr()
    assert run(fund, *args) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert _state(fund) == before


def test_a_closed_period_is_refused_in_thai(fund: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert run(fund, *MEMBER) == 0
    assert run(fund, "dues", "pay", "--member", "1", "--amount", "30", "--date",
               "2024-01-10") == 0
    assert run(fund, "book", "close-month", "--period", "2024-01", "--cash", "30") == 0
    before = _state(fund)
    capsys.readouterr()
    assert run(fund, "dues", "pay", "--member", "1", "--amount", "30", "--date", "2024-01-20",
               lang="th") == 2
    assert "ปิด" in capsys.readouterr().err
    assert _state(fund) == before


def test_messages_are_thai_by_default(fund: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(fund), "dues", "pay", "--member", "9", "--amount", "30"]) == 2
    err = capsys.readouterr().err
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in err), err


def test_backup_and_restore(fund: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run(fund, *MEMBER) == 0
    assert run(fund, "backup", "--to", str(tmp_path / "backups")) == 0
    backup = next((tmp_path / "backups").glob("*.sqlite"))
    assert run(fund, "dues", "pay", "--member", "1", "--amount", "30", "--date",
               "2024-01-10") == 0
    assert run(fund, "restore", str(backup)) == 0
    capsys.readouterr()
    assert run(fund, "report", "trial-balance", "--format", "csv") == 0
    assert capsys.readouterr().out.strip() == "code,name,balance"
    assert run(fund, "check") == 0
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    before = _state(fund)
    assert run(fund, "restore", str(garbage)) == 2
    assert _state(fund) == before


def test_a_death_benefit_without_a_beneficiary_needs_the_payee(
        fund: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A4: `claim pay` refuses to pay the member who died; --payee names the heir."""
    assert run(fund, "user", "add", "chair", "--name", "ประธานกองทุน", "--role",
               "committee") == 0
    assert run(fund, *MEMBER[:-3], "2020-01-05", "--village", "1") == 0
    assert run(fund, "member", "status", "1", "--to", "deceased", "--date", "2024-03-10",
               "--reason", "ถึงแก่กรรม") == 0
    assert run(fund, "claim", "file", "--member", "1", "--benefit", "death", "--event-date",
               "2024-03-10", "--filed", "2024-03-15", "--document", "มรณบัตร",
               "--document", "สำเนาทะเบียนบ้านที่ประทับคำว่า “ตาย”") == 0
    assert run(fund, "--user", "chair", "claim", "decide", "C2567-0001", "--approve",
               "--date", "2024-03-20") == 0
    before = _state(fund)
    capsys.readouterr()
    assert run(fund, "claim", "pay", "C2567-0001", "--date", "2024-03-21", lang="th") == 2
    assert "ผู้รับผลประโยชน์" in capsys.readouterr().err
    assert _state(fund) == before
    assert run(fund, "claim", "pay", "C2567-0001", "--date", "2024-03-21", "--payee",
               "นายสมชาย ใจดี", "--payee-id", "1101700207030") == 0
