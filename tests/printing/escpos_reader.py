"""A strict reader of the ESC/POS bytes PagoDesk sends, and a renderer of what a 203 dpi
printer would put on paper: the tests decode the commands, then read the codes back from the
picture with zxing-cpp. Any byte the reader does not know fails the test."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import qrcode
import zxingcpp
from PIL import Image, ImageDraw, ImageFont
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q

from desktop.receipts import codes
from desktop.resources import resource_path

ESC, GS, DLE = 0x1B, 0x1D, 0x10
CODE_PAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858"}
LEVELS = {48: ERROR_CORRECT_L, 49: ERROR_CORRECT_M, 50: ERROR_CORRECT_Q, 51: ERROR_CORRECT_H}
CELL_W, CELL_H, LINE_H = 12, 24, 30


@dataclass
class Style:
    bold: bool = False
    invert: bool = False
    width: int = 1
    height: int = 1
    align: int = 0


@dataclass
class Segment:
    text: str
    style: Style


@dataclass
class Block:
    """One printed thing: a text line (segments), an image, a barcode, a QR, a feed or a cut."""

    kind: str
    segments: list[Segment] = field(default_factory=list)
    data: Any = None
    align: int = 0

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


@dataclass
class Ticket:
    """What the bytes say, in order; ``commands`` counts each command seen."""

    blocks: list[Block]
    commands: list[str]
    code_pages: list[int]
    status_queries: list[int]

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.kind == "text")

    def of(self, kind: str) -> list[Block]:
        return [b for b in self.blocks if b.kind == kind]


class Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0
        self.style = Style()
        self.codec = "cp437"
        self.blocks: list[Block] = []
        self.commands: list[str] = []
        self.pages: list[int] = []
        self.queries: list[int] = []
        self.line: list[Segment] = []
        self.qr: dict[str, Any] = {}
        self.bar: dict[str, int] = {}

    def take(self, count: int = 1) -> bytes:
        chunk = self.data[self.at : self.at + count]
        if len(chunk) != count:
            raise AssertionError(f"truncated command at byte {self.at}")
        self.at += count
        return chunk

    def byte(self) -> int:
        return self.take()[0]

    def flush(self, *, empty: bool = False) -> None:
        if self.line or empty:
            self.blocks.append(Block("text", self.line, align=self.style.align))
        self.line = []

    def put(self, text: str) -> None:
        style = Style(**vars(self.style))
        if self.line and self.line[-1].style == style:
            self.line[-1].text += text
        else:
            self.line.append(Segment(text, style))

    def read(self) -> Ticket:
        while self.at < len(self.data):
            first = self.byte()
            if first == 0x0A:
                self.flush(empty=True)
            elif first == ESC:
                self.esc(self.byte())
            elif first == GS:
                self.gs(self.byte())
            elif first == DLE:
                assert self.byte() == 0x04, "only DLE EOT is expected"
                self.queries.append(self.byte())
                self.commands.append("DLE EOT")
            elif first >= 0x20:
                start = self.at - 1
                while self.at < len(self.data) and self.data[self.at] >= 0x20:
                    self.at += 1
                self.put(self.data[start : self.at].decode(self.codec))
            else:
                raise AssertionError(f"unexpected control byte {first:#04x} at {self.at - 1}")
        self.flush()
        return Ticket(self.blocks, self.commands, self.pages, self.queries)

    def esc(self, command: int) -> None:
        name = chr(command)
        self.commands.append(f"ESC {name}")
        if name == "@":
            self.style, self.codec = Style(), "cp437"
        elif name == "t":
            page = self.byte()
            self.pages.append(page)
            self.codec = CODE_PAGES[page]
        elif name == "E":
            self.style.bold = bool(self.byte() & 1)
        elif name == "!":
            mode = self.byte()
            self.style.bold = bool(mode & 8)
            self.style.height = 2 if mode & 16 else 1
            self.style.width = 2 if mode & 32 else 1
        elif name == "a":
            self.flush()
            self.style.align = self.byte() % 48
        elif name in "-MG{":
            self.byte()
        elif name == "d":
            self.flush()
            self.blocks.append(Block("feed", data=self.byte()))
        else:
            raise AssertionError(f"unknown command ESC {name!r}")

    def gs(self, command: int) -> None:
        name = chr(command)
        self.commands.append(f"GS {name}")
        if name == "!":
            size = self.byte()
            self.style.width, self.style.height = (size >> 4) + 1, (size & 15) + 1
        elif name == "B":
            self.style.invert = bool(self.byte() & 1)
        elif name in "bf":
            self.byte()
        elif name in "hwH":
            self.bar[name] = self.byte()
        elif name == "k":
            self.barcode()
        elif name == "(":
            self.two_d()
        elif name == "v":
            self.raster()
        elif name == "V":
            self.flush()
            mode = self.byte()
            if mode in (65, 66):
                self.byte()
            self.blocks.append(Block("cut", data=mode))
        else:
            raise AssertionError(f"unknown command GS {name!r}")

    def barcode(self) -> None:
        kind = self.byte()
        assert kind == 73, f"Code 128 (GS k 73) expected, got {kind}"
        payload = self.take(self.byte())
        self.flush()
        self.blocks.append(
            Block("barcode", data=(code128_digits(payload), dict(self.bar)), align=self.style.align)
        )

    def two_d(self) -> None:
        assert self.take() == b"k", "only GS ( k (2D codes) is expected"
        size = int.from_bytes(self.take(2), "little")
        body = self.take(size)
        cn, fn = body[0], body[1]
        assert cn == 0x31, "a QR code (cn 49)"
        if fn == 65:
            self.qr["model"] = body[2]
        elif fn == 67:
            self.qr["module"] = body[2]
        elif fn == 69:
            self.qr["level"] = body[2]
        elif fn == 80:
            self.qr["data"] = body[3:].decode("utf-8")
        elif fn == 81:
            self.flush()
            self.blocks.append(Block("qr", data=dict(self.qr), align=self.style.align))
        else:
            raise AssertionError(f"unexpected QR function {fn}")

    def raster(self) -> None:
        assert self.take() == b"0"
        self.byte()  # density
        width = int.from_bytes(self.take(2), "little")
        height = int.from_bytes(self.take(2), "little")
        bits = self.take(width * height)
        image = Image.frombytes("1", (width * 8, height), bits)
        self.flush()
        self.blocks.append(Block("image", data=image, align=self.style.align))


def code128_digits(payload: bytes) -> str:
    """The text a Code 128 payload (``{C`` digit pairs, ``{B`` characters) stands for."""
    out, mode, at = [], "", 0
    while at < len(payload):
        if payload[at] == ord("{") and at + 1 < len(payload):
            mode = chr(payload[at + 1])
            at += 2
            continue
        out.append(f"{payload[at]:02d}" if mode == "C" else chr(payload[at]))
        at += 1
    return "".join(out)


def read_ticket(data: bytes) -> Ticket:
    return Reader(data).read()


@lru_cache(maxsize=4096)
def _glyph(char: str, bold: bool, width: int, height: int) -> Image.Image:
    """One character drawn in its 12 x 24 cell, then stretched to the size asked for."""
    name = "DejaVuSansCondensed-Bold.ttf" if bold else "DejaVuSansCondensed.ttf"
    font = ImageFont.truetype(str(resource_path(f"fonts/{name}")), 19)
    cell = Image.new("L", (CELL_W, CELL_H), 0)
    ImageDraw.Draw(cell).text((CELL_W / 2, CELL_H / 2), char, fill=255, font=font, anchor="mm")
    return cell.resize((CELL_W * width, CELL_H * height))


def render(ticket: Ticket, dots: int) -> Image.Image:
    """The paper as a 1-bit-looking grayscale picture, one pixel per printer dot."""
    canvas = Image.new("L", (dots, 40000), 255)
    draw = ImageDraw.Draw(canvas)
    y = 10
    for block in ticket.blocks:
        if block.kind == "text":
            y = _text(canvas, block, dots, y)
        elif block.kind == "feed":
            y += LINE_H * block.data
        elif block.kind == "image":
            image = block.data.convert("L").point(lambda v: 255 - v)
            canvas.paste(image, (_left(block.align, image.width, dots), y))
            y += image.height
        elif block.kind == "barcode":
            y = _barcode(draw, block, dots, y)
        elif block.kind == "qr":
            y = _qr(canvas, block, dots, y)
        elif block.kind == "cut":
            draw.line((0, y + 4, dots, y + 4), fill=160, width=1)
            y += 10
    return canvas.crop((0, 0, dots, y + 10))


def _left(align: int, width: int, dots: int) -> int:
    return {0: 0, 1: (dots - width) // 2, 2: dots - width}[align]


def _text(canvas: Image.Image, block: Block, dots: int, y: int) -> int:
    tall = max((s.style.height for s in block.segments), default=1)
    width = sum(len(s.text) * CELL_W * s.style.width for s in block.segments)
    x = _left(block.align, width, dots)
    for segment in block.segments:
        style = segment.style
        w, h = CELL_W * style.width, CELL_H * style.height
        top = y + (tall - style.height) * CELL_H
        for char in segment.text:
            mask = _glyph(char, style.bold, style.width, style.height)
            if style.invert:
                canvas.paste(0, (x, top - 3, x + w, top + h + 3))
                canvas.paste(255, (x, top), mask)
            else:
                canvas.paste(0, (x, top), mask)
            x += w
    return y + LINE_H * tall


def _barcode(draw: ImageDraw.ImageDraw, block: Block, dots: int, y: int) -> int:
    digits, params = block.data
    symbol = codes.bar_symbol(digits)
    module, height = params.get("w", 3), params.get("h", 162)
    left = _left(block.align, symbol.length * module, dots)
    for offset, span in symbol.bars:
        draw.rectangle(
            (left + offset * module, y, left + (offset + span) * module - 1, y + height - 1), fill=0
        )
    return y + height


def _qr(canvas: Image.Image, block: Block, dots: int, y: int) -> int:
    data = block.data
    code = qrcode.QRCode(error_correction=LEVELS[data["level"]], box_size=data["module"], border=0)
    code.add_data(data["data"])
    code.make(fit=True)
    image = code.make_image().get_image().convert("L")
    canvas.paste(image, (_left(block.align, image.width, dots), y + 8))
    return y + image.height + 16


def decode_codes(picture: Image.Image) -> dict[str, list[str]]:
    """The QR and Code 128 texts zxing-cpp reads on the rendered paper."""
    found: dict[str, list[str]] = {"qr": [], "code128": []}
    formats: Any = [zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128]
    for result in zxingcpp.read_barcodes(picture, formats=formats):
        kind = "qr" if result.format == zxingcpp.BarcodeFormat.QRCode else "code128"
        found[kind].append(result.text)
    return found
