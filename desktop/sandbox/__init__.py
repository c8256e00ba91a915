"""A faithful PagoEfectivo simulator on loopback.

Choices made where the API reference (``pagoefectivo-api.md``) says UNKNOWN or conflicts:

- Bad, missing or expired Bearer token on ``/v1/cips*``: HTTP 401, code ``"508"``, ``data: []``.
  A token for another ``nameid`` (service) is also 508.
- Refused credentials (unknown access key, wrong idService, wrong hashString, stale
  dateRequest): HTTP 401, code ``"111"`` with ONE 113 item naming the first bad field, checked
  in that order: accessKey, idService, dateRequest, hashString. Missing fields: HTTP 400 with
  112 items; malformed idService/dateRequest: HTTP 400 with 113 items.
- dateRequest tolerance: 5 minutes either way (configurable) from the sandbox clock; any
  offset (or ``Z``) is accepted when the instant is right; the hash uses the text as sent.
- Success ``code`` is the number 100; error codes are strings ("111", "112", "113", "508",
  "511", "166"), as the doc's error examples show. 508 and 511 carry ``data: []``.
- Unknown CIPs and CIPs of another service are omitted from search; no batch limit; duplicates
  answered once; ``data`` items may be ``{"cip": ..}`` (int or digit string) or a bare CIP.
  Missing ``data``: 400/111 with 112 ``data``; a bad CIP: 113 ``data[i].cip``.
- ``statusName`` for paid/expired/deleted: "Cancelado.", "Expirado.", "Eliminado."; always
  Spanish, also with ``en-US``. Only ``message`` texts are translated.
- en-US wording: "Successful request.", "Request with invalid data.", "Required.",
  "Invalid value.", "Internal server error." (and plain translations for 508/511).
  Any Accept-Language whose first tag is ``en`` gives English.
- POST /v1/cips: a ``dateExpiry`` that is not in the future is refused (113 dateExpiry);
  absent/null/empty/.NET min date/year <= 1900 means the merchant default (4 h). No maximum.
- PATCH: allowed on generated (22) and expired (21, which becomes 22); a past or sentinel date
  is 113 dateExpiry; paid (23), deleted (25), unknown or foreign CIP is 400/111/113 ``cip``.
  DELETE: only while 22; otherwise the same 400/111/113 ``cip``.
- userDocumentNumber: alphanumeric, at most 14 (passports have letters). userCodeCountry:
  ``+`` and 1-4 digits. userPhone and userCodeCountry are required only with ``strict=True``.
- Customer fields looser than the doc's table, because published integrations send them so
  and PagoEfectivo's pre-production took them (looked up in public code, issue 17):
  userPhone is written as the customer typed it: at most 15 digits, with spaces, dashes,
  dots, brackets and a leading ``+`` allowed, 20 characters in all (the Vexsoluciones
  Magento module sends the checkout's telephone field unchanged: "+51 987 654 321").
  userUbigeo may come as a JSON number (150115 in a Django integration and a Spring sample,
  ``setUserUbigeo(150115)``), which loses the leading zero of departments 01-09: a number of
  up to 6 digits is read zero-padded (10101 is 010101); a string still needs all 6 digits.
  userEmail/adminEmail need an ``x@y.tld`` shape. Empty optional fields count as absent.
  Numbers given for text fields are accepted as text; ``amount`` must be > 0, <= 2 decimals,
  <= 16 integer digits; ``transactionCode`` duplicates are allowed.
- Amounts are echoed normalised (``25``, ``1``, ``160.35``); the webhook always has 2 decimals.
- Invalid JSON body: 400/111 with the fields it lacks reported as 112.
- Expiry by time: a 22 CIP whose dateExpiry <= sandbox now reads as 21 everywhere. The admin
  ``expire`` sets 21 and moves dateExpiry to now; ``reverse`` (23 -> 22) clears datePayment.
- After deletion (or for an unknown GUID) the voucher page answers 404 with an S3-style
  ``NoSuchKey`` XML body. Voucher status labels are Spanish and never "Cancelado".
- Webhook: posted only for ``cip.paid``; one retry (after ``webhook_retry_delay``, 0.5 s) when
  the first attempt is not HTTP 200 or fails to connect; timeout 10 s per attempt.
- Faults ``error=5xx`` (or 429): 500 is the API's 166 envelope; 502/503/other 5xx and 429 (with
  ``Retry-After: 1``) are nginx-style HTML.
- ``Origin`` and ``Content-Type`` are not enforced; the ``serviceId`` body field is ignored.
- The sandbox clock offset (``POST /_sandbox/clock``) is persisted with the state, so the CLI
  actions and a restarted server keep the same shifted time.
- Lost notifications on purpose (``POST /_sandbox/webhook/drop``, ``{"count": n}`` or every
  one until ``DELETE``) are persisted too: the payment happens, nothing is posted, and the
  delivery says so. ``POST /_sandbox/cips/CIP/notify`` sends a paid CIP's notification again,
  byte for byte; ``POST /_sandbox/webhook/probe`` GETs the webhook URL (or ``{"url"}``) from
  the sandbox and says what answered (the go-live check uses all three).
"""

# Each name loads its module when first used: the demo's fixed settings (DEMO_CONFIG) cost
# nothing, the server (starlette, uvicorn, JWT) only when a sandbox really starts.

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy import lazy_names

if TYPE_CHECKING:
    from desktop.sandbox.app import create_app
    from desktop.sandbox.config import DEMO_CONFIG, SandboxConfig
    from desktop.sandbox.faults import Fault, FaultRegistry
    from desktop.sandbox.server import SandboxServer
    from desktop.sandbox.state import SandboxState, StateConflict, UnknownCip
    from desktop.sandbox.tokens import hash_string
    from desktop.sandbox.webhook import Delivery, paid_body, sign

__getattr__ = lazy_names(
    __name__,
    {
        "app": ("create_app",),
        "config": ("DEMO_CONFIG", "SandboxConfig"),
        "faults": ("Fault", "FaultRegistry"),
        "server": ("SandboxServer",),
        "state": ("SandboxState", "StateConflict", "UnknownCip"),
        "tokens": ("hash_string",),
        "webhook": ("Delivery", "paid_body", "sign"),
    },
)


__all__ = [
    "DEMO_CONFIG",
    "Delivery",
    "Fault",
    "FaultRegistry",
    "SandboxConfig",
    "SandboxServer",
    "SandboxState",
    "StateConflict",
    "UnknownCip",
    "create_app",
    "hash_string",
    "paid_body",
    "sign",
]
