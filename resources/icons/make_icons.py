"""Draws the PagoDesk icon (a teal rounded square, a white receipt with a "P") as PNG/ICO/ICNS."""

# Run from the project root: ``.venv/bin/python resources/icons/make_icons.py``. The build
# ships the images, never this script.

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "DejaVuSans-Bold.ttf"
TEAL_TOP = (20, 150, 142)
TEAL_BOTTOM = (12, 108, 112)
INK = (13, 92, 96)
SIZE = 1024  # drawn large, scaled down for smooth edges


def _gradient(size: int) -> Image.Image:
    column = Image.new("RGB", (1, size))
    for y in range(size):
        t = y / (size - 1)
        column.putpixel(
            (0, y),
            tuple(round(a + (b - a) * t) for a, b in zip(TEAL_TOP, TEAL_BOTTOM, strict=True)),
        )
    return column.resize((size, size))


def draw(size: int = SIZE) -> Image.Image:
    unit = size / 1024
    mask = Image.new("L", (size, size), 0)
    margin = round(56 * unit)
    ImageDraw.Draw(mask).rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=round(200 * unit), fill=255
    )
    icon = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    icon.paste(_gradient(size), (0, 0), mask)
    pen = ImageDraw.Draw(icon)

    # The receipt: a white slip with a torn (zig-zag) bottom edge.
    left, right, top, bottom = 272 * unit, 752 * unit, 196 * unit, 812 * unit
    teeth = 6
    tooth = (right - left) / teeth
    outline = [(left, top), (right, top), (right, bottom)]
    for i in range(teeth):
        x = right - i * tooth
        outline += [(x - tooth / 2, bottom - 44 * unit), (x - tooth, bottom)]
    pen.polygon(outline, fill="white")

    font = ImageFont.truetype(str(FONT), round(430 * unit))
    pen.text((size / 2, 470 * unit), "P", font=font, fill=INK, anchor="mm")
    for row, width in ((668, 300), (728, 200)):
        y = row * unit
        half = width * unit / 2
        pen.rounded_rectangle(
            (size / 2 - half, y, size / 2 + half, y + 22 * unit), radius=11 * unit, fill=INK
        )
    return icon


def main() -> None:
    big = draw()
    big.resize((512, 512), Image.Resampling.LANCZOS).save(HERE / "pagodesk.png", optimize=True)
    ico_sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    big.resize((256, 256), Image.Resampling.LANCZOS).save(HERE / "pagodesk.ico", sizes=ico_sizes)
    big.save(HERE / "pagodesk.icns")


if __name__ == "__main__":
    main()
