"""An award's floor (补贴标准不低于X元): the policy makes X sure and prints no top, or prints one in the next segment
(不低于X元，最高不超过Y元: the reader keeps it as the row's ``cap_cny``). The guaranteed amount is X; the most is the
printed cap, else X with an assumption saying the most is not stated (a most with no figure would undo the ceilings
applied after it) — never "up to X" as if X were the ceiling (docs/eligibility.md, "An award's floor")."""

from __future__ import annotations

from dataclasses import replace

from assistant.eligibility.result import Assumption
from assistant.format import cny_zh
from ingest.model import Provision

FLOOR_FIELD = "floor"
"""The field of ``Provision.written`` the reader marks an award's floor with
(``ingest.patterns.AWARD_FLOOR_BEFORE``)."""


def printed_floor(provision: Provision) -> str | None:
    """The floor as printed (X万元), or None when the row is no award's floor."""
    return dict(provision.written).get(FLOOR_FIELD)


def floor_most(provision: Provision, least: int) -> int:
    """The most a floor row pays once: its printed cap when above the floor, else the floor itself."""
    cap = provision.cap_cny
    return cap if cap is not None and cap > least else least


def floor_basis(provision: Provision, least: int) -> str:
    """The words of a floor row's amount: at least X, up to the printed cap or with the most not stated."""
    if provision.cap_cny is not None and provision.cap_cny > least:
        return (f"不低于 at least {cny_zh(least)}，最高 up to {cny_zh(provision.cap_cny)}"
                f"（下限有保障 the floor is sure）")
    return f"不低于 at least {cny_zh(least)}（上限未写明 the most is not stated）"


def floor_assumption(provision: Provision, least: int) -> Assumption | None:
    """The assumption a floor with no printed top carries: counted at the floor, more may be paid."""
    if provision.cap_cny is not None and provision.cap_cny > least:
        return None
    where = "".join(provision.clause_path)
    return Assumption(f"award_floor:{provision.id}",
                      f"〔{where}〕条款只写明下限（不低于{cny_zh(least)}），未写明上限：按下限计算，实际可能更多",
                      f"〔{where}〕 the clause prints only a floor (at least {cny_zh(least)}) and no top: counted at "
                      "the floor, the award may be more")


def with_floor(provision: Provision, amount_basis: str, least: int, most: int) -> tuple[str, int,
                                                                                      tuple[Assumption, ...]]:
    """A row's basis, most and assumptions read as a floor when the reader marked it one, else unchanged."""
    if printed_floor(provision) is None:
        return amount_basis, most, ()
    assumption = floor_assumption(provision, least)
    return floor_basis(provision, least), floor_most(provision, least), (assumption,) if assumption else ()




def noted_floor(provision: Provision, basis: str) -> tuple[str, tuple[Assumption, ...]]:
    """A per-unit or yearly row read at its floor (每人每月补贴标准不低于X元): its basis said as at least, and the
    assumption that the most is not stated."""
    least = provision.unit_amount_cny if provision.unit_amount_cny is not None else provision.amount_cny or 0
    assumption = floor_assumption(replace(provision, cap_cny=None), least)
    return f"不低于 at least {basis}（上限未写明 the most is not stated）", (assumption,) if assumption else ()
