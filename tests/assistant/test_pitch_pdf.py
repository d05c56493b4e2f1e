"""The printed pitch sheet, checked as a client would see it: poppler reads the PDF back
(``pdfinfo`` pages and size, ``pdftotext -layout`` every amount and clause cite whole on one
line and the issuer's fields present, ``pdftoppm -gray`` each page not blank and the chart drawn).
Images go to pytest's tmp_path only."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from assistant.dialogue import AssistantContext, default_context
from assistant.eligibility.engine import evaluate
from assistant.pitch import Issuer, PitchSheet, pitch_sheet, read_issuer
from assistant.profile import parse_profile
from ui.pitch_files import write_pitch_files

ISSUER = {"organisation": "大连自贸片区招商局 Dalian FTZ Investment Promotion Bureau", "person": "王丽 Wang Li",
          "phone": "+86 411-8765 4321", "email": "wang.li@example.org", "valid_days": 45}

SIMPLE = ({"name": "省级工程中心公司 Provincial Centre Co.", "location": {"in_zone": True},
           "platforms": [{"type": "engineering_technology_research_center", "level": "provincial",
                          "date": "2022-11-03"}]}, dt.date(2023, 6, 30))
MANY_COULD_ADD = ({"name": "氢能装备有限公司 Hydrogen Equipment Co.", "location": {"in_zone": True},
                   "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2023-11-20"},
                                      {"id": "unicorn_enterprise", "date": "2024-01-10"},
                                      {"id": "gazelle_enterprise", "date": "2023-05-01"}, {"id": "little_giant"}],
                   "platforms": [{"type": "key_laboratory", "level": "national"},
                                 {"type": "incubator", "level": "provincial", "date": "2022-04-01"}],
                   "patents": [{"type": "invention_patent", "granted": 6}],
                   "rd_expense": [{"year": 2023, "amount_cny": 20_000_000}, {"year": 2024, "amount_cny": 35_000_000}]},
                  dt.date(2024, 9, 1))
EXPIRED = ({"name": "示例软件公司 Example Software Co.", "location": {"in_zone": True},
            "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"}],
            "platforms": [{"type": "innovation_alliance", "level": "national", "date": "2022-05-01"}],
            "rd_expense": [{"year": 2023, "amount_cny": 30_000_000}, {"year": 2024, "amount_cny": 50_000_000}]},
           dt.date(2026, 6, 30))
PROFILES = {"simple": SIMPLE, "many_could_add": MANY_COULD_ADD, "expired": EXPIRED}

UNBROKEN = re.compile(r"CNY [0-9][0-9,]*(?:\.[0-9]+)?(?: hundred million| million)?|[0-9]+(?:\.[0-9]+)?[万亿]?元"
                      r"|〔[^〔〕]+〕")
"""What the sheet must print whole: written here again, apart from the code that keeps it whole."""


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)):
        return [text for item in value for text in _strings(item)]
    if hasattr(value, "__dataclass_fields__"):
        return _strings(astuple(value))
    return []


def shown_texts(sheet: PitchSheet) -> list[str]:
    """Every text of the sheet's data the page prints (all but the issuer's logo)."""
    return _strings([sheet.company, sheet.policy_title, sheet.notice or "", sheet.total_zh, sheet.total_en,
                     sheet.lines, sheet.timeline, sheet.could_add, sheet.assumptions, sheet.obligations])


def broken_amounts(sheet_texts: list[str], layout_text: str) -> list[str]:
    """The amounts and cites of the sheet's data that the PDF's text does not hold whole on one
    line as often as the data says them (one broken at a line end is missing from the count)."""
    wanted: dict[str, int] = {}
    for text in sheet_texts:
        for match in UNBROKEN.finditer(text):
            wanted[match[0]] = wanted.get(match[0], 0) + 1
    lines = [re.sub(r"\s+", " ", line) for line in layout_text.splitlines()]
    return [amount for amount, count in wanted.items() if sum(line.count(amount) for line in lines) < count]


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return default_context()


def make_pdf(context: AssistantContext, which: str, folder: Path, issuer: Issuer | None = None
             ) -> tuple[PitchSheet, Path]:
    profile, as_of = PROFILES[which]
    sheet = pitch_sheet(evaluate(parse_profile(profile), as_of, context.rules), str(profile["name"]),
                        issuer or read_issuer(ISSUER))
    _, pdf = write_pitch_files(sheet, folder)
    return sheet, pdf


def test_the_checker_finds_an_amount_split_across_lines() -> None:
    texts = ["最高可得 100万元 / CNY 1 million", "〔三（一）1〕"]
    whole = "确定可得 100万元 CNY 1 million\n〔三（一）1〕 text\n"
    assert broken_amounts(texts, whole) == []
    assert broken_amounts(texts, "确定可得 100万\n元 CNY 1 million\n〔三（一）1〕\n") == ["100万元"]
    split = "100万元 CNY 1\nmillion\n〔三（一）\n1〕\n"
    assert broken_amounts(texts, split) == ["CNY 1 million", "〔三（一）1〕"]


@pytest.mark.parametrize("which", sorted(PROFILES))
def test_the_pdf_is_one_or_two_a4_pages_with_every_amount_whole(context: AssistantContext, tmp_path: Path,
                                                                which: str) -> None:
    sheet, pdf = make_pdf(context, which, tmp_path)
    info = run("pdfinfo", str(pdf))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])  # type: ignore[index]
    assert 1 <= pages <= 2, info
    assert re.search(r"^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info, re.M), info
    text = run("pdftotext", "-layout", str(pdf), "-")
    assert sheet.lines and broken_amounts(shown_texts(sheet), text) == []
    flat = re.sub(r"\s+", "", text)
    for value in (*[v for k, v in ISSUER.items() if k != "valid_days"], sheet.valid_until, sheet.as_of):
        assert re.sub(r"\s+", "", str(value)) in flat, value
    assert "45天 days" in text
    fonts = [row.split()[0] for row in run("pdffonts", str(pdf)).splitlines()[2:]]
    # the Simplified Chinese face everywhere (the footer too): no Japanese glyph forms, no serif fallback
    assert fonts and all(re.fullmatch(r"[A-Z]{6}\+Noto-Sans-CJK-SC(-Bold)?", font) for font in fonts), fonts


def _dark_share(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    region = image.crop(box)
    histogram = region.histogram()
    return sum(histogram[:128]) / max(1, region.width * region.height)


def _heading_box(pdf: Path, word: str) -> tuple[int, float, float]:
    """(page number, top, bottom) in points of the first word starting with ``word``."""
    bbox = run("pdftotext", "-bbox", str(pdf), "-")
    for number, page in enumerate(bbox.split("<page ")[1:], start=1):
        found = re.search(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">' + re.escape(word),
                          page)
        if found:
            return number, float(found[1]), float(found[2])
    raise AssertionError(f"{word!r} not in {pdf.name}")


@pytest.mark.parametrize("which", sorted(PROFILES))
def test_each_page_renders_in_grey_and_the_chart_is_drawn(context: AssistantContext, tmp_path: Path,
                                                          which: str) -> None:
    _, pdf = make_pdf(context, which, tmp_path / "pdf")
    run("pdftoppm", "-r", "50", "-gray", str(pdf), str(tmp_path / "page"))
    pages = sorted(tmp_path.glob("page-*.pgm"))
    assert pages
    images = [Image.open(path).convert("L") for path in pages]
    for image in images:
        assert image.size == (414, 585)  # A4 at 50 dpi
        assert _dark_share(image, (0, 0, image.width, image.height)) > 0.005  # not blank
    page, top, _ = _heading_box(pdf, "金额图")
    _, timeline_top, _ = _heading_box(pdf, "拨付时间表")
    image = images[page - 1]
    scale = 50 / 72
    bottom = timeline_top if _heading_box(pdf, "拨付时间表")[0] == page else 841.89
    # the bars: from the end of the row labels to the middle of the page, between the two headings
    chart = (int(image.width * 0.25), int((top + 20) * scale), int(image.width * 0.5), int(bottom * scale))
    assert _dark_share(image, chart) > 0.05, chart
