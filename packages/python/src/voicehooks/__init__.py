"""Voicehooks for Python: verify webhook deliveries into typed events, and manage endpoints.

Receiving::

    from voicehooks import verify, WebhookError

    try:
        event = verify(raw_body, headers, secret)   # typed by event.type
    except WebhookError as error:
        ...  # answer error.status (401 bad signature, 400 bad payload); error.code names the check

Managing::

    from voicehooks import SyncVoicehooksClient

    with SyncVoicehooksClient() as client:  # VOICEHOOKS_API_URL, VOICEHOOKS_API_KEY
        hook = client.webhooks.create(url="https://example.com/hooks", events=["call.completed"])
"""

from ._transport import RetryInfo
from .client import NOT_GIVEN, Page, SyncVoicehooksClient, __version__
from .errors import (
    VoicehooksApiError,
    VoicehooksNetworkError,
    WebhookError,
    WebhookPayloadError,
    WebhookVerificationError,
)
from .generated.events import (
    API_VERSION,
    DATA_MODELS,
    EVENT_MODELS,
    RESERVED_EVENT_TYPES,
    EventEnvelope,
    EventType,
    UnknownEvent,
    WebhookEvent,
)
from .signing import (
    DEFAULT_PREFIX,
    DEFAULT_TOLERANCE_SECONDS,
    SIGNATURE_SCHEMES,
    SignatureScheme,
    VerifiedSignature,
    get_header,
    verify_signature,
)
from .verify import parse_event, verify

__all__ = [
    "API_VERSION",
    "DATA_MODELS",
    "DEFAULT_PREFIX",
    "DEFAULT_TOLERANCE_SECONDS",
    "EVENT_MODELS",
    "NOT_GIVEN",
    "RESERVED_EVENT_TYPES",
    "SIGNATURE_SCHEMES",
    "EventEnvelope",
    "EventType",
    "Page",
    "RetryInfo",
    "SignatureScheme",
    "SyncVoicehooksClient",
    "UnknownEvent",
    "VerifiedSignature",
    "VoicehooksApiError",
    "VoicehooksNetworkError",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    "get_header",
    "parse_event",
    "verify",
    "verify_signature",
]
