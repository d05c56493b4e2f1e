"""新设立/新迁入/新落户 as a requirement: a benefit for companies newly set up or moved in is paid only to one.

The reader keeps the condition (``newly_established``, :mod:`ingest.quantity_conditions`) on the awards of its
sentence. When its words name the company (对新设立或新迁入的数字经济企业) the engine checks it against when the
company settled (``location.settled_year``, ``location.newly_settled``):

- settled in the policy's window (from the year it takes effect; with no such date, the year before the as-of
  date or later), or said to be new with no year → met;
- settled before that, or said to be long established (老企业) → unmet, with the reason — but for a text that
  states no date it took effect, a settling year before the as-of date's last year is unknown (the window is not
  known: the year before the as-of date is only the earliest it could be), asked and could-add, never refused;
- nothing said → unknown: the year is asked and the award is could-add, never counted as sure.

When its words name something else (对新设立的…公共服务平台: the platform is new) it stays a caveat.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from assistant.eligibility.facts import CompanyFacts
from ingest.model import Provision
from ingest.quantity_conditions import NEWLY_ESTABLISHED, newly_names_the_company
from kg.query import PolicyRecord

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check

SETTLED_QUESTION = "location.settled_year"


def newly_conditions(provision: Provision, record: PolicyRecord) -> list[Provision]:
    """The 新设立 conditions on the company that govern ``provision``."""
    return [rule for rule in record.conditions_governing(provision.id) if rule.subtype == NEWLY_ESTABLISHED
            and newly_names_the_company(rule.quote)]


def window_start(record: PolicyRecord, as_of: dt.date) -> int:
    """The first year a company settling counts as new: the year the policy takes effect, else the year before
    the as-of date."""
    return record.valid_from.year if record.valid_from else as_of.year - 1


def newly_checks(provision: Provision, facts: CompanyFacts, record: PolicyRecord, as_of: dt.date) -> list[Check]:
    """One check per 新设立 condition on the company governing ``provision`` (see the module's docstring)."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    checks = []
    start = window_start(record, as_of)
    for rule in newly_conditions(provision, record):
        parameters: dict[str, object] = {"condition": rule.id, "window_from": start,
                                         "settled_year": facts.settled_year}
        if facts.settled_year is not None and facts.settled_year < start and record.valid_from is None:
            checks.append(Check("newly_settled", Status.UNKNOWN,
                                f"set up or moved in in {facts.settled_year}; the policy states no date it took "
                                "effect, so whether that counts as newly set up is not known",
                                question=f"applies:{provision.id}", parameters=parameters,
                                detail_zh=f"贵公司{facts.settled_year}年设立或落户；本政策未写明施行日期，无法判断是否"
                                          "属于新设立或新迁入的企业"))
        elif facts.settled_year is not None and facts.settled_year < start:
            checks.append(Check("newly_settled", Status.UNMET,
                                f"set up or moved in in {facts.settled_year}, before {start}; the clause is for "
                                "companies newly set up or moved in",
                                detail_zh=f"贵公司{facts.settled_year}年设立或落户，早于{start}年，本条限新设立或新迁入"
                                          "的企业", parameters=parameters))
        elif facts.settled_year is None and facts.newly_settled is False:
            checks.append(Check("newly_settled", Status.UNMET, "long established; the clause is for companies newly "
                                "set up or moved in", detail_zh="贵公司为已设立多年的企业，本条限新设立或新迁入的企业",
                                parameters=parameters))
        elif facts.settled_year is not None or facts.newly_settled:
            when = facts.settled_year or "said"
            checks.append(Check("newly_settled", Status.MET, f"newly set up or moved in ({when})",
                                parameters=parameters))
        else:
            checks.append(Check("newly_settled", Status.UNKNOWN, "when the company was set up or moved in is not "
                                "stated; the clause is for companies newly set up or moved in",
                                question=SETTLED_QUESTION, detail_zh="未说明设立或迁入年份；本条限新设立或新迁入的企业",
                                parameters=parameters))
    return checks
