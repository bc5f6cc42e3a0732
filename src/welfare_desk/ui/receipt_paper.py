"""A receipt on paper (A5 PDF) straight from the screen that took the money.

The printing issue brings the full set of reportlab documents; until then this
gives the treasurer a correct receipt to print: Qt shapes Thai itself.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from welfare_desk.db.repos.books import ReceiptRow
from welfare_desk.i18n.baht_text import baht_text
from welfare_desk.i18n.dates import format_date
from welfare_desk.ledger.fund import FundProfile, receipt_label
from welfare_desk.ledger.money import format_baht


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


def write_receipt_pdf(fund: FundProfile, receipt: ReceiptRow, folder: Path,
                      font_family: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"receipt-{receipt.book_no}-{receipt.number_in_book:03d}.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(f"ใบเสร็จรับเงิน {receipt_label(receipt.book_no, receipt.number_in_book)}")
    document = QTextDocument()
    document.setDefaultStyleSheet(f"body {{ font-family: '{font_family}'; font-size: 16pt; }}")
    document.setHtml(f"<body>{receipt_html(fund, receipt)}</body>")
    document.print_(writer)
    return path


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
