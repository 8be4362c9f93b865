"""A real server refuses an oversized request head at once and keeps answering others."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from api_support import free_port, make_settings
from sahelkg.api.app import create_app
from sahelkg.api.serving import uvicorn_options


def test_an_oversized_header_is_refused_at_once_and_the_server_goes_on(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, max_header_bytes=16384)
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning",
                            **uvicorn_options(settings))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ")
            try:
                for _ in range(2000):  # up to 64 MB of header, until the server answers or closes
                    sock.sendall(b"a" * 32768)
            except (BrokenPipeError, ConnectionResetError):
                pass
            try:
                answer = sock.recv(4096)
            except (ConnectionResetError, TimeoutError):
                answer = b""
        assert answer == b"" or answer.split(b" ")[1] in (b"400", b"431"), answer[:100]
        assert time.monotonic() - started < 10
        health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=10)
        assert health.status_code == 200 and health.json()["status"] == "ok"
    finally:
        server.should_exit = True
        thread.join(10)


def test_a_chunked_body_over_the_limit_gets_413_not_a_reset(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, write_token="t", max_body_bytes=100_000)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning", **uvicorn_options(settings)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)

        def chunks():  # noqa: ANN202 - no length is sent: the body arrives chunked
            for _ in range(300):
                yield b"x" * 10_000

        answer = httpx.post(f"http://127.0.0.1:{port}/articles", content=chunks(), timeout=30,
                            headers={"Authorization": "Bearer t", "Content-Type": "application/json"})
        assert answer.status_code == 413
        assert answer.json() == {"error": "request body larger than the 100000 byte limit", "status": 413}
    finally:
        server.should_exit = True
        thread.join(10)


def test_a_body_that_arrives_too_slowly_gets_408_and_the_server_goes_on(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, write_token="t", body_timeout_s=1.0)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning", **uvicorn_options(settings)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"POST /articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
                         b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n[")
            answer = b""
            for _ in range(8):  # a byte every 0.3 s: it would take 5 minutes to finish
                try:
                    sock.sendall(b" ")
                    sock.settimeout(0.3)
                    answer += sock.recv(4096)
                    if b"\r\n\r\n" in answer:
                        break
                except TimeoutError:
                    continue
                except (BrokenPipeError, ConnectionResetError):
                    break
            sock.settimeout(5)
            while b"}" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        assert answer.split(b" ")[1] == b"408", answer[:200]
        assert json.loads(answer.split(b"\r\n\r\n", 1)[1]) == {
            "error": "request body not received within 1 s", "status": 408}
        assert time.monotonic() - started < 6
        health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=10)
        assert health.status_code == 200
    finally:
        server.should_exit = True
        thread.join(10)


def test_a_slow_but_timely_body_is_read_whole(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, body_timeout_s=5.0)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning", **uvicorn_options(settings)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)

        def chunks():  # noqa: ANN202 - three pieces, 0.2 s apart
            for piece in (b"query=ASK", b"%20%7B%7D", b""):
                time.sleep(0.2)
                yield piece

        answer = httpx.post(f"http://127.0.0.1:{port}/sparql", content=chunks(), timeout=30,
                            headers={"Content-Type": "application/x-www-form-urlencoded",
                                     "Accept": "application/sparql-results+json"})
        assert answer.status_code == 200, answer.text
        assert answer.json()["boolean"] is True
    finally:
        server.should_exit = True
        thread.join(10)
