"""The endpoints: thin wiring over the functions the command line and the app's REST events
already call (``assistant.profile.parse_profile`` + ``evaluate``, ``ui.handlers.ask`` and
``search``, ``kg.time_limit.run_sparql_limited``). Nothing here computes an amount."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.errors import ApiError
from api.schemas import AskRequest, AskResponse, EligibilityRequest, SearchRequest, SparqlRequest, SparqlResponse
from api.services import ApiServices, SparqlBusy
from api.settings import ApiSettings
from assistant.eligibility import evaluate
from assistant.profile import ProfileError, parse_profile
from kg.query import QueryError
from ui import handlers


class ErrorBody(BaseModel):
    error: str
    details: list[dict[str, Any]] | None = None


_REFUSALS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": words} for status, words in (
        (400, "The body is not JSON."), (413, "The body is larger than the limit."),
        (422, "The input cannot be used; the message names the field."),
        (429, "Too many requests from this address; see Retry-After."))}


def _as_of_text(as_of: dt.date | None) -> str:
    return as_of.isoformat() if as_of is not None else ""


def build_router(services: ApiServices, settings: ApiSettings) -> APIRouter:
    """The ``/v1`` endpoints answering from ``services`` within ``settings``' limits."""
    router = APIRouter(prefix="/v1", responses=_REFUSALS)
    context = services.context

    @router.post("/eligibility", summary="What a company can claim on a date",
                 response_description="The engine's JSON, as `policykg eligibility --format json`.")
    async def eligibility(request: EligibilityRequest) -> JSONResponse:
        try:
            profile = parse_profile(request.profile, "profile")
        except ProfileError as error:
            raise ApiError(422, str(error)) from error
        except RecursionError as error:
            raise ApiError(422, "profile: nested too deeply to be a company profile") from error
        result = evaluate(profile, request.as_of or dt.date.today(), context.rules)
        return JSONResponse(result.to_json())

    @router.post("/ask", summary="One turn of the conversation (stateless: send the state back)",
                 response_model=AskResponse)
    async def ask(request: AskRequest) -> JSONResponse:
        state_json = json.dumps(request.state, ensure_ascii=False) if request.state is not None else ""
        try:
            reply, state = handlers.ask(request.message, state_json, _as_of_text(request.as_of), context)
        except handlers.InputError as error:
            raise ApiError(422, str(error)) from error
        return JSONResponse({"reply": reply, "state": json.loads(state)})

    def search(query: str, k: int) -> dict[str, Any]:
        try:
            return handlers.search(query, k, context)
        except handlers.InputError as error:
            raise ApiError(422, f"query: {error}") from error

    @router.get("/search", summary="The clauses that answer a question",
                response_description="As `policykg search --format json`.")
    def search_get(q: str = Query(description="A question in any language."),
                   k: int = Query(3, ge=1, le=20, description="How many clauses.")) -> dict[str, Any]:
        return search(q, k)

    @router.post("/search", summary="The clauses that answer a question (query in the body)",
                 response_description="As `policykg search --format json`.")
    def search_post(request: SearchRequest) -> dict[str, Any]:
        return search(request.query, request.k)

    @router.get("/provisions", summary="Every provision read from the policy",
                response_description="As `policykg provisions --format json`.")
    async def provisions() -> JSONResponse:
        return JSONResponse(services.provisions_document)

    @router.post("/sparql", summary="A read-only SPARQL query over the store", response_model=SparqlResponse,
                 response_model_exclude_none=True)
    def sparql(request: SparqlRequest) -> SparqlResponse:
        try:
            result = services.sparql(request.query, row_limit=settings.sparql_rows, seconds=settings.sparql_seconds)
        except SparqlBusy as error:
            raise ApiError(503, f"{error}; retry shortly", headers={"Retry-After": "1"}) from error
        except QueryError as error:
            raise ApiError(422, f"query: {error}") from error
        turtle = result.graph.serialize(format="turtle") if result.graph is not None else None
        rows = [dict(zip(result.variables, row, strict=True)) for row in result.rows]
        return SparqlResponse(form=result.form, variables=list(result.variables), rows=rows,
                              truncated=result.truncated, row_limit=settings.sparql_rows, answer=result.answer,
                              turtle=turtle)

    return router
