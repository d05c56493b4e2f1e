"""The FastAPI application: ``create_app(services, settings)``; the uvicorn factory
``create_app_from_environment()`` builds it from ``POLICYKG_API_*`` for each worker."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from api.body_limit import BodyLimitMiddleware
from api.errors import install_error_handlers
from api.rate_limit import RateLimitMiddleware
from api.routes import build_router
from api.services import ApiServices, load_services
from api.settings import ApiSettings, settings_from_environment

DESCRIPTION = """What a company can get from a Chinese industrial-support policy, and why: the same
JSON as the `policykg` command line. Stateless: a conversation's state travels in each `ask`
request. Limits: request bodies up to the configured size (413 past it), a rate limit per client
address (429 with Retry-After), SPARQL read-only with a time and row limit. Errors are JSON
`{"error": ..., "details": [...]}`."""


def create_app(services: ApiServices, settings: ApiSettings) -> FastAPI:
    """The API over ``services``, with ``settings``' limits; the docs page needs no network."""
    app = FastAPIOffline(title="policykg API", version="1", description=DESCRIPTION,
                         swagger_ui_parameters={"validatorUrl": None})
    install_error_handlers(app)
    app.include_router(build_router(services, settings))
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    limit = settings.rate_limit_item()
    if limit is not None:
        app.add_middleware(RateLimitMiddleware, limit=limit)  # outermost: refused before the body is read
    return app


def create_app_from_environment() -> FastAPI:
    """uvicorn's factory: settings from the environment, the policy loaded in this process."""
    settings = settings_from_environment()
    return create_app(load_services(settings.data_dir, settings.policy,
                                    sparql_concurrent=settings.sparql_concurrent), settings)
