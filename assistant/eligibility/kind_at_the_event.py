"""A kind of company paid for an event the text names is held at that event: its own date is not the award's.

对主营业务收入首次超过5亿元的总部企业…一次性给予30万元: the award's event is the revenue first passing 5亿 (a year's
figure, checked against the window by its bound); 总部企业 is who is paid. Asked "when was the 总部企业 obtained?" —
or refused because the company said it settled in 2014 — the award was never counted, though every fact it needs
was stated.

What must be dated (docs/eligibility.md §2, rule 5) is the event. When a benefit paid to a concept the policy
induced (``induced_requirement``) has another requirement that dates the event and is met — a bound on a year's
figure met in a year of the window (``quantity`` with its ``year``) — the payee is a status held at that event: a
date not stated, or one before the policy took effect (a kind held since 2014 is still held in 2021), is met. The
question stays wherever the text needs the payee itself dated: a round (新认定的, 首次认定), a newly settled company
(新落户), a recognition of the payee in the sentence (经认定的, 被认定的), no event read and met besides it, or more
figures with a threshold in the sentence than the bounds read (入驻三年及以上, 20家以上、床位100张以上: conditions not
read, which the date question is then the only guard against) — words in ``ontology/unread_conditions.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from assistant.eligibility.induced import induced_requirement
from assistant.eligibility.pattern_file import patterns_of
from assistant.eligibility.quantity_bounds import bounds_of
from ingest.model import Provision
from kg.query import PolicyRecord
from ontology import ONTOLOGY_DIR

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check

UNREAD_CONDITIONS_FILE = ONTOLOGY_DIR / "unread_conditions.yaml"
DATE_NOT_STATED = "not_stated"
DATE_BEFORE_WINDOW = "before_window"
"""Why a payee's date check failed (``parameters["why"]`` of the date check)."""


@dataclass(frozen=True)
class ConditionWords:
    threshold: re.Pattern[str]
    recognition: re.Pattern[str]


@cache
def condition_words() -> ConditionWords:
    return ConditionWords(*patterns_of(UNREAD_CONDITIONS_FILE, ("threshold", "recognition")))


def all_conditions_read(provision: Provision, record: PolicyRecord) -> bool:
    """Whether the words of ``provision``'s sentence before its amount name no recognition of the payee and no more
    figures with a threshold than the bounds read for it."""
    shown = next((text for field, text in provision.written if field in {"amount", "cap", "unit"}), None)
    at = provision.quote.find(shown) if shown else -1
    before = provision.quote[:at] if at > 0 else provision.quote
    words = condition_words()
    if words.recognition.search(before):
        return False
    figures = {(m.start(), m.end()) for m in words.threshold.finditer(before)}
    return len(figures) <= len({rule.value for rule in bounds_of(provision, record)})


def _event_met(checks: Sequence[Check]) -> Check | None:
    """The met check that dates the award's event: a bound on a year's figure met in a year of the window — for a
    bound reached 首次, only when the figures show that year is the first (a first time not disproven dates nothing:
    the payee's own date stays asked)."""
    from assistant.eligibility.requirements import Status  # the checks' own module imports this one

    return next((c for c in checks if c.requirement == "quantity" and c.status is Status.MET
                 and "year" in c.parameters and c.parameters.get("first_time_shown", True)), None)


def held_at_the_event(provision: Provision, checks: list[Check], record: PolicyRecord) -> list[Check]:
    """``checks`` with the payee kind's date check met when the event the award pays is dated and met (module)."""
    from assistant.eligibility.requirements import Status

    payee = induced_requirement(provision)
    if payee is None or provision.round is not None or any(c.requirement == "newly_settled" for c in checks):
        return checks
    event = _event_met(checks)
    if event is None or not all_conditions_read(provision, record):
        return checks
    year = event.parameters["year"]
    return [replace(check, status=Status.MET, question=None, detail_zh=None,
                    detail=f"{check.detail}: the award's event is dated {year} (its bound is met); the payee is "
                           "what the company is at that event, not the event",
                    parameters={**check.parameters, "event_year": year})
            if check.requirement == "date" and check.parameters.get("concept") == payee
            and check.parameters.get("why") in (DATE_NOT_STATED, DATE_BEFORE_WINDOW) else check
            for check in checks]
