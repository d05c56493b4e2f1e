"""The company profile: what is known about a company, in the vocabulary's terms.

Every fact may be absent: absent means *unknown*, never *no*. A fact that is known to be
false is written ``held: false``. Concept ids (qualifications, platform types, boards,
patent types, projects, talent) must be concepts of ``ontology/vocabulary.ttl`` in the
right group; the error for a wrong one names the field and lists the allowed ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, field_validator, model_validator

from assistant.data_input import DataInputError, DataLimits, read_data
from ingest.concepts import load_vocabulary
from ingest.model import induced_concept_id

EquipmentLevel = Literal["international", "national"]
"""Levels a first-of-kind equipment is recognised at, most senior first."""
AdministrativeLevel = Literal["international", "national", "provincial", "municipal", "district"]
"""Levels a recognition or platform is granted at, most senior first (vocabulary ids)."""
Level = Literal["international", "national", "provincial", "municipal", "district", "industry", "local"]
Round = Literal["first", "renewal"]
MAX_CNY = Decimal(10) ** 15
"""The largest amount a profile may state (1,000 trillion yuan): every amount and every sum the
engine forms from them stays an exact 64-bit integer, so replies serialise everywhere."""
Money = Annotated[Decimal, Field(ge=0, le=MAX_CNY, max_digits=20, decimal_places=2)]
Count = Annotated[int, Field(ge=0, le=1_000_000)]
Year = Annotated[int, Field(ge=1990, le=2100)]
Flag = StrictBool
"""true or false only: "yes", 1 or "是" is refused with the field's name (the page's forms read 是/否
themselves)."""
MAX_PROFILE_CHARS = 100_000
PROFILE_LIMITS = DataLimits(max_chars=MAX_PROFILE_CHARS, max_depth=16, max_number_digits=40)
"""What a profile's JSON or YAML text may be: refused before parsing when longer, deeper or
with longer numbers; YAML anchors, aliases and tags are refused too."""


class _ConceptGroups(Mapping[tuple[str, str], tuple[str, ...]]):
    """Which vocabulary groups each concept field of the profile takes (list field, item field): read
    from the vocabulary's groups (``pkg:profileField``, ``pkg:profileKey``) when first asked."""

    def _groups(self) -> dict[tuple[str, str], tuple[str, ...]]:
        from assistant.understanding.fact_slots import profile_groups

        return profile_groups()

    def __getitem__(self, slot: tuple[str, str]) -> tuple[str, ...]:
        return self._groups()[slot]  # KeyError for a field that names no concept (``in`` relies on it)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._groups())

    def __len__(self) -> int:
        return len(self._groups())


CONCEPT_GROUPS: Mapping[tuple[str, str], tuple[str, ...]] = _ConceptGroups()
"""Which vocabulary groups each concept field of the profile takes (list field, item field)."""


class ProfileError(ValueError):
    """A profile could not be read; the message names each wrong field."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_concept(value: str, groups: tuple[str, ...], field: str) -> str:
    vocabulary = load_vocabulary()
    concept = vocabulary.concepts.get(value)
    if concept is None or concept.group not in groups:
        allowed = sorted(c.id for c in vocabulary.concepts.values() if c.group in groups)
        raise ValueError(f"unknown {field} {value!r}; expected one of: {', '.join(allowed)}")
    return value


DatePrecision = Annotated[Literal["year", "month"] | None, Field(
    description="only the year or the month of `date` is known (None: the day)")]


Tier = Annotated[str | None, Field(default=None, max_length=40,
                                   description="the grade held, as said or printed (五级, 四星级, 5A级, 第一名)")]
"""A grade of a scale (``ontology/tier_scales.yaml``): declared after each fact's own fields, so the
form's existing columns keep their places."""


class Fact(_Model):
    """Something the company holds (or is known not to hold)."""

    held: Flag = True
    level: Level | None = None
    date: dt.date | None = None
    date_precision: DatePrecision = None


class Qualification(Fact):
    """A recognition or enterprise type: high-tech enterprise, gazelle, leader, above-scale…"""

    id: str
    round: Round | None = Field(default=None, description="first (首次) or renewal (再次) recognition")
    tier: Tier = None
    valid_on: dt.date | None = Field(
        default=None, description="a day the company said the recognition is still valid on (证书还在有效期, "
                                  "'our certificate is still valid': the day asked about); it says nothing of when "
                                  "it was got")

    @field_validator("id")
    @classmethod
    def _known(cls, value: str) -> str:
        return _check_concept(value, CONCEPT_GROUPS["qualifications", "id"], "qualification")


