"""The pitch tab's issuer fields: typed values, an uploaded logo or the remembered one, and what
the browser remembers read back safely."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from assistant.pitch import IssuerError, read_logo
from assistant.pitch.issuer import MAX_LOGO_BYTES
from ui.pitch_issuer import issuer_from_page, logo_preview, recalled, remembered_fields

TYPED = ["招商局", "王丽", "0411-8765 4321", "wang.li@example.org", 20]


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("L", (30, 12), 0).save(out, "PNG")
    return out.getvalue()


def test_an_uploaded_logo_is_used_and_then_remembered(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(_png())
    issuer = issuer_from_page(TYPED, str(path), False, {})
    assert issuer.logo == read_logo(_png()) and issuer.person == "王丽" and issuer.valid_days == 20
    remembered = issuer.to_json()
    again = issuer_from_page(TYPED, None, False, remembered)
    assert again == issuer
    assert issuer_from_page(TYPED, None, True, remembered).logo is None  # "no logo" drops it
    assert logo_preview(remembered).startswith('<img src="data:image/png;base64,')
    assert remembered_fields(remembered) == TYPED


def test_bad_uploads_and_bad_memory_are_refused_or_ignored(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + b"0" * MAX_LOGO_BYTES)
    with pytest.raises(IssuerError, match=r"徽标 logo \(big.png\): 300,004 bytes, at most 300,000"):
        issuer_from_page(TYPED, str(big), False, {})
    with pytest.raises(IssuerError, match="联系人 contact person: control"):
        issuer_from_page(["招商局", "王\x1b丽", "", "", 30], None, False, {})
    forged = {"organisation": "x" * 500, "logo": "data:image/png;base64,AAAA"}
    assert remembered_fields(forged) == ["", "", "", "", 30] and logo_preview(forged) == ""
    assert issuer_from_page(TYPED, None, False, forged).logo is None
    assert remembered_fields("not a dict") == ["", "", "", "", 30]


def test_the_browsers_memory_fills_empty_fields_and_never_what_is_typed(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(_png())
    remembered = issuer_from_page(TYPED, str(path), False, {}).to_json()
    fresh = recalled(remembered, ["", "", None, "", 30])
    assert fresh[:5] == TYPED and fresh[5].startswith('<img src="data:image/png')
    typing = recalled(remembered, ["招商二局", "", "", "li@example.org", 14])
    assert typing[:5] == [None, "王丽", "0411-8765 4321", None, None]
    assert recalled({}, ["", "", "", "", 30]) == [None] * 6
