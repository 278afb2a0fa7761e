"""HTTP for the management client: retries of 429/503 (``Retry-After`` first), problem+json errors."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import requests

from .errors import VoicehooksApiError, VoicehooksNetworkError

# Statuses that say the request was not processed, so it may be sent again whatever the method.
_RETRYABLE_STATUS = frozenset({429, 503})
# Methods that may be repeated after a network error, where the request may already have taken effect.
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` (delay-seconds or an HTTP-date) as seconds from now; ``None`` when unreadable."""
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        seconds = None
    if seconds is not None:
        return seconds if seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(attempt: int, base: float, rand: Callable[[], float] = random.random) -> float:
    """``base * 2**attempt`` with ±20 % jitter."""
    return base * 2**attempt * (0.8 + 0.4 * rand())


@dataclass(frozen=True)
class RetryInfo:
    """One scheduled retry, as passed to ``on_retry``."""

    attempt: int
    delay: float
    method: str
    url: str
    status: int | None


class Transport:
    """Sends requests with auth, retries and a timeout; turns non-2xx answers into ``VoicehooksApiError``."""

    def __init__(
        self,
        base_url: str,
        headers: Mapping[str, str],
        *,
        timeout: float,
        retries: int,
        retry_delay: float,
        max_retry_delay: float,
        on_retry: Callable[[RetryInfo], None] | None,
        session: requests.Session | None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.retries = retries
        self.retry_delay = retry_delay
        self.max_retry_delay = max_retry_delay
        self.on_retry = on_retry
        self._sleep = sleep
        self._owns_session = session is None
        self.session = session or requests.Session()
        self.session.headers.update(headers)

    def close(self) -> None:
        if self._owns_session:
            self.session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Sends one call (retrying as configured) and returns its parsed JSON, ``None`` for 204."""
        url = f"{self.base_url}{path}"
        idempotent = method in _IDEMPOTENT or any(k.lower() == "idempotency-key" for k in (headers or {}))
        for attempt in range(self.retries + 1):
            last = attempt >= self.retries
            try:
                response = self.session.request(
                    method, url, params=params, json=json, headers=headers, timeout=self.timeout
                )
            except requests.RequestException as error:
                if last or not idempotent:
                    raise VoicehooksNetworkError(method, url, error) from error
                self._wait(attempt, backoff_delay(attempt, self.retry_delay), method, url, None)
                continue
            if not last and response.status_code in _RETRYABLE_STATUS:
                delay = parse_retry_after(response.headers.get("retry-after"))
                delay = backoff_delay(attempt, self.retry_delay) if delay is None else delay
                if delay <= self.max_retry_delay:
                    response.close()
                    self._wait(attempt, delay, method, url, response.status_code)
                    continue
            return _result(response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, attempt: int, delay: float, method: str, url: str, status: int | None) -> None:
        if self.on_retry is not None:
            self.on_retry(RetryInfo(attempt + 1, delay, method, url, status))
        self._sleep(delay)


def _result(response: requests.Response) -> Any:
    if response.ok:
        if response.status_code == 204 or not response.content:
            return None
        content_type = response.headers.get("content-type", "")
        return response.json() if "json" in content_type else response.text
    raise api_error(response)


def api_error(response: requests.Response) -> VoicehooksApiError:
    """The error for a non-2xx response: its problem document, gaps filled from the HTTP status."""
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text.strip()[:500]
    title = response.reason or f"HTTP {response.status_code}"
    if isinstance(body, dict):
        problem: dict[str, Any] = {**body}
        problem.setdefault("type", "about:blank")
        problem.setdefault("title", title)
        if not isinstance(problem.get("status"), int):
            problem["status"] = response.status_code
    else:
        problem = {"type": "about:blank", "title": title, "status": response.status_code}
        if body:
            problem["detail"] = body
    return VoicehooksApiError(problem, parse_retry_after(response.headers.get("retry-after")))
