""""Still running" (都还在运行, "both are still running", "still going") said of the platforms it names: of both,
of that one only, skipping one said stopped."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _facts(message: str) -> list[tuple[str, dict[str, Any]]]:
    return [(fact.field, {k: v for k, v in fact.value.items() if k != "date_precision"})
            for fact in understand_facts(message, AS_OF, in_conversation=True) if isinstance(fact.value, dict)]


def _running(message: str) -> dict[str, object]:
    return {value["type"]: value.get("operating_until") for field, value in _facts(message) if field == "platforms"}


def test_both_still_running_is_said_of_both_en() -> None:
    facts = _facts("An academician workstation opened in 2021 and a postdoctoral workstation in 2024; both are still "
                   "running.")
    assert sorted(value.get("operating_until") == AS_OF for _, value in facts if _ == "platforms") == [True, True]


def test_both_still_running_is_said_of_both_zh() -> None:
    facts = _facts("院士工作站2021年建的，博士后工作站2024年建的，两个站现在都还在运行")
    assert sorted(value.get("operating_until") == AS_OF for _, value in facts if _ == "platforms") == [True, True]


def test_one_still_running_is_said_of_that_one() -> None:
    facts = _facts("院士工作站2021年建的，博士后工作站2024年建的，博士后工作站一直运行到现在")
    running = {value["type"]: "operating_until" in value for _, value in facts if _ == "platforms"}
    assert running == {"academician_workstation": False, "postdoctoral_workstation": True}


def test_still_going_and_a_longer_name_of_a_leader() -> None:
    facts = _facts("Our academician workstation opened in 2023 and is still going.")
    assert facts[0][1]["operating_until"] == AS_OF
    assert _facts("We became a science and technology leading enterprise in 2024.") == [
        ("qualifications", {"id": "tech_leader_enterprise", "date": dt.date(2024, 1, 1)})]


def test_both_still_running_leaves_a_stopped_one_stopped() -> None:
    facts = _facts("院士工作站2020年建的，2022年停止运行了；博士后工作站2023年建的，现在都还在运行")
    ends = {value["type"]: value.get("operating_until") for _, value in facts}
    assert ends == {"academician_workstation": dt.date(2022, 12, 31), "postdoctoral_workstation": AS_OF}


def test_still_said_with_du_of_one_platform_is_that_ones() -> None:
    # 到现在都还在运行 is "still running", said of the platform of its clause only
    assert _running("2021年3月设了博士后工作站，2022年底已经停了；院士工作站2022年设立的，到现在都还在运行") == {
        "postdoctoral_workstation": dt.date(2022, 12, 31), "academician_workstation": AS_OF}


def test_all_of_them_running_skips_one_said_closed_en() -> None:
    assert _running("We set up a postdoctoral workstation in 2021 and shut it down at the end of 2022; an "
                    "academician workstation followed in 2023. They are all still running.") == {
        "postdoctoral_workstation": dt.date(2022, 12, 31), "academician_workstation": AS_OF}
