"""Fixtures of the stanza tests: the small Arabic models in ../shared, one pipeline per session."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sahelkg.ingest.nlp.base import Sentence
from stanza_checks import AR_TEXTS


@pytest.fixture(scope="session")
def small_models_dir(shared_dir: Path) -> Path:
    """../shared/models/stanza-ar-small (flat layout); skips when stanza or the models are absent."""
    if importlib.util.find_spec("stanza") is None:
        pytest.skip("the stanza extra is not installed "
                    "(pip install torch==2.13.0 && pip install '.[stanza]')")
    path = shared_dir / "models" / "stanza-ar-small"
    if not (path / "tokenize").is_dir():
        pytest.skip(f"{path} is absent: it holds the small Arabic stanza models")
    return path


@pytest.fixture(scope="session")
def ar_backend(small_models_dir: Path):
    from sahelkg.ingest.nlp.stanza_backend import StanzaBackend

    return StanzaBackend(small_models_dir, "ar", threads=1)


@pytest.fixture(scope="session")
def ar_annotated(ar_backend) -> list[list[Sentence]]:
    """AR_TEXTS annotated in one batch."""
    return ar_backend.annotate(list(AR_TEXTS), "ar")


@pytest.fixture(scope="session")
def pud_path(shared_dir: Path) -> Path:
    path = shared_dir / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu"
    if not path.is_file():
        pytest.skip(f"{path} is absent: it holds the gold UD Arabic-PUD parses")
    return path


# stanza.download's layout: resources.json + <lang>/<processor>/<package>.pt, with the package
# names of the official Arabic models (the files are the small models, linked).
_STANZA_LAYOUT = {
    "tokenize": ("padt", "tokenize/ar_padt_nocharlm_tokenizer.pt"),
    "mwt": ("padt", "mwt/ar_padt_mwt_expander.pt"),
    "pos": ("padt_nocharlm", "pos/ar_padt_nocharlm_tagger.pt"),
    "lemma": ("padt_nocharlm", "lemma/ar_padt_nocharlm_lemmatizer.pt"),
    "depparse": ("padt_nocharlm", "depparse/ar_padt_nocharlm_parser.pt"),
    "pretrain": ("padt", "pretrain/ar_padt_w2v.pt"),
}


@pytest.fixture(scope="session")
def stanza_layout_dir(small_models_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import json

    root = tmp_path_factory.mktemp("stanza-layout")
    defaults = {name: package for name, (package, _) in _STANZA_LAYOUT.items() if name != "pretrain"}
    with_pretrain = {"dependencies": [{"model": "pretrain", "package": "padt"}]}
    resources = {"ar": {
        "lang_name": "Arabic",
        "packages": {"default": defaults},
        "default_processors": defaults,
        **{name: {package: (with_pretrain if name in ("pos", "depparse") else {})}
           for name, (package, _) in _STANZA_LAYOUT.items()},
    }}
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    for name, (package, source) in _STANZA_LAYOUT.items():
        (root / "ar" / name).mkdir(parents=True)
        (root / "ar" / name / f"{package}.pt").symlink_to(small_models_dir / source)
    return root
