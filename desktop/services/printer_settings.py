"""Ajustes → Impresoras: this station's thermal printer (URI, paper, dots per line, code page,
print on issue), checked by the settings' own rules and kept in the local settings file."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.domain.printers import PrinterUriError
from desktop.domain.settings import GeneralSettings, SettingsError, problems
from desktop.services.errors import boundary
from desktop.services.printing import ThermalPrinter, thermal_printer
from desktop.services.profiles import ProfileRegistry
from desktop.services.settings import InvalidSettings, Problem


@dataclass(frozen=True)
class PrinterForm:
    """The printer as typed; an empty URI means no thermal printer."""

    uri: str
    paper: str
    dots: int
    codepage: str
    print_on_issue: bool = False

    def values(self) -> dict[str, object]:
        return {
            "printer_uri": self.uri.strip(),
            "printer_paper": self.paper,
            "printer_dots": self.dots,
            "printer_codepage": self.codepage,
            "print_on_issue": int(self.print_on_issue),
        }

    @classmethod
    def of(cls, general: GeneralSettings) -> PrinterForm:
        return cls(
            general.printer_uri,
            general.printer_paper,
            general.printer_dots,
            general.printer_codepage,
            bool(general.print_on_issue),
        )


def printer_problems(form: PrinterForm) -> list[Problem]:
    """Every refused field of ``form`` (empty when it can be saved)."""
    found = [Problem(p.field, p.code, p.detail) for p in problems(form.values())]
    if form.print_on_issue and not form.uri.strip():
        found.append(Problem("printer_uri", "printer_uri_missing"))
    return found


def form_printer(form: PrinterForm) -> ThermalPrinter:
    """The printer the form describes, for «Imprimir prueba» before it is saved."""
    found = printer_problems(form)
    if not form.uri.strip():
        found.append(Problem("printer_uri", "printer_uri_missing"))
    if found:
        raise InvalidSettings(found)
    general = replace(GeneralSettings(), **form.values())  # type: ignore[arg-type]
    try:
        return thermal_printer(general)
    except PrinterUriError as exc:  # checked above; kept for a rule added later
        raise InvalidSettings([Problem("printer_uri", exc.code)]) from None


@boundary
def save_printer(registry: ProfileRegistry, form: PrinterForm) -> GeneralSettings:
    """Check and store this station's printer; ``InvalidSettings`` saves nothing."""
    found = printer_problems(form)
    if found:
        raise InvalidSettings(found)
    current = registry.load().general
    try:
        general = replace(current, **form.values())  # type: ignore[arg-type]
    except SettingsError as exc:
        raise InvalidSettings([Problem("form", exc.code)]) from None
    registry.set_general(general)
    return general
