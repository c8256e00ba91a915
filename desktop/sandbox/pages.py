"""The Spanish voucher page served at ``cipUrl``, and the static host's 404 after deletion."""

from __future__ import annotations

from datetime import datetime
from html import escape

from babel.dates import format_datetime

from desktop.domain.limatime import LIMA, to_lima
from desktop.domain.money import Currency, format_money
from desktop.sandbox.storage import DELETED, EXPIRED, GENERATED, PAID, CipRecord

# What a payer reads; "Cancelado" is never used as a status label (it reads as "voided").
STATUS_LABELS = {
    GENERATED: "Pendiente de pago",
    PAID: "Pagado",
    EXPIRED: "Expirado",
    DELETED: "Eliminado",
}
SERVICE_NAMES = {Currency.PEN: "PagoEfectivo Soles", Currency.USD: "PagoEfectivo Dólares"}

_STYLE = """
body{font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0;color:#222}
main{max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:24px}
h1{color:#f0b400;font-size:22px;margin-top:0}
.banner{background:#fff6d6;padding:12px;border-radius:6px}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px}
dt{font-weight:bold}
.cip{font-size:40px;font-weight:bold;letter-spacing:2px}
.note{font-size:12px;color:#555}
.simulator{border-top:1px dashed #bbb;margin-top:20px;padding-top:12px}
.simulator button{background:#1f5a73;color:#fff;border:0;border-radius:4px;padding:8px 16px;
font-size:14px;cursor:pointer}
"""


def spanish_deadline(moment: datetime) -> str:
    """``viernes 10/05/2024 - 10:15 p. m.`` in Lima time (Babel's Spanish names)."""
    text = format_datetime(
        to_lima(moment), "EEEE dd/MM/yyyy - hh:mm a", tzinfo=LIMA, locale="es_PE"
    )
    return str(text).replace("\u202f", " ").replace("\u00a0", " ")


def voucher_page(record: CipRecord) -> str:
    """The payment instructions for one CIP; ``record.status`` must already be as of now."""
    currency = Currency(record.currency)
    rows = [
        ("Empresa", "PagoEfectivo"),
        ("Servicio", SERVICE_NAMES[currency]),
        ("Monto a pagar", format_money(record.amount, currency)),
        ("Págalo antes del", spanish_deadline(record.expires_at)),
        ("Estado", STATUS_LABELS.get(record.status, "Desconocido")),
    ]
    concept = record.details.get("paymentConcept")
    if concept:
        rows.insert(2, ("Concepto", concept))
    items = "\n".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    simulate = ""
    if record.status == GENERATED:  # only the simulator can do this: there is no real payment
        action = f"/_sandbox/pages/{escape(record.guid)}/pay"
        simulate = f"""<form class="simulator" method="post" action="{action}">
<p class="note">Simulador: pagar aquí marca el CIP como pagado y envía la notificación firmada
al comercio, como si el cliente hubiera pagado en un agente.</p>
<button type="submit">Simular el pago</button>
</form>"""
    return f"""<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Información para tu pago - CIP {record.cip}</title>
<style>{_STYLE}</style></head>
<body><main>
<h1>Información para tu pago</h1>
<p class="banner">Estás a punto de finalizar tu compra. Paga con este código en cualquier
punto autorizado.</p>
<p>Código de pago (CIP)</p>
<p class="cip">{record.cip}</p>
<dl>
{items}
</dl>
<h2>¿Dónde pagar?</h2>
<p>Banca por internet y banca móvil (opción "pago de servicios"): BCP, BBVA, Interbank,
Scotiabank, BanBif. Agentes y bodegas: Kasnet, Western Union, FullCarga, Tambo+.
Busca la empresa <b>PagoEfectivo</b> y el servicio <b>{escape(SERVICE_NAMES[currency])}</b>.</p>
<p class="note">El CIP no es una reserva confirmada hasta que se pague. El comercio puede
dar por terminado el pedido antes del vencimiento.</p>
<p class="note">Página del simulador de PagoDesk: no es una página real de PagoEfectivo.</p>
{simulate}
</main></body></html>
"""


def not_found_page(key: str) -> str:
    """The static host's answer for a missing or deleted voucher (S3-style XML)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
        f"<Key>{escape(key)}</Key></Error>"
    )
