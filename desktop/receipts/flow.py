"""A top-to-bottom cursor that places wrapped lines, rules and gaps onto a sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black

from desktop.receipts import fonts
from desktop.receipts.sheet import Align, Line, Sheet, Text

LEADING = 1.25  # line height as a multiple of the font size


@dataclass
class Flow:
    """Places content between ``left`` and ``right`` from ``y`` downwards (points, top-down)."""

    sheet: Sheet
    left: float
    right: float
    y: float

    @property
    def width(self) -> float:
        return self.right - self.left

    def gap(self, points: float) -> None:
        self.y += points

    def lines(
        self,
        lines: Sequence[str],
        font: str,
        size: float,
        *,
        align: Align = "left",
        color: Color = black,
        leading: float = LEADING,
        left: float | None = None,
        right: float | None = None,
    ) -> None:
        """Already-wrapped lines, one per line box of ``size * leading``."""
        left = self.left if left is None else left
        right = self.right if right is None else right
        x = {"left": left, "center": (left + right) / 2, "right": right}[align]
        ascent, _ = fonts.ascent_descent(font, size)
        for line in lines:
            baseline = self.y + (leading - 1) * size / 2 + ascent
            self.sheet.add(Text(x, baseline, line, font, size, color, align))
            self.y += size * leading

    def paragraph(
        self,
        text: str,
        font: str,
        size: float,
        *,
        max_lines: int = 1,
        align: Align = "left",
        color: Color = black,
        leading: float = LEADING,
        left: float | None = None,
        right: float | None = None,
    ) -> int:
        """Wrap ``text`` to the column (shortening with "…" past ``max_lines``); lines used."""
        left = self.left if left is None else left
        right = self.right if right is None else right
        wrapped = fonts.wrap(text, font, size, right - left, max_lines)
        self.lines(
            wrapped, font, size, align=align, color=color, leading=leading, left=left, right=right
        )
        return len(wrapped)

    def rule(
        self,
        *,
        color: Color = black,
        width: float = 0.5,
        dash: tuple[float, float] | None = None,
        space: float = 0.0,
    ) -> None:
        """A horizontal rule across the column with ``space`` above and below."""
        self.y += space
        self.sheet.add(Line(self.left, self.y, self.right, self.y, color, width, dash))
        self.y += space
