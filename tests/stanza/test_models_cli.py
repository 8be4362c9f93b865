"""Model management: recognising both layouts, `sahelkg models list`, and `download` failing fast
offline with one line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sahelkg.ingest.nlp.models import find_language_models, list_models

pytestmark = pytest.mark.stanza

SMALL_FILES = [
    ("ar", "tokenize", "tokenize/ar_padt_nocharlm_tokenizer.pt"),
    ("ar", "mwt", "mwt/ar_padt_mwt_expander.pt"),
    ("ar", "pos", "pos/ar_padt_nocharlm_tagger.pt"),
    ("ar", "lemma", "lemma/ar_padt_nocharlm_lemmatizer.pt"),
    ("ar", "depparse", "depparse/ar_padt_nocharlm_parser.pt"),
    ("ar", "pretrain", "pretrain/ar_padt_w2v.pt"),
]


def _sahelkg(*args: str, timeout: float = 60, env: dict[str, str] | None = None,
             ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sahelkg", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "COLUMNS": "200", **(env or {})})


def test_list_models_in_the_flat_layout(small_models_dir: Path) -> None:
    models = list_models(small_models_dir)
    assert [(m.language, m.processor, m.file.relative_to(small_models_dir).as_posix()) for m in models] \
        == SMALL_FILES
    assert all(m.size == m.file.stat().st_size > 100_000 for m in models)


def test_list_models_in_stanza_download_layout(stanza_layout_dir: Path) -> None:
    models = list_models(stanza_layout_dir)
    assert [(m.language, m.processor, m.file.relative_to(stanza_layout_dir).as_posix()) for m in models] == [
        ("ar", "tokenize", "ar/tokenize/padt.pt"),
        ("ar", "mwt", "ar/mwt/padt.pt"),
        ("ar", "pos", "ar/pos/padt_nocharlm.pt"),
        ("ar", "lemma", "ar/lemma/padt_nocharlm.pt"),
        ("ar", "depparse", "ar/depparse/padt_nocharlm.pt"),
        ("ar", "pretrain", "ar/pretrain/padt.pt"),
    ]
    found = find_language_models(stanza_layout_dir, "ar")
    assert found is not None and found.layout == "stanza" and found.usable


def test_flat_layout_one_level_down_and_incomplete_sets(small_models_dir: Path, tmp_path: Path) -> None:
    for sub in ("tokenize", "mwt"):
        (tmp_path / "ar" / sub).mkdir(parents=True)
        for model in (small_models_dir / sub).glob("*.pt"):
            (tmp_path / "ar" / sub / model.name).symlink_to(model)
    found = find_language_models(tmp_path, "ar")
    assert found is not None and found.layout == "flat" and found.root == tmp_path / "ar"
    assert found.processors == {"tokenize", "mwt"}
    assert not found.usable
    assert find_language_models(tmp_path, "fr") is None
    assert [(m.language, m.processor) for m in list_models(tmp_path)] == [("ar", "tokenize"), ("ar", "mwt")]
    assert list_models(tmp_path / "missing") == []


def test_models_list_command(small_models_dir: Path) -> None:
    result = _sahelkg("models", "list", "--model-dir", str(small_models_dir))
    assert result.returncode == 0, result.stderr
    for _, processor, file in SMALL_FILES:
        assert any(processor in line and file in line for line in result.stdout.splitlines()), file
    assert "24.2 MB" in result.stdout  # the parser
    assert result.stdout.rstrip().endswith("ar: usable")


def test_models_list_on_an_empty_dir_says_how_to_get_models(tmp_path: Path) -> None:
    result = _sahelkg("models", "list", "--model-dir", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.strip() == f"no stanza models in {tmp_path}; run: sahelkg models download --lang ar"


def test_models_download_offline_fails_fast_with_one_line(tmp_path: Path) -> None:
    # a proxy that refuses connections makes the hub unreachable wherever the test runs
    dead_proxy = "http://127.0.0.1:9"
    env = {"HTTPS_PROXY": dead_proxy, "HTTP_PROXY": dead_proxy, "https_proxy": dead_proxy,
           "http_proxy": dead_proxy, "NO_PROXY": "", "no_proxy": ""}
    started = time.monotonic()
    result = _sahelkg("models", "download", "--lang", "ar", "fr", "--model-dir", str(tmp_path / "m"),
                      "--timeout", "5", env=env, timeout=90)
    elapsed = time.monotonic() - started
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(
        f"error: cannot download stanza models for 'ar' into {tmp_path / 'm'}: the model hub is unreachable ("
    )
    assert "Traceback" not in result.stderr + result.stdout
    assert elapsed < 30
    assert list_models(tmp_path / "m") == []


def test_models_help_explains_the_options() -> None:
    result = _sahelkg("models", "download", "--help")
    assert result.returncode == 0
    for option in ("--lang", "--model-dir", "--timeout"):
        assert option in result.stdout
