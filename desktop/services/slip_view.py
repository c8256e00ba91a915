"""A kept payment slip ready for the screen: the photo itself, or a PDF's pages as pictures.
Read from the database on any station; nothing is written to disk to show it."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2

from desktop.services.preview import page_images
from desktop.services.reconcile import ManualReconciliation
from desktop.services.slips import EVIDENCE_MAGIC, ReconcileError

PDF_DPI = 110


@dataclass(frozen=True)
class SlipPicture:
    """``pages``: what the screen shows (PNG or JPEG bytes); ``content``: the slip as kept."""

    name: str
    is_pdf: bool
    content: bytes
    pages: tuple[bytes, ...]


def slip_picture(
    reconciliation: ManualReconciliation, voucher_id: int, sha256: str, dpi: int = PDF_DPI
) -> SlipPicture:
    """The slip one of the voucher's events recorded, checked against its hash (the service's
    refusals: another profile, unknown, only on another PC, altered), ready to be shown."""
    name, content = reconciliation.evidence(voucher_id, sha256)
    if not content.startswith(EVIDENCE_MAGIC[".pdf"]):
        return SlipPicture(name, False, content, (content,))
    try:
        pages = tuple(page_images(content, dpi))
    except pypdfium2.PdfiumError:
        raise ReconcileError("evidence_unreadable", "evidence") from None
    return SlipPicture(name, True, content, pages)