class Platform(Fact):
    """An innovation platform the company leads: key lab, incubator, alliance…"""

    type: str
    relocated_into_zone: Flag | None = None
    round: Round | None = Field(default=None, description="first (初次/首次认定) or renewal (再次认定) recognition")
    tier: Tier = None
    operating_until: dt.date | None = Field(
        default=None, description="the last day it is said to be operating (一直运行到现在, 'still running': the "
                                  "day asked about; 运行了三年: 31 December of the third calendar year from its "
                                  "set-up year); every calendar year it touches counts; None: not said")

    @field_validator("type")
    @classmethod
    def _known(cls, value: str) -> str:
        return _check_concept(value, CONCEPT_GROUPS["platforms", "type"], "platform type")


class Listing(_Model):
    """A stock listing."""

    board: str
    exchange: str | None = Field(default=None, description="e.g. SSE, SZSE, BSE, HKEX")
    domestic: Flag | None = Field(default=None, description="on an exchange in mainland China (境内)")
    ipo: Flag = Field(default=True, description="an initial public offering (首发上市)")
    date: dt.date | None = None
    date_precision: DatePrecision = None

    @field_validator("board")
    @classmethod
    def _known(cls, value: str) -> str:
        return _check_concept(value, CONCEPT_GROUPS["listings", "board"], "listing board")


class Standard(_Model):
    """A standard the company led as first drafter (第一起草人)."""

    level: Level
    first_drafter: Flag = True
    date: dt.date | None = None
    date_precision: DatePrecision = None


class Patent(_Model):
    """Granted intellectual property of one type in the period."""

    type: str
    granted: Count
    date: dt.date | None = None
    date_precision: DatePrecision = None

    @field_validator("type")
    @classmethod
    def _known(cls, value: str) -> str:
        return _check_concept(value, CONCEPT_GROUPS["patents", "type"], "patent type")


class Equipment(_Model):
    """A first-of-kind (首台套) equipment project and its contract. Its level (国际/国内) may be unsaid: then which
    clause pays it is not known, and the engine asks (never a sure amount)."""

    level: EquipmentLevel | None = None
    contract_amount_cny: Money
    date: dt.date | None = None


class Holding(Fact):
    """A project or talent team (揭榜挂帅 project, hydrogen key project, top talent team…)."""

    type: str
    tier: Tier = None

    @field_validator("type")
    @classmethod
    def _known(cls, value: str) -> str:
        return _check_concept(value, CONCEPT_GROUPS["holdings", "type"], "project or talent")


class PolicyConcept(Fact):
    """A concept a policy induced from its own words (酒店, 企业技术中心): not in the vocabulary, so
    named by its printed label; its id is the policy-local id of that label (the same in every policy)."""

    id: str = Field(pattern=r"^induced-[0-9a-f]{10}$")
    label: str = Field(min_length=1, max_length=200, description="the concept's words as the policy prints them")
    tier: Tier = None
    count: Count | None = Field(default=None, description="how many the company has (2个产品); None: not said")

    @model_validator(mode="after")
    def _id_of_label(self) -> PolicyConcept:
        if self.id != induced_concept_id(self.label):
            raise ValueError(f"id {self.id!r} is not the id of the label {self.label!r} "
                             f"({induced_concept_id(self.label)})")
        return self


FigureBound = Literal["at_least", "about"]
"""How a figure was said: as a lower bound (超过3000万, 两千多万, "over 30m": the figure is at least this) or as an
approximation (约5000万, 5000万左右, "around 50m")."""


class YearAmount(_Model):
    """One year's figure of a quantity. Its currency is a property of the figure: yuan unless ``currency`` names
    another (实缴注册资本3500万美元: USD), so that negation, plans, questions and corrections act on a figure
    whatever its currency; a figure in another currency is never read as yuan nor converted
    (assistant/understanding/currencies.py) — only a bound in the same currency compares it."""

    year: Year
    amount_cny: Money = Field(description="the figure, in yuan unless ``currency`` says otherwise")
    bound: FigureBound | None = Field(default=None, description="said as a lower bound (at_least: 超过3000万, "
                                      "两千多万) or an approximation (about: 约5000万); absent: the exact figure")
    currency: str = Field(default="CNY", pattern=r"^[A-Z]{3}$",
                          description="ISO 4217 code of the figure (CNY; USD, HKD…; XXX: a currency not named)")


