"""The kind of each fact the understanding reads, typed by the profile's own models.

A fact's ``field`` names where it goes in :class:`assistant.profile.CompanyProfile`
(``patents``, ``location.in_zone``, ``quantities.technology_transaction_amount``); its kind
says which model its value is (:class:`~assistant.profile.Patent`, a flag, a
:class:`~assistant.profile.YearAmount`…), which attributes that value accepts (a patent is not
``held: false``, a standard has no round), and how it is placed in the profile's data. Every
place that adds an attribute asks the kind first, so no fact can fail the profile's validation.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter

from assistant.profile import CompanyProfile, Location, ProfileError

Placement = Literal["list", "scalar", "location", "series"]


@dataclass(frozen=True)
class FactKind:
    """Where a fact of one field goes in the profile, and what its value is."""

    field: str
    placement: Placement
    value_type: Any
    """The profile's type for one value of this field (a model for a list item, else a scalar type)."""

    @property
    def model(self) -> type[BaseModel] | None:
        return self.value_type if isinstance(self.value_type, type) and issubclass(self.value_type, BaseModel) \
            else None

    def accepts(self, attribute: str) -> bool:
        """Whether a value of this kind has ``attribute`` (a qualification has ``round``, a patent no ``held``)."""
        return self.model is not None and attribute in self.model.model_fields

    @property
    def dated(self) -> bool:
        return self.accepts("date")

    @property
    def deniable(self) -> bool:
        """A value of this kind can say the company does not hold it (``held: false``)."""
        return self.accepts("held")

    def validate(self, value: Any) -> Any:
        """The value as the profile's type (raises pydantic's ValidationError if it does not fit)."""
        return _adapter(self.value_type).validate_python(value)

    def place(self, data: dict[str, Any], value: Any) -> None:
        """Put ``value`` (plain JSON-like data) where this kind goes in the profile's ``data``."""
        head, _, tail = self.field.partition(".")
        if self.placement == "location":
            data.setdefault(head, {})[tail] = value
        elif self.placement == "series":
            data.setdefault(head, {}).setdefault(tail, []).append(value)
        elif self.placement == "scalar":
            data[self.field] = value
        else:
            data.setdefault(self.field, []).append(value)


class UnknownFactField(ProfileError):
    """A fact names a field the profile does not have (a forged or outdated saved state)."""


@cache
def _adapter(value_type: Any) -> TypeAdapter[Any]:
    return TypeAdapter(value_type)


def _list_item(annotation: Any) -> Any | None:
    """``X`` for ``list[X]``; None for anything else."""
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is list else None


def _series_item(annotation: Any) -> Any:
    """``X`` for ``dict[str, list[X]]``."""
    return _list_item(typing.get_args(annotation)[1])


@cache
def kind_of(field: str) -> FactKind:
    """The kind of facts of ``field``; :class:`UnknownFactField` for a field the profile lacks."""
    head, _, tail = field.partition(".")
    profile_fields = CompanyProfile.model_fields
    if head == "location" and tail in Location.model_fields:
        return FactKind(field, "location", Location.model_fields[tail].annotation)
    if head == "quantities" and tail:
        return FactKind(field, "series", _series_item(profile_fields[head].annotation))
    if not tail and head in profile_fields:
        annotation = profile_fields[head].annotation
        item = _list_item(annotation)
        return FactKind(field, "list", item) if item is not None else FactKind(field, "scalar", _optional(annotation))
    raise UnknownFactField(f"no profile field {field!r} for a fact")


def _optional(annotation: Any) -> Any:
    """``X`` for ``X | None``."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        rest = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return rest[0] if len(rest) == 1 else annotation
    return annotation
