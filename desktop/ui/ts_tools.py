"""Qt Linguist catalogs (.ts XML): Spanish is the source language, so its catalog is filled
with the source text; other languages are checked for placeholders and completeness. A plural
message (``%n``) has one form per grammatical number, written by hand in every catalog
(Spanish too: "%n pago" / "%n pagos")."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    """The text; for a plural (``%n``) message, its forms one per line."""
    unfinished: bool
    obsolete: bool
    forms: tuple[str, ...] = ()
    """A plural message's forms (Spanish and English: one, other); empty otherwise."""


def read_catalog(path: Path) -> list[Entry]:
    """Every message of a .ts file."""
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms: tuple[str, ...] = ()
            text = (translation.text or "") if translation is not None else ""
            if message.get("numerus") == "yes" and translation is not None:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                text = "\n".join(forms) if forms and all(forms) else ""
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source", ""),
                    translation=text,
                    unfinished=kind == "unfinished",
                    obsolete=kind in ("obsolete", "vanished"),
                    forms=forms,
                )
            )
    return entries


def fill_identity(path: Path) -> int:
    """Make every live message of the source-language catalog translate to itself. Plural
    (``%n``) messages are left to a person: Spanish needs its singular written out."""
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") == "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        source = message.findtext("source", "")
        if translation.text != source or "type" in translation.attrib:
            translation.text = source
            translation.attrib.pop("type", None)
            changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return changed


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


if __name__ == "__main__":  # python -m desktop.ui.ts_tools fill translations/pagodesk_es.ts
    if len(sys.argv) != 3 or sys.argv[1] != "fill":
        sys.exit("usage: python -m desktop.ui.ts_tools fill FILE.ts")
    print(f"{sys.argv[2]}: {fill_identity(Path(sys.argv[2]))} entries filled")
