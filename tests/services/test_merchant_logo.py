"""The merchant's logo is copied into the data folder when it is saved: moving or deleting
the original does not lose it, a new one replaces the copy, removing it removes the copy."""

from __future__ import annotations

import io
import random
import stat
from pathlib import Path

import pytest
from PIL import Image

from desktop.config import data_dir
from desktop.services.merchant_logo import LOGO_MAX_BYTES, kept_logos, logo_problem
from desktop.services.profiles import ProfileRegistry
from desktop.services.receipts import merchant_from_settings
from desktop.services.settings import InvalidSettings, save_general
from tests.services.test_settings_service import general


def picture(path: Path, kind: str, color: str = "#0b5c7a") -> Path:
    Image.new("RGB", (120, 40), color).save(path, kind)
    return path


def test_a_saved_logo_is_a_private_copy_that_survives_the_original(tmp_path: Path) -> None:
    registry = ProfileRegistry()
    original = picture(tmp_path / "Mi logo.png", "PNG")
    saved = save_general(registry, general(merchant_logo=str(original)))

    copy = Path(saved.merchant_logo)
    assert copy.parent == data_dir() and copy.name == "logo-comercio.png"
    assert registry.load().general.merchant_logo == str(copy)
    assert copy.read_bytes() == original.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    original.unlink()  # moved or deleted: the voucher keeps its logo
    assert merchant_from_settings(saved, demo=True).logo == copy.read_bytes()

    again = save_general(registry, general(merchant_logo=saved.merchant_logo))  # unchanged
    assert again.merchant_logo == str(copy) and kept_logos() == [copy]

    other = picture(tmp_path / "nuevo.jpg", "JPEG", "#c62828")
    replaced = save_general(registry, general(merchant_logo=str(other)))
    assert Path(replaced.merchant_logo).name == "logo-comercio.jpg"
    assert kept_logos() == [data_dir() / "logo-comercio.jpg"]  # the old copy is gone
    assert Path(replaced.merchant_logo).read_bytes() == other.read_bytes()

    save_general(registry, general(merchant_logo=""))
    assert kept_logos() == []


def test_a_logo_that_cannot_be_drawn_or_is_too_big_is_refused_and_not_copied(
    tmp_path: Path,
) -> None:
    registry = ProfileRegistry()
    cut = tmp_path / "cortado.png"
    cut.write_bytes(picture(tmp_path / "bueno.png", "PNG").read_bytes()[:40])  # header only
    huge = tmp_path / "enorme.png"
    noise = Image.frombytes("RGB", (1000, 1000), random.Random(13).randbytes(3_000_000))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")  # noise does not compress: about 3 MB
    huge.write_bytes(buffer.getvalue())
    assert huge.stat().st_size > LOGO_MAX_BYTES
    assert logo_problem(cut) == "logo_not_image" and logo_problem(huge) == "logo_too_big"
    for wrong, code in ((cut, "logo_not_image"), (huge, "logo_too_big")):
        with pytest.raises(InvalidSettings) as refused:
            save_general(registry, general(merchant_logo=str(wrong)))
        assert refused.value.fields == {"merchant_logo": code}
    assert kept_logos() == [] and registry.load().general.merchant_logo == ""
