"""The named REST events, called as another system would: with gradio_client over loopback."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def client(app_url: str):  # type: ignore[no-untyped-def]
    from gradio_client import Client

    return Client(app_url, verbose=False)


def test_the_api_page_documents_ask_eligibility_and_search(client) -> None:  # type: ignore[no-untyped-def]
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert {"/ask", "/eligibility", "/search"} <= set(endpoints)


def test_ask_answers_in_chinese_with_the_cited_total_and_keeps_state(client) -> None:  # type: ignore[no-untyped-def]
    reply, state = client.predict("我们在片区内，2022年11月首次认定为高新技术企业，能拿多少？", "", "2024-06-01",
                                  api_name="/ask")
    assert reply["lang"] == "zh" and reply["eligibility"]["total_min_cny"] == 200_000
    assert "〔三（二）6〕" in reply["answer"]
    reply2, _ = client.predict("如果我们再拿到省级瞪羚呢", state, "2024-06-01", api_name="/ask")
    assert reply2["intent"] == "whatif"
    # an undated supposition is could-add (its date decides), never added to the totals
    assert reply2["eligibility"]["total_max_cny"] == reply["eligibility"]["total_max_cny"]
    assert "sec3/sub2/item6/p2" in {c["provision_id"] for c in reply2["eligibility"]["could_add"]}


def test_eligibility_takes_a_profile_and_refuses_bad_json(client) -> None:  # type: ignore[no-untyped-def]
    profile = {"location": {"in_zone": True}, "listings": [{"board": "star_market", "date": "2022-08-01"}]}
    result = client.predict(json.dumps(profile), "2024-06-01", api_name="/eligibility")
    assert (result["total_min_cny"], result["total_max_cny"]) == (5_000_000, 5_000_000)
    with pytest.raises(Exception, match="line 1 column 2"):
        client.predict("{bad", "2024-06-01", api_name="/eligibility")


def test_search_returns_the_hydrogen_clause(client) -> None:  # type: ignore[no-untyped-def]
    result = client.predict("Is there support for hydrogen projects?", 3, api_name="/search")
    assert result["status"] == "answer"
    assert "氢" in result["hits"][0]["sentence"]
