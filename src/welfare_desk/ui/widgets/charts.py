"""Plain charts drawn with QPainter (Qt Charts is not part of PySide6-Essentials).

Three kinds are enough for the home page: paired bars per month (money in and
out), a line (the fund's money over time) and horizontal bars (members by age).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from welfare_desk.ui.text import language

GREEN = QColor("#2e7d32")
RED = QColor("#c62828")
BLUE = QColor("#1565c0")
GRID = QColor("#e0e0e0")
INK = QColor("#333333")


def short_amount(baht: float, lang: str = "en") -> str:
    """Axis labels. English: 1,250,000 -> "1.25M", 15,000 -> "15k". Thai readers do not
    go by "k": full baht with commas ("61,000"), millions as "1.25 ล้าน"."""
    size = abs(baht)
    if lang == "th":
        if size >= 1_000_000:
            return f"{baht / 1_000_000:.2f}".rstrip("0").rstrip(".") + " ล้าน"
        return f"{round(baht, -2 if size >= 1_000 else 0):,.0f}"
    if size >= 1_000_000:
        return f"{baht / 1_000_000:.2f}M".replace(".00M", "M")
    if size >= 1_000:
        return f"{baht / 1_000:.0f}k"
    return f"{baht:.0f}"


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMinimumSize(280, 170)

    def _begin(self) -> tuple[QPainter, QRectF]:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(INK)
        metrics = painter.fontMetrics()
        painter.drawText(QRectF(0, 4, self.width(), metrics.height() + 4),
                         Qt.AlignmentFlag.AlignHCenter, self.title)
        top = metrics.height() * 2 + 8  # the title, then a line for a legend
        small = painter.font()
        small.setPointSizeF(small.pointSizeF() * 0.8)
        painter.setFont(small)
        left = 64 if language() != "th" else 80  # "266,000" needs more room than "266k"
        return painter, QRectF(left, top, self.width() - left - 12, self.height() - top - 28)

    def _y_axis(self, painter: QPainter, area: QRectF, low: float, high: float) -> None:
        painter.setPen(QPen(GRID))
        for step in range(5):
            value = low + (high - low) * step / 4
            y = area.bottom() - area.height() * step / 4
            painter.setPen(QPen(GRID))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(INK)
            painter.drawText(QRectF(0, y - 10, area.left() - 6, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             short_amount(value, language()))

    def _x_labels(self, painter: QPainter, area: QRectF, labels: Sequence[str]) -> None:
        if not labels:
            return
        width = area.width() / len(labels)
        widest = max(painter.fontMetrics().horizontalAdvance(label) for label in labels)
        every = 1 if widest < width * 0.95 else 2 if widest < width * 1.9 else 3
        painter.setPen(INK)
        for i, label in enumerate(labels):
            if i % every == (len(labels) - 1) % every:  # the latest month always shows
                painter.drawText(QRectF(area.left() + (i - 1) * width, area.bottom() + 4,
                                        width * 3, 22), Qt.AlignmentFlag.AlignHCenter, label)


class MonthBarsChart(_Chart):
    """Two bars a month: money in (green) and out (red). Values in baht."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.series: tuple[list[float], list[float]] = ([], [])
        self.legend: tuple[str, str] = ("", "")

    def set_data(self, labels: list[str], income: list[float], payouts: list[float],
                 legend: tuple[str, str]) -> None:
        self.labels, self.series, self.legend = labels, (income, payouts), legend
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter, area = self._begin()
        values = [v for serie in self.series for v in serie] or [0.0]
        high = max(max(values), 1.0)
        low = min(min(values), 0.0)
        self._y_axis(painter, area, low, high)
        slot = area.width() / max(len(self.labels), 1)
        scale = area.height() / (high - low)
        zero = area.bottom() + low * scale
        for serie_no, (serie, color) in enumerate(zip(self.series, (GREEN, RED), strict=True)):
            for i, value in enumerate(serie):
                x = area.left() + i * slot + slot * (0.15 + 0.35 * serie_no)
                painter.fillRect(QRectF(x, zero - value * scale, slot * 0.33, value * scale),
                                 color)
        self._x_labels(painter, area, self.labels)
        for n, (text, color) in enumerate(zip(self.legend, (GREEN, RED), strict=True)):
            x = area.left() + n * 80
            painter.fillRect(QRectF(x, area.top() - 18, 10, 10), color)
            painter.setPen(INK)
            painter.drawText(QPointF(x + 14, area.top() - 8), text)
        painter.end()


class LineChart(_Chart):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.values: list[float] = []

    def set_data(self, labels: list[str], values: list[float]) -> None:
        self.labels, self.values = labels, values
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter, area = self._begin()
        values = self.values or [0.0]
        high, low = max(values), min(min(values), 0.0)
        high = high if high > low else low + 1
        self._y_axis(painter, area, low, high)
        slot = area.width() / max(len(values), 1)
        path = QPainterPath()
        for i, value in enumerate(values):
            point = QPointF(area.left() + slot * (i + 0.5),
                            area.bottom() - (value - low) / (high - low) * area.height())
            path.lineTo(point) if i else path.moveTo(point)
            painter.setBrush(BLUE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(BLUE, 2))
        painter.drawPath(path)
        self._x_labels(painter, area, self.labels)
        painter.end()


class HorizontalBarsChart(_Chart):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: list[tuple[str, int]] = []

    def set_data(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter, area = self._begin()
        high = max((n for _, n in self.rows), default=1) or 1
        height = area.height() / max(len(self.rows), 1)
        for i, (label, n) in enumerate(self.rows):
            y = area.top() + i * height
            painter.setPen(INK)
            painter.drawText(QRectF(0, y, area.left() - 6, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            width = (area.width() - 60) * n / high
            painter.fillRect(QRectF(area.left(), y + height * 0.15, width, height * 0.7), BLUE)
            painter.drawText(QRectF(area.left() + width + 6, y, 60, height),
                             Qt.AlignmentFlag.AlignVCenter, f"{n:,}")
        painter.end()
