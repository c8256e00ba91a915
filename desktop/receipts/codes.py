"""The two machine-readable codes: a QR of the payment link and a Code 128 of the CIP."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

THERMAL_DOT = 72 / 203  # one dot of a 203 dpi thermal head, in points
QR_QUIET = 4  # modules of white around a QR (ISO/IEC 18004)
BAR_QUIET = 10  # modules of white each side of a Code 128 symbol


@dataclass(frozen=True)
class QrSymbol:
    """A QR as runs of dark modules: (row, first column, length), ``size`` modules square."""

    size: int
    runs: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True)
class BarSymbol:
    """A Code 128 symbol as bars (offset, width) in modules, ``length`` modules long."""

    length: int
    bars: tuple[tuple[int, int], ...]


def qr_symbol(data: str) -> QrSymbol:
    """Encode with the ``qrcode`` library, error correction M, smallest version that fits."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    runs = []
    for row, cells in enumerate(code.get_matrix()):
        start = -1
        for column, dark in enumerate([*cells, False]):
            if dark and start < 0:
                start = column
            elif not dark and start >= 0:
                runs.append((row, start, column - start))
                start = -1
    return QrSymbol(code.modules_count, tuple(runs))


@lru_cache(maxsize=256)
def qr_modules(data: str) -> int:
    """The side in modules of the QR ``qr_symbol`` would draw (same version, level M),
    without drawing it: a thermal printer builds the symbol itself."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    return int(code.best_fit()) * 4 + 17


def bar_symbol(value: str) -> BarSymbol:
    """Encode with reportlab's Code 128 (it packs digit pairs into code set C)."""
    code = Code128(value)
    code.validate()
    code.encode()
    bars, offset = [], 0
    for element in code.decompose():
        if element.isupper():
            span = ord(element) - ord("A") + 1
            bars.append((offset, span))
        else:
            span = ord(element) - ord("a") + 1
        offset += span
    return BarSymbol(offset, tuple(bars))


def module_size(preferred: float, modules: int, room: float, *, step: float | None) -> float:
    """The module width: ``preferred`` or less so ``modules`` fit in ``room``.

    With ``step`` (thermal paper) the width is a whole number of printer dots, so every bar
    prints with the same number of dots; never below one step.
    """
    size = min(preferred, room / modules)
    if step is None:
        return size
    return max(step, math.floor(size / step + 1e-9) * step)


def draw_qr(canvas: Canvas, x: float, top: float, module: float, symbol: QrSymbol) -> None:
    """Dark modules as one filled path; (x, top) is the symbol's top-left corner (PDF space).

    The path is written in module units (whole numbers) under one transform: a few hundred
    rectangles cost microseconds instead of reportlab's per-number float formatting.
    """
    canvas.saveState()
    canvas.transform(module, 0, 0, -module, x, top)
    canvas.addLiteral(" ".join(f"{c} {r} {n} 1 re" for r, c, n in symbol.runs) + " f")
    canvas.restoreState()


def draw_bars(
    canvas: Canvas, x: float, top: float, module: float, height: float, symbol: BarSymbol
) -> None:
    """Bars as one filled path; (x, top) is the first bar's top-left corner (PDF space)."""
    canvas.saveState()
    canvas.transform(module, 0, 0, height, x, top - height)
    canvas.addLiteral(" ".join(f"{offset} 0 {span} 1 re" for offset, span in symbol.bars) + " f")
    canvas.restoreState()
