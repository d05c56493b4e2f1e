"""Every refusal as JSON ``{"error": message, "details": [...]}``: what is wrong and where,
never a traceback. User input gets a 4xx; only the server's own failure is a 500."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

logger = logging.getLogger("policykg.api")
UNPARSABLE_BODY = "There was an error parsing the body"


class ApiError(Exception):
    """A request the API refuses: ``status`` and a message naming the input."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers


def error_response(status: int, message: str, details: Sequence[dict[str, Any]] = (),
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": message}
    if details:
        body["details"] = list(details)
    return JSONResponse(body, status_code=status, headers=headers)


def _where(location: Sequence[Any]) -> str:
    return ".".join(str(part) for part in location) or "request"


def validation_problems(error: RequestValidationError) -> tuple[int, str, list[dict[str, Any]]]:
    """Status, one-line message and one detail per problem; malformed JSON is a 400."""
    problems = list(error.errors())
    if any(problem.get("type") == "json_invalid" for problem in problems):
        problem = next(p for p in problems if p.get("type") == "json_invalid")
        reason = (problem.get("ctx") or {}).get("error", "not valid JSON")
        position = problem["loc"][-1] if len(problem.get("loc", ())) > 1 else "?"
        message = f"request body: not valid JSON at character {position}: {reason}"
        return 400, message, [{"where": "body", "problem": message}]
    if any(tuple(p.get("loc", ())) == ("body",) and isinstance(p.get("input"), bytes | str) for p in problems):
        message = "request body: expected a JSON object, sent with Content-Type: application/json"
        return 400, message, [{"where": "body", "problem": message}]
    details = [{"where": _where(problem.get("loc", ())), "problem": str(problem.get("msg", "invalid"))}
               for problem in problems]
    message = "; ".join(f"{detail['where']}: {detail['problem']}" for detail in details[:5])
    if len(details) > 5:
        message += f"; and {len(details) - 5} more"
    return 422, message, details


def install_error_handlers(app: FastAPI) -> None:
    """JSON errors for bad requests, refused input, unknown paths and the server's own faults."""

    async def invalid_request(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RequestValidationError)
        status, message, details = validation_problems(error)
        return error_response(status, message, details)

    async def refused(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, ApiError)
        return error_response(error.status, str(error), headers=error.headers)

    async def http_error(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, HTTPException)
        message = str(error.detail)
        if message == UNPARSABLE_BODY:  # FastAPI's words when json.loads fails otherwise (e.g. too deep)
            message = "request body: cannot be read as JSON (nested too deeply, or not JSON)"
        return error_response(error.status_code, message, headers=error.headers)

    async def server_fault(request: Request, error: Exception) -> JSONResponse:
        logger.error("%s %s failed: %r", request.method, request.url.path, error, exc_info=error)
        return error_response(500, f"internal error while answering {request.url.path} ({type(error).__name__}); "
                                   "the request was not at fault")

    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(ApiError, refused)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, server_fault)
