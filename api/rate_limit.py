"""A per-client rate limit (by client address): past it, 429 with ``Retry-After``.

Counting is the ``limits`` library's moving window in memory, per server process; the
address is the connection's own (forwarded-for headers are not trusted)."""

from __future__ import annotations

import math
import time

from limits import RateLimitItem
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import error_response

UNKNOWN_CLIENT = "unknown"


class RateLimitMiddleware:
    """ASGI middleware: each client address may make ``limit`` requests (e.g. 40 per 2 s)."""

    def __init__(self, app: ASGIApp, limit: RateLimitItem) -> None:
        self.app = app
        self.limit = limit
        self.limiter = MovingWindowRateLimiter(MemoryStorage())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else UNKNOWN_CLIENT
        if self.limiter.hit(self.limit, address):
            await self.app(scope, receive, send)
            return
        reset_at = self.limiter.get_window_stats(self.limit, address).reset_time
        wait = max(1, math.ceil(reset_at - time.time()))
        response = error_response(429, f"rate limit: at most {self.limit} per client address; retry after {wait} s",
                                  headers={"Retry-After": str(wait)})
        await response(scope, receive, send)
