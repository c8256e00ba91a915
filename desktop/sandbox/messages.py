"""Result codes, their es-PE / en-US messages, and the ``{code, message, data}`` envelope."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from desktop.sandbox import jsonio

OK = "100"
INVALID_REQUEST = "111"
REQUIRED = "112"
INVALID_VALUE = "113"
INVALID_TOKEN = "508"
AMOUNT_OVER_MAX = "511"
INTERNAL_ERROR = "166"

_MESSAGES: dict[str, tuple[str, str]] = {
    OK: ("Solicitud exitosa.", "Successful request."),
    INVALID_REQUEST: ("Solicitud con datos inválidos.", "Request with invalid data."),
    REQUIRED: ("Requerido.", "Required."),
    INVALID_VALUE: ("Valor invalido.", "Invalid value."),
    INVALID_TOKEN: (
        "El servicio asociado al token no es válido.",
        "The service associated with the token is not valid.",
    ),
    AMOUNT_OVER_MAX: (
        "El monto del CIP supera el monto máximo permitido para el comercio. "
        "Ingrese un monto menor.",
        "The CIP amount exceeds the maximum allowed for the merchant. Enter a smaller amount.",
    ),
    INTERNAL_ERROR: ("Error interno del servidor.", "Internal server error."),
}

FieldError = tuple[str, str]
"""``(code, field)``: a 112 or 113 item naming the offending request field."""

JSON_MEDIA_TYPE = "application/json; charset=utf-8"


def wants_english(accept_language: str | None) -> bool:
    """``en-US`` (any ``en`` first choice) gives English; anything else gives es-PE."""
    if not accept_language:
        return False
    first = accept_language.split(",")[0].split(";")[0].strip().lower()
    return first == "en" or first.startswith("en-")


def message(code: str, english: bool = False) -> str:
    """The message literal for a code."""
    spanish, english_text = _MESSAGES[code]
    return english_text if english else spanish


def envelope(code: str, data: Any, english: bool = False) -> dict[str, Any]:
    """The API envelope. Success carries the number 100, errors the string codes (as the doc)."""
    wire_code: int | str = int(code) if code == OK else code
    return {"code": wire_code, "message": message(code, english), "data": data}


def json_response(status: int, payload: Any) -> Response:
    """A JSON response serialised with :func:`jsonio.dumps` (Decimals stay exact)."""
    return Response(jsonio.dump_bytes(payload), status_code=status, media_type=JSON_MEDIA_TYPE)


def api_response(status: int, code: str, data: Any, english: bool = False) -> Response:
    """An enveloped API response."""
    return json_response(status, envelope(code, data, english))


def field_errors_response(
    errors: list[FieldError], english: bool = False, status: int = 400
) -> Response:
    """The 111 envelope listing 112/113 items that name their field."""
    items = [{"code": code, "message": message(code, english), "field": f} for code, f in errors]
    return api_response(status, INVALID_REQUEST, items, english)
