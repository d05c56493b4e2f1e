"""Issue #16, part 3 (input side): every probe gives a clear error naming the input and what is
wrong — never Python's own message, never a traceback — through each surface it reaches: the
function, the CLI (typer's CliRunner) and the REST event functions of ``ui/rest_api.py``."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.dialogue import AssistantContext, DialogueState, default_context, new_state, respond
from assistant.profile import MAX_CNY, MAX_PROFILE_CHARS, ProfileError, parse_profile, profile_from_text
from assistant.session_state import MAX_STATE_CHARS, StateError, read_state
from assistant.text_input import MAX_RAW_MESSAGE_CHARS, readable_message
from ingest.money import find_money, parse_percent
from ingest.pipeline import ingest_document
from ingest.read import read_text
from ui import rest_api
from ui.handlers import InputError

runner = CliRunner()
AS_OF = "2024-06-01"
PYTHON_WORDS = re.compile(r"Traceback|RecursionError|KeyError|InvalidOperation|Exceeds the limit|"
                          r"int_max_str_digits|object at 0x")
"""Words of Python's own errors, which no user should see."""

DEEP_JSON = "[" * 10_000 + "]" * 10_000
DEEP_JSON_PROFILE = '{"name": ' + "[" * 10_000 + "]" * 10_000 + "}"
DEEP_YAML = "name: " + "[" * 10_000 + "]" * 10_000
YAML_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8))
"""The billion laughs: 351 bytes that expand to 9**9 strings when aliases are followed."""
YAML_TAG = "name: !!python/object/apply:os.system ['echo owned']\n"
LONG_DIGITS = "1" * 5000
YES_FOR_TRUE = '{"location": {"in_zone": "yes"}}'


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return default_context()


def _clean(message: str) -> None:
    assert message.strip()
    assert not PYTHON_WORDS.search(message), message


# --- profiles: the function ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "syntax", "expected"), [
    (DEEP_JSON_PROFILE, "json", "nested more than 16 levels deep"),
    (DEEP_JSON, "json", "nested more than 16 levels deep"),
    (DEEP_YAML, "yaml", "nested more than 16 levels deep at line 1"),
    (YAML_BOMB, "yaml", r"YAML anchors \(&a\) at line 1 column 4 are not accepted"),
    ("a: [x]\nb: *a\n", "yaml", r"YAML aliases \(\*a\) at line 2 column 4 are not accepted"),
    (YAML_TAG, "yaml", "YAML tags .*python/object/apply:os.system.* are not accepted"),
    ('{"rd_expense": [{"year": 2023, "amount_cny": ' + LONG_DIGITS + "}]}", "json",
     "a number of 5,000 digits .*at most 40 digits"),
    ("rd_expense:\n  - {year: 2023, amount_cny: " + LONG_DIGITS + "}\n", "yaml",
     "a number of 5,000 digits .* at line 2 column 30; numbers have at most 40 digits"),
    ('{"rd_expense": [{"year": 2023, "amount_cny": 1.' + LONG_DIGITS + "}]}", "json", "a number of 5,001 digits"),
    (YES_FOR_TRUE, "json", "location.in_zone: Input should be a valid boolean"),
    ('{"rd_expense": [{"year": 2023, "amount_cny": 1e99}]}', "json", "rd_expense.0.amount_cny"),
    ('{"rd_expense": [{"year": 2023, "amount_cny": 10000000000000001}]}', "json",
     "rd_expense.0.amount_cny: Input should be less than or equal to 1000000000000000"),
    ('{"patents": [{"type": "invention_patent", "granted": 99999999999}]}', "json",
     "patents.0.granted: Input should be less than or equal to 1000000"),
    ('{"rd_expense": [{"year": 99999, "amount_cny": 1}]}', "json", "rd_expense.0.year"),
    ("", "json", "the profile is empty"),
    ("  \n", "yaml", "the profile is empty"),
    ("{" + " " * MAX_PROFILE_CHARS + "[}", "json", f"characters; at most {MAX_PROFILE_CHARS} are read"),
    ("a: 2023-02-30\n", "yaml", "a date that does not exist"),
    ('{"location": {"in_zone": true', "json", "not valid JSON at line 1 column 30"),
])
def test_bad_profile_text_is_refused_with_what_is_wrong(text: str, syntax: str, expected: str) -> None:
    with pytest.raises(ProfileError, match=expected) as caught:
        profile_from_text(text, "company.json", syntax=syntax)
    assert str(caught.value).startswith("company.json:")
    _clean(str(caught.value))


