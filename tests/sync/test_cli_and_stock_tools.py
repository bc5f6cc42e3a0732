"""The coordinator's and the treasurer's commands, checked with the stock tools:
sha256sum, minisign and age read a batch without our code; LibreOffice opens the
zone's workbook; pdftotext and zbarimg read the key sheets."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from welfare_desk.cli.main import main
from welfare_desk.sync import crypto
from welfare_desk.sync.keys import fund_sync_dir, parse_fund_key, zone_dir

ZONE_PASS = "zone-cli-passphrase"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (tools/ensure_test_tools.sh installs it)")
    return path


def run(*args: str) -> int:
    return main([*args])


@pytest.fixture
def setup(tmp_path: Path, monkeypatch, capsys, fund_templates):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("WELFARE_DESK_PASSPHRASE", ZONE_PASS)
    zone_db = tmp_path / "zone.sqlite"
    assert run("zone", "--db", str(zone_db), "init", "--name", "โซนบ้านทดสอบ") == 0
    fund_db = tmp_path / "fund.sqlite"
    assert run("--db", str(fund_db), "demo", "--members", "15", "--years", "1",
               "--seed", "12", "--until", "2026-11-30") == 0
    assert run("--db", str(fund_db), "sync", "setup", "--zone-key",
               str(zone_dir(zone_db) / "zone.pub")) == 0
    capsys.readouterr()
    return tmp_path, zone_db, fund_db


def test_a_batch_on_the_stick_verifies_with_the_stock_tools(setup, capsys) -> None:
    tmp_path, zone_db, fund_db = setup
    stick = tmp_path / "stick"
    assert run("--db", str(fund_db), "sync", "export", "--to", str(stick)) == 0
    [batch] = [p for p in stick.iterdir() if p.is_dir()]
    subprocess.run([tool("sha256sum"), "-c", "SHA256SUMS"], cwd=batch, check=True,
                   capture_output=True)
    out = subprocess.run([tool("minisign"), "-Vm", "SHA256SUMS", "-p",
                          str(fund_sync_dir(fund_db) / "fund.pub")], cwd=batch, check=True,
                         capture_output=True, text=True).stdout
    assert f"seq:1-{batch.name.split('-')[-1]}" in out
    identity = crypto.open_identity((zone_dir(zone_db) / "zone.key").read_bytes(), ZONE_PASS)
    key_file = tmp_path / "unsealed.key"
    key_file.write_text(identity.secret + "\n")
    plain = subprocess.run([tool("age"), "-d", "-i", str(key_file), "payload.jsonl.age"],
                           cwd=batch, check=True, capture_output=True).stdout
    assert plain.count(b"\n") == int(batch.name.split("-")[-1])
    assert b'"kind":"fund.created"' in plain.splitlines()[0]


def test_the_coordinators_day(setup, capsys) -> None:
    tmp_path, zone_db, fund_db = setup
    stick = tmp_path / "stick"
    assert run("--db", str(fund_db), "sync", "export", "--to", str(stick)) == 0
    key_file = next(fund_sync_dir(fund_db).glob("*.fund-key"))
    key = parse_fund_key(key_file.read_text("utf-8"))
    zone = ["zone", "--db", str(zone_db)]
    assert run(*zone, "register-fund", str(key_file)) == 0
    assert run(*zone, "import", str(stick)) == 3  # kept aside: not confirmed yet
    assert "zone confirm-fund" in capsys.readouterr().out
    assert run(*zone, "confirm-fund", key.code, "--fingerprint", "00000 11111") == 2
    assert run(*zone, "confirm-fund", key.code, "--fingerprint", key.fingerprint) == 0
    assert run(*zone, "import", str(stick)) == 0
    ack = stick / f"{key.code}.ack"
    subprocess.run([tool("minisign"), "-Vm", str(ack), "-p",
                    str(zone_dir(zone_db) / "zone.minisign.pub")], check=True,
                   capture_output=True)
    capsys.readouterr()
    assert run("--db", str(fund_db), "sync", "ack", str(ack)) == 0
    assert run("--db", str(fund_db), "sync", "status") == 0
    assert run(*zone, "status") == 0
    status = capsys.readouterr().out
    assert key.code in status

    report = tmp_path / "zone.xlsx"
    assert run(*zone, "report", "--year", "2569", "--out", str(report)) == 0
    subprocess.run([tool("soffice"), "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76",  # 76: UTF-8; the first sheet
                    "--outdir", str(tmp_path), str(report)], check=True, capture_output=True,
                   timeout=120)
    rows = list(csv.reader((tmp_path / "zone.csv").open(encoding="utf-8")))
    fund_row = next(r for r in rows if r and r[0] == key.code)
    assert fund_row[1] == key.name
    assert int(fund_row[3]) > 0  # active members, a real number
    total_row = next(r for r in rows if r and r[1] == "ทั้งโซน")
    assert total_row[3:12] == fund_row[3:12]  # one fund: the zone is that fund
    pdf = tmp_path / "zone.pdf"
    assert run(*zone, "report", "--year", "2569", "--out", str(pdf)) == 0
    text = subprocess.run([tool("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert key.code in text


def test_the_key_sheets_say_what_must_be_compared_and_kept(setup) -> None:
    _tmp, _zone_db, fund_db = setup
    folder = fund_sync_dir(fund_db)
    key = parse_fund_key(next(folder.glob("*.fund-key")).read_text("utf-8"))
    registration = subprocess.run([tool("pdftotext"), str(folder / f"{key.code}-registration.pdf"),
                                   "-"], check=True, capture_output=True, text=True).stdout
    assert key.fingerprint in registration
    recovery_pdf = folder / f"{key.code}-recovery-key.pdf"
    png = folder / "recovery"
    subprocess.run([tool("pdftoppm"), "-r", "200", "-png", str(recovery_pdf), str(png)],
                   check=True)
    decoded = subprocess.run([tool("zbarimg"), "--raw", "-q", next(folder.glob("recovery*.png"))],
                             check=True, capture_output=True, text=True).stdout.strip()
    identity = crypto.identity_from_text(decoded)
    assert identity.recipient == key.recovery_recipient
