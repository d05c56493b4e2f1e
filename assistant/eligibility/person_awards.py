"""Awards a provision gives to a person, not to the company (评选出年度十大创新带头人，分别给予5万元奖励): the words
of ``ontology/person_awards.yaml``. Such an award is never the company's, whatever the company holds: it is listed as
not applying, with the reason, and adds nothing to the company's total."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.eligibility.pattern_file import yaml_mapping
from ontology import ONTOLOGY_DIR

if TYPE_CHECKING:
    from assistant.eligibility.requirements import Check

PERSON_AWARDS_FILE = ONTOLOGY_DIR / "person_awards.yaml"


class PersonAwardsError(ValueError):
    """The person awards file cannot be used (names the file and what is wrong)."""


@dataclass(frozen=True)
class PersonAwardWords:
    """The patterns that say an award goes to a person, and those that keep it the employer's."""

    to_person: tuple[re.Pattern[str], ...]
    to_employer: tuple[re.Pattern[str], ...]
    examples: dict[str, tuple[str, ...]]
    person_payee: re.Pattern[str] | None = None
    """A payee label that is a person (个人): the award of a sentence paying two parties that is the person's."""

    def paid_to_a_person(self, quote: str, clause: str | None = None) -> str | None:
        """The words of ``quote`` that give its award to a person (…带头人，分别给予), or None when it pays the company
        or its employer, or names no person as paid. ``clause``: the clause ending with the award's own figure, when
        the sentence pays two parties (按每人2万元给予企业引才资助，一次性给予个人10万元的安家费): it decides first."""
        if clause is not None:
            if any(pattern.search(clause) for pattern in self.to_employer):
                return None
            said = next((hit[0] for pattern in self.to_person if (hit := pattern.search(clause))), None)
            if said is not None:
                return said
        if any(pattern.search(quote) for pattern in self.to_employer):
            return None
        return next((found[0] for pattern in self.to_person if (found := pattern.search(quote))), None)

    def payee_is_a_person(self, label: str | None) -> bool:
        """Whether the payee the reading gave one award (个人 of …给予企业引才资助，一次性给予个人10万元的安家费) is a
        person."""
        return bool(label and self.person_payee is not None and self.person_payee.match(label.strip()))


def _patterns(data: dict[str, object], key: str, path: Path) -> tuple[re.Pattern[str], ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
        raise PersonAwardsError(f"{path}: `{key}` must be a non-empty list of patterns")
    try:
        return tuple(re.compile(item) for item in value)
    except re.error as error:
        raise PersonAwardsError(f"{path}: `{key}` has a bad pattern: {error}") from error


@cache
def person_award_words(path: Path = PERSON_AWARDS_FILE) -> PersonAwardWords:
    """The person award words, read once."""
    try:
        data = yaml_mapping(path, "`to_person` and `to_employer` to lists of patterns")
    except ValueError as error:
        raise PersonAwardsError(f"cannot use the person awards: {error}") from error
    examples = data.get("examples") or {}
    if not isinstance(examples, dict):
        raise PersonAwardsError(f"{path}: `examples` must map person/company to sentences")
    payee = data.get("person_payee")
    try:
        person_payee = re.compile(payee) if payee is not None else None
    except (TypeError, re.error) as error:
        raise PersonAwardsError(f"{path}: `person_payee` is not a pattern: {error}") from error
    return PersonAwardWords(_patterns(data, "to_person", path), _patterns(data, "to_employer", path),
                            {str(kind): tuple(str(text) for text in texts or ()) for kind, texts in examples.items()
                             if isinstance(texts, list)}, person_payee)


def person_award_checks(quote: str, payee: str | None = None, clause: str | None = None) -> list[Check]:
    """An unmet check when ``quote`` gives its award (its figure's ``clause``) to a person, or the award's own
    ``payee`` (its printed label) is a person (nothing the company states changes that); none otherwise."""
    from assistant.eligibility.requirements import Check, Status  # the checks' own module imports this one

    found = person_award_words()
    words = payee.strip() if payee is not None and found.payee_is_a_person(payee) \
        else found.paid_to_a_person(quote, clause)
    if words is None:
        return []
    return [Check("payee person", Status.UNMET, f"paid to a person, not to the company (「{words}」)",
                  detail_zh=f"本条奖励给个人，不发给企业（「{words}」）", parameters={"words": words})]
