"""What the pitch sheet says: the company's own items, payments with years, the issuer's checked
fields and the policy's status."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from PIL import Image

from assistant.dialogue import default_context
from assistant.eligibility.engine import evaluate
from assistant.eligibility.result import Benefit, MatchedFact, TraceStep
from assistant.eligibility.rules import PolicyRules
from assistant.pitch import IssuerError, pitch_html, pitch_markdown, pitch_sheet, read_issuer, read_logo
from assistant.pitch.issuer import MAX_LOGO_BYTES
from assistant.pitch.timeline import payments
from assistant.profile import parse_profile

SIX_TYPES = ("clinical medical research center", "key laboratory", "technology innovation center",
             "technology transfer center", "industrial technology innovation platform")


@pytest.fixture(scope="module")
def rules() -> PolicyRules:
    return default_context().rules


def _sheet(rules: PolicyRules, platforms: list[dict[str, str]], as_of: dt.date = dt.date(2023, 6, 30)):  # type: ignore[no-untyped-def]
    profile = parse_profile({"location": {"in_zone": True}, "platforms": platforms})
    return pitch_sheet(evaluate(profile, as_of, rules), "Co.")


def test_a_provincial_engineering_centre_is_listed_as_itself_not_the_six_types(rules: PolicyRules) -> None:
    sheet = _sheet(rules, [{"type": "engineering_technology_research_center", "level": "provincial",
                            "date": "2022-11-03"}])
    [line] = sheet.lines
    assert line.title_en == "provincial engineering technology research center"
    assert line.title_zh.endswith("：省级工程技术研究中心")
    shown = pitch_markdown(sheet) + pitch_html(sheet)
    assert not any(other in shown for other in SIX_TYPES)
    assert [(p.year, p.when_en) for p in sheet.timeline] == [(2022, "year of recognition (one-off)")]


def test_two_platforms_of_one_tier_name_both_and_nothing_else(rules: PolicyRules) -> None:
    sheet = _sheet(rules, [{"type": "key_laboratory", "level": "provincial", "date": "2022-03-01"},
                           {"type": "technology_transfer_center", "level": "provincial", "date": "2023-01-10"}])
    [line] = sheet.lines
    assert line.title_en == "provincial key laboratory / provincial technology transfer center"
    assert line.title_zh.endswith("：省级重点实验室、省级技术转移中心")
    assert [p.year for p in sheet.timeline] == [2023]  # the later of the two recognitions completes it


def test_a_one_off_with_no_known_date_is_paid_upon_approval_in_words() -> None:
    benefit = Benefit("p", ("三", "（一）", "1"), "测试", "fixed", 500_000, 500_000, False, "", "q", (0, 1),
                      (TraceStep("amount.fixed", "", "p", ("三",), {"amount_cny": 500_000}),))
    [undated] = payments(benefit, "〔三（一）1〕", "测试", "test")
    assert (undated.year, undated.when_zh, undated.when_en) == (None, "获批后（一次性，日期未知）",
                                                              "upon approval (one-off; no date known)")
    dated = replace(benefit, matched=(MatchedFact("key_laboratory", "national", dt.date(2021, 9, 1)),
                                      MatchedFact("key_laboratory", "national", dt.date(2023, 2, 1))))
    assert [(p.year, p.when_en) for p in payments(dated, "〔三（一）1〕", "测试", "test")] == [
        (2023, "year of recognition (one-off)")]
    open_ended = replace(benefit, amount_max_cny=None, amount_min_cny=0)
    assert payments(open_ended, "〔三（一）1〕", "测试", "test")[0].when_en == "upon approval (case by case)"


def test_the_projected_years_of_an_annual_fund_are_labelled(rules: PolicyRules) -> None:
    sheet = _sheet(rules, [{"type": "academician_workstation", "date": "2022-05-01"}], dt.date(2023, 6, 30))
    assert [(p.year, p.projected) for p in sheet.timeline] == [(2022, False), (2023, True), (2024, True),
                                                               (2025, True)]
    assert {p.when_en for p in sheet.timeline if p.projected} == {"projected (not in the totals)"}
    assert "| 2024 | 预测（不计入合计） / projected (not in the totals) |" in pitch_markdown(sheet)
    assert pitch_html(sheet).count("<tr class=projected>") == 3


@pytest.mark.parametrize(("as_of", "status", "shown"), [
    (dt.date(2023, 6, 30), "in_force", "有效 IN FORCE"),
    (dt.date(2026, 6, 30), "expired", "已失效 EXPIRED"),
])
def test_the_policy_status_is_on_the_sheet(rules: PolicyRules, as_of: dt.date, status: str, shown: str) -> None:
    sheet = _sheet(rules, [{"type": "key_laboratory", "level": "provincial", "date": "2022-03-01"}], as_of)
    assert sheet.validity.status == status
    assert shown in pitch_markdown(sheet) and shown in pitch_html(sheet)
    assert f'class="status {status}"' in pitch_html(sheet)


def test_an_offer_valid_past_the_policy_end_says_so(rules: PolicyRules) -> None:
    profile = parse_profile({"location": {"in_zone": True},
                             "platforms": [{"type": "key_laboratory", "level": "provincial", "date": "2022-03-01"}]})
    result = evaluate(profile, dt.date(2025, 12, 1), rules)
    sheet = pitch_sheet(result, "Co.", read_issuer({"valid_days": 60}))
    assert sheet.valid_until == "2026-01-30" and sheet.offer_outlives_policy
    assert "the policy itself ends 2025-12-31" in pitch_markdown(sheet)
    short = pitch_sheet(result, "Co.", read_issuer({"valid_days": 10}))
    assert not short.offer_outlives_policy and "the policy itself ends" not in pitch_markdown(short)


def test_amounts_cites_and_dates_are_kept_whole_on_screen_and_in_the_page(rules: PolicyRules) -> None:
    sheet = _sheet(rules, [{"type": "engineering_technology_research_center", "level": "provincial",
                            "date": "2022-11-03"}])
    screen = pitch_markdown(sheet, keep_whole=True)
    for piece in ('<span class="nw">100万元</span>', '<span class="nw">CNY 1 million</span>',
                  '<span class="nw">〔三（一）1〕</span>', '<span class="nw">2023-06-30</span>'):
        assert piece in screen and piece in pitch_html(sheet)
    assert ".nw { white-space: nowrap; }" in pitch_html(sheet)
    assert '<span class="nw">' not in pitch_markdown(sheet)  # the download stays plain Markdown


def test_the_chart_is_inline_svg_with_a_hatched_up_to_part(rules: PolicyRules) -> None:
    sheet = _sheet(rules, [{"type": "incubator", "level": "provincial", "date": "2022-04-01"}])
    page = pitch_html(sheet)
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert 'fill="url(#hatch)"' in svg and "<image" not in svg and "href" not in svg  # nothing fetched
    assert "确定可得 guaranteed" in page and "最高可得 up to" in page


@pytest.mark.parametrize(("fields", "message"), [
    ({"organisation": "局" * 61}, r"出具单位 issuing organisation: 61 characters, at most 60"),
    ({"person": "Wang\x07Li"}, r"联系人 contact person: control or invisible character U\+0007 at position 5"),
    ({"person": "Wang\u200bLi"}, r"U\+200B"),
    ({"phone": "call me maybe"}, r"电话 phone: 'call me maybe' is not a valid phone"),
    ({"email": "wang.li at example"}, r"电子邮箱 e-mail: 'wang.li at example' is not a valid e-mail"),
    ({"valid_days": 0}, r"offer valid for \(days\): 0; expected a whole number from 1 to 365"),
    ({"valid_days": "2.5"}, r"expected a whole number from 1 to 365"),
    ({"valid_days": "soon"}, r"'soon' is not a number of days"),
    ({"organisation": 7}, r"issuing organisation: expected text, got int"),
    ({"colour": "red"}, r"unknown field\(s\) colour"),
    ({"logo": "data:image/svg+xml;base64,AAAA"}, r"logo: expected a data:image/png"),
])
def test_bad_issuer_input_gets_a_message_naming_the_field(fields: dict[str, object], message: str) -> None:
    with pytest.raises(IssuerError, match=message):
        read_issuer(fields)


def _png(size: tuple[int, int] = (40, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("L", size, 0).save(out, "PNG")
    return out.getvalue()


def test_a_logo_is_a_small_png_or_jpeg_and_survives_being_remembered() -> None:
    issuer = read_issuer({"organisation": "  招商局  ", "phone": "0411-8765 4321", "email": "a@b.cn",
                          "valid_days": 30.0, "logo": None})
    assert issuer.organisation == "招商局" and issuer.valid_days == 30 and issuer.logo is None
    logo = read_logo(_png())
    remembered = read_issuer({**issuer.to_json(), "logo": logo.data_uri})
    assert remembered.logo == logo and remembered.organisation == "招商局"
    with pytest.raises(IssuerError, match="not a readable PNG or JPEG"):
        read_logo(b"GIF89a not really")
    with pytest.raises(IssuerError, match=f"at most {MAX_LOGO_BYTES:,}"):
        read_logo(b"\x89PNG" + b"0" * MAX_LOGO_BYTES)
    with pytest.raises(IssuerError, match="2001×10 pixels"):
        read_logo(_png((2001, 10)))
    out = io.BytesIO()
    Image.new("L", (10, 10)).save(out, "GIF")
    with pytest.raises(IssuerError, match="GIF image; expected PNG or JPEG"):
        read_logo(out.getvalue())


def test_the_issuer_and_logo_are_printed(rules: PolicyRules) -> None:
    profile = parse_profile({"location": {"in_zone": True},
                             "platforms": [{"type": "key_laboratory", "level": "provincial", "date": "2022-03-01"}]})
    issuer = read_issuer({"organisation": "招商局 <Bureau>", "person": "王丽", "phone": "+86 411-8765 4321",
                          "email": "wang.li@example.org", "valid_days": 14, "logo": read_logo(_png()).data_uri})
    sheet = pitch_sheet(evaluate(profile, dt.date(2024, 3, 1), rules), "Co.", issuer)
    page = pitch_html(sheet)
    assert "招商局 &lt;Bureau&gt;" in page and "王丽" in page and "wang.li@example.org" in page
    assert '<img class="logo" src="data:image/png;base64,' in page
    assert "2024-03-15" in page and "14天 days" in page
    markdown = pitch_markdown(sheet)
    assert "出具单位 Issued by: **招商局 &lt;Bureau&gt;**" in markdown
    assert "有效期至 Valid until: 2024-03-15" in markdown


def test_a_could_add_names_the_companys_own_item_it_hinges_on(rules: PolicyRules) -> None:
    sheet = _sheet(rules, [{"type": "key_laboratory", "level": "national"}], dt.date(2024, 9, 1))
    [could] = sheet.could_add
    assert (could.title_en, could.title_zh.split("：")[-1]) == ("national key laboratory", "国家级重点实验室")
    assert not any(other in pitch_html(sheet) for other in SIX_TYPES if other != "key laboratory")
