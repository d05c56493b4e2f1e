"""Done, planned or expected: every example of ``ontology/cues/tense.yaml``, and a plan told apart from
the same event done."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.tense import event_dates, event_tense, tense_examples, tense_wording

CASES = [(lang, *example) for lang in ("zh", "en") for example in tense_examples(lang)]


@pytest.mark.parametrize(("lang", "tense", "kind", "clause"), CASES,
                         ids=[f"{lang}-{tense}-{kind}-{clause}" for lang, tense, kind, clause in CASES])
def test_every_example(lang: str, tense: str, kind: str, clause: str) -> None:
    if kind == "match":
        assert event_tense(clause, lang) == tense
    else:
        cue = next(cue for cue in tense_wording(lang).cues if cue.name == tense)
        assert cue.pattern.search(clause) is None, (tense, clause)


@pytest.mark.parametrize(("done", "planned", "lang"), [
    ("we moved into the Dalian FTZ in May", "we plan to move into the Dalian FTZ in May", "en"),
    ("We listed on the STAR Market last year", "We are going to list on the STAR Market next year", "en"),
    ("我们5月搬进了自贸片区", "我们打算5月搬进自贸片区", "zh"),
    ("去年在科创板上市了", "明年在科创板上市", "zh"),
])
def test_a_plan_is_told_from_the_same_event_done(done: str, planned: str, lang: str) -> None:
    assert (event_tense(done, lang), event_tense(planned, lang)) == ("past", "planned")


def test_a_negated_plan_is_not_a_plan() -> None:
    assert event_tense("我们不打算搬走", "zh") == "unknown"
    assert event_tense("we don't plan to move", "en") == "unknown"


def test_without_a_cue_the_date_decides() -> None:
    as_of = dt.date(2025, 6, 30)
    assert event_tense("2026年科创板上市", "zh", as_of) == "planned"
    assert event_tense("2022年首次认定", "zh", as_of) == "past"
    assert event_tense("2022年首次认定", "zh") == "unknown"
    assert event_tense("我们是高新技术企业", "zh", as_of) == "unknown"


@pytest.mark.parametrize(("clause", "lang", "expected"), [
    ("我们计划5月搬入自贸片区", "zh", ("planned", ["2026-05"])),
    ("我们5月搬入了自贸片区", "zh", ("past", ["2025-05"])),
    ("we plan to move in May", "en", ("planned", ["2026-05"])),
    ("we moved in May", "en", ("past", ["2025-05"])),
    ("预计6月通过认定", "zh", ("expected", ["2025-06"])),
])
def test_a_lone_month_points_the_way_of_the_tense(clause: str, lang: str, expected: tuple[str, list[str]]) -> None:
    tense, dates = event_dates(clause, lang, dt.date(2025, 6, 10))
    assert (tense, [mention.reading() for mention in dates]) == expected
