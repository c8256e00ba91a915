"""ESC/POS bytes composed with python-escpos: text in the printer's own fonts and code page,
wrapped to its columns, its own QR and Code 128 commands, a raster logo and the cut."""

from __future__ import annotations

import codecs
import copy
import textwrap
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Literal

from PIL import Image

from desktop.domain.printers import DEFAULT_CODE_PAGE, columns
from desktop.escpos_lib import escpos
from desktop.receipts.logo import flat_logo

Align = Literal["left", "center", "right"]
DOTS_PER_MM = 8  # a 203 dpi head
ELLIPSIS = "..."
# What a code page lacks, written with what it has (before falling back to the bare letter).
_PLAIN = str.maketrans(
    {
        "—": "-",
        "–": "-",
        "‒": "-",
        "−": "-",
        "…": "...",
        "“": '"',
        "”": '"',
        "„": '"',
        "‘": "'",
        "’": "'",
        "→": "->",
        "•": "*",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "€": "EUR",
    }
)


@dataclass(frozen=True)
class TicketLayout:
    """One thermal printer's paper: ``paper`` (80mm | 58mm), dots per line, code page."""

    paper: str
    dots: int
    codepage: str = DEFAULT_CODE_PAGE

    @property
    def columns(self) -> int:
        return columns(self.dots)


