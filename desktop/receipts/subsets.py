"""Font subsets made once per process: PDFs using the same characters of a face share its file.

reportlab embeds a TrueType subset per document: it cuts the glyphs used out of the font and
compresses them, about a third of a voucher's rendering. Vouchers of one merchant use nearly
the same characters, so the subset file, and its compressed form, is remembered by the
characters it holds, in their order; ``assign_in_order`` gives a document's characters a
fixed order (digits always in), so vouchers that differ in their numbers share one file.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterable
from functools import lru_cache
from string import digits
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

_lock = threading.Lock()  # a face reads its file through a shared cursor while subsetting


class _Flate:
    """reportlab's Flate filter, remembering what it compressed last (the same subset files
    come back on every voucher)."""

    pdfname = "FlateDecode"

    def encode(self, content: bytes | str) -> bytes:
        return _compressed(content)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


_FLATE = _Flate()


@lru_cache(maxsize=64)
def _compressed(content: bytes | str) -> bytes:
    if isinstance(content, str):
        content = content.encode("utf8")
    return zlib.compress(content)  # reportlab's own setting (zlib's default level)


class _SharedSubsetFace(TTFontFace):  # type: ignore[misc]  # reportlab is untyped
    """A TrueType face whose subset files are made once per list of characters."""

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802  (reportlab's name)
        return _subset_file(self, tuple(subset))


@lru_cache(maxsize=64)
def _subset_file(face: _SharedSubsetFace, subset: tuple[int, ...]) -> bytes:
    with _lock:
        return bytes(TTFontFace.makeSubset(face, list(subset)))


class _Formatted(pdfdoc.PDFObject):  # type: ignore[misc]
    """A PDF value formatted once (the same widths come back on every voucher)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, _document: Any) -> bytes:
        return self.data


@lru_cache(maxsize=64)
def _widths(widths: tuple[float, ...]) -> _Formatted:
    return _Formatted(pdfdoc.PDFArray(widths).format(pdfdoc.DummyDoc()))


class SharedSubsetFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A TrueType font whose subsets are shared between documents: the subset file, its
    compression, its widths and its ToUnicode map are made once for the same characters.
    Subsets hold only the characters used (not all of ASCII): smaller, faster files."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path, asciiReadable=False)
        self.face.__class__ = _SharedSubsetFace  # same data, subsetting remembered

    def addObjects(self, doc: Any) -> None:  # noqa: N802  (reportlab's name)
        """reportlab's objects for this font's subsets, then the remembered parts put in."""
        super().addObjects(doc)
        prefix = doc.fontMapping[self.fontName][1:] + "+"
        for key, font in doc.idToObject["BasicFonts"].dict.items():
            if not key.startswith(prefix):
                continue
            font.Widths = _widths(tuple(font.Widths.sequence))
            descriptor = doc.idToObject[font.FontDescriptor.name]
            for ref in (font.ToUnicode, descriptor.dict["FontFile2"]):
                stream = doc.idToObject[ref.name]
                if stream.filters:  # the document compresses: compress each content once
                    stream.filters = [_FLATE]


def assign_in_order(doc: Any, used: dict[str, set[str]]) -> None:
    """Give each font's characters in ``used`` their codes in the document ``doc`` in one
    fixed order (the digits always among them), before anything is drawn: the subset then
    depends on which characters a document uses, not on the order it first uses them."""
    for name, chars in used.items():
        font = pdfmetrics.getFont(name)
        if isinstance(font, SharedSubsetFont):
            font.splitString("".join(sorted(chars.union(digits))), doc)


def characters(items: Iterable[object]) -> dict[str, set[str]]:
    """The characters of each font among items with a ``font`` and a ``text``."""
    used: dict[str, set[str]] = {}
    for item in items:
        font, text = getattr(item, "font", None), getattr(item, "text", None)
        if isinstance(font, str) and isinstance(text, str):
            used.setdefault(font, set()).update(text)
    return used
