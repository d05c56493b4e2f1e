"""A contract said and then undone in the same message leaves the facts: named by its amount, its kind, or
said alone (the contract said last), in Chinese and English (cue ``withdrawn``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2025, 9, 1)


def _by_field(message: str) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for fact in understand_facts(message, AS_OF):
        found.setdefault(fact.field, []).append(fact.value)
    return found


def _turnover(message: str) -> list[tuple[int, Decimal]]:
    return [(value["year"], value["amount_cny"])  # type: ignore[index]
            for value in _by_field(message).get("quantities.technology_transaction_amount", [])]


def test_a_listed_contract_named_by_its_amount_leaves_the_sum_zh() -> None:
    assert _turnover("我们今年签了四份技术开发合同，分别是150万、80万、60万和40万，80万那份上个月被客户取消了") == [
        (2025, Decimal("2500000"))]


def test_a_listed_contract_named_by_its_amount_leaves_the_sum_en() -> None:
    assert _turnover("This year we signed four technology development contracts of 1.5 million, 800k, 600k and "
                     "400k; the 800k one was terminated last month.") == [(2025, Decimal("2500000"))]


def test_a_part_of_a_stated_total_leaves_the_total_zh() -> None:
    assert _turnover("2024年技术合同成交额一共900万，其中一份250万的技术转让合同后来作废了") == [
        (2024, Decimal("6500000"))]


def test_a_part_of_a_stated_total_leaves_the_total_en() -> None:
    assert _turnover("Our technology contract turnover in 2024 was 9 million in total, but a 2.5 million tech "
                     "transfer contract fell through.") == [(2024, Decimal("6500000"))]


def test_a_contract_of_no_stated_amount_leaves_a_turnover_nobody_knows() -> None:
    assert _turnover("去年签了三份技术服务合同，分别是120万、90万、70万，其中有一份后来客户毁约了") == []
    assert _turnover("Last year we signed three tech services contracts of 1.2m, 0.9m and 0.7m; one of them was "
                     "called off.") == []


def test_the_equipment_contract_undone_leaves_the_equipment_zh() -> None:
    assert "equipment" not in _by_field("公司有一台省级首台套装备，2023年签的合同，合同额1500万，后来合同解除了")


def test_the_equipment_contract_undone_leaves_the_equipment_en() -> None:
    assert "equipment" not in _by_field("We have a provincial first-of-kind major technical equipment, contract "
                                        "value 15 million signed in 2023; the buyer later cancelled the contract.")


def test_the_contract_named_by_amount_is_the_one_that_leaves() -> None:
    found = _by_field("我们有一台国家级首台套装备，合同金额3000万，2024年签的。去年技术合同成交额600万，"
                      "其中一份120万的技术合同后来被撤销了")
    assert [value["contract_amount_cny"] for value in found["equipment"]] == [Decimal("30000000")]  # type: ignore[index]
    assert _turnover("我们有一台国家级首台套装备，合同金额3000万，2024年签的。去年技术合同成交额600万，"
                     "其中一份120万的技术合同后来被撤销了") == [(2024, Decimal("4800000"))]


def test_a_contract_still_standing_is_kept() -> None:
    assert _turnover("去年签了两份技术开发合同，分别是200万和100万，都已经履行完了") == [(2024, Decimal("3000000"))]
    assert "equipment" in _by_field("我们有一台国家级首台套装备，合同金额3000万，2024年签的，一直在执行")


def test_a_recognition_revoked_is_not_held() -> None:
    found = _by_field("We were recognised as an HNTE in 2021, but the status was revoked in 2024.")
    assert found["qualifications"] == [{"id": "high_tech_enterprise", "held": False}]


def test_a_recognition_revoked_in_its_own_clause_is_not_held_and_not_dated_by_the_revocation() -> None:
    assert _by_field("去年技术合同成交额800万，瞪羚企业称号今年被取消了")["qualifications"] == [
        {"id": "gazelle_enterprise", "held": False}]
    assert _by_field("We became a gazelle enterprise in 2021 and the title was revoked in 2024.")["qualifications"] == [
        {"id": "gazelle_enterprise", "held": False}]


def test_another_concept_revoked_leaves_the_contracts_alone() -> None:
    assert _turnover("去年技术合同成交额800万，瞪羚企业称号今年被取消了") == [(2024, Decimal("8000000"))]


def test_a_platform_closed_after_its_set_up_keeps_the_years_it_ran() -> None:
    platforms = _by_field("院士工作站2020年建的，2023年底撤销了")["platforms"]
    assert platforms == [{"type": "academician_workstation", "date": dt.date(2020, 1, 1), "date_precision": "year",
                          "operating_until": dt.date(2023, 12, 31)}]


def test_a_penalty_said_with_an_unnamed_contract_is_not_its_amount_zh() -> None:
    # review10 und10-1: 违约金 is no contract's value; the contract undone has none said, so the turnover is unknown
    assert _turnover("2023年签了4份技术合同，成交额合计1200万，后来其中一份被客户解约了，客户付了我们80万违约金") == []


def test_a_penalty_said_with_an_unnamed_contract_is_not_its_amount_en() -> None:
    assert _turnover("In 2023 we signed 4 technology contracts, 12 million in total; one of them was later terminated "
                     "and the client paid us 0.8 million in damages.") == []


def test_a_penalty_beside_a_contract_named_by_its_amount_zh() -> None:
    assert _turnover("2023年技术合同成交额1200万，其中一份400万的后来解约了，客户付了我们80万违约金") == [
        (2023, Decimal("8000000"))]
