"""The chat's understood facts shown as the profile form, and the form, once edited, taken
back as facts: a row left as it was keeps its fact and the words it came from; a changed row
replaces the fact of the same kind and concept it was shown for ("… → edited"); a new row is a
new fact, said in the form; a fact whose row was emptied or deleted is dropped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from assistant.dialogue import FactRecord
from assistant.profile import CompanyProfile, ProfileError, parse_profile
from assistant.understanding.facts import Understood, concept_of, profile_data

FORM_SOURCE = "表单 form"
"""The words of a fact added in the form rather than said in the chat."""
EDITED = " → edited"
_KEY_PREFIX = {"qualifications": ("qualification", "id", "round"), "platforms": ("platform", "type", "level"),
               "listings": ("listing", "board", None), "holdings": ("holding", "type", None),
               "patents": ("patent", "type", None), "standards": ("standard", "level", None),
               "equipment": ("equipment", "level", None)}
"""How the conversation keys a fact of each list: prefix, the field naming it, and the field
that makes two facts of one concept two facts (a first recognition and a renewal)."""
_SINGLES = ("location.in_zone", "location.planned_departure", "location.settled_year", "location.newly_settled",
            "patent_funding_received_cny", "investment_total_cny", "other_funding_cny")


def conversation_profile(facts: Iterable[FactRecord]) -> CompanyProfile:
    """The profile the facts describe (as the engine reads them)."""
    understood = [Understood(fact.key, fact.field, fact.value, fact.source) for fact in facts]
    return parse_profile(profile_data(understood), "conversation")


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return _plain(value.model_dump(exclude_defaults=True))
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _pieces(profile: CompanyProfile) -> list[tuple[str, Any]]:
    """The profile as (fact field, value) pieces, in form order."""
    pieces: list[tuple[str, Any]] = []
    for path in _SINGLES:
        head, _, inner = path.partition(".")
        value = getattr(getattr(profile, head), inner) if inner else getattr(profile, head)
        if value is not None:
            pieces.append((path, _plain(value)))
    for name in ("qualifications", "platforms", "listings", "standards", "patents", "equipment", "holdings",
                 "rd_expense"):
        pieces += [(name, _plain(item)) for item in getattr(profile, name)]
    for quantity, series in profile.quantities.items():
        pieces += [(f"quantities.{quantity}", _plain(item)) for item in series]
    return pieces


def _normal(fact: FactRecord) -> Any:
    """A fact's value as the form would give it back (defaults left out, amounts as numbers)."""
    try:
        pieces = _pieces(conversation_profile([fact]))
    except ProfileError:
        return fact.value
    return next((value for field, value in pieces if field == fact.field), fact.value)


def _key(field: str, value: Any) -> str:
    if field == "rd_expense":
        return f"rd_expense:{value['year']}"
    if field.startswith("quantities."):
        return f"quantity:{field.split('.', 1)[1]}:{value['year']}"
    if field in _KEY_PREFIX:
        prefix, named, keyed_by = _KEY_PREFIX[field]
        if value.get(named) is None:  # a first set whose level is not said: keyed as the chat keys it
            return prefix
        return f"{prefix}:{value[named]}" + (f":{value[keyed_by]}" if keyed_by and value.get(keyed_by) else "")
    return field


def facts_from_form(profile: CompanyProfile, facts: tuple[FactRecord, ...]) -> tuple[FactRecord, ...]:
    """The conversation's facts after the form was edited into ``profile``."""
    normal = [_normal(fact) for fact in facts]
    unused = list(range(len(facts)))
    kept: dict[int, FactRecord] = {}
    changed: list[tuple[str, Any]] = []
    for field, value in _pieces(profile):
        same = next((i for i in unused if facts[i].field == field and normal[i] == value), None)
        if same is None:
            changed.append((field, value))
        else:
            kept[same] = facts[same]
            unused.remove(same)
    added: list[FactRecord] = []
    for field, value in changed:
        shown_for = next((i for i in unused if facts[i].field == field and
                          (not isinstance(value, dict) or concept_of(facts[i].value) == concept_of(value))), None)
        if shown_for is None:
            added.append(FactRecord(key=_key(field, value), field=field, value=value, source=FORM_SOURCE))
            continue
        unused.remove(shown_for)
        old = facts[shown_for]
        source = old.source if old.source.endswith(EDITED) else old.source + EDITED
        kept[shown_for] = FactRecord(key=_key(field, value), field=field, value=value, source=source)
    result = [kept[i] for i in sorted(kept)] + added
    taken: set[str] = set()
    unique = []
    for fact in result:  # two facts of one key would be one fact: number the second (#2)
        key = fact.key if fact.key not in taken else next(f"{fact.key}#{n}" for n in range(2, 10_000)
                                                           if f"{fact.key}#{n}" not in taken)
        taken.add(key)
        unique.append(fact if key == fact.key else fact.model_copy(update={"key": key}))
    if conversation_profile(unique) != profile:  # the facts must describe exactly what the form shows
        raise ProfileError("the edited form could not be taken as the conversation's facts")
    return tuple(unique)
