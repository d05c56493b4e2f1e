"""Each fact field's kind comes from the profile's own models."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.profile import Patent, Qualification, YearAmount
from assistant.understanding.fact_kinds import UnknownFactField, kind_of


def test_kinds_are_the_profile_models() -> None:
    assert kind_of("qualifications").model is Qualification
    assert kind_of("patents").model is Patent
    assert kind_of("quantities.technology_transaction_amount").model is YearAmount
    assert kind_of("location.in_zone").model is None


def test_what_each_kind_accepts() -> None:
    assert kind_of("qualifications").deniable and kind_of("qualifications").accepts("round")
    assert not kind_of("patents").deniable and not kind_of("patents").accepts("level")
    assert not kind_of("listings").deniable and kind_of("listings").accepts("ipo")
    assert not kind_of("rd_expense").dated and kind_of("equipment").dated


def test_values_are_placed_where_the_profile_has_them() -> None:
    data: dict[str, object] = {}
    kind_of("location.in_zone").place(data, True)
    kind_of("quantities.technology_transaction_amount").place(data, {"year": 2023, "amount_cny": 5})
    kind_of("investment_total_cny").place(data, 100)
    kind_of("patents").place(data, {"type": "invention_patent", "granted": 3})
    assert data == {"location": {"in_zone": True},
                    "quantities": {"technology_transaction_amount": [{"year": 2023, "amount_cny": 5}]},
                    "investment_total_cny": 100, "patents": [{"type": "invention_patent", "granted": 3}]}


def test_a_value_is_validated_by_its_kind_and_an_unknown_field_is_named() -> None:
    assert kind_of("investment_total_cny").validate("100") == 100
    with pytest.raises(ValidationError):
        kind_of("patents").validate({"type": "invention_patent", "granted": 3, "held": False})
    with pytest.raises(UnknownFactField, match="'awards'"):
        kind_of("awards")
