"""verify_signature() against signatures made by the TypeScript signer, for every scheme."""

from __future__ import annotations

import json
import time
from email.message import Message

import pytest

from tests.conftest import ts_sign
from voicehooks import SIGNATURE_SCHEMES, WebhookVerificationError, get_header, verify_signature

NOW = int(time.time())
BODY = json.dumps({"id": "evt_01KN4FMFY0Q6ZJ8D2W4T7XK3CN", "type": "test.ping", "data": {"message": "héllo"}})
OTHER = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2"  # 33 bytes of base64


@pytest.fixture(scope="module")
def secret(ts_secret) -> str:
    return ts_secret()


def sign_one(secret: str, scheme: str, *, prefix: str | None = None, secrets: list[str] | None = None, timestamp: int = NOW, body: str = BODY) -> dict[str, str]:
    case = {"id": "evt_01KN4FMFY0Q6ZJ8D2W4T7XK3CN", "timestamp": timestamp, "body": body, "secrets": secrets or [secret], "scheme": scheme}
    if prefix:
        case["prefix"] = prefix
    return ts_sign([case])[0]


@pytest.mark.parametrize("scheme", SIGNATURE_SCHEMES)
@pytest.mark.parametrize("prefix", [None, "Acme"])
def test_verifies_typescript_signatures_of_every_scheme_and_prefix(secret: str, scheme: str, prefix: str | None) -> None:
    headers = sign_one(secret, scheme, prefix=prefix)
    options = {"prefix": prefix} if prefix else {}
    verified = verify_signature(BODY.encode(), headers, secret, scheme=scheme, **options)
    assert verified.scheme == scheme
    assert verified.id == "evt_01KN4FMFY0Q6ZJ8D2W4T7XK3CN"
    assert verified.timestamp == NOW


@pytest.mark.parametrize("scheme", SIGNATURE_SCHEMES)
def test_any_secret_matching_any_signature_passes_during_a_rotation(secret: str, scheme: str) -> None:
    both = sign_one(secret, scheme, secrets=[OTHER, secret])
    assert verify_signature(BODY, both, secret, scheme=scheme).scheme == scheme
    assert verify_signature(BODY, both, [OTHER], scheme=scheme).scheme == scheme
    only_new = sign_one(secret, scheme, secrets=[secret])
    assert verify_signature(BODY, only_new, ["whsec_" + "A" * 32, secret], scheme=scheme).scheme == scheme


@pytest.mark.parametrize("scheme", SIGNATURE_SCHEMES)
def test_a_changed_body_or_wrong_secret_fails_with_no_matching_signature(secret: str, scheme: str) -> None:
    headers = sign_one(secret, scheme)
    for body, key in [(BODY.replace("héllo", "hello"), secret), (BODY, OTHER), (json.dumps(json.loads(BODY)), secret)]:
        if body == BODY and key == secret:
            continue
        with pytest.raises(WebhookVerificationError) as caught:
            verify_signature(body, headers, key, scheme=scheme)
        assert caught.value.code == "no_matching_signature"
        assert caught.value.status == 401


@pytest.mark.parametrize("scheme", ["standard", "hmac-sha256-hex", "t-v1"])
def test_timestamps_are_checked_five_minutes_both_ways(secret: str, scheme: str) -> None:
    for offset, code in [(-301, "timestamp_too_old"), (301, "timestamp_too_new")]:
        headers = sign_one(secret, scheme, timestamp=NOW + offset)
        with pytest.raises(WebhookVerificationError) as caught:
            verify_signature(BODY, headers, secret, scheme=scheme, now=lambda: NOW)
        assert caught.value.code == code
    for offset in (-300, 300):
        headers = sign_one(secret, scheme, timestamp=NOW + offset)
        assert verify_signature(BODY, headers, secret, scheme=scheme, now=lambda: NOW).timestamp == NOW + offset
    stale = sign_one(secret, scheme, timestamp=NOW - 3600)
    assert verify_signature(BODY, stale, secret, scheme=scheme, now=lambda: NOW, tolerance_seconds=7200)