def test_a_profile_too_long_is_refused_before_it_is_parsed() -> None:
    """Text past the limit that would also be too deep is refused for its size: nothing was parsed."""
    with pytest.raises(ProfileError, match="characters; at most") as caught:
        profile_from_text("[" * (MAX_PROFILE_CHARS + 1), "p", syntax="json")
    assert "deep" not in str(caught.value)


@pytest.mark.parametrize("flag", ["yes", "true", 1, "是", "1"])
def test_booleans_are_strict(flag: Any) -> None:
    with pytest.raises(ProfileError, match="in_zone: Input should be a valid boolean"):
        parse_profile({"location": {"in_zone": flag}})
    with pytest.raises(ProfileError, match=r"listings\.0\.domestic"):
        parse_profile({"listings": [{"board": "star_market", "domestic": flag}]})
    assert parse_profile({"location": {"in_zone": False}}).location.in_zone is False


def test_sane_profiles_still_read() -> None:
    profile = profile_from_text("location: {in_zone: true}\nrd_expense:\n  - {year: 2023, amount_cny: 30000000}\n"
                                "qualifications:\n  - {id: high_tech_enterprise, round: first, date: 2022-11-15}\n",
                                "company.yaml", syntax="yaml")
    assert profile.location.in_zone is True and profile.rd_expense[0].amount_cny == Decimal(30_000_000)
    assert profile_from_text("\ufeff{}", "company.json", syntax="json") == parse_profile({})


# --- profiles: the CLI ------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content", "expected"), [
    ("deep.json", DEEP_JSON_PROFILE, "nested more than 16 levels deep"),
    ("deep.yaml", DEEP_YAML, "nested more than 16 levels deep"),
    ("bomb.yaml", YAML_BOMB, "YAML anchors"),
    ("tag.yaml", YAML_TAG, "YAML tags"),
    ("digits.json", '{"rd_expense": [{"year": 2023, "amount_cny": ' + LONG_DIGITS + "}]}", "5,000 digits"),
    ("yes.json", YES_FOR_TRUE, "in_zone: Input should be a valid boolean"),
    ("empty.json", "", "the profile is empty"),
    ("empty.yaml", "", "the profile is empty"),
    ("huge.json", "{" + " " * (4 * MAX_PROFILE_CHARS) + "}", "bytes; a profile may have at most"),
])
def test_the_cli_refuses_bad_profiles_by_name(tmp_path: Path, name: str, content: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["eligibility", "--profile", str(path), "--as-of", AS_OF])
    assert result.exit_code == 2, result.output
    assert name in result.stderr and re.search(expected, result.stderr), result.stderr
    _clean(result.stderr + result.stdout)


# --- profiles: the REST event -----------------------------------------------------------------

@pytest.mark.parametrize(("profile_json", "expected"), [
    (DEEP_JSON_PROFILE, "nested more than 16 levels deep"),
    (DEEP_JSON, "nested more than 16 levels deep"),
    ('{"rd_expense": [{"year": 2023, "amount_cny": ' + LONG_DIGITS + "}]}", "5,000 digits"),
    (YES_FOR_TRUE, "in_zone: Input should be a valid boolean"),
    ("", "profile: missing or empty"),
    ("  \n", "profile: missing or empty"),
    ("{" + " " * MAX_PROFILE_CHARS + "}", "at most 100000"),
])
def test_the_rest_eligibility_event_refuses_bad_profiles(context: AssistantContext, profile_json: str,
                                                          expected: str) -> None:
    import gradio as gr

    with pytest.raises(InputError, match=re.escape(expected) if "(" in expected else expected) as caught:
        rest_api.eligibility(profile_json, AS_OF, context)
    _clean(str(caught.value))
    with pytest.raises(gr.Error, match="profile"):
        rest_api.rest_events(context)["eligibility"](profile_json, AS_OF)


def test_the_largest_amounts_allowed_still_give_a_result_that_serialises(context: AssistantContext) -> None:
    biggest = int(MAX_CNY)
    profile = {"location": {"in_zone": True}, "investment_total_cny": biggest,
               "qualifications": [{"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"}],
               "rd_expense": [{"year": 2022, "amount_cny": 0}, {"year": 2023, "amount_cny": biggest}],
               "quantities": {"technology_transaction_amount": [{"year": 2023, "amount_cny": biggest}]}}
    result = rest_api.eligibility(json.dumps(profile), AS_OF, context)
    assert result["total_max_cny"] is None or 0 < result["total_max_cny"] < 2**63
    assert json.loads(json.dumps(result)) == result


# --- chat messages ----------------------------------------------------------------------------

