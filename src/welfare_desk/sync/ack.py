"""The zone's signed acknowledgement: what it holds of a fund's history.

``<fund code>.ack`` with ``<fund code>.ack.minisig`` beside it, so
``minisign -Vm XXX.ack -p zone.minisign.pub`` checks it with the stock tool.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.sync import crypto
from welfare_desk.sync.fields import one, parse_fields, render_fields

ACK_FORMAT = "welfare-desk-ack/1"


@dataclass(frozen=True)
class AckFile:
    zone_id: str
    zone_name: str
    fund_id: str
    fund_code: str
    seq: int          # the zone holds the fund's events 1..seq
    head: str         # the hash of event seq
    held: str         # batches waiting for a missing range, as text ("" when none)
    quarantined: str  # batches set aside, as text ("" when none)
    issued_at: str

    def render(self) -> str:
        return render_fields([
            ("format", ACK_FORMAT), ("zone-id", self.zone_id), ("zone-name", self.zone_name),
            ("fund-id", self.fund_id), ("fund-code", self.fund_code),
            ("accepted-seq", self.seq), ("accepted-head", self.head),
            ("held", self.held or "-"), ("quarantined", self.quarantined or "-"),
            ("issued-at", self.issued_at),
        ])

    def trusted_comment(self) -> str:
        return f"ack zone:{self.zone_id} fund:{self.fund_id} seq:{self.seq} head:{self.head}"

    @property
    def file_name(self) -> str:
        return f"{self.fund_code}.ack"


def parse_ack(text: str) -> AckFile:
    what = N_("The zone's acknowledgement")
    fields = parse_fields(text, what)
    if fields.get("format", [""])[0] != ACK_FORMAT:
        raise UserError(N_("{what} is in format '{found}', expected '{expected}'"), what=what,
                        found=fields.get("format", [""])[0], expected=ACK_FORMAT)
    try:
        seq = int(one(fields, "accepted-seq", what))
    except ValueError:
        raise UserError(N_("{what} is damaged or not what was expected (line '{line}')"),
                        what=what, line="accepted-seq") from None
    held, quarantined = (one(fields, n, what) for n in ("held", "quarantined"))
    return AckFile(one(fields, "zone-id", what), one(fields, "zone-name", what),
                   one(fields, "fund-id", what), one(fields, "fund-code", what), seq,
                   one(fields, "accepted-head", what), "" if held == "-" else held,
                   "" if quarantined == "-" else quarantined, one(fields, "issued-at", what))


def write_ack(folder: Path, ack: AckFile, signer: crypto.Signer) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ack.file_name
    text = ack.render()
    signature = signer.sign(text.encode("utf-8"), ack.trusted_comment())
    path.write_text(text, encoding="utf-8")
    path.with_name(path.name + ".minisig").write_text(signature, encoding="ascii")
    return path


def read_ack(path: Path, zone_public_key: str) -> AckFile:
    """The ACK at ``path``, verified with the zone's key; refused if anything is off."""
    signature_path = path.with_name(path.name + ".minisig")
    try:
        data = path.read_bytes()[:65536]
        signature = signature_path.read_text(encoding="ascii")
    except FileNotFoundError as exc:
        raise UserError(N_("{path} is missing"), path=str(exc.filename)) from None
    except UnicodeDecodeError:
        raise UserError(N_("The signature file is damaged")) from None
    trusted = crypto.verify(zone_public_key, data, signature)
    try:
        ack = parse_ack(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UserError(N_("The signature file is damaged")) from None
    if trusted != ack.trusted_comment():
        raise UserError(N_("The signed comment does not match the acknowledgement"))
    return ack
