"""A contract said and then undone in the same message (其中一份300万的后来解约了, "the 3 million one was
cancelled later", 那份合同后来取消了): what it added leaves the facts.

The clause that undoes (cue ``withdrawn``) names the contract by its amount (300万的那份), by its kind
(技术合同, the equipment contract) or by nothing (后来合同取消了: the contract said last). A first-of-kind
machine's contract leaves with its equipment fact; a technology contract's amount leaves the year's turnover
(the sum of the contracts listed, or the total said). A contract undone whose amount is not said (其中一份后来
解约了) leaves a turnover nobody knows: that year's turnover leaves the facts too, rather than stand too high.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from assistant.understanding.casual_amounts import found_amounts as amounts
from assistant.understanding.cues import cue

EQUIPMENT_FIELD = "equipment"
TURNOVER_FIELD = "quantities.technology_transaction_amount"
CONTRACT_FIELDS = (EQUIPMENT_FIELD, TURNOVER_FIELD)


class _Fact(Protocol):
    @property
    def field(self) -> str: ...

    @property
    def value(self) -> Any: ...


F = TypeVar("F", bound=_Fact)


def undoes_a_contract(text: str, facts: Sequence[_Fact], names_another_concept: bool) -> bool:
    """The clause says a contract was undone: it names a contract (by a word or an amount), or names nothing
    and follows one; a clause naming another concept (高企资格后来被取消了) undoes that one, not a contract."""
    if names_another_concept or not cue("withdrawn").search(text) \
            or not any(fact.field in CONTRACT_FIELDS for fact in facts):
        return False
    return bool(cue("contract_words").search(text) or cue("tech_turnover").search(text) or amounts(text)
                or facts[-1].field in CONTRACT_FIELDS)


def contract_amounts(text: str) -> list[Decimal]:
    """The amounts of the clause that name the contract undone (300万那份, 其中一份300万的, "the 3 million one"),
    not a penalty or a refund said with it (对方赔了50万违约金, "the client paid a 0.5 million penalty")."""
    return [Decimal(str(found.value)) for found in amounts(text)
            if cue("contract_after_amount").match(text, found.end)
            or cue("contract_before_amount").search(text[:found.start])]


def kinds_named(text: str, names_equipment: bool) -> tuple[str, ...]:
    """The kinds of contract the clause names: technology contracts, the first-of-kind machine's, or either."""
    if cue("tech_turnover").search(text):
        return (TURNOVER_FIELD,)
    return (EQUIPMENT_FIELD,) if names_equipment else CONTRACT_FIELDS


def without_withdrawn(named: Sequence[Decimal], kinds: Sequence[str], facts: Sequence[F],
                      with_value: Callable[[F, dict[str, Any]], F]) -> list[F]:
    """``facts`` without the contract a clause undid: the one of an amount in ``named``, else the last contract
    of ``kinds``."""
    kept: list[F | None] = list(facts)
    candidates = [i for i in range(len(facts) - 1, -1, -1) if facts[i].field in kinds]
    for amount in named:
        found = next(((i, fact) for i in candidates if (fact := kept[i]) is not None and _carries(fact, amount)), None)
        if found is not None:
            kept[found[0]] = _less(found[1], amount, with_value)
    if not named and candidates:
        kept[candidates[0]] = None  # its amount not said: what it was part of is not known any more
    return [fact for fact in kept if fact is not None]


def _carries(fact: _Fact, amount: Decimal) -> bool:
    """The fact holds ``amount``: the equipment's contract of that sum, or a year's turnover at least that big."""
    if fact.field == EQUIPMENT_FIELD:
        return Decimal(fact.value["contract_amount_cny"]) == amount
    return Decimal(fact.value["amount_cny"]) >= amount


def _less(fact: F, amount: Decimal, with_value: Callable[[F, dict[str, Any]], F]) -> F | None:
    """The fact without the contract of ``amount``; None when nothing of it is left."""
    if fact.field == EQUIPMENT_FIELD:
        return None
    left = Decimal(fact.value["amount_cny"]) - amount
    return with_value(fact, {**fact.value, "amount_cny": left}) if left > 0 else None
