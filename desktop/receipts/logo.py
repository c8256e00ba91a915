"""The merchant's logo: decoded, flattened on white, shrunk and re-encoded once, then reused."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO

from PIL import Image, ImageChops, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

MAX_PIXELS = 600  # the long side: ~300 dpi at the largest size a voucher shows a logo


class JpegImage(ImageReader):  # type: ignore[misc]  # reportlab is untyped
    """A JPEG for reportlab, which embeds it as is (no decoding, no recompression).

    reportlab names an image in a PDF by a digest of what ``getRGBData`` returns, normally
    every decoded pixel, copied and hashed on each voucher (0.25 ms for a logo). Here that
    is the JPEG itself, as unique and a twentieth of the size; the pixels are never needed.
    """

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(BytesIO(jpeg))
        self.jpeg = jpeg

    def getRGBData(self) -> bytes:  # noqa: N802  (reportlab's name)
        self._dataA = None  # no transparency mask: the logo is flattened on white
        return self.jpeg


@dataclass(frozen=True)
class Logo:
    """A ready-to-draw logo and its width/height ratio."""

    image: ImageReader
    aspect: float
    jpeg: bytes = b""  # the same picture as encoded (a Qt painter draws it from these)

    def fit(self, max_width: float, max_height: float) -> tuple[float, float]:
        """The largest (width, height) with this aspect inside the box."""
        width = min(max_width, max_height * self.aspect)
        return width, width / self.aspect

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        """Draw at (x, y), the bottom-left corner (the reader is shared: see render's lock)."""
        canvas.drawImage(self.image, x, y, width, height)


@lru_cache(maxsize=8)
def load_logo(data: bytes, *, grayscale: bool) -> Logo | None:
    """PNG or JPEG bytes to a Logo; ``None`` when the bytes are not a usable image.

    Tickets get a grayscale copy since thermal heads print black only, and the result is
    kept as a high-quality JPEG: reportlab embeds JPEG data as is, so each PDF costs no
    recompression.
    """
    final = flat_logo(data, grayscale=grayscale)
    if final is None:
        return None
    final = final.copy()
    final.thumbnail((MAX_PIXELS, MAX_PIXELS))
    encoded = BytesIO()
    final.save(encoded, "JPEG", quality=92, subsampling=0)
    data = encoded.getvalue()
    return Logo(JpegImage(data), final.width / final.height, data)


@lru_cache(maxsize=8)
def flat_logo(data: bytes, *, grayscale: bool) -> Image.Image | None:
    """The logo as one opaque image (shared: callers copy before changing it); ``None`` when
    the bytes are not a usable image.

    Transparency is flattened onto white (thermal printers and PDF viewers agree on it) and
    the white margins many logo files carry are trimmed, so the mark itself gets the room.
    """
    try:
        with Image.open(BytesIO(data)) as opened:
            picture = ImageOps.exif_transpose(opened)
            picture.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    if picture.width < 1 or picture.height < 1:
        return None
    picture = picture.convert("RGBA")
    flat = Image.new("RGBA", picture.size, "white")
    flat.alpha_composite(picture)
    final = flat.convert("L" if grayscale else "RGB")
    content = ImageChops.difference(final, Image.new(final.mode, final.size, "white")).getbbox()
    if content is None:
        return None  # a blank image
    return final.crop(content)
