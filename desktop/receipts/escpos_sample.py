"""«Imprimir prueba»: one short ticket that shows whether the printer is set right: accents and
ñ in its code page, the line's width, both codes and the cut."""

from __future__ import annotations

from datetime import datetime

from desktop.receipts.escpos_writer import TicketLayout, TicketWriter
from desktop.receipts.wording import lima_datetime

TITLE = "Prueba de impresión"
SAMPLES = (
    "José María Núñez Peña",
    "ÁÉÍÓÚ Ñ áéíóú ñ ü ¿? ¡! °",
    "S/ 1,500.15    US$ 20.00",
)
HINT = (
    "Si alguna letra sale cambiada, elija otra página de códigos en Ajustes, Impresoras; si "
    "la regla de abajo se corta o salta de línea, corrija los puntos por línea."
)
SAMPLE_CODE = "12345678"
SAMPLE_LINK = "https://pagoefectivo.pe"


def sample_ticket(layout: TicketLayout, printer: str, printed_at: datetime) -> bytes:
    """The test page for ``printer`` (its URI), printed at ``printed_at``."""
    writer = TicketWriter(layout)
    writer.paragraph(TITLE.upper(), align="center", bold=True, tall=True)
    writer.paragraph("PagoDesk", align="center")
    writer.rule()
    writer.paragraph(f"Impresora: {printer}", max_lines=3)
    writer.paragraph(
        f"Papel: {layout.paper.replace('mm', ' mm')} · {layout.dots} puntos · "
        f"{layout.columns} columnas",
        max_lines=2,
    )
    writer.paragraph(f"Página de códigos: {layout.codepage}")
    writer.paragraph(f"Impreso el {lima_datetime(printed_at, weekday=False)}", max_lines=2)
    writer.rule()
    for sample in SAMPLES:
        writer.paragraph(sample, bold=sample == SAMPLES[0])
    writer.paragraph(f"Págalo antes del {lima_datetime(printed_at)}", max_lines=2)
    writer.feed(1)
    writer.paragraph(HINT, max_lines=6)
    ruler = "".join(str(n % 10) for n in range(1, layout.columns + 1))
    writer.lines([ruler])
    writer.rule()
    writer.barcode(SAMPLE_CODE, 8)
    writer.paragraph(SAMPLE_CODE, align="center")
    writer.qr(SAMPLE_LINK, 21, 0.3)
    writer.cut()
    return writer.output()
