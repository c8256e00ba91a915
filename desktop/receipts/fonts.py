"""Embedded DejaVu fonts: registered once per process, measured, wrapped and shortened."""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics

from desktop.receipts import subsets
from desktop.resources import resource_path

ELLIPSIS = "…"
_FILES = {
    "PagoDesk-Sans": "DejaVuSans.ttf",
    "PagoDesk-Sans-Bold": "DejaVuSans-Bold.ttf",
    "PagoDesk-Condensed": "DejaVuSansCondensed.ttf",
    "PagoDesk-Condensed-Bold": "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()


@dataclass(frozen=True)
class Family:
    """A regular and a bold face; a document uses one family so only two fonts are embedded."""

    regular: str
    bold: str


@cache
def _register(name: str) -> frozenset[int]:
    """Register a face with reportlab (once) and return the code points it can draw."""
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            path = str(resource_path(f"fonts/{_FILES[name]}"))
            pdfmetrics.registerFont(subsets.SharedSubsetFont(name, path))
        font = pdfmetrics.getFont(name)
        return frozenset(font.face.charToGlyph)


def font_file(name: str) -> str:
    """The file in ``resources/fonts`` of a face registered here (``DejaVuSans-Bold.ttf``)."""
    return _FILES[name]


def family(*, condensed: bool) -> Family:
    """DejaVu Sans (A4, 80 mm) or DejaVu Sans Condensed (58 mm), registered on first use."""
    base = "PagoDesk-Condensed" if condensed else "PagoDesk-Sans"
    chosen = Family(base, f"{base}-Bold")
    _register(chosen.regular)
    _register(chosen.bold)
    return chosen


def printable(text: str, font: str) -> str:
    """One line of text the font can draw: whitespace collapsed, control and format characters
    dropped, characters without a glyph shown as "?"."""
    known = _register(font)
    chars = []
    for char in " ".join(unicodedata.normalize("NFC", text).split()):
        if unicodedata.category(char)[0] == "C":
            continue
        chars.append(char if ord(char) in known else "?")
    return "".join(chars)


def missing_glyphs(text: str) -> str:
    """The characters of ``text`` some face of the voucher cannot draw (each once, in order):
    a name in a script the fonts lack would print as "?", so it is refused before that."""
    faces = [_register(name) for name in _FILES]
    missing: dict[str, None] = {}
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.category(char)[0] in "CZ":
            continue
        if any(ord(char) not in face for face in faces):
            missing[char] = None
    return "".join(missing)


@lru_cache(maxsize=16384)
def width(text: str, font: str, size: float) -> float:
    """Advance width in points (reportlab's metrics, the same the PDF uses).

    Memoised: labels, instructions and the words of wrapped paragraphs repeat across
    vouchers, and reportlab measures TrueType text in pure Python.
    """
    return float(pdfmetrics.stringWidth(text, font, size))


def ascent_descent(font: str, size: float) -> tuple[float, float]:
    """Ascent above and descent below the baseline, both positive, in points."""
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    return float(ascent), float(-descent)


def shorten(text: str, font: str, size: float, max_width: float) -> str:
    """The text, or its longest prefix that fits followed by "…"."""
    if width(text, font, size) <= max_width:
        return text
    return _cut(text, font, size, max_width)


def _cut(text: str, font: str, size: float, max_width: float) -> str:
    """The longest prefix that fits together with a trailing "…"."""
    room = max_width - width(ELLIPSIS, font, size)
    return text[: _fitting_prefix(text, font, size, room)].rstrip() + ELLIPSIS


def fit_size(text: str, font: str, size: float, max_width: float, *, smallest: float) -> float:
    """The largest size up to ``size`` (down to ``smallest``) at which the text fits."""
    natural = width(text, font, size)
    if natural <= max_width:
        return size
    return max(smallest, size * max_width / natural)


def wrap(
    text: str, font: str, size: float, max_width: float, max_lines: int, *, balance: bool = True
) -> list[str]:
    """Break at spaces (and inside words too long for a line); past ``max_lines`` end in "…".

    With ``balance`` the lines of a paragraph that fits come out of similar length (no lone
    word on the last line), the narrowest measure that needs no extra line.
    """
    return list(_wrap_memo(text, font, size, max_width, max_lines, balance))


@lru_cache(maxsize=4096)
def _wrap_memo(
    text: str, font: str, size: float, max_width: float, max_lines: int, balance: bool
) -> tuple[str, ...]:
    """``wrap`` remembered: labels and instructions come back on every voucher of a batch."""
    return tuple(_balanced(printable(text, font), font, size, max_width, max_lines, balance))


def _balanced(
    text: str, font: str, size: float, max_width: float, max_lines: int, balance: bool
) -> list[str]:
    lines, cut = _wrap(text, font, size, max_width, max_lines)
    if not balance or cut or len(lines) < 2:
        return lines
    low, high = max_width / len(lines), max_width
    for _ in range(8):
        middle = (low + high) / 2
        attempt, cut = _wrap(text, font, size, middle, len(lines))
        if cut:
            low = middle
        else:
            lines, high = attempt, middle
    return lines


def _wrap(
    text: str, font: str, size: float, max_width: float, max_lines: int
) -> tuple[list[str], bool]:
    """Greedy line breaking; the flag says whether the text was cut short with "…"."""
    if not text:
        return [], False
    space = width(" ", font, size)
    lines: list[str] = []
    current, current_width = "", 0.0
    for word in _words(text):
        word_width = width(word, font, size)
        if current and current_width + space + word_width <= max_width:
            current, current_width = f"{current} {word}", current_width + space + word_width
            continue
        if current:
            lines.append(current)
        while word_width > max_width and len(word) > 1:
            cut = max(1, _fitting_prefix(word, font, size, max_width))
            lines.append(word[:cut])
            word = word[cut:]
            word_width = width(word, font, size)
        current, current_width = word, word_width
        if len(lines) > max_lines:
            break
    if current:
        lines.append(current)
    if len(lines) <= max_lines:
        return lines, False
    kept = lines[:max_lines]
    kept[-1] = _cut(kept[-1], font, size, max_width)
    return kept, True


def _words(text: str) -> list[str]:
    """Split at spaces, keeping "p. m." together and a lone dash at the end of its line."""
    words: list[str] = []
    for word in text.split(" "):
        if words and (word == "-" or (word == "m." and words[-1] in ("a.", "p."))):
            words[-1] += f" {word}"
        else:
            words.append(word)
    return words


def _fitting_prefix(text: str, font: str, size: float, max_width: float) -> int:
    """How many leading characters fit in ``max_width`` (binary search on the width)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width(text[:middle], font, size) <= max_width:
            low = middle
        else:
            high = middle - 1
    return low
