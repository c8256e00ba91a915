"""Measuring, wrapping and shortening text with the embedded fonts."""

from __future__ import annotations

from desktop.receipts import fonts

FACE = fonts.family(condensed=False)


def fits(lines: list[str], size: float, width: float) -> bool:
    return all(fonts.width(line, FACE.regular, size) <= width + 1e-6 for line in lines)


def test_short_text_stays_on_one_line() -> None:
    assert fonts.wrap("Torta de maracuyá y piña", FACE.regular, 10, 300, 3) == [
        "Torta de maracuyá y piña"
    ]


def test_wrapped_lines_fit_and_keep_every_word() -> None:
    text = "Pedido especial de torta de tres leches con fresas para cuarenta personas"
    lines = fonts.wrap(text, FACE.regular, 10, 120, 5)
    assert len(lines) > 1 and fits(lines, 10, 120)
    assert " ".join(lines) == text


def test_balanced_lines_leave_no_lone_word() -> None:
    lines = fonts.wrap("Este documento no es un comprobante de pago.", FACE.bold, 7.5, 204, 2)
    assert len(lines) == 2
    widths = [fonts.width(line, FACE.bold, 7.5) for line in lines]
    assert min(widths) > 0.6 * max(widths)


def test_too_long_text_ends_in_an_ellipsis_within_the_line_limit() -> None:
    lines = fonts.wrap("palabra " * 100, FACE.regular, 10, 100, 2)
    assert len(lines) == 2 and lines[-1].endswith("…") and fits(lines, 10, 100)


def test_a_word_longer_than_the_line_is_broken() -> None:
    lines = fonts.wrap("Ñ" * 80, FACE.regular, 10, 100, 10)
    assert len(lines) > 1 and fits(lines, 10, 100) and "".join(lines) == "Ñ" * 80


def test_time_of_day_and_dash_are_never_split() -> None:
    lines = fonts.wrap("sábado 12/12/2026 - 03:10 p. m.", FACE.bold, 8, 80, 3)
    assert all(not line.startswith(("m.", "-")) for line in lines)


def test_characters_the_font_lacks_become_question_marks() -> None:
    assert fonts.printable("Torta 🎂\tde\u200b piña", FACE.regular) == "Torta ? de piña"


def test_shorten_and_fit_size() -> None:
    assert fonts.shorten("corto", FACE.regular, 10, 200) == "corto"
    short = fonts.shorten("una referencia muy larga " * 5, FACE.regular, 10, 80)
    assert short.endswith("…") and fonts.width(short, FACE.regular, 10) <= 80
    size = fonts.fit_size("11323796", FACE.bold, 40, 100, smallest=9)
    assert size < 40 and fonts.width("11323796", FACE.bold, size) <= 100 + 1e-6