def _rd_amounts(message: str) -> list[int]:
    reply, _ = respond(message, new_state(dt.date(2025, 6, 30)))
    return [fact.value["amount_cny"] for fact in reply.profile if fact.field == "rd_expense"]


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e"])
def test_a_format_character_inside_a_figure_does_not_change_the_amount(invisible: str) -> None:
    said = _rd_amounts("我们是片区内的高新技术企业，2024年研发投入5000万")
    assert said == [50_000_000]
    assert _rd_amounts(f"我们是片区内的高新技术企业，2024年研发投入5{invisible}000万") == said


def test_readable_message_removes_only_format_characters_and_surrogates() -> None:
    assert readable_message("2024年5\u200b000万\ud800，\n第二行") == "2024年5000万，\n第二行"
    assert readable_message(None) == ""
    assert readable_message("x" * (MAX_RAW_MESSAGE_CHARS + 5)) == "x" * MAX_RAW_MESSAGE_CHARS


def test_a_huge_message_is_read_in_part_and_the_reply_says_so(context: AssistantContext) -> None:
    reply, state_json = rest_api.ask("我们是高新技术企业。" + "很" * 5_000_000, "", AS_OF, context)
    assert "只读取了前2000个字符" in reply["answer"]
    assert read_state(state_json).turns >= 0


def test_a_lone_surrogate_in_a_message_leaves_a_state_that_can_be_saved(tmp_path: Path) -> None:
    session = tmp_path / "chat.json"
    result = runner.invoke(app, ["ask", "我们在片区内\ud800，是高新技术企业", "--as-of", AS_OF,
                                 "--session", str(session)])
    assert result.exit_code == 0, result.output
    assert "\ud800" not in session.read_text(encoding="utf-8")


# --- saved conversations ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def saved(context: AssistantContext) -> dict[str, Any]:
    """A real conversation's state after one turn, with remembered benefits and reasons."""
    _, state = respond("我们在片区内，2022年11月首次认定为高新技术企业，去年研发3000万，今年5000万，不是规上企业",
                       new_state(dt.date(2024, 6, 1)), context)
    data: dict[str, Any] = json.loads(state.model_dump_json())
    assert data["last_benefits"] and data["last_reasons"] and data["facts"]
    return data


def _forged(saved: dict[str, Any], **changes: Any) -> str:
    return json.dumps({**saved, **changes}, ensure_ascii=False)


def _with_rd(saved: dict[str, Any], amount: Any) -> str:
    facts = [dict(fact, value={**fact["value"], "amount_cny": amount}) if fact["field"] == "rd_expense" else fact
             for fact in saved["facts"]]
    return _forged(saved, facts=facts)


def test_a_real_state_reads_back_unchanged(saved: dict[str, Any]) -> None:
    assert read_state(json.dumps(saved)) == DialogueState.model_validate(saved)


FORGED: list[tuple[str, Any, str]] = [
    ("reasons", lambda s: _forged(s, last_reasons=[{"x": 1}], last_benefits=[]), r"last_reasons\.0\.title"),
    ("benefit", lambda s: _forged(s, last_benefits=[{"title": "t"}]), r"last_benefits\.0\.min"),
    ("huge benefit", lambda s: _forged(s, last_benefits=[dict(s["last_benefits"][0], max=10**99)]),
     "number of 100 digits"),
    ("rd 1e99", lambda s: _with_rd(s, 1e99), r"facts\.\d \(rd_expense\)"),
    ("rd 10**99", lambda s: _with_rd(s, 10**99), "number of 100 digits"),
    ("rd 10**16", lambda s: _with_rd(s, 10**16), "less than or equal to 1000000000000000"),
    ("rd no year", lambda s: _forged(s, facts=[{"key": "rd", "field": "rd_expense", "value": {"amount_cny": 1},
                                                "source": "x"}]), "the value has no year"),
    ("fact not a mapping", lambda s: _forged(s, facts=[{"key": "q", "field": "qualifications", "value": [1],
                                                        "source": "x"}]), "not a mapping of fields"),
    ("in_zone yes", lambda s: _forged(s, facts=[{"key": "location.in_zone", "field": "location.in_zone",
                                                 "value": "yes", "source": "x"}]), "valid boolean"),
    ("unknown field", lambda s: _forged(s, facts=[{"key": "k", "field": "salary", "value": 1, "source": "x"}]),
     "salary"),
    ("date as a number", lambda s: _forged(s, facts=[{"key": "q", "field": "qualifications", "source": "x",
                                                      "value": {"id": "high_tech_enterprise", "date": 86400}}]),
     "the date is not written YYYY-MM-DD"),
    ("deep", lambda s: _forged(s, asked=json.loads("[" * 50 + "]" * 50)), "nested more than 8 levels deep"),
    ("very deep", lambda s: DEEP_JSON, "nested more than 8 levels deep"),
    ("not an object", lambda s: "[]", "a saved conversation is a JSON object, not list"),
    ("turns", lambda s: _forged(s, turns=-1), "turns"),
    ("oversized", lambda s: _forged(s, asked=["问"] * MAX_STATE_CHARS), f"at most {MAX_STATE_CHARS} are read"),
]


