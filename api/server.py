"""Run the API under uvicorn, bound to 127.0.0.1 by default: one worker serves the app built
here; several workers each build their own from the environment (uvicorn's factory)."""

from __future__ import annotations

import os

from api.settings import ApiSettings

FACTORY = "api.app:create_app_from_environment"
KEEP_ALIVE_S = 15
"""Longer than clients keep idle connections (httpx and many others: 5 s), so that the server
never closes a connection at the moment a client reuses it (a reset the client sees as an error)."""


def serve(settings: ApiSettings, host: str = "127.0.0.1", port: int = 8000, *, workers: int = 1,
          access_log: bool = False) -> None:
    """Load the policy (:class:`kg.store.StoreError` if it cannot be), then serve until interrupted.
    With ``workers`` > 1 each worker loads the policy itself and keeps its own rate-limit counts."""
    import uvicorn

    from api.app import create_app
    from api.services import load_services

    services = load_services(settings.data_dir, settings.policy, sparql_concurrent=settings.sparql_concurrent)
    if workers == 1:
        uvicorn.run(create_app(services, settings), host=host, port=port, access_log=access_log,
                    proxy_headers=False, server_header=False, timeout_keep_alive=KEEP_ALIVE_S)
        return
    del services  # the policy loads; each worker loads its own
    os.environ.update(settings.environment())
    uvicorn.run(FACTORY, factory=True, workers=workers, host=host, port=port, access_log=access_log,
                proxy_headers=False, server_header=False, timeout_keep_alive=KEEP_ALIVE_S)
