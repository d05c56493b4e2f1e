"""Property-based fuzzing (hypothesis) of the three text inputs: a chat turn (``respond``), a
profile (``parse_profile`` and the JSON/YAML readers) and a policy (``ingest``). Whatever the
input, nothing escapes but the project's own documented error types; derandomized, so every
run tries the same inputs (CI is not flaky), sized to run in well under a minute on 2 cores."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from assistant.dialogue import AssistantContext, default_context, new_state, respond
from assistant.profile import ProfileError, parse_profile, profile_from_text
from assistant.session_state import StateError, read_state
from ingest.errors import IngestError
from ingest.pipeline import ingest_document
from ingest.read import read_text

FUZZ = settings(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- chat -------------------------------------------------------------------------------------

CHAT_WORDS = [
    "我们", "是", "不是", "片区内", "不在片区", "高新技术企业", "高企", "首次认定", "再次认定", "省级", "市级",
    "国家级",
    "瞪羚企业", "独角兽", "科技型领军企业", "规上企业", "重点实验室", "孵化器", "科创板", "创业板", "上市", "发明专利",
    "研发投入", "从", "涨到", "去年", "前年", "同年", "2022年11月", "2024年", "２０２４年", "5000万", "３０００万",
    "1.3亿", "三千万", "20,000,000元", "0万", "99999999999999999999万", "100%", "５０％", "件", "个", "为什么是100万",
    "为什么没有", "如果", "呢", "不对，", "是", "搬走了要退钱吗", "还能申请吗？", "能拿多少？", "有什么支持？", "，",
    "。", "？", "\u200b", "\ufeff", "\u202e", "\ud800", "<b>", "</script>", "〔三（二）6〕", "We are",
    "a high-tech enterprise",
    "in the zone", "R&D was RMB 30 million in 2023", "what if", "why", "not", "renewal", "another", "1e99",
]
chat_message = st.one_of(
    st.lists(st.sampled_from(CHAT_WORDS), min_size=0, max_size=12).map("".join),
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(CHAT_WORDS), st.text(max_size=4)), max_size=10).map("".join),
)


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return default_context()


@settings(FUZZ, max_examples=120)
@given(messages=st.lists(chat_message, min_size=1, max_size=3),
       as_of=st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_a_conversation_never_raises_and_its_state_reads_back(context: AssistantContext, messages: list[str],
                                                              as_of: dt.date) -> None:
    state = new_state(as_of)
    for message in messages:
        reply, state = respond(message, state, context)
        assert reply.answer
        json.dumps(reply.to_json(), ensure_ascii=False)
    assert read_state(state.model_dump_json()) == state


# --- profiles ---------------------------------------------------------------------------------

PROFILE_KEYS = ["name", "location", "in_zone", "planned_departure", "qualifications", "id", "round", "date",
                "level", "held", "platforms", "type", "listings", "board", "domestic", "ipo", "patents", "granted",
                "rd_expense", "year", "amount_cny", "quantities", "revenue", "technology_transaction_amount",
                "investment_total_cny", "other_funding_cny", "equipment", "holdings", "date_precision"]
PROFILE_VALUES = ["high_tech_enterprise", "gazelle_enterprise", "star_market", "invention_patent", "first",
                  "renewal", "provincial", "national", "2022-11-15", "2023-02-30", "2022", "month", "yes", "是"]
scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.sampled_from(PROFILE_VALUES),
                   st.text(max_size=8), st.integers(min_value=10**15, max_value=10**40))
profile_like = st.recursive(
    scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(st.sampled_from(PROFILE_KEYS), st.text(max_size=5)), inner,
                                            max_size=5)),
    max_leaves=30)


@settings(FUZZ, max_examples=400)
@given(data=st.dictionaries(st.sampled_from(PROFILE_KEYS), profile_like, max_size=6))
def test_parse_profile_refuses_only_with_profile_error(data: dict[str, Any]) -> None:
    try:
        profile = parse_profile(data)
    except ProfileError as error:
        assert str(error).startswith("profile:")
        return
    json.loads(profile.model_dump_json())


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@settings(FUZZ, max_examples=200)
@given(data=profile_like, depth=st.integers(min_value=0, max_value=3000), syntax=st.sampled_from(["json", "yaml"]),
       noise=st.text(max_size=20))
def test_profile_text_refuses_only_with_profile_error(data: Any, depth: int, syntax: str, noise: str) -> None:
    texts = [json.dumps({"name": data}, ensure_ascii=False, default=str), json.dumps(data, default=str) + noise,
             '{"name": ' + _nested(depth) + "}", noise]
    for text in texts:
        try:
            profile_from_text(text, "fuzz", syntax=syntax)
        except ProfileError as error:
            assert str(error).startswith("fuzz")


# --- saved conversations ----------------------------------------------------------------------

FOLLOW_UPS = ["为什么是100万", "为什么没有领军企业的钱？", "为什么没有别的？", "Why doesn't that count?", "能拿多少？",
              "如果我们是省级瞪羚呢", "不对，是再次认定", "搬走了要退钱吗", "Why is it that amount?",
              "合计为什么是这么多"]


@pytest.fixture(scope="module")
def saved_state(context: AssistantContext) -> dict[str, Any]:
    _, state = respond("我们在片区内，2022年11月首次认定为高新技术企业，去年研发3000万，今年5000万，不是规上企业",
                       new_state(dt.date(2024, 6, 1)), context)
    data: dict[str, Any] = json.loads(state.model_dump_json())
    return data


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*path, index))
    return found


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(value[path[0]], path[1:], new)
    return copy


def _like(original: Any) -> st.SearchStrategy[Any]:
    """A value of the same kind as ``original`` (a forgery that may pass the checks), or any value."""
    same: st.SearchStrategy[Any]
    if isinstance(original, bool):
        same = st.booleans()
    elif isinstance(original, int):
        same = st.integers()
    elif isinstance(original, str):
        same = st.one_of(st.text(max_size=20), st.sampled_from(CHAT_WORDS + PROFILE_VALUES))
    elif isinstance(original, list):
        same = st.one_of(st.just(original[1:]), st.just(original + original), st.just(original[::-1]))
    elif isinstance(original, dict):
        same = st.sampled_from([{k: v for k, v in original.items() if k != key} for key in original] or [{}])
    else:
        same = st.none()
    return st.one_of(same, same, same, profile_like)


def _fits_64_bits(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return -(2**63) <= value < 2**63
    if isinstance(value, dict):
        return all(_fits_64_bits(inner) for inner in value.values())
    if isinstance(value, list | tuple):
        return all(_fits_64_bits(inner) for inner in value)
    return True


@settings(FUZZ, max_examples=150)
@given(data=st.data())
def test_a_state_that_reads_never_breaks_a_reply(context: AssistantContext, saved_state: dict[str, Any],
                                                 data: st.DataObject) -> None:
    forged = saved_state
    for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="changes")):
        path = data.draw(st.sampled_from(_paths(forged)[1:]), label="path")
        original: Any = forged
        for part in path:
            original = original[part]
        forged = _replaced(forged, path, data.draw(_like(original), label="value"))
    try:
        state = read_state(json.dumps(forged, default=str))
    except StateError as error:
        assert str(error).startswith("session state")
        event("refused")
        return
    event("read")
    for message in data.draw(st.lists(st.sampled_from(FOLLOW_UPS), min_size=1, max_size=2), label="messages"):
        reply, state = respond(message, state, context)
        assert _fits_64_bits(reply.to_json())
        json.dumps(reply.to_json(), ensure_ascii=False)


# --- policy text ------------------------------------------------------------------------------

HEADINGS = ["一、", "二、", "（一）", "（二）", "1.", "2.", "3．", "十五、", "第一条", "附则", "主要目标"]
CLAUSES = ["对首次认定的高新技术企业，一次性给予", "100万元", "１００万元", "三千万元", "奖励", "补助。",
           "按照研发经费增量部分的30%给予后补助，", "３０％", "百分之三十", "最高不超过", "500万元", "每年",
           "在各级财政资助总金额不超过企业投资总额的50％的前提下，",
           "各级财政资助总额不超过项目投资额的５０％，", "本条款最高不超过200万元。",
           "本措施自2021年8月18日起实施，有效期至2025年12月31日。", "有效期5年", "自２０２１年２月３０日起施行",
           "须承诺在本区持续经营10年，无正当理由迁离须退回已获扶持资金。", "经专家评审后兑现。", "申报细则另行发布。",
           "到2025年，高新技术企业达到500家，研发投入达到10亿元。", "对省级、市级瞪羚企业分别给予50万元、30万元奖励。",
           "\u200b", "％", "元", "万", "亿", "，", "。", "；", "\n", " "]
policy_line = st.tuples(st.sampled_from(["", *HEADINGS]),
                        st.lists(st.one_of(st.sampled_from(CLAUSES), st.text(max_size=6)), min_size=1, max_size=6)
                        ).map(lambda parts: parts[0] + "".join(parts[1]))
policy_text = st.lists(policy_line, min_size=1, max_size=14).map("\n".join)
"""Lines as a policy has them: a heading (or none) and sentences with amounts, rates and dates."""


@settings(FUZZ, max_examples=200)
@given(body=policy_text, title=st.sampled_from(["关于支持企业创新的若干措施\n", "", "政策\n"]))
def test_ingest_refuses_only_with_ingest_error(body: str, title: str) -> None:
    try:
        policy = ingest_document(read_text((title + body).encode("utf-8"), "fuzz.txt"), "fuzz")
    except IngestError as error:
        assert str(error).startswith("fuzz.txt")
        return
    for provision in policy.provisions:
        start, end = provision.span
        assert policy.text[start:end] == provision.quote
