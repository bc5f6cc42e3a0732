"""The fund's key on paper: the registration sheet for the zone and the recovery key
sheet to seal, written into paper/ beside the database like the other paper."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from welfare_desk.printing.sync_sheets import FundKeySheet, recovery_sheet, registration_sheet
from welfare_desk.services.sync import SyncState
from welfare_desk.sync.crypto import AgeIdentity
from welfare_desk.sync.fund_sync import fund_location
from welfare_desk.sync.keys import FundPublicKey, fund_sync_dir
from welfare_desk.ui.text import language


@dataclass(frozen=True)
class KeySheets:
    registration: Path
    recovery: Path | None  # only right after a new key: the recovery key is shown once


def paper_folder(db_path: Path) -> Path:
    return db_path.parent / "paper"


def registration_of(state: SyncState) -> FundPublicKey | None:
    """The fund's registration as the zone knows it (None before sync is set up)."""
    config = state.config
    if config is None:
        return None
    fund = state.fund
    return FundPublicKey(fund.fund_id, fund.code, fund.name, fund_location(fund),
                         config.public_key, config.recovery_recipient)


def write_key_sheets(db_path: Path, key: FundPublicKey, zone_name: str,
                     recovery: AgeIdentity | None) -> KeySheets:
    folder = paper_folder(db_path)
    paper = FundKeySheet(key.fund_id, key.code, key.name, key.location, key.public_key,
                         key.key_id, key.fingerprint, key.render(), zone_name)
    registration = registration_sheet(folder, paper, language())
    recovery_path = (recovery_sheet(folder, paper, recovery.secret, recovery.recipient,
                                    language()) if recovery is not None else None)
    return KeySheets(registration, recovery_path)


def key_file(db_path: Path, code: str) -> Path:
    """The registration file setup_sync wrote, which goes to the zone on a stick."""
    return fund_sync_dir(db_path) / f"{code}.fund-key"


def copy_key_file(db_path: Path, code: str, folder: Path) -> Path:
    target = folder / f"{code}.fund-key"
    shutil.copyfile(key_file(db_path, code), target)
    return target


def big_digits(fingerprint: str) -> str:
    """30 digits in six groups of five, on two lines, to read out over the phone."""
    groups = fingerprint.split()
    half = (len(groups) + 1) // 2
    return "   ".join(groups[:half]) + "\n" + "   ".join(groups[half:])
