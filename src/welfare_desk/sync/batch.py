"""What a batch holds: the manifest (BATCH.txt), the checksums (SHA256SUMS) and
the events (payload.jsonl, encrypted on the stick).

BATCH.txt carries no personal data: the fund, the range of its event chain,
the heads before and after, counts and control totals, so a coordinator can
see what a stick holds before anything is decrypted.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from welfare_desk.db.events import GENESIS_HASH, Event, event_hash
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.sync.fields import parse_fields

FORMAT = "welfare-desk-batch/1"
MANIFEST, PAYLOAD, SUMS, SIGNATURE = (
    "BATCH.txt", "payload.jsonl.age", "SHA256SUMS", "SHA256SUMS.minisig")
FILES = (MANIFEST, PAYLOAD, SUMS, SIGNATURE)
# Read no further than this before anything is parsed (a stick can hold anything).
SIZE_LIMITS = {MANIFEST: 64 * 1024, SUMS: 4096, SIGNATURE: 4096, PAYLOAD: 4 * 1024**3}
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CODE = re.compile(r"[0-9A-Za-z._-]{1,32}")


class BatchRefused(UserError):
    """The batch is not applied; the message names the problem and what to do."""


@dataclass(frozen=True)
class Manifest:
    fund_id: str
    fund_code: str
    fund_name: str
    seq_from: int
    seq_to: int
    prev_head: str
    new_head: str
    content_sha256: str
    schema: str
    app_version: str
    key_id: str
    created_at: str
    controls: dict[str, int] = field(default_factory=dict)

    @property
    def event_count(self) -> int:
        return self.seq_to - self.seq_from + 1

    @property
    def folder_name(self) -> str:
        return f"{self.fund_code}_{self.seq_from}-{self.seq_to}"

    def trusted_comment(self) -> str:
        return (f"fund:{self.fund_code} id:{self.fund_id} seq:{self.seq_from}-{self.seq_to} "
                f"head:{self.new_head}")

    def render(self) -> str:
        lines = [
            f"format: {FORMAT}", f"fund-id: {self.fund_id}", f"fund-code: {self.fund_code}",
            f"fund-name: {self.fund_name}", f"seq-from: {self.seq_from}",
            f"seq-to: {self.seq_to}", f"event-count: {self.event_count}",
            f"previous-head: {self.prev_head}", f"new-head: {self.new_head}",
            f"content-sha256: {self.content_sha256}", f"schema: {self.schema}",
            f"app-version: {self.app_version}", f"key-id: {self.key_id}",
            f"created-at: {self.created_at}",
        ]
        lines += [f"control.{name}: {value}" for name, value in sorted(self.controls.items())]
        return "\n".join(lines) + "\n"


def parse_manifest(text: str) -> Manifest:
    try:
        fields = {k: v[0] for k, v in parse_fields(text, MANIFEST).items()}
    except UserError as exc:
        raise BatchRefused(exc.message, **exc.params) from None
    version = fields.get("format", "")
    if not version.startswith("welfare-desk-batch/"):
        raise BatchRefused(N_("This is not a Welfare Desk batch (BATCH.txt has no format line)"))
    if version != FORMAT:
        raise BatchRefused(N_("The batch is in format {found}, which this version of Welfare "
                              "Desk does not know ({known}); upgrade Welfare Desk on this "
                              "computer"), found=version, known=FORMAT)
    try:
        manifest = Manifest(
            fund_id=fields["fund-id"], fund_code=fields["fund-code"],
            fund_name=fields["fund-name"], seq_from=int(fields["seq-from"]),
            seq_to=int(fields["seq-to"]), prev_head=fields["previous-head"],
            new_head=fields["new-head"], content_sha256=fields["content-sha256"],
            schema=fields["schema"], app_version=fields["app-version"],
            key_id=fields["key-id"], created_at=fields["created-at"],
            controls={k[8:]: int(v) for k, v in fields.items() if k.startswith("control.")},
        )
    except (KeyError, ValueError) as exc:
        raise BatchRefused(N_("BATCH.txt is incomplete or damaged ({problem})"),
                           problem=str(exc)) from None
    _check_manifest(manifest, int(fields.get("event-count", "-1")))
    return manifest


def _check_manifest(m: Manifest, stated_count: int) -> None:
    ok = (1 <= m.seq_from <= m.seq_to and stated_count == m.event_count
          and all(_HEX64.fullmatch(h) for h in (m.prev_head, m.new_head, m.content_sha256))
          and _CODE.fullmatch(m.fund_code) is not None
          and (m.seq_from > 1 or m.prev_head == GENESIS_HASH))
    if not ok:
        raise BatchRefused(N_("BATCH.txt is incomplete or damaged ({problem})"),
                           problem="range/heads")


# --- SHA256SUMS, in the format of `sha256sum` ---

def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def render_sums(files: dict[str, bytes]) -> str:
    return "".join(f"{sha256_hex(files[name])}  {name}\n" for name in (MANIFEST, PAYLOAD))


def check_sums(sums_text: str, files: dict[str, bytes]) -> None:
    if sums_text != render_sums(files):
        listed: dict[str, str] = {}
        for line in sums_text.splitlines():
            digest, _, name = line.partition("  ")
            listed[name] = digest
        bad = [n for n in (MANIFEST, PAYLOAD) if listed.get(n) != sha256_hex(files[n])]
        raise BatchRefused(N_("A file of the batch does not match its checksum ({files}): it "
                              "was damaged on the way; export the batch again"),
                           files=", ".join(bad) or SUMS)


# --- the events ---

def encode_events(events: Iterable[Event]) -> bytes:
    lines = (json.dumps({"seq": e.seq, "kind": e.kind, "actor": e.actor,
                         "recorded_at": e.recorded_at, "prev_hash": e.prev_hash,
                         "hash": e.hash, "payload": e.payload},
                        ensure_ascii=False, sort_keys=True, separators=(",", ":"))
             for e in events)
    return "".join(line + "\n" for line in lines).encode("utf-8")


def decode_events(plain: bytes, m: Manifest) -> list[Event]:
    """The events of a decrypted payload, checked against the manifest and chained."""
    if sha256_hex(plain) != m.content_sha256:
        raise BatchRefused(N_("The events do not match the batch's content hash"))
    events: list[Event] = []
    prev = m.prev_head
    for number, line in enumerate(plain.decode("utf-8").splitlines(), start=m.seq_from):
        ev = _event_from_line(line, m.fund_id)
        if ev.seq != number or ev.prev_hash != prev or ev.hash != event_hash(
                ev.prev_hash, ev.fund_id, ev.seq, ev.kind, ev.actor, ev.recorded_at, ev.payload):
            raise BatchRefused(N_("The fund's event chain is broken at event {seq}"), seq=number)
        events.append(ev)
        prev = ev.hash
    if len(events) != m.event_count or prev != m.new_head:
        raise BatchRefused(N_("The events do not reach the head the batch names"))
    if control_totals(events) != m.controls:
        raise BatchRefused(N_("The control totals of BATCH.txt do not match the events"))
    return events


def _event_from_line(line: str, fund_id: str) -> Event:
    try:
        d = json.loads(line)
        return Event(fund_id, int(d["seq"]), str(d["kind"]), str(d["payload"]), str(d["actor"]),
                     str(d["recorded_at"]), str(d["prev_hash"]), str(d["hash"]))
    except (ValueError, KeyError, TypeError):
        raise BatchRefused(N_("The events of the batch cannot be read")) from None


# The money a batch moves, for a check a person can read in BATCH.txt: the section
# of the payload and its amount field. Payloads are canonical JSON (sorted keys, no
# spaces), so the field is found after its section without parsing 300,000 events.
_MONEY = {"receipt.issued": ("receipt", "total"), "voucher.paid": ("voucher", "amount"),
          "grant.recorded": ("grant", "amount")}
_MONEY_FIELD = {field: re.compile(f'"{field}":(-?\\d+)') for _, field in _MONEY.values()}


def _amount(payload: str, section: str, field: str) -> int:
    start = payload.index(f'"{section}":{{')
    found = _MONEY_FIELD[field].search(payload, start)
    if found is None:
        raise BatchRefused(N_("The events of the batch cannot be read"))
    return int(found.group(1))


def control_totals(events: Iterable[Event]) -> dict[str, int]:
    """Counts by kind and money totals."""
    kinds: Counter[str] = Counter()
    money: Counter[str] = Counter()
    for ev in events:
        kinds[ev.kind] += 1
        if ev.kind in _MONEY:
            section, field = _MONEY[ev.kind]
            try:
                money[f"{section}s-satang"] += _amount(ev.payload, section, field)
            except ValueError:
                raise BatchRefused(N_("The events of the batch cannot be read")) from None
    return {**{f"events.{k}": v for k, v in kinds.items()}, **money}
