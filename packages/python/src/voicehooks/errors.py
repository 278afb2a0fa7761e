"""Typed errors of the Voicehooks SDK: each has a ``code`` naming what failed."""

from __future__ import annotations

from typing import Any, Literal

VerificationCode = Literal[
    "missing_header",
    "malformed_header",
    "timestamp_too_old",
    "timestamp_too_new",
    "no_matching_signature",
    "invalid_secret",
]
"""Which check of a delivery's signature failed."""

PayloadCode = Literal["invalid_json", "contract_violation"]
"""Why a correctly signed body was still refused."""


class WebhookError(Exception):
    """A delivery to refuse. ``status`` is the HTTP status to answer with (401 or 400)."""

    code: str
    status: int

    def __init__(self, code: str, message: str, status: int) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class WebhookVerificationError(WebhookError):
    """The signature, timestamp or headers failed a check (answer 401).

    ``code`` says which check, ``header`` which header it was about; the message never holds a secret.
    """

    code: VerificationCode
    header: str | None

    def __init__(self, code: VerificationCode, message: str, header: str | None = None) -> None:
        super().__init__(code, message, 401)
        self.header = header


class WebhookPayloadError(WebhookError):
    """The body is correctly signed but is not JSON or breaks the contract (answer 400).

    ``errors`` lists ``{"path": "/data/call_id", "message": "..."}`` for each failing field.
    """

    code: PayloadCode
    errors: list[dict[str, str]]

    def __init__(self, code: PayloadCode, message: str, errors: list[dict[str, str]] | None = None) -> None:
        super().__init__(code, message, 400)
        self.errors = errors or []


class VoicehooksApiError(Exception):
    """A non-2xx answer of the management API, with its problem document (RFC 9457).

    ``str(error)`` reads ``404 Not found — No webhook wh_… in this account.``.
    """

    status: int
    type: str
    title: str
    detail: str | None
    errors: list[dict[str, str]]
    problem: dict[str, Any]
    retry_after: float | None
    code: str

    def __init__(self, problem: dict[str, Any], retry_after: float | None = None) -> None:
        self.problem = problem
        self.status = int(problem["status"])
        self.type = str(problem.get("type") or "about:blank")
        self.title = str(problem.get("title") or f"HTTP {self.status}")
        detail = problem.get("detail")
        self.detail = detail if isinstance(detail, str) else None
        raw_errors = problem.get("errors")
        self.errors = [
            {"path": str(e.get("path", "")), "message": str(e.get("message", "is invalid"))}
            for e in (raw_errors if isinstance(raw_errors, list) else [])
            if isinstance(e, dict)
        ]
        self.retry_after = retry_after
        self.code = _problem_code(problem, self.type, self.status)
        super().__init__(f"{self.status} {self.title}{f' — {self.detail}' if self.detail else ''}")


class VoicehooksNetworkError(Exception):
    """The management API could not be reached (refused, reset, timed out), after any retries."""

    code = "network_error"

    def __init__(self, method: str, url: str, cause: BaseException) -> None:
        super().__init__(f"{method} {url} failed: {cause}")
        self.request = f"{method} {url}"
        self.__cause__ = cause


def _problem_code(problem: dict[str, Any], kind: str, status: int) -> str:
    code = problem.get("code")
    if isinstance(code, str) and code:
        return code
    if kind and kind != "about:blank":
        last = kind.rstrip("/#").replace("#", "/").replace(":", "/").split("/")[-1]
        if last:
            return last.replace("-", "_")
    return f"http_{status}"
