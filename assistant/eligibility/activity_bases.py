"""A rate's base that is one activity's figure (实际发生费用, 活动实际总经费, 项目总预算, 设备投资: ``pkg:ofAnActivity``
in ``ontology/vocabulary.ttl``), printed by several clauses of a policy.

The company's figure is kept once per base, not per clause, so a figure said for one activity (节能诊断的实际发生费用)
would pay every clause printing the same base (参加境外展会的实际发生费用 too). While several clauses share such a
base, a figure said is no sure amount for any of them: each is at most its rate on the figure, and whether the
clause's activity is the one the figure is of is asked (``applies:<clause>``). See docs/eligibility.md.
"""

from __future__ import annotations

from assistant.eligibility.requirements import Check, Status
from ingest.concepts import load_vocabulary
from ingest.model import Provision


def shared_activity_base(provision: Provision, provisions: tuple[Provision, ...] | list[Provision]) -> Check | None:
    """The question whether the clause's activity is the one a figure of its base was said for, when the base is
    one activity's and another clause of the policy pays on it too; None otherwise."""
    base = provision.base_quantity
    concept = load_vocabulary().concepts.get(base or "")
    if concept is None or not concept.of_an_activity:
        return None
    if not any(other.base_quantity == base and other.clause_id != provision.clause_id and other.kind.monetary
               for other in provisions):
        return None
    where = "".join(provision.clause_path)
    return Check("applies", Status.UNKNOWN, f"whether the {base} said is {where}'s activity's is not stated",
                 question=f"applies:{where}")
