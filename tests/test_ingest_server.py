"""``sahelkg ingest`` while ``sahelkg serve`` holds the store, end to end with real processes: the
local ingest says in one line what to do, and ``--server URL --token T`` sends the articles through
the running server's POST /articles (a real uvicorn on 127.0.0.1)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).with_name("sahelkg")
TOKEN = "ingest-token"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(data: Path, port: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAHELKG_")}
    env.update({"SAHELKG_DATA_DIR": str(data), "SAHELKG_NLP_BACKEND": "builtin", "SAHELKG_PORT": str(port),
                "COLUMNS": "200"}, **extra)
    return env


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, int]]:
    """A real 'sahelkg serve' with a write token over its own data dir: (url, data dir, port)."""
    data = tmp_path_factory.mktemp("served")
    port = _free_port()
    process = subprocess.Popen([str(SCRIPT), "serve", "--log-level", "warning"], cwd=REPO,
                               env=_env(data, port, SAHELKG_WRITE_TOKEN=TOKEN),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                httpx.get(url + "/health", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    pytest.fail(f"sahelkg serve did not start: {process.communicate()[1]}")
                time.sleep(0.2)
        yield url, data, port
    finally:
        process.terminate()
        process.wait(timeout=20)


def summary(stdout: str) -> dict[str, int]:
    """The rows of the printed ingest summary: {"written": 5, ...}."""
    rows = {}
    for line in stdout.split("Ingest summary", 1)[1].splitlines():
        cells = [c.strip() for c in line.strip("│").split("│")]
        if len(cells) == 2 and cells[1].isdigit():
            rows[cells[0]] = int(cells[1])
        if line.startswith("└"):
            break
    return rows


def ingest(data: Path, port: int, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), "ingest", *args], capture_output=True, text=True, timeout=300,
                          cwd=REPO, env=_env(data, port, **env))


def test_a_local_ingest_says_what_to_do_in_one_line(running: tuple[str, Path, int]) -> None:
    _, data, port = running
    result = ingest(data, port, str(REPO / "seeds"))
    assert result.returncode == 2
    assert result.stderr == (
        f"error: the Oxigraph store at {data / 'store'} is in use by another process: stop the server and "
        f"run this again, or send the articles through it: sahelkg ingest --server http://127.0.0.1:{port} "
        "--token <its write token> PATHS...\n")


def test_a_second_server_on_the_same_store_says_what_to_do(running: tuple[str, Path, int]) -> None:
    _, data, port = running
    result = subprocess.run([str(SCRIPT), "serve"], capture_output=True, text=True, timeout=60, cwd=REPO,
                            env=_env(data, _free_port()))
    assert result.returncode == 2
    assert result.stderr == (
        f"error: the Oxigraph store at {data / 'store'} is in use by another process: is another "
        "'sahelkg serve' or an ingest running on it? Stop it, or give this server another --data-dir\n")


def test_ingest_through_the_server(running: tuple[str, Path, int], tmp_path: Path) -> None:
    url, data, port = running
    seeds = sorted(p.stem for p in (REPO / "seeds").glob("*.txt"))
    (tmp_path / "broken.txt").write_bytes(b"")
    first = ingest(data, port, str(REPO / "seeds"), str(tmp_path / "broken.txt"), "--server", url,
                   "--token", TOKEN)
    assert first.returncode == 0, first.stderr
    counts = summary(first.stdout)
    assert {k: counts[k] for k in ("files", "articles read", "skipped", "unchanged (already in the store)",
                                   "written")} == {"files": 6, "articles read": 5, "skipped": 1,
                                                   "unchanged (already in the store)": 0, "written": 5}
    assert "empty file" in first.stdout
    listed = httpx.get(url + "/articles", params={"limit": 50}).json()
    assert sorted(a["id"] for a in listed["results"]) == seeds
    assert all(a["relation_count"] > 0 for a in listed["results"])
    stats = httpx.get(url + "/stats").json()
    assert counts["relations added"] == stats["relations"] > 0

    again = ingest(data, port, str(REPO / "seeds"), "--server", url, SAHELKG_WRITE_TOKEN=TOKEN)
    assert again.returncode == 0, again.stderr
    again_counts = summary(again.stdout)
    assert (again_counts["unchanged (already in the store)"], again_counts["written"]) == (5, 0)


@pytest.mark.parametrize(("token", "reason"), [
    ("wrong", "the write token presented is not the one configured"),
    (None, "writes need the write token: send 'Authorization: Bearer <token>'"),
])
def test_a_refused_token_is_one_line(running: tuple[str, Path, int], token: str | None, reason: str) -> None:
    url, data, port = running
    args = [str(REPO / "seeds" / "000_ca11461d1e18a052.txt"), "--server", url]
    result = ingest(data, port, *args, *(["--token", token] if token else []))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: the server at {url} refused the write ({reason}); give its write token with --token or "
        "SAHELKG_WRITE_TOKEN")


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    port = _free_port()
    result = ingest(tmp_path, port, str(REPO / "seeds"), "--server", f"http://127.0.0.1:{port}",
                    "--token", "t")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith(
        f"error: cannot reach the server at http://127.0.0.1:{port}: ")
