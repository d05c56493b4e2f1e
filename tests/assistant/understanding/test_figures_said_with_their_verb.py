"""A figure said with its verb and no label (为园区企业做了9000万的融资, 从本地供应商采购…共计3200万) is that base
quantity's; a purchase by another party or a subsidy is none. Fresh wordings, not the bench's."""

from __future__ import annotations

import pytest

from assistant.understanding.amount_inside import amounts_inside


@pytest.mark.parametrize(("message", "concept"), [
    ("2023年我们为园区企业一共做了9000万的融资", "financing_total"),
    ("去年我们从本地供应商采购原材料共计3200万", "purchase_amount"),
    ("in 2023 we bought RMB 32 million of components from local suppliers", "purchase_amount"),
])
def test_a_figure_said_with_its_verb_is_its_quantity(message: str, concept: str) -> None:
    assert [found.concept for found in amounts_inside(message)] == [concept]


@pytest.mark.parametrize("message", ["去年客户从我们这采购了3200万", "我们拿到了采购补贴80万",
                                     "集团从本地供应商采购原材料3200万"])
def test_a_purchase_by_another_or_a_subsidy_is_no_purchase_amount(message: str) -> None:
    assert amounts_inside(message) == []
