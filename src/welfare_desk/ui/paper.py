"""A receipt or a payment voucher on paper (A5 PDF) from the screen that moved the money.

The printing issue brings the full set of reportlab documents; until then this
gives the treasurer a correct receipt to print: Qt shapes Thai itself.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from welfare_desk.db.repos.books import ReceiptRow
from welfare_desk.db.repos.claims import VoucherRow
from welfare_desk.i18n.baht_text import baht_text
from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.fund import FundProfile, receipt_label
from welfare_desk.ledger.money import format_baht
from welfare_desk.ledger.thai_id import mask_national_id


def receipt_html(fund: FundProfile, receipt: ReceiptRow) -> str:
    """The receipt in Thai, as the paper book's receipts read."""
    lines = "".join(
        f"<tr><td>{escape(description)}</td><td align='right'>{format_baht(amount)}</td></tr>"
        for _kind, description, _account, amount in receipt.lines)
    void = ("<p style='color:#c62828'><b>ยกเลิก</b> "
            f"{escape(receipt.void_reason or '')}</p>" if receipt.voided else "")
    return f"""
<h2 align="center">ใบเสร็จรับเงิน</h2>
<p align="center">{escape(fund.name)}<br>ตำบล{escape(fund.tambon)} อำเภอ{escape(fund.amphoe)}
 จังหวัด{escape(fund.province)}</p>
<p align="right">เล่มที่/เลขที่ {receipt_label(receipt.book_no, receipt.number_in_book)}<br>
วันที่ {format_date(receipt.issued_on, "long", "th")}</p>
<p>ได้รับเงินจาก {escape(receipt.payer_name)}</p>
<table width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><th>รายการ</th><th>จำนวนเงิน (บาท)</th></tr>
{lines}
<tr><td align="right"><b>รวม</b></td><td align="right"><b>{format_baht(receipt.total)}</b></td></tr>
</table>
<p>({escape(baht_text(receipt.total))})</p>
{void}
<br><p align="right">ลงชื่อ ...................................... ผู้รับเงิน<br>
(เหรัญญิก)</p>
"""


def voucher_html(fund: FundProfile, voucher: VoucherRow) -> str:
    """The payment voucher; the payee's national ID is masked on paper."""
    payee_id = (f"<br>เลขประจำตัวประชาชน {mask_national_id(voucher.payee_national_id)}"
                if voucher.payee_national_id else "")
    return f"""
<h2 align="center">ใบสำคัญจ่าย</h2>
<p align="center">{escape(fund.name)}</p>
<p align="right">เลขที่ {escape(voucher.voucher_no)}<br>
วันที่ {format_date(voucher.paid_on, "long", "th")}</p>
<p>จ่ายให้ {escape(voucher.payee_name)}{payee_id}</p>
<table width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><th>รายการ</th><th>จำนวนเงิน (บาท)</th></tr>
<tr><td>{escape(voucher.purpose)}</td><td align="right">{format_baht(voucher.amount)}</td></tr>
</table>
<p>({escape(baht_text(voucher.amount))})</p>
<br><p>ลงชื่อ ...................................... ผู้รับเงิน</p>
<p>ลงชื่อ ...................................... ผู้จ่ายเงิน (เหรัญญิก)</p>
<p>ลงชื่อ ...................................... ผู้อนุมัติ (ประธานกองทุน)</p>
"""


def _write_pdf(path: Path, title: str, html: str, font_family: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    document = QTextDocument()
    document.setDefaultStyleSheet(f"body {{ font-family: '{font_family}'; font-size: 12pt; }} "
                                  "h2 { font-size: 20pt; } table { width: 100%; }")
    document.setHtml(f"<body>{html}</body>")
    document.print_(writer)
    return path


def write_receipt_pdf(fund: FundProfile, receipt: ReceiptRow, folder: Path,
                      font_family: str) -> Path:
    label = receipt_label(receipt.book_no, receipt.number_in_book)
    path = folder / f"receipt-{receipt.book_no}-{receipt.number_in_book:03d}.pdf"
    return _write_pdf(path, f"ใบเสร็จรับเงิน {label}", receipt_html(fund, receipt), font_family)


def write_voucher_pdf(fund: FundProfile, voucher: VoucherRow, folder: Path,
                      font_family: str) -> Path:
    path = folder / f"voucher-{voucher.voucher_no.replace('/', '-')}.pdf"
    return _write_pdf(path, f"ใบสำคัญจ่าย {voucher.voucher_no}", voucher_html(fund, voucher),
                      font_family)


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
