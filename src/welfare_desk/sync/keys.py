"""The key files that travel between a fund and its zone, and where keys are kept.

A fund keeps its sealed signing key beside its database, in ``<db>-sync/``
(outside the database, so a restored backup cannot roll it back, and so is
the newest acknowledgement from the zone). The zone keeps its sealed keys
beside the zone database, in ``<zone db>-zone/``, with its archive of batches.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from welfare_desk.ledger.text import N_
from welfare_desk.sync import crypto
from welfare_desk.sync.fields import one, parse_fields, render_fields

ZONE_KEY_FORMAT = "welfare-desk-zone-key/1"
FUND_KEY_FORMAT = "welfare-desk-fund-key/1"


def fund_sync_dir(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-sync")


def zone_dir(zone_db: Path) -> Path:
    return zone_db.with_name(f"{zone_db.stem}-zone")


@dataclass(frozen=True)
class ZonePublicKey:
    """What a fund needs of its zone: who may read its batches, and the zone's signature."""

    zone_id: str
    name: str
    recipients: tuple[str, ...]  # age: the zone's, and the province's when batches go up
    public_key: str              # minisign: verifies the zone's ACKs

    def render(self) -> str:
        head = ("# Welfare Desk: the zone's public key. Give this file to every fund of the "
                "zone;\n# it holds no secret.\n")
        return head + render_fields([
            ("format", ZONE_KEY_FORMAT), ("zone-id", self.zone_id), ("zone-name", self.name),
            *(("age-recipient", r) for r in self.recipients),
            ("minisign-public-key", self.public_key),
        ])

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.public_key)


def parse_zone_key(text: str) -> ZonePublicKey:
    what = N_("The zone's key file")
    fields = parse_fields(text, what, repeatable=frozenset({"age-recipient"}))
    _check_format(fields, ZONE_KEY_FORMAT, what)
    recipients = tuple(crypto.check_recipient(r) for r in fields.get("age-recipient", []))
    if not recipients:
        _missing(what, "age-recipient")
    public = one(fields, "minisign-public-key", what)
    crypto.public_key_id(public)  # refuses a damaged key now, not at the first ACK
    return ZonePublicKey(one(fields, "zone-id", what), one(fields, "zone-name", what),
                         recipients, public)


@dataclass(frozen=True)
class FundPublicKey:
    """The fund's registration with its zone: who it is and how its batches are signed."""

    fund_id: str
    code: str
    name: str
    location: str
    public_key: str
    recovery_recipient: str

    @property
    def key_id(self) -> str:
        return crypto.public_key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.public_key)

    def render(self) -> str:
        head = "# Welfare Desk: a fund's public key, for its zone; it holds no secret.\n"
        return head + render_fields([
            ("format", FUND_KEY_FORMAT), ("fund-id", self.fund_id), ("fund-code", self.code),
            ("fund-name", self.name), ("location", self.location),
            ("minisign-public-key", self.public_key),
            ("recovery-recipient", self.recovery_recipient),
            ("key-id", self.key_id), ("fingerprint", self.fingerprint),
        ])


def parse_fund_key(text: str) -> FundPublicKey:
    what = N_("The fund's key file")
    fields = parse_fields(text, what)
    _check_format(fields, FUND_KEY_FORMAT, what)
    key = FundPublicKey(
        one(fields, "fund-id", what), one(fields, "fund-code", what),
        one(fields, "fund-name", what), one(fields, "location", what),
        one(fields, "minisign-public-key", what),
        crypto.check_recipient(one(fields, "recovery-recipient", what)))
    if key.key_id != one(fields, "key-id", what) \
            or key.fingerprint != one(fields, "fingerprint", what):
        _missing(what, "fingerprint")
    return key


def _check_format(fields: dict[str, list[str]], expected: str, what: str) -> None:
    from welfare_desk.ledger.errors import UserError

    found = fields.get("format", [""])[0]
    if found != expected:
        raise UserError(N_("{what} is in format '{found}', expected '{expected}'"),
                        what=what, found=found, expected=expected)


def _missing(what: str, name: str) -> None:
    from welfare_desk.ledger.errors import UserError

    raise UserError(N_("{what} is damaged or not what was expected (no '{line}')"),
                    what=what, line=name)
