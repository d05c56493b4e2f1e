"""Dates relative to today or to the date said before: every example of ``ontology/cues/dates.yaml``,
and the properties that make the reading usable (spans, no overlaps, anaphors, bad data named)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding import relative_dates
from assistant.understanding.cue_files import CueFileError, read_cue_file
from assistant.understanding.relative_dates import date_wording, examples, resolve_dates

_DATA = read_cue_file("dates")
AS_OF = dt.date.fromisoformat(str(_DATA["examples_as_of"]))
PREVIOUS = dt.date.fromisoformat(str(_DATA["examples_previous"]))
CASES = [(lang, *example) for lang in ("zh", "en") for example in examples(lang)]


@pytest.mark.parametrize(("lang", "pattern", "kind", "example"), CASES,
                         ids=[f"{lang}-{pattern}-{kind}-{example}" for lang, pattern, kind, example in CASES])
def test_every_example_of_the_wording_file(lang: str, pattern: str, kind: str, example: str) -> None:
    if kind == "match":
        text, expected = (part.strip() for part in example.split("=>"))
        found = resolve_dates(text, lang, AS_OF, PREVIOUS)
        assert [item.reading() for item in found][:1] == [expected], (text, found)
        assert found[0].pattern == pattern
    else:
        compiled = next(item for item in date_wording(lang).patterns if item.name == pattern)
        assert compiled.regex.search(example) is None, (pattern, example)


def test_every_pattern_has_examples_of_both_kinds() -> None:
    for lang in ("zh", "en"):
        for pattern in date_wording(lang).patterns:
            assert pattern.examples.get("match") and pattern.examples.get("no_match"), (lang, pattern.name)


def test_spans_point_at_the_words_and_say_whether_relative() -> None:
    text = "我们2022年11月首次认定高企，去年12月拿到瞪羚，同月搬进片区"
    found = resolve_dates(text, "zh", AS_OF)
    assert [(text[m.start:m.end], m.reading(), m.relative) for m in found] == [
        ("2022年11月", "2022-11", False), ("去年12月", "2024-12", True), ("同月", "2024-12", True)]


def test_an_anaphor_takes_the_date_said_before_it_in_the_text_over_the_previous_turn() -> None:
    found = resolve_dates("In March 2021 we listed; the following year we won gazelle status", "en", AS_OF,
                          previous=dt.date(2019, 5, 1))
    assert [m.reading() for m in found] == ["2021-03", "2022"]


def test_an_anaphor_with_nothing_before_it_is_not_a_date() -> None:
    assert resolve_dates("同月我们搬了进来", "zh", AS_OF) == []
    assert resolve_dates("the same month", "en", AS_OF) == []


def test_durations_amounts_and_modal_may_are_not_dates() -> None:
    assert resolve_dates("须持续经营10年以上，投资2023.5万元", "zh", AS_OF) == []
    assert resolve_dates("We may apply for 2000 yuan, with 3 months of work", "en", AS_OF) == []


def test_last_and_this_month_names_depend_on_today() -> None:
    early = dt.date(2025, 2, 10)
    assert [m.reading() for m in resolve_dates("last December, this March, last March, next March", "en", early)] == [
        "2024-12", "2025-03", "2024-03", "2025-03"]


def test_an_impossible_day_is_not_a_date() -> None:
    assert resolve_dates("2023年2月30日", "zh", AS_OF)[0].reading() != "2023-02-30"


def test_a_broken_wording_file_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = {"en": {"patterns": [{"name": "bad", "pattern": "(unclosed"}]}}
    monkeypatch.setattr(relative_dates, "read_cue_file", lambda name: broken)
    relative_dates.date_wording.cache_clear()
    try:
        with pytest.raises(CueFileError, match=r"en\.patterns\[0\] \(bad\).*bad regular expression"):
            date_wording("en")
    finally:
        relative_dates.date_wording.cache_clear()


TODAYS_CASES = [  # tests/assistant/test_anaphoric_dates.py and test_date_precision.py, for quantities.dates
    ("2022年11月被认定为高新技术企业，同年在科创板上市", dt.date(2025, 6, 1), None,
     [(dt.date(2022, 11, 1), "month"), (dt.date(2022, 1, 1), "year")]),
    ("2021年3月成立，当年认定为瞪羚企业，次年认定为高企", dt.date(2025, 6, 1), None,
     [(dt.date(2021, 3, 1), "month"), (dt.date(2021, 1, 1), "year"), (dt.date(2022, 1, 1), "year")]),
    ("2022年认定，同年11月上市", dt.date(2025, 6, 1), None,
     [(dt.date(2022, 1, 1), "year"), (dt.date(2022, 11, 1), "month")]),
    ("Recognised in 2022 and listed later that same year.", dt.date(2025, 6, 1), None,
     [(dt.date(2022, 1, 1), "year")] * 2),
    ("Listed in August 2021; recognised the following year.", dt.date(2025, 6, 1), None,
     [(dt.date(2021, 8, 1), "month"), (dt.date(2022, 1, 1), "year")]),
    ("同年在科创板上市", dt.date(2025, 6, 1), None, []),
    ("We listed the following year.", dt.date(2025, 6, 1), None, []),
    ("次年上市", dt.date(2025, 6, 1), dt.date(2021, 5, 1), [(dt.date(2022, 1, 1), "year")]),
    ("2021年", dt.date(2024, 6, 1), None, [(dt.date(2021, 1, 1), "year")]),
    ("2022年11月15日", dt.date(2024, 6, 1), None, [(dt.date(2022, 11, 15), None)]),
    ("去年", dt.date(2024, 6, 1), None, [(dt.date(2023, 1, 1), "year")]),
    ("August 15, 2022", dt.date(2024, 6, 1), None, [(dt.date(2022, 8, 15), None)]),
    ("2022-11", dt.date(2024, 6, 1), None, [(dt.date(2022, 11, 1), "month")]),
    ("in 2022", dt.date(2024, 6, 1), None, [(dt.date(2022, 1, 1), "year")]),
]


@pytest.mark.parametrize(("text", "as_of", "earlier", "expected"), TODAYS_CASES)
def test_found_dates_reads_what_todays_reader_is_tested_on(text: str, as_of: dt.date, earlier: dt.date | None,
                                                           expected: list[tuple[dt.date, str | None]]) -> None:
    found = relative_dates.found_dates(text, as_of, earlier)
    assert [(item.value, item.precision) for item in found] == expected
    assert all(text[item.start:item.end] == item.text for item in found)


def test_found_dates_reads_both_languages_in_one_message() -> None:
    found = relative_dates.found_dates("我们去年12月认定，listed in March 2023，Q3 2024", AS_OF)
    assert [(item.value, item.precision) for item in found] == [
        (dt.date(2024, 12, 1), "month"), (dt.date(2023, 3, 1), "month"), (dt.date(2024, 7, 1), "year")]
