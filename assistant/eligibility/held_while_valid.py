"""A sentence that pays the holders of a recognition within its validity (获得…认定，并在有效期内的企业，每年可
使用…; "firms recognised … and within their validity"): what it asks of a recognition is that
it be valid, not that it was got within the policy's window. A recognition the company says
is still valid (证书还在有效期, "our certificate is still valid": its ``valid_on`` day) meets it,
and its date is not asked. The words are data (``held_while_valid`` in
``ontology/unread_conditions.yaml``); a sentence without them keeps the event's date check
(新认定的…给予奖励)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from assistant.eligibility.kind_at_the_event import UNREAD_CONDITIONS_FILE
from assistant.eligibility.pattern_file import patterns_of
from ingest.model import Provision

if TYPE_CHECKING:
    from assistant.eligibility.facts import ConceptFact
    from assistant.eligibility.requirements import Check


@cache
def held_while_valid_words() -> re.Pattern[str]:
    """The pattern of a sentence's words paying holders within their validity."""
    return patterns_of(UNREAD_CONDITIONS_FILE, ("held_while_valid",))[0]


def pays_holders_while_valid(provision: Provision) -> bool:
    """``provision``'s sentence pays the holders of a recognition within its validity."""
    return bool(held_while_valid_words().search(provision.quote))


def valid_holder_check(provision: Provision, fact: ConceptFact, as_of: dt.date, named: str, name_zh: str
                       ) -> Check | None:
    """A met check when ``fact`` is said valid on the day asked about and ``provision`` pays holders while valid;
    None otherwise (the date is checked as for any event)."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    if fact.valid_on is None or fact.valid_on < as_of or not pays_holders_while_valid(provision):
        return None
    return Check("date", Status.MET, f"{named} said to be still valid on {fact.valid_on}; the clause pays holders "
                 "within their validity", detail_zh=f"{name_zh}仍在有效期内（{fact.valid_on}）",
                 parameters={"concept": fact.concept, "valid_on": str(fact.valid_on)})