def test_body_hex_signs_no_timestamp_so_an_old_one_still_verifies(secret: str) -> None:
    headers = sign_one(secret, "body-hex", timestamp=NOW - 3600)
    assert verify_signature(BODY, headers, secret, scheme="body-hex").timestamp == NOW - 3600
    headers.pop("X-Voicehooks-Timestamp")
    headers.pop("webhook-timestamp")
    assert verify_signature(BODY, headers, secret, scheme="body-hex").timestamp is None


def test_headers_are_found_in_any_case_and_in_http_server_messages(secret: str) -> None:
    headers = sign_one(secret, "t-v1", prefix="Acme")
    lowered = {k.lower(): v for k, v in headers.items()}
    assert verify_signature(BODY, lowered, secret, scheme="t-v1", prefix="Acme")
    message = Message()
    for k, v in headers.items():
        message[k.upper()] = v
    assert verify_signature(BODY, message, secret, scheme="t-v1", prefix="Acme")
    assert get_header({"X-Thing": ["a", "b"]}, "x-thing") == "a, b"
    assert get_header({"x-thing": "   "}, "X-Thing") is None


@pytest.mark.parametrize(
    ("scheme", "drop", "code", "header"),
    [
        ("standard", "webhook-signature", "missing_header", "webhook-signature"),
        ("standard", "webhook-id", "missing_header", "webhook-id"),
        ("hmac-sha256-hex", "X-Voicehooks-Signature", "missing_header", "X-Voicehooks-Signature"),
        ("t-v1", "X-Voicehooks-Signature", "missing_header", "X-Voicehooks-Signature"),
    ],
)
def test_missing_headers_are_named(secret: str, scheme: str, drop: str, code: str, header: str) -> None:
    headers = sign_one(secret, scheme)
    headers.pop(drop)
    with pytest.raises(WebhookVerificationError) as caught:
        verify_signature(BODY, headers, secret, scheme=scheme)
    assert (caught.value.code, caught.value.header) == (code, header)


@pytest.mark.parametrize(
    ("scheme", "header", "value"),
    [
        ("standard", "webhook-timestamp", "1775046600000x"),
        ("standard", "webhook-signature", "v1,not base64!"),
        ("standard", "webhook-signature", "v1,c2hvcnQ="),
        ("hmac-sha256-hex", "X-Voicehooks-Signature", "abc"),
        ("t-v1", "X-Voicehooks-Signature", "v1=" + "a" * 64),
        ("t-v1", "X-Voicehooks-Signature", f"t={NOW},t={NOW},v1={'a' * 64}"),
    ],
)
def test_malformed_headers_are_named(secret: str, scheme: str, header: str, value: str) -> None:
    headers = {**sign_one(secret, scheme), header: value}
    with pytest.raises(WebhookVerificationError) as caught:
        verify_signature(BODY, headers, secret, scheme=scheme)
    assert (caught.value.code, caught.value.header) == ("malformed_header", header)


def test_bad_secrets_and_options_are_refused_clearly(secret: str) -> None:
    headers = sign_one(secret, "standard")
    for bad in ["", [], "whsec_not*base64", [secret, None]]:
        with pytest.raises(WebhookVerificationError) as caught:
            verify_signature(BODY, headers, bad)  # type: ignore[arg-type]
        assert caught.value.code == "invalid_secret"
        assert secret not in str(caught.value)
    with pytest.raises(TypeError, match="raw request body"):
        verify_signature({"parsed": True}, headers, secret)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Unknown signature scheme"):
        verify_signature(BODY, headers, secret, scheme="md5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="prefix"):
        verify_signature(BODY, headers, secret, prefix="X Bad")


def test_the_standard_webhooks_test_vector_and_svix_header_names() -> None:
    vector = {
        "svix-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "svix-timestamp": "1614265330",
        "svix-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    }
    verified = verify_signature(
        b'{"test": 2432232314}', vector, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", now=lambda: 1614265330
    )
    assert verified.id == "msg_p5jXN8AQM9LWM0D4loKWxJek"