class Location(_Model):
    in_zone: Flag | None = Field(default=None, description="registered and operating in the policy's area")
    planned_departure: dt.date | None = Field(default=None, description="when the company plans to leave the area")
    settled_year: Year | None = Field(default=None, description="the year the company was set up in, or moved into, "
                                      "the place it is in (2019年成立, 2024年新落户, founded in 2019)")
    newly_settled: Flag | None = Field(default=None, description="said to be newly set up or moved in (新设立, 新落户: "
                                       "true) or long established there (老企业: false)")


class CompanyProfile(_Model):
    """What is known about a company. Absent facts are unknown, not false."""

    name: str | None = Field(default=None, max_length=200)
    location: Location = Location()
    qualifications: list[Qualification] = []
    platforms: list[Platform] = []
    listings: list[Listing] = []
    standards: list[Standard] = []
    patents: list[Patent] = []
    patent_funding_received_cny: Money | None = Field(
        default=None, description="already received under a per-item patent subsidy with a cumulative cap")
    equipment: list[Equipment] = []
    holdings: list[Holding] = []
    policy_concepts: list[PolicyConcept] = Field(
        default=[], description="concepts the policy induced from its words (by printed label), held or not")
    rd_expense: list[YearAmount] = Field(default=[], description="R&D expenditure by year (研发经费)")
    quantities: dict[str, list[YearAmount]] = Field(
        default={}, description="other base quantities by year, keyed by vocabulary id "
                                "(technology_transaction_amount, revenue…)")
    investment_total_cny: Money | None = None
    other_funding_cny: Money | None = Field(
        default=None, description="government funding already received for the same investment")

    @field_validator("quantities")
    @classmethod
    def _known_quantities(cls, value: dict[str, list[YearAmount]]) -> dict[str, list[YearAmount]]:
        vocabulary = load_vocabulary()
        for key in value:
            concept = vocabulary.concepts.get(key)
            if concept is None or concept.scheme != "base_quantities":
                allowed = sorted(c.id for c in vocabulary.in_scheme("base_quantities"))
                raise ValueError(f"unknown quantity {key!r}; expected one of: {', '.join(allowed)}")
        return value

    @model_validator(mode="after")
    def _one_value_per_year(self) -> CompanyProfile:
        series = {"rd_expense": self.rd_expense, **{f"quantities.{k}": v for k, v in self.quantities.items()}}
        for name, values in series.items():
            years = [v.year for v in values]
            if len(years) != len(set(years)):
                raise ValueError(f"{name}: a year appears twice")
        return self


def _format_errors(error: ValidationError, source: str) -> str:
    lines = [f"{source}: the profile is not valid:"]
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"].removeprefix("Value error, ")
        lines.append(f"  - {where}: {message}")
    return "\n".join(lines)


def parse_profile(data: Any, source: str = "profile") -> CompanyProfile:
    """Validate a mapping as a profile; :class:`ProfileError` names every wrong field."""
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: a profile is a mapping of fields, not {type(data).__name__}")
    try:
        return CompanyProfile.model_validate(data)
    except ValidationError as error:
        raise ProfileError(_format_errors(error, source)) from error


def profile_from_text(text: str, source: str, *, syntax: str) -> CompanyProfile:
    """A profile from JSON or YAML text (``syntax``), read within :data:`PROFILE_LIMITS`;
    empty text is an error, ``{}`` a company about which nothing is known."""
    if not text.strip("\ufeff \t\r\n"):
        raise ProfileError(f"{source}: the profile is empty; give a mapping of fields, "
                           "e.g. {\"location\": {\"in_zone\": true}} ({} when nothing is known)")
    try:
        data = read_data(text, source, PROFILE_LIMITS, syntax=syntax)
    except DataInputError as error:
        raise ProfileError(str(error)) from None
    return parse_profile(data, source)


def load_profile(path: Path) -> CompanyProfile:
    """Read a profile from a JSON or YAML file (at most :data:`MAX_PROFILE_CHARS` bytes)."""
    try:
        size = path.stat().st_size
        if size > 4 * MAX_PROFILE_CHARS:  # UTF-8 takes up to 4 bytes a character; the text is counted below
            raise ProfileError(f"{path}: {size:,} bytes; a profile may have at most {MAX_PROFILE_CHARS:,} characters")
        text = path.read_text(encoding="utf-8-sig")  # a BOM from Windows editors is fine
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else \
            "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else "unreadable"
        raise ProfileError(f"{path}: cannot read the profile ({reason})") from None
    return profile_from_text(text, str(path), syntax="json" if path.suffix.lower() == ".json" else "yaml")


def profile_schema() -> dict[str, Any]:
    """The published JSON Schema of :class:`CompanyProfile`."""
    return CompanyProfile.model_json_schema()