@pytest.mark.parametrize(("name", "make", "expected"), FORGED, ids=[f[0] for f in FORGED])
def test_a_forged_state_is_refused_by_name(saved: dict[str, Any], name: str, make: Any, expected: str) -> None:
    with pytest.raises(StateError, match=expected) as caught:
        read_state(make(saved))
    _clean(str(caught.value))


def test_the_rest_ask_event_refuses_forged_states(context: AssistantContext, saved: dict[str, Any]) -> None:
    import gradio as gr

    for _, make, expected in FORGED:
        with pytest.raises(InputError, match=expected):
            rest_api.ask("为什么是100万", make(saved), AS_OF, context)
        with pytest.raises(gr.Error, match="session state"):
            rest_api.rest_events(context)["ask"]("为什么是100万", make(saved), AS_OF)
    reply, _ = rest_api.ask("为什么是100万", json.dumps(saved), AS_OF, context)
    assert reply["intent"] == "explanation"


def test_a_50_mb_state_is_refused_before_it_is_parsed(context: AssistantContext) -> None:
    """Invalid JSON after the limit: a size message shows the text was never parsed."""
    with pytest.raises(InputError, match=f"characters; at most {MAX_STATE_CHARS} are read"):
        rest_api.ask("能拿多少？", '{"as_of": "2024-06-01", "asked": [' + " " * 50_000_000 + "{", AS_OF, context)


@pytest.mark.parametrize(("name", "make", "expected"), [f for f in FORGED if f[0] != "oversized"],
                         ids=[f[0] for f in FORGED if f[0] != "oversized"])
def test_the_cli_refuses_a_forged_session_file(tmp_path: Path, saved: dict[str, Any], name: str, make: Any,
                                               expected: str) -> None:
    session = tmp_path / "chat.json"
    session.write_text(make(saved), encoding="utf-8")
    before = session.read_text(encoding="utf-8")
    result = runner.invoke(app, ["ask", "为什么是100万", "--session", str(session)])
    assert result.exit_code == 2, result.output
    assert str(session) in result.stderr and re.search(expected, result.stderr), result.stderr
    _clean(result.stderr + result.stdout)
    assert session.read_text(encoding="utf-8") == before, "a refused session file is left as it was"


def test_the_cli_refuses_a_huge_session_file_unread(tmp_path: Path) -> None:
    session = tmp_path / "chat.json"
    session.write_text("{" + " " * (4 * MAX_STATE_CHARS + 1), encoding="utf-8")
    result = runner.invoke(app, ["ask", "你好", "--session", str(session)])
    assert result.exit_code == 2 and "bytes; a saved conversation may have at most" in result.stderr


# --- policy text ------------------------------------------------------------------------------

FULL_WIDTH_POLICY = """关于支持企业创新的若干措施
一、支持措施
1.对首次认定的高新技术企业，一次性给予１００万元补助。
2.在各级财政资助总金额不超过企业投资总额的５０％的前提下，按项目投资额的３０％给予支持，最高不超过５００万元。
二、附则
本措施自２０２１年８月１８日起实施，有效期至２０２５年１２月３１日。
"""


def test_full_width_money_and_percentages_read_as_numbers() -> None:
    assert [m.value for m in find_money("给予１００万元补助")] == [Decimal(1_000_000)]
    assert parse_percent("５０％") == Decimal("0.5") and parse_percent("12.5 %") == Decimal("0.125")


def test_a_policy_written_in_full_width_digits_ingests() -> None:
    policy = ingest_document(read_text(FULL_WIDTH_POLICY.encode("utf-8"), "full-width.txt"), "full-width")
    amounts = {p.amount_cny for p in policy.provisions if p.amount_cny}
    assert 1_000_000 in amounts
    share = [p for p in policy.provisions if p.subtype == "funding_share_cap"]
    assert share and share[0].rate == Decimal("0.5")
    assert policy.valid_from == dt.date(2021, 8, 18) and policy.valid_until == dt.date(2025, 12, 31)
    text = policy.text
    for provision in policy.provisions:
        start, end = provision.span
        assert text[start:end] == provision.quote
