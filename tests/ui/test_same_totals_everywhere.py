"""The chat, the company check and the pitch sheet show the same totals, assumptions and
could-add list for the same profile (issue #12: one reading everywhere)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.dialogue import AssistantContext, default_context
from ui import handlers

AS_OF = "2025-06-30"
MESSAGE = "我们是高新技术企业，也是规上工业企业，研发投入2023年1000万，2024年1600万，还有一个国家级重点实验室"
"""Undated statuses (assumed held in 2024), no location (assumed in the area), a platform with no
date (could add): every class of the convention in one description."""


@pytest.fixture(scope="module")
def context() -> AssistantContext:
    return default_context()


def test_chat_check_and_pitch_sheet_agree(context: AssistantContext, tmp_path: Path) -> None:
    reply, state_json = handlers.ask(MESSAGE, "", AS_OF, context)
    chat = reply["eligibility"]
    assert chat is not None and chat["could_add"] and chat["assumptions"]
    profile = {"location": {}, **{k: v for k, v in _profile_of(state_json).items() if k != "location"}}
    profile_json = json.dumps(profile, ensure_ascii=False)

    _, check, _ = handlers.check_report(profile_json, AS_OF, context)
    sheet, markdown_path, _ = handlers.pitch(profile_json, AS_OF, context, tmp_path)

    totals = (chat["total_min_cny"], chat["total_max_cny"])
    assert (check["total_min_cny"], check["total_max_cny"]) == totals
    could = [(c["provision_id"], c["amount_min_cny"], c["amount_max_cny"]) for c in chat["could_add"]]
    assert [(c["provision_id"], c["amount_min_cny"], c["amount_max_cny"]) for c in check["could_add"]] == could
    assert [a["key"] for a in check["assumptions"]] == [a["key"] for a in chat["assumptions"]]
    from assistant.format import cny_zh

    assert sheet.total_zh[0] == cny_zh(totals[0]) and sheet.total_zh[1].startswith(cny_zh(totals[1]))
    assert len(sheet.could_add) == len(could) and len(sheet.assumptions) == len(chat["assumptions"])
    # every surface says the could-add amounts apart from the totals, in words a person reads
    assert "不计入上述合计" in reply["answer"] and "假设：" in reply["answer"]
    assert "不计入合计" in markdown_path.read_text(encoding="utf-8")
    report, _, _ = handlers.check_report(profile_json, AS_OF, context)
    assert "Could add, if… (not in the totals)" in report and "测算所依据的假设 Assumed" in report


def _profile_of(state_json: str) -> dict[str, object]:
    from assistant.dialogue import _profile
    from assistant.session_state import read_state

    state = read_state(state_json)
    return _profile(state.facts).model_dump(mode="json", exclude_defaults=True)


def test_the_fact_panel_shows_the_assumptions_and_edits_still_apply(context: AssistantContext) -> None:
    reply, state_json = handlers.ask("我们是高新技术企业，研发投入2023年1000万，2024年1600万", "", AS_OF, context)
    assumed = handlers.chat_words_markdown(reply, "zh").splitlines()[1:]
    assert any("2024" in line and "高新技术企业" in line for line in assumed)
    assert any("注册地" in line for line in assumed)  # the location was not said
    # the panel goes back as shown: the assumptions are not taken for facts
    edited, _ = handlers.apply_profile_form(handlers.chat_form_values(reply, "zh"), state_json, AS_OF, "zh", context)
    assert edited["eligibility"]["total_min_cny"] == reply["eligibility"]["total_min_cny"]
