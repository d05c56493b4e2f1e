"""Who hands the sheet to the client: organisation, contact, how long the offer holds, a logo.

The officer types these fields; they are checked here (length, control characters, phone and
e-mail shape, validity days, the logo's size and format) so that every surface refuses bad input
with a message naming the field, and the sheet only ever prints checked values."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class IssuerError(ValueError):
    """An issuer field or logo that cannot be printed; the message names the field and what is wrong."""


@dataclass(frozen=True)
class FieldRule:
    zh: str
    en: str
    max_chars: int
    pattern: re.Pattern[str] | None = None
    example: str = ""


FIELDS: dict[str, FieldRule] = {
    "organisation": FieldRule("出具单位", "issuing organisation", 60),
    "person": FieldRule("联系人", "contact person", 30),
    "phone": FieldRule("电话", "phone", 30, re.compile(r"[0-9+()（）\-\s/,.转ext]*"), "0411-8765 4321"),
    "email": FieldRule("电子邮箱", "e-mail", 80, re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+"), "name@example.org"),
}
VALID_DAYS = (1, 365)
"""The offer holds for this many days at least and at most."""
DEFAULT_VALID_DAYS = 30
MAX_LOGO_BYTES = 300_000
"""A logo above this is refused: a handout needs a small mark, and the page remembers it in the browser."""
MAX_LOGO_PIXELS = 2000
"""Neither side of the logo above this many pixels."""
LOGO_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


@dataclass(frozen=True)
class Logo:
    mime: str
    data: bytes

    @property
    def data_uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass(frozen=True)
class Issuer:
    organisation: str = ""
    person: str = ""
    phone: str = ""
    email: str = ""
    valid_days: int = DEFAULT_VALID_DAYS
    logo: Logo | None = None

    def valid_until(self, issued: dt.date) -> dt.date:
        return issued + dt.timedelta(days=self.valid_days)

    def to_json(self) -> dict[str, Any]:
        """What the page remembers between sheets (the logo as a data URI)."""
        return {"organisation": self.organisation, "person": self.person, "phone": self.phone,
                "email": self.email, "valid_days": self.valid_days,
                "logo": self.logo.data_uri if self.logo else None}


def _field(name: str, value: Any) -> str:
    rule = FIELDS[name]
    where = f"{rule.zh} {rule.en}"
    if value is None:
        return ""
    if not isinstance(value, str):
        raise IssuerError(f"{where}: expected text, got {type(value).__name__}")
    text = value.strip()
    if len(text) > rule.max_chars:
        raise IssuerError(f"{where}: {len(text)} characters, at most {rule.max_chars} (过长)")
    for position, char in enumerate(text, start=1):
        if unicodedata.category(char).startswith("C"):
            raise IssuerError(f"{where}: control or invisible character U+{ord(char):04X} at position {position} "
                              "(含控制字符)")
    if text and rule.pattern and not rule.pattern.fullmatch(text):
        raise IssuerError(f"{where}: {text!r} is not a valid {rule.en}, e.g. {rule.example} (格式有误)")
    return text


def _valid_days(value: Any) -> int:
    low, high = VALID_DAYS
    where = "有效天数 offer valid for (days)"
    if value is None or value == "":
        return DEFAULT_VALID_DAYS
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise IssuerError(f"{where}: expected a whole number of days, got {type(value).__name__}")
    try:
        days = float(value)
    except ValueError as error:
        raise IssuerError(f"{where}: {value!r} is not a number of days") from error
    if days != int(days) or not low <= days <= high:
        raise IssuerError(f"{where}: {value!r}; expected a whole number from {low} to {high}")
    return int(days)


def read_logo(data: bytes, source: str = "logo") -> Logo:
    """A PNG or JPEG of at most :data:`MAX_LOGO_BYTES` and :data:`MAX_LOGO_PIXELS` a side."""
    from PIL import Image, UnidentifiedImageError

    where = f"徽标 logo ({source})"
    if len(data) > MAX_LOGO_BYTES:
        raise IssuerError(f"{where}: {len(data):,} bytes, at most {MAX_LOGO_BYTES:,} (文件过大)")
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, size = image.format, image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise IssuerError(f"{where}: not a readable PNG or JPEG image ({error})") from error
    if kind not in LOGO_FORMATS:
        raise IssuerError(f"{where}: {kind} image; expected PNG or JPEG")
    if max(size) > MAX_LOGO_PIXELS:
        raise IssuerError(f"{where}: {size[0]}×{size[1]} pixels, at most {MAX_LOGO_PIXELS} a side")
    return Logo(LOGO_FORMATS[kind], data)


_DATA_URI = re.compile(r"data:image/(?:png|jpeg);base64,([A-Za-z0-9+/=]+)")


def _logo(value: Any) -> Logo | None:
    if not value:
        return None
    if not isinstance(value, str) or len(value) > MAX_LOGO_BYTES * 4 // 3 + 64:
        raise IssuerError("徽标 logo: expected a PNG or JPEG data URI of at most "
                          f"{MAX_LOGO_BYTES:,} bytes")
    match = _DATA_URI.fullmatch(value)
    if match is None:
        raise IssuerError("徽标 logo: expected a data:image/png or data:image/jpeg base64 URI")
    return read_logo(base64.b64decode(match[1]), "remembered")


def read_issuer(data: Mapping[str, Any] | None) -> Issuer:
    """The issuer from the page's fields (or what the browser remembered); unknown keys are refused."""
    if data is None:
        return Issuer()
    if not isinstance(data, Mapping):
        raise IssuerError(f"issuer: expected an object of fields, got {type(data).__name__}")
    unknown = sorted(set(data) - {*FIELDS, "valid_days", "logo"})
    if unknown:
        raise IssuerError(f"issuer: unknown field(s) {', '.join(map(str, unknown))}")
    return Issuer(**{name: _field(name, data.get(name)) for name in FIELDS},
                  valid_days=_valid_days(data.get("valid_days")), logo=_logo(data.get("logo")))
