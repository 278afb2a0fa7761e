"""``verify()``: check a delivery's signature, then parse its body into the typed event."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from .errors import WebhookPayloadError
from .generated.events import WEBHOOK_EVENT, WebhookEvent
from .signing import DEFAULT_PREFIX, DEFAULT_TOLERANCE_SECONDS, SignatureScheme, verify_signature


def verify(
    raw_body: bytes | str,
    headers: Any,
    secret: str | Sequence[str],
    *,
    scheme: SignatureScheme = "standard",
    prefix: str = DEFAULT_PREFIX,
    tolerance_seconds: float = DEFAULT_TOLERANCE_SECONDS,
    now: Callable[[], float] = time.time,
) -> WebhookEvent:
    """Verifies a webhook delivery and returns its event, typed by ``type``.

    ``raw_body`` is the request body exactly as received (bytes); ``headers`` any headers object
    (``http.server``, Flask, Starlette, a dict), looked up in any case; ``secret`` the endpoint's
    ``whsec_…`` secret, or several during a rotation. ``scheme`` and ``prefix`` are the endpoint's
    ``signature_scheme`` and the deployment's ``X-{Prefix}-*`` header prefix.

    Known types come back as their class (``CallCompletedEvent`` with ``data: CallCompletedData``);
    types this package does not know yet come back as ``UnknownEvent``: acknowledge and ignore them.
    Unknown fields are kept, never refused.

    Raises:
        WebhookVerificationError: bad signature, stale timestamp, missing header… (answer 401).
        WebhookPayloadError: correctly signed but not JSON or against the contract (answer 400).

    Example::

        event = verify(body, request.headers, os.environ["WEBHOOK_SECRET"])
        if event.type == "call.completed":
            print(event.data.transcript)
    """
    verify_signature(
        raw_body, headers, secret, scheme=scheme, prefix=prefix, tolerance_seconds=tolerance_seconds, now=now
    )
    return parse_event(raw_body)


def parse_event(raw_body: bytes | str) -> WebhookEvent:
    """Parses a body (already verified) into its typed event; ``WebhookPayloadError`` when it cannot."""
    try:
        return WEBHOOK_EVENT.validate_json(raw_body)
    except ValidationError as error:
        problems = error.errors(include_url=False)
        if any(p["type"] == "json_invalid" for p in problems):
            raise WebhookPayloadError("invalid_json", "The body is not valid JSON") from None
        errors = [{"path": _pointer(p["loc"]), "message": p["msg"]} for p in problems]
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise WebhookPayloadError(
            "contract_violation",
            f"The event does not match the contract at {first['path'] or '/'}: {first['message']}{more}",
            errors,
        ) from None


def _pointer(location: tuple[int | str, ...]) -> str:
    # Drop the union tag pydantic puts first (the event type), keep the JSON path.
    parts = [str(p) for p in location]
    if parts and ("." in parts[0] or parts[0] == "__unknown__"):
        parts = parts[1:]
    return "".join(f"/{p.replace('~', '~0').replace('/', '~1')}" for p in parts)
