"""The request and response bodies, as published on the OpenAPI page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

AS_OF = Field(None, description="Date YYYY-MM-DD the question is judged on (default: today).",
              examples=["2024-06-30"])


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EligibilityRequest(_Request):
    profile: dict[str, Any] = Field(description="The company profile, as in `policykg eligibility --profile` "
                                                "(JSON Schema: `policykg schema profile`).",
                                    examples=[{"location": {"in_zone": True}, "qualifications": [
                                        {"id": "high_tech_enterprise", "round": "first", "date": "2022-11-15"}]}])
    as_of: dt.date | None = AS_OF


class AskRequest(_Request):
    message: str = Field(description="What the user says: a question or the company's situation (Chinese or "
                                     "English).",
                         examples=["我们是片区内的高新技术企业，2022年11月首次认定，能拿多少？"])
    state: dict[str, Any] | None = Field(None, description="The `state` returned by the previous call; null or "
                                                           "absent to start a conversation.")
    as_of: dt.date | None = AS_OF


class AskResponse(BaseModel):
    reply: dict[str, Any] = Field(description="The same JSON as `policykg ask --format json`.")
    state: dict[str, Any] = Field(description="The conversation so far: send it back with the next message.")


class SearchRequest(_Request):
    query: str = Field(description="A question in any language.", examples=["搬走了要退钱吗"])
    k: int = Field(3, ge=1, le=20, description="How many clauses to return.")


class SparqlRequest(_Request):
    query: str = Field(description="A read-only SELECT, ASK, CONSTRUCT or DESCRIBE query; prefixes pkg, pkv, eli, "
                                   "oa, schema, skos, prov, xsd are predeclared.",
                       examples=["SELECT ?kind (COUNT(?p) AS ?n) WHERE { ?p pkg:kind ?kind } GROUP BY ?kind"])


class SparqlResponse(BaseModel):
    form: str = Field(description="select, ask, construct or describe.")
    variables: list[str] = []
    rows: list[dict[str, str | None]] = Field([], description="As `policykg sparql --format json`: one object "
                                                              "per row.")
    truncated: bool = Field(False, description="True when more rows existed than the row limit.")
    row_limit: int
    answer: bool | None = Field(None, description="The answer of an ASK query.")
    turtle: str | None = Field(None, description="The graph of a CONSTRUCT or DESCRIBE query, as Turtle.")
