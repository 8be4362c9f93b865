"""Settings from the environment as every command sees them: ranges checked up front, CORS origins
as JSON or a comma-separated list, and any invalid value reported on one line naming the variable
(or flag) and the problem, exit code 2, never a traceback. Real subprocess runs of the CLI."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from sahelkg.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def clean_env(tmp: Path, **variables: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAHELKG_")}
    env.update({"SAHELKG_DATA_DIR": str(tmp), "SAHELKG_NLP_BACKEND": "builtin"}, **variables)
    return env


def sahelkg(tmp: Path, *args: str, **variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sahelkg", *args], capture_output=True, text=True,
                          timeout=120, env=clean_env(tmp, **variables), cwd=REPO)


SEED = str(REPO / "seeds")
COMMANDS = {
    "extract": ["extract", SEED],
    "evaluate": ["evaluate", SEED, "--gold", str(REPO / "bench" / "devset" / "gold.jsonl")],
    "ingest": ["ingest", SEED, "--workers", "1"],
    "export": ["export", "-f", "ttl"],
    "stats": ["stats"],
    "withdraw": ["withdraw", "x"],
    "serve": ["serve"],
    "models list": ["models", "list"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_reports_a_bad_port_in_one_line(tmp_path: Path, command: str) -> None:
    result = sahelkg(tmp_path, *COMMANDS[command], SAHELKG_PORT="-5")
    assert (result.returncode, result.stderr) == (
        2, "error: invalid setting SAHELKG_PORT='-5': Input should be greater than or equal to 1\n")
    assert result.stdout == ""


@pytest.mark.parametrize(("variable", "value", "problem"), [
    ("SAHELKG_PORT", "70000", "Input should be less than or equal to 65535"),
    ("SAHELKG_PORT", "0", "Input should be greater than or equal to 1"),
    ("SAHELKG_PORT", "http", "Input should be a valid integer, unable to parse string as an integer"),
    ("SAHELKG_MAX_PAGE_SIZE", "-1", "Input should be greater than or equal to 1"),
    ("SAHELKG_MAX_BODY_BYTES", "0", "Input should be greater than or equal to 1"),
    ("SAHELKG_BATCH_SIZE", "-3", "Input should be greater than or equal to 1"),
    ("SAHELKG_WORKERS", "0", "Input should be greater than or equal to 1"),
    ("SAHELKG_QUERY_TIMEOUT", "-1", "Input should be greater than 0"),
    ("SAHELKG_MAX_CONCURRENT_QUERIES", "0", "Input should be greater than or equal to 1"),
    ("SAHELKG_NLP_BACKEND", "spacy", "Input should be 'auto', 'stanza' or 'builtin'"),
    ("SAHELKG_CORS_ORIGINS", '["http://a"', "not a JSON list (Expecting ',' delimiter at character 11); "
                                            "give a JSON list or origins separated by commas"),
])
def test_each_invalid_variable_is_named_with_its_problem(tmp_path: Path, variable: str, value: str,
                                                         problem: str) -> None:
    result = sahelkg(tmp_path, "stats", **{variable: value})
    expected = f"error: invalid setting {variable}={value!r}: {problem}\n"
    assert (result.returncode, result.stderr) == (2, expected)


@pytest.mark.parametrize(("args", "problem"), [
    (["serve", "--port", "-5"], "--port=-5: Input should be greater than or equal to 1"),
    (["serve", "--port", "65536"], "--port=65536: Input should be less than or equal to 65535"),
    (["serve", "--max-page-size", "0"], "--max-page-size=0: Input should be greater than or equal to 1"),
    (["serve", "--query-timeout", "-1"], "--query-timeout=-1.0: Input should be greater than 0"),
    (["ingest", SEED, "--workers", "0"], "--workers=0: Input should be greater than or equal to 1"),
    (["ingest", SEED, "--batch-size", "-2"], "--batch-size=-2: Input should be greater than or equal to 1"),
])
def test_a_flag_is_named_as_the_flag(tmp_path: Path, args: list[str], problem: str) -> None:
    result = sahelkg(tmp_path, *args)
    assert (result.returncode, result.stderr) == (2, f"error: invalid setting {problem}\n")


def test_two_problems_are_one_line(tmp_path: Path) -> None:
    result = sahelkg(tmp_path, "stats", SAHELKG_PORT="-5", SAHELKG_MAX_PAGE_SIZE="0")
    assert result.returncode == 2
    assert result.stderr == ("error: invalid setting SAHELKG_MAX_PAGE_SIZE='0': Input should be greater than "
                             "or equal to 1; SAHELKG_PORT='-5': Input should be greater than or equal to 1\n")


@pytest.mark.parametrize(("value", "origins"), [
    ("http://host:8090", ["http://host:8090"]),
    ("http://a:8090, https://b.example ,", ["http://a:8090", "https://b.example"]),
    ('["http://a:8090", "https://b.example"]', ["http://a:8090", "https://b.example"]),
    ("", []),
])
def test_cors_origins_as_json_or_comma_separated(monkeypatch: pytest.MonkeyPatch, value: str,
                                                  origins: list[str]) -> None:
    monkeypatch.setenv("SAHELKG_CORS_ORIGINS", value)
    assert Settings().cors_origins == origins


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.server
def test_serve_allows_the_comma_separated_origins(tmp_path: Path) -> None:
    port = _free_port()
    env = clean_env(tmp_path, SAHELKG_CORS_ORIGINS="http://host:8090,http://other:9000",
                    SAHELKG_PORT=str(port))
    process = subprocess.Popen([sys.executable, "-m", "sahelkg", "serve", "--log-level", "warning"],
                               env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/health", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "sahelkg serve did not start"
                time.sleep(0.2)
        for origin, allowed in (("http://other:9000", True), ("http://host:8090", True),
                                ("http://elsewhere", False)):
            response = httpx.options(url + "/sparql", headers={
                "Origin": origin, "Access-Control-Request-Method": "POST"})
            assert (response.headers.get("access-control-allow-origin") == origin) is allowed
    finally:
        process.terminate()
        process.wait(timeout=20)
