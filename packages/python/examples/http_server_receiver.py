"""A webhook receiver on the standard library's ``http.server``, built on ``voicehooks.verify``.

Run it with ``WEBHOOK_SECRET=whsec_… python examples/http_server_receiver.py`` (port 3000, or ``PORT``).
It answers 204 to every verified delivery (unknown event types and duplicates included), 401 to a
bad signature or stale timestamp, 400 to a body that breaks the contract, and handles each event
once after answering.
"""

from __future__ import annotations

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from voicehooks import WebhookError, WebhookEvent, verify


class WebhookHandler(BaseHTTPRequestHandler):
    """POST /webhooks: verify, acknowledge, then hand the event to ``server.on_event`` once per id."""

    server: WebhookServer

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            event = verify(body, self.headers, self.server.secrets, **self.server.verify_options)
        except WebhookError as error:
            self._answer(error.status, f"{error.code}: {error}")
            return
        self._answer(204)
        if self.server.first_time(event.id):
            self.server.on_event(event)

    def _answer(self, status: int, text: str = "") -> None:
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # keep test output quiet; a real receiver would log


class WebhookServer(ThreadingHTTPServer):
    """Holds the secrets (several during a rotation), ``verify()``'s options (an endpoint's
    ``scheme``, the deployment's ``prefix``) and the ids already handled."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], secrets: list[str], on_event=None) -> None:
        super().__init__(address, WebhookHandler)
        self.secrets = secrets
        self.verify_options: dict[str, str] = {}
        self.on_event = on_event or (lambda event: print(event.type, event.id))
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._seen:
                return False
            self._seen.add(event_id)
            return True


def print_event(event: WebhookEvent) -> None:
    if event.type == "call.completed":
        print("call completed:", event.data.call_id, event.data.duration_seconds, "s")
    else:
        print(event.type, event.id)


if __name__ == "__main__":
    server = WebhookServer(("127.0.0.1", int(os.environ.get("PORT", "3000"))), [os.environ["WEBHOOK_SECRET"]], print_event)
    print(f"listening on http://127.0.0.1:{server.server_port}/webhooks")
    server.serve_forever()
