"""Two sheets of sync setup: the registration for the zone (the fund's public key,
its QR code and a fingerprint to read over the phone) and the recovery key to
keep sealed (the only copy of the key that opens the fund's own batches)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from welfare_desk.i18n.catalog import get_translator
from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.text import N_
from welfare_desk.printing.cards import draw_qr
from welfare_desk.printing.sheet import Column, Row, Sheet

QR_SIZE = 45 * mm


@dataclass(frozen=True)
class FundKeySheet:
    """What the sheets show of the fund's key (sync/ builds it)."""

    fund_id: str
    code: str
    name: str
    location: str
    public_key: str
    key_id: str
    fingerprint: str
    key_file_text: str  # the registration file itself, for the QR code
    zone_name: str


def _qr(sheet: Sheet, data: str) -> None:
    sheet.ensure(QR_SIZE + 4 * mm)
    sheet.y -= QR_SIZE + 2 * mm
    draw_qr(sheet.canvas, data, (sheet.width - QR_SIZE) / 2, sheet.y, QR_SIZE)
    sheet.space(3)


def _header(sheet: Sheet, key: FundKeySheet, title: str, lang: str) -> None:
    sheet.text(key.name, 15, bold=True, align="center")
    sheet.text(key.location, 11, align="center")
    sheet.text(title, 17, bold=True, align="center")
    t = get_translator(lang)
    sheet.text(t.tr(N_("Date {date}"), date=format_date(date.today(), "long", lang)), 12,
               align="right")


def registration_sheet(folder: Path, key: FundKeySheet, lang: str) -> Path:
    t = get_translator(lang)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key.code}-registration.pdf"
    sheet = Sheet(path, t.tr(N_("Registration of the fund's key with the zone")))
    _header(sheet, key, t.tr(N_("Registration of the fund's key with the zone")), lang)
    sheet.table([Column("", 45), Column("", 129)], [
        Row([t.tr(N_("Zone")), key.zone_name]),
        Row([t.tr(N_("Fund code")), key.code]),
        Row([t.tr(N_("Fund id")), key.fund_id]),
        Row([t.tr(N_("Public key")), key.public_key]),
        Row([t.tr(N_("Key id")), key.key_id]),
    ], 11)
    sheet.space(4)
    sheet.text(t.tr(N_("Fingerprint (read it to the zone coordinator over the phone)")), 12,
               bold=True, align="center")
    sheet.text(key.fingerprint, 20, bold=True, align="center")
    _qr(sheet, key.key_file_text)
    sheet.text(t.tr(N_("The zone coordinator registers the file {file} and confirms it only "
                       "when the fingerprint on the screen is the one above."),
                    file=f"{key.code}.fund-key"), 12)
    sheet.signatures(t.tr(N_("Signed")), [(t.tr(N_("Treasurer")), ""),
                                           (t.tr(N_("Chair of the fund")), ""),
                                           (t.tr(N_("Zone coordinator")), "")])
    sheet.save()
    return path


def recovery_sheet(folder: Path, key: FundKeySheet, secret: str, recipient: str,
                   lang: str) -> Path:
    t = get_translator(lang)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key.code}-recovery-key.pdf"
    title = t.tr(N_("Recovery key: keep sealed"))
    sheet = Sheet(path, title)
    _header(sheet, key, title, lang)
    sheet.text(t.tr(N_("This key opens every batch the fund has sent to the zone. With it "
                       "the fund can rebuild its books from the batches if the computer is "
                       "lost. Keep this sheet sealed in an envelope, signed across the flap by "
                       "two committee members, in a safe place away from the computer. Anyone "
                       "with this key can read the members' data in the batches.")), 12)
    sheet.space(3)
    sheet.text(secret, 11, bold=True, align="center")
    _qr(sheet, secret)
    sheet.text(t.tr(N_("Its public half (not secret): {recipient}"),
                    recipient=recipient), 10)
    sheet.signatures(t.tr(N_("Signed")), [(t.tr(N_("Treasurer")), ""),
                                           (t.tr(N_("Committee member")), "")])
    sheet.save()
    return path
