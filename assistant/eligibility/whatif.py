"""What-if: two evaluations side by side (two profiles, or one profile on two dates)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.eligibility.result import EligibilityResult


@dataclass(frozen=True)
class Change:
    provision_id: str
    title: str
    before: tuple[int, int | None] | None
    after: tuple[int, int | None] | None

    def to_json(self) -> dict[str, Any]:
        return {"provision_id": self.provision_id, "title": self.title,
                "a": list(self.before) if self.before else None, "b": list(self.after) if self.after else None}


@dataclass(frozen=True)
class Comparison:
    a: EligibilityResult
    b: EligibilityResult
    changes: tuple[Change, ...]

    @property
    def delta_min_cny(self) -> int:
        return self.b.total_min_cny - self.a.total_min_cny

    @property
    def delta_max_cny(self) -> int:
        return self.b.total_max_cny - self.a.total_max_cny

    def to_json(self) -> dict[str, Any]:
        def side(result: EligibilityResult) -> dict[str, Any]:
            return {"as_of": result.as_of.isoformat(), "policy_status": result.policy_status,
                    "total_min_cny": result.total_min_cny, "total_max_cny": result.total_max_cny,
                    "total_max_unbounded": result.total_max_unbounded}

        return {"a": side(self.a), "b": side(self.b), "delta_min_cny": self.delta_min_cny,
                "delta_max_cny": self.delta_max_cny, "changes": [c.to_json() for c in self.changes]}


def compare(a: EligibilityResult, b: EligibilityResult) -> Comparison:
    """Every benefit whose range differs between ``a`` and ``b``, in the policy's order."""
    before = {x.provision_id: x for x in a.benefits}
    after = {x.provision_id: x for x in b.benefits}
    order = [x.provision_id for x in a.benefits] + [i for i in after if i not in before]
    changes = []
    for provision_id in order:
        old, new = before.get(provision_id), after.get(provision_id)
        old_range = (old.amount_min_cny, old.amount_max_cny) if old else None
        new_range = (new.amount_min_cny, new.amount_max_cny) if new else None
        if old_range != new_range:
            title = (new or old).title  # type: ignore[union-attr]
            changes.append(Change(provision_id, title, old_range, new_range))
    return Comparison(a, b, tuple(changes))
