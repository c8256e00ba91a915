"""Pictures of a voucher PDF's pages (PNG bytes), for the on-screen preview and for printing."""

from __future__ import annotations

import io
import threading

import pypdfium2

_lock = threading.Lock()  # pdfium is not thread-safe


def page_images(pdf: bytes, dpi: int = 150) -> list[bytes]:
    """Every page of ``pdf`` rendered at ``dpi`` as PNG bytes."""
    with _lock:
        document = pypdfium2.PdfDocument(pdf)
        try:
            images = []
            for page in document:
                bitmap = page.render(scale=dpi / 72)
                buffer = io.BytesIO()
                bitmap.to_pil().save(buffer, format="PNG")
                images.append(buffer.getvalue())
                page.close()
            return images
        finally:
            document.close()


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of each page in millimetres (tickets are 80 or 58 mm wide)."""
    with _lock:
        document = pypdfium2.PdfDocument(pdf)
        try:
            return [
                (w * 25.4 / 72, h * 25.4 / 72)
                for w, h in (document.get_page_size(i) for i in range(len(document)))
            ]
        finally:
            document.close()
