"""What a running API is allowed to take: body size, rate limit, SPARQL limits, which policy."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from limits import RateLimitItem, parse

DEFAULT_RATE_LIMIT = "40/2 second"
"""20 requests a second on average per client address, up to 40 at once."""
RATE_LIMIT_OFF = "off"
DEFAULT_MAX_BODY_BYTES = 256 * 1024

ENV_RATE_LIMIT = "POLICYKG_API_RATE_LIMIT"
ENV_MAX_BODY_BYTES = "POLICYKG_API_MAX_BODY_BYTES"
ENV_DATA_DIR = "POLICYKG_DATA_DIR"
ENV_POLICY = "POLICYKG_API_POLICY"


class SettingsError(ValueError):
    """A setting of the API cannot be used; the message names the setting and the value."""


@dataclass(frozen=True)
class ApiSettings:
    """Limits and data of one API server."""

    rate_limit: str = DEFAULT_RATE_LIMIT
    """Per client address, in the ``limits`` notation (``40/2 second``), or ``off``."""
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    sparql_seconds: float = 5.0
    sparql_rows: int = 200
    sparql_concurrent: int = 2
    """SPARQL queries run in forked processes; more at once than this are refused (503)."""
    data_dir: Path | None = None
    policy: str | None = None

    def __post_init__(self) -> None:
        self.rate_limit_item()  # refuse a wrong notation when the settings are made
        if self.max_body_bytes < 1:
            raise SettingsError(f"max body size {self.max_body_bytes}: must be at least 1 byte")

    def rate_limit_item(self) -> RateLimitItem | None:
        """The rate limit as a ``limits`` item; None when it is off."""
        if self.rate_limit.strip().lower() == RATE_LIMIT_OFF:
            return None
        try:
            return parse(self.rate_limit)
        except ValueError as error:
            raise SettingsError(f"rate limit {self.rate_limit!r}: expected e.g. '40/2 second' or "
                                f"'{RATE_LIMIT_OFF}' ({error})") from error

    def environment(self) -> dict[str, str]:
        """These settings as the environment variables :func:`settings_from_environment` reads
        (how uvicorn's worker processes receive them)."""
        values = {ENV_RATE_LIMIT: self.rate_limit, ENV_MAX_BODY_BYTES: str(self.max_body_bytes)}
        if self.data_dir is not None:
            values[ENV_DATA_DIR] = str(self.data_dir)
        if self.policy is not None:
            values[ENV_POLICY] = self.policy
        return values


def settings_from_environment(environment: Mapping[str, str] | None = None) -> ApiSettings:
    """Settings from ``POLICYKG_API_*`` and ``POLICYKG_DATA_DIR`` (defaults where unset)."""
    env = os.environ if environment is None else environment
    max_body = env.get(ENV_MAX_BODY_BYTES, str(DEFAULT_MAX_BODY_BYTES))
    try:
        max_body_bytes = int(max_body)
    except ValueError as error:
        raise SettingsError(f"{ENV_MAX_BODY_BYTES}={max_body!r}: expected a number of bytes") from error
    data_dir = env.get(ENV_DATA_DIR)
    return ApiSettings(rate_limit=env.get(ENV_RATE_LIMIT, DEFAULT_RATE_LIMIT), max_body_bytes=max_body_bytes,
                       data_dir=Path(data_dir) if data_dir else None, policy=env.get(ENV_POLICY) or None)
