"""A clause for companies registered outside the policy's area (对注册地不在南沙，…的船公司，…给予最高150万元): the
award is for them, so the area check of that clause is inverted — a company in the area is refused it, one outside
meets it, and one whose place is not said is asked (never taken to be outside). A policy often pays the same thing
at two rates by where the company is registered (注册在南沙 300万 / 注册地不在南沙 150万): without this, both were
added to what a company in the area could get. The words are data (``registered_elsewhere`` in
``ontology/cues/policy_area.yaml``), matched in the clause's words before its figure."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from assistant.eligibility.pattern_file import patterns_of
from assistant.eligibility.provision_words import words_before_figure
from ingest.model import Provision
from ontology import ONTOLOGY_DIR

if TYPE_CHECKING:
    from assistant.eligibility.facts import CompanyFacts
    from assistant.eligibility.requirements import Check

CUE_FILE = ONTOLOGY_DIR / "cues" / "policy_area.yaml"
QUESTION = "location.in_zone"


@cache
def registered_elsewhere_words() -> re.Pattern[str]:
    """The words by which a clause is for companies registered outside the area."""
    return patterns_of(CUE_FILE, ("registered_elsewhere",))[0]


@cache
def moving_in_words() -> re.Pattern[str]:
    """The words by which such a clause pays the move of the registration into the area (将注册地迁入本区的): being
    registered elsewhere is then the company's past, and being in the area now is what the clause requires."""
    return patterns_of(CUE_FILE, ("moving_in",))[0]


def for_companies_elsewhere(provision: Provision) -> bool:
    """Whether ``provision``'s own words (before its figure) give it to companies that stay registered outside the
    area — not when the same words pay their moving in (注册地不在本区的企业迁入本区的: the ordinary area check)."""
    own = words_before_figure(provision, own_sentence=True)
    return bool(registered_elsewhere_words().search(own)) and not moving_in_words().search(own)

def area_check_elsewhere(facts: CompanyFacts) -> Check:
    """The area check of a clause for companies registered outside the area (see the module)."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    if facts.in_zone is True:
        return Check("area", Status.UNMET, "the clause is for companies registered outside the policy's area",
                     detail_zh="本条适用于注册地不在本区域的企业")
    if facts.in_zone is False:
        return Check("area", Status.MET, "registered outside the policy's area, as the clause requires",
                     parameters={"stated": True})
    return Check("area", Status.UNKNOWN, "whether the company is registered outside the policy's area is not stated",
                 question=QUESTION)