@cache
def _media(dots: int) -> dict[str, Any]:
    """The default printer profile with this paper's width: python-escpos centres the logo
    on it and never prints its "unknown width" notice on stdout."""
    data = copy.deepcopy(escpos()["capabilities"].get_profile_class("default").profile_data)
    data["media"] = {"dpi": 203, "width": {"mm": dots // DOTS_PER_MM, "pixels": dots}}
    return dict(data)


@cache
def _encodable(codepage: str) -> frozenset[str]:
    """The characters above ASCII that ``codepage`` holds (CP858 has á, ñ, Ñ, ¿ and €)."""
    codec = codecs.lookup(codepage.lower())
    found = set()
    for byte in range(128, 256):
        try:
            found.add(bytes([byte]).decode(codec.name))
        except UnicodeDecodeError:
            continue
    return frozenset(found)


def printable(text: str, codepage: str) -> str:
    """One line the printer can show in ``codepage``: whitespace collapsed, control
    characters dropped, dashes, quotes and "…" made plain, a letter the code page lacks
    printed without its accent, anything else as "?"."""
    known = _encodable(codepage)
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if text.isascii():
        return text
    out = []
    for char in text:
        if char.isascii() or char in known:
            out.append(char)
        elif unicodedata.category(char)[0] == "C":
            continue
        else:
            plain = char.translate(_PLAIN)
            if plain != char:
                out.append(plain)
                continue
            base = unicodedata.normalize("NFKD", char)[0]
            out.append(base if base.isascii() or base in known else "?")
    return "".join(out)


def wrap(text: str, width: int, max_lines: int) -> list[str]:
    """Lines of at most ``width`` characters (long words cut); past ``max_lines`` the last
    one ends in "...". Empty text gives no line."""
    lines = textwrap.wrap(text, width, break_on_hyphens=False) if text else []
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    kept[-1] = kept[-1][: width - len(ELLIPSIS)].rstrip() + ELLIPSIS
    return kept


@lru_cache(maxsize=8)
def logo_raster(data: bytes, dots: int) -> Image.Image | None:
    """The merchant's logo in gray, at most 60 % of the line and 16 mm tall, in dots."""
    picture = flat_logo(data, grayscale=True)
    if picture is None:
        return None
    box = (max(8, int(dots * 0.6)), 16 * DOTS_PER_MM)
    scale = min(box[0] / picture.width, box[1] / picture.height)
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    return picture.resize(size, Image.Resampling.LANCZOS)


def code128_payload(digits: str) -> str:
    """The CIP for ``GS k`` Code 128: code set C packs two digits per symbol character; an
    odd last digit goes in code set B."""
    if not digits.isdigit():
        return "{B" + digits
    pairs = "".join(chr(int(digits[i : i + 2])) for i in range(0, len(digits) - 1, 2))
    tail = "{B" + digits[-1] if len(digits) % 2 else ""
    return "{C" + pairs + tail


def code128_modules(digits: str) -> int:
    """The width of that symbol in modules (start, data, check, stop)."""
    symbols = len(digits) // 2 + (2 if len(digits) % 2 else 0)
    return 11 * (symbols + 2) + 13


class TicketWriter:
    """Writes one ticket into python-escpos' Dummy printer: ``output()`` gives the bytes.

    The text is encoded in the layout's code page (ESC t, then python-escpos' encoder held
    on it), so accents print as the printer is set; sizes are the printer's own fonts.
    """

    def __init__(self, layout: TicketLayout) -> None:
        self.layout = layout
        self._printer = escpos()["printer"].Dummy()
        self._printer.profile.profile_data = _media(layout.dots)  # this instance's only
        self._printer.hw("INIT")
        self._printer.charcode(layout.codepage)

    def output(self) -> bytes:
        return bytes(self._printer.output)

    def columns(self, big: bool = False) -> int:
        return self.layout.columns // 2 if big else self.layout.columns

    def _style(self, *, align: Align, bold: bool, big: bool, tall: bool, invert: bool) -> None:
        self._printer.set(
            align=align,
            bold=bold,
            invert=invert,
            normal_textsize=not (big or tall),
            double_width=big,
            double_height=big or tall,
        )

    def lines(
        self,
        lines: list[str],
        *,
        align: Align = "left",
        bold: bool = False,
        big: bool = False,
        tall: bool = False,
        invert: bool = False,
    ) -> None:
        """Lines already wrapped; ``big`` is double width and height, ``tall`` double height;
        ``invert`` prints white on black across the whole line (a band)."""
        self._style(align="left" if invert else align, bold=bold, big=big, tall=tall, invert=invert)
        width = self.columns(big)
        for line in lines:
            if invert:
                line = line.center(width) if align == "center" else line.ljust(width)
            self._printer.textln(line)
        if invert:
            self._printer.set(invert=False)

    def paragraph(
        self,
        text: str,
        *,
        max_lines: int = 1,
        align: Align = "left",
        bold: bool = False,
        big: bool = False,
        tall: bool = False,
        invert: bool = False,
        indent: int = 0,
        margin: int = 0,
    ) -> None:
        """``text`` wrapped to the line, ``margin`` spaces before every line and ``indent``
        more before every line but the first."""
        clean = printable(text, self.layout.codepage)
        width = self.columns(big) - indent - margin
        wrapped = wrap(clean, width, max_lines)
        if indent and wrapped:
            wrapped = [wrapped[0], *(" " * indent + line for line in wrapped[1:])]
        if margin:
            wrapped = [" " * margin + line for line in wrapped]
        self.lines(wrapped, align=align, bold=bold, big=big, tall=tall, invert=invert)

    def labelled(self, label: str, value: str, column: int, max_lines: int) -> None:
        """``Concepto:  Torta de…`` with the value's lines under each other after ``column``."""
        label = printable(label, self.layout.codepage)
        value = printable(value, self.layout.codepage)
        if column > self.columns() * 0.4:  # a narrow ticket: the value goes under its label
            self.lines([label], bold=True)
            self.paragraph(value, max_lines=max_lines)
            return
        wrapped = wrap(value, self.columns() - column, max_lines) or [""]
        self._style(align="left", bold=True, big=False, tall=False, invert=False)
        self._printer.text(label.ljust(column))
        self._printer.set(bold=False)
        self._printer.textln(wrapped[0])
        for line in wrapped[1:]:
            self._printer.textln(" " * column + line)

    def rule(self) -> None:
        self.lines(["-" * self.columns()])

    def feed(self, lines: int = 1) -> None:
        self._printer.print_and_feed(lines)

    def barcode(self, digits: str, height_mm: int) -> None:
        """The CIP as the printer's own Code 128 (``GS k``), centred, module 2 to 4 dots with
        10 modules of quiet zone each side; the digits are printed under it as text."""
        modules = code128_modules(digits) + 20
        width = max(2, min(4, self.layout.dots // modules))
        # barcode() picks the same command but prints which renderer it chose on stdout.
        self._printer._hw_barcode(
            code128_payload(digits),
            "CODE128",
            height=min(255, height_mm * DOTS_PER_MM),
            width=width,
            pos="OFF",
            align_ct=True,
            function_type="B",
        )
        self._printer.ln()

    def qr(self, data: str, modules: int, side_share: float) -> None:
        """A QR with the printer's own command (``GS ( k``, model 2, level M), centred; each
        module a whole number of dots so the symbol takes about ``side_share`` of the line."""
        level = escpos()["constants"].QR_ECLEVEL_M
        size = max(3, min(8, int(self.layout.dots * side_share) // modules))
        self._printer.set(align="center")
        self._printer.qr(data, ec=level, size=size, native=True)
        self._printer.ln()

    def image(self, picture: Image.Image) -> None:
        """A raster image (``GS v 0``), centred on the line."""
        self._printer.image(picture, impl="bitImageRaster", center=True)

    def cut(self) -> None:
        """Feed past the cutter and cut (``GS V``)."""
        self._printer.cut(mode="PART")
