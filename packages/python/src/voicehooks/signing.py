"""Signature checks of every Voicehooks scheme: Standard Webhooks plus the compatibility schemes.

| scheme            | header                              | HMAC-SHA256 key               | signed bytes        |
|-------------------|-------------------------------------|-------------------------------|---------------------|
| ``standard``      | ``webhook-signature: v1,<base64>``  | base64-decoded ``whsec_`` part | ``{id}.{ts}.{body}`` |
| ``hmac-sha256-hex`` | ``X-{Prefix}-Signature: <hex>``   | the whole secret, UTF-8       | ``{ts}.{body}``     |
| ``t-v1``          | ``X-{Prefix}-Signature: t=..,v1=..`` | the whole secret, UTF-8      | ``{ts}.{body}``     |
| ``body-hex``      | ``X-{Prefix}-Signature: <hex>``     | the whole secret, UTF-8       | ``{body}`` (no replay protection) |

Digests are compared in constant time (``hmac.compare_digest``); any signature matching any secret passes
(rotation); signed timestamps must be within the tolerance in both directions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .errors import WebhookVerificationError

SignatureScheme = Literal["standard", "hmac-sha256-hex", "t-v1", "body-hex"]
SIGNATURE_SCHEMES: tuple[SignatureScheme, ...] = ("standard", "hmac-sha256-hex", "t-v1", "body-hex")
DEFAULT_PREFIX = "Voicehooks"
DEFAULT_TOLERANCE_SECONDS = 300
SECRET_PREFIX = "whsec_"

_DIGEST_BYTES = 32
_UNIX_SECONDS = re.compile(r"^\d{1,12}$")
_HEX_DIGEST = re.compile(r"^[0-9a-fA-F]{64}$")
_BASE64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")
_PREFIX = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$")


@dataclass(frozen=True)
class VerifiedSignature:
    """What a passing signature proves."""

    id: str | None
    """``webhook-id`` (the event id); for compatibility schemes it is not covered by the signature."""
    timestamp: int | None
    """Unix seconds; for ``body-hex`` unsigned (read from a header when present, else ``None``)."""
    scheme: SignatureScheme


@dataclass(frozen=True)
class _Claim:
    id: str | None
    timestamp: int | None
    timestamp_header: str
    signed_timestamp: bool
    candidates: list[bytes]
    header: str


def get_header(headers: Any, name: str) -> str | None:
    """A header's value from any headers object, by name in any case; ``None`` when absent or blank.

    Works with ``http.server``'s message, Flask/Werkzeug and Starlette headers, and plain dicts.
    Repeated headers are joined with ``", "`` as the Fetch API does.
    """
    value: Any = None
    get_all = getattr(headers, "get_all", None)
    if callable(get_all):
        values = get_all(name)
        value = list(values) if values else None
    if value is None and callable(getattr(headers, "get", None)):
        value = headers.get(name)
        if value is None:
            value = headers.get(name.lower())
    if value is None and callable(getattr(headers, "items", None)):
        lower = name.lower()
        for key, item in headers.items():
            if str(key).lower() == lower:
                value = item
                break
    if isinstance(value, (list, tuple)):
        value = ", ".join(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in value)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _require(headers: Any, names: Sequence[str]) -> tuple[str, str]:
    for name in names:
        value = get_header(headers, name)
        if value is not None:
            return name, value
    raise WebhookVerificationError("missing_header", f'Missing required header "{names[0]}"', names[0])


def _quote(value: str) -> str:
    # Header values are attacker-controlled: quote them, cut short.
    return repr(value if len(value) <= 40 else value[:40] + "…")


def _malformed(header: str, problem: str) -> WebhookVerificationError:
    return WebhookVerificationError("malformed_header", f'Malformed header "{header}": {problem}', header)


def _timestamp(value: str, header: str) -> int:
    if not _UNIX_SECONDS.match(value):
        raise _malformed(header, f"must be unix seconds (digits only), got {_quote(value)}")
    return int(value)


def _decode_base64(text: str) -> bytes | None:
    if not text or len(text) % 4 != 0 or not _BASE64.match(text):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _standard_signatures(value: str, header: str) -> list[bytes]:
    candidates: list[bytes] = []
    problem = 'contains no "v1,<base64>" signature'
    # Commas as well as spaces separate entries when a proxy folded repeated headers into one.
    entries = re.split(r",?\s+", value) if re.search(r"\s", value) else [value]
    for index, entry in enumerate(entries, start=1):
        comma = entry.find(",")
        if comma < 0:
            problem = f'entry {index} is not "<version>,<signature>"'
            continue
        if comma != 2 or not entry.startswith("v1"):
            continue  # another version (v1a…): not ours to check
        digest = _decode_base64(entry[comma + 1 :])
        if digest is None:
            problem = f"entry {index} is not valid base64"
        elif len(digest) != _DIGEST_BYTES:
            problem = f"entry {index} is not a {_DIGEST_BYTES}-byte digest"
        else:
            candidates.append(digest)
    if not candidates:
        raise _malformed(header, problem)
    return candidates


def _hex_signatures(value: str, header: str) -> list[bytes]:
    candidates: list[bytes] = []
    problem = "contains no hex digest"
    for index, entry in enumerate(re.split(r"\s*,\s*|\s+", value), start=1):
        if _HEX_DIGEST.match(entry):
            candidates.append(bytes.fromhex(entry))
        else:
            problem = f"entry {index} is not a {_DIGEST_BYTES * 2}-character hex digest"
    if not candidates:
        raise _malformed(header, problem)
    return candidates


def _timestamped_signatures(value: str, header: str) -> tuple[int, list[bytes]]:
    timestamp: int | None = None
    candidates: list[bytes] = []
    problem = 'contains no "v1=<hex>" signature'
    for element in value.split(","):
        key, equals, item = element.partition("=")
        if not equals:
            continue
        key, item = key.strip(), item.strip()
        if key == "t":
            if timestamp is not None:
                raise _malformed(header, 'has more than one "t=" element')
            if not _UNIX_SECONDS.match(item):
                raise _malformed(header, f'"t=" must be unix seconds, got {_quote(item)}')
            timestamp = int(item)
        elif key == "v1":
            if _HEX_DIGEST.match(item):
                candidates.append(bytes.fromhex(item))
            else:
                problem = f'a "v1=" value is not a {_DIGEST_BYTES * 2}-character hex digest'
    if timestamp is None:
        raise _malformed(header, 'has no "t=<unix seconds>" element')
    if not candidates:
        raise _malformed(header, problem)
    return timestamp, candidates


def _claim(scheme: SignatureScheme, headers: Any, prefix: str) -> _Claim:
    signature_name = f"X-{prefix}-Signature"
    timestamp_name = f"X-{prefix}-Timestamp"
    if scheme == "standard":
        _, id_ = _require(headers, ("webhook-id", "svix-id"))
        ts_header, ts = _require(headers, ("webhook-timestamp", "svix-timestamp"))
        sig_header, sig = _require(headers, ("webhook-signature", "svix-signature"))
        return _Claim(id_, _timestamp(ts, ts_header), ts_header, True, _standard_signatures(sig, sig_header), sig_header)
    if scheme == "hmac-sha256-hex":
        sig_header, sig = _require(headers, (signature_name,))
        ts_header, ts = _require(headers, (timestamp_name, "webhook-timestamp"))
        candidates = _hex_signatures(sig, sig_header)
        return _Claim(get_header(headers, "webhook-id"), _timestamp(ts, ts_header), ts_header, True, candidates, sig_header)
    if scheme == "t-v1":
        sig_header, sig = _require(headers, (signature_name,))
        timestamp, candidates = _timestamped_signatures(sig, sig_header)
        return _Claim(get_header(headers, "webhook-id"), timestamp, sig_header, True, candidates, sig_header)
    sig_header, sig = _require(headers, (signature_name,))
    # Reported for logging only: nothing binds it to the body, so it is never checked.
    unsigned = get_header(headers, timestamp_name) or get_header(headers, "webhook-timestamp")
    timestamp = int(unsigned) if unsigned and _UNIX_SECONDS.match(unsigned) else None
    return _Claim(get_header(headers, "webhook-id"), timestamp, timestamp_name, False, _hex_signatures(sig, sig_header), sig_header)


def _key(secret: object, scheme: SignatureScheme, which: str) -> bytes:
    if not isinstance(secret, str):
        kind = "None" if secret is None else type(secret).__name__
        raise WebhookVerificationError("invalid_secret", f"{which} is a {kind}, not a string (scheme {scheme})")
    if secret == "":
        raise WebhookVerificationError("invalid_secret", f"{which} is empty (scheme {scheme})")
    if scheme != "standard":
        return secret.encode("utf-8")
    # As standardwebhooks does, a secret without the prefix is decoded whole.
    key = _decode_base64(secret[len(SECRET_PREFIX) :] if secret.startswith(SECRET_PREFIX) else secret)
    if not key:
        raise WebhookVerificationError(
            "invalid_secret", f'{which} is not "{SECRET_PREFIX}" followed by standard base64 (scheme {scheme})'
        )
    return key


def _signed_content(scheme: SignatureScheme, claim: _Claim, body: bytes) -> bytes:
    if scheme == "standard":
        return f"{claim.id}.{claim.timestamp}.".encode() + body
    if scheme == "body-hex":
        return body
    return f"{claim.timestamp}.".encode() + body


def verify_signature(
    raw_body: bytes | str,
    headers: Any,
    secret: str | Sequence[str],
    *,
    scheme: SignatureScheme = "standard",
    prefix: str = DEFAULT_PREFIX,
    tolerance_seconds: float = DEFAULT_TOLERANCE_SECONDS,
    now: Callable[[], float] = time.time,
) -> VerifiedSignature:
    """Checks a delivery's signature over the raw body, exactly as received, without parsing it.

    Checks run in the order a receiver should fail: the secrets, the headers, the timestamp (both
    ways, ``tolerance_seconds``), then the HMACs. ``secret`` may be several secrets during a rotation.

    Raises:
        WebhookVerificationError: ``code`` names the failed check and ``header`` the header.
    """
    if isinstance(raw_body, str):
        raw_body = raw_body.encode("utf-8")
    if not isinstance(raw_body, (bytes, bytearray, memoryview)):
        raise TypeError(
            "verify(raw_body): pass the raw request body (bytes) exactly as received; "
            "a parsed and re-serialised JSON body never verifies"
        )
    body = bytes(raw_body)
    if scheme not in SIGNATURE_SCHEMES:
        raise TypeError(f"Unknown signature scheme {scheme!r}: expected one of {', '.join(SIGNATURE_SCHEMES)}")
    if not isinstance(prefix, str) or not _PREFIX.match(prefix):
        raise TypeError(f'Invalid header prefix {prefix!r}: use letters, digits and inner hyphens (e.g. "Acme")')
    if not tolerance_seconds >= 0:
        raise TypeError(f"tolerance_seconds must be a number >= 0, got {tolerance_seconds!r}")
    secrets = [secret] if isinstance(secret, str) else list(secret) if secret is not None else []
    if not secrets:
        raise WebhookVerificationError("invalid_secret", "No secret given: pass a secret or a non-empty list")
    keys = [
        _key(s, scheme, "The secret" if len(secrets) == 1 else f"Secret #{i}") for i, s in enumerate(secrets, start=1)
    ]
    claim = _claim(scheme, headers, prefix)
    if claim.signed_timestamp and claim.timestamp is not None:
        now_seconds = int(now())
        if now_seconds - claim.timestamp > tolerance_seconds:
            raise WebhookVerificationError(
                "timestamp_too_old",
                f"Timestamp {claim.timestamp} is {now_seconds - claim.timestamp}s in the past "
                f"(tolerance {tolerance_seconds:g}s): stale or replayed delivery",
                claim.timestamp_header,
            )
        if claim.timestamp - now_seconds > tolerance_seconds:
            raise WebhookVerificationError(
                "timestamp_too_new",
                f"Timestamp {claim.timestamp} is {claim.timestamp - now_seconds}s in the future "
                f"(tolerance {tolerance_seconds:g}s): check the sender's and this server's clocks",
                claim.timestamp_header,
            )
    content = _signed_content(scheme, claim, body)
    matched = False
    for key in keys:
        digest = hmac.new(key, content, hashlib.sha256).digest()
        # Every candidate is compared (no early exit), so timing does not tell which one matched.
        for candidate in claim.candidates:
            matched |= hmac.compare_digest(digest, candidate)
    if not matched:
        which = "the secret" if len(keys) == 1 else f"any of the {len(keys)} secrets"
        raise WebhookVerificationError(
            "no_matching_signature",
            f'No signature in "{claim.header}" matches {which} '
            "(wrong secret, or the body was changed or re-serialised)",
            claim.header,
        )
    return VerifiedSignature(claim.id, claim.timestamp, scheme)
