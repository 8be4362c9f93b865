"""Choosing the NLP backend: stanza when its models are on disk, else the built-in one, said once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sahelkg.ingest.nlp import registry
from sahelkg.ingest.nlp.registry import (
    BackendsByLanguage,
    NlpBackendUnavailable,
    models_available,
    select_backend,
)

from sahelkg.settings import Settings

pytestmark = pytest.mark.stanza


def _settings(model_dir: Path, backend: str = "auto", tmp: Path | None = None) -> Settings:
    return Settings(model_dir=model_dir, nlp_backend=backend, data_dir=tmp or model_dir)


def test_models_available_only_for_languages_on_disk(small_models_dir: Path, tmp_path: Path) -> None:
    assert models_available(_settings(small_models_dir, tmp=tmp_path), "ar") is True
    assert models_available(_settings(small_models_dir, tmp=tmp_path), "fr") is False
    assert models_available(_settings(tmp_path / "empty"), "ar") is False


def test_default_model_dir_is_under_the_data_dir(small_models_dir: Path, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.models_path == tmp_path / "models"
    assert models_available(settings, "ar") is False


def test_auto_picks_stanza_when_models_are_on_disk(small_models_dir: Path, tmp_path: Path) -> None:
    said: list[str] = []
    backend = select_backend(_settings(small_models_dir, tmp=tmp_path), lang="ar", announce=said.append)
    assert backend.name == "stanza"
    assert type(backend).__name__ == "StanzaBackend"
    assert said == []


def test_auto_falls_back_to_builtin_and_says_how_to_fix_it(tmp_path: Path) -> None:
    said: list[str] = []
    backend = select_backend(_settings(tmp_path / "models", tmp=tmp_path), lang="ar", announce=said.append)
    assert backend.name == "builtin"
    assert said == [
        "NLP backend: built-in (no dependency parses or NER) because no stanza models for 'ar' in "
        f"{tmp_path / 'models'}; run: sahelkg models download --lang ar"
    ]


def test_the_fallback_is_announced_once_per_run(tmp_path: Path) -> None:
    said: list[str] = []
    backends = BackendsByLanguage(_settings(tmp_path / "models", tmp=tmp_path), announce=said.append)
    first = backends.for_language("ar")
    for _ in range(5):
        assert backends.for_language("ar") is first
    assert len(said) == 1 and "sahelkg models download --lang ar" in said[0]


def test_missing_stanza_names_the_pip_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "stanza_installed", lambda: False)
    said: list[str] = []
    backend = select_backend(_settings(tmp_path, tmp=tmp_path), lang="ar", announce=said.append)
    assert backend.name == "builtin"
    assert said == [
        "NLP backend: built-in (no dependency parses or NER) because stanza is not installed; run: "
        "pip install torch==2.13.0 && pip install 'sahelkg[stanza]' && sahelkg models download --lang ar"
    ]


def test_forced_stanza_without_models_is_a_one_line_error(tmp_path: Path) -> None:
    said: list[str] = []
    with pytest.raises(NlpBackendUnavailable) as caught:
        settings = _settings(tmp_path / "models", "stanza", tmp=tmp_path)
        select_backend(settings, lang="ar", announce=said.append)
    assert str(caught.value) == (
        f"the stanza NLP backend cannot run: no stanza models for 'ar' in {tmp_path / 'models'}; "
        "run: sahelkg models download --lang ar"
    )
    assert said == []


def test_forced_stanza_with_a_broken_model_is_a_one_line_error(small_models_dir: Path,
                                                               tmp_path: Path) -> None:
    broken = tmp_path / "models"
    for sub in ("tokenize", "mwt", "pos", "lemma", "depparse", "pretrain"):
        (broken / sub).mkdir(parents=True)
        for model in (small_models_dir / sub).glob("*.pt"):
            (broken / sub / model.name).symlink_to(model)
    parser = next((broken / "depparse").glob("*.pt"))
    parser.unlink()
    parser.write_bytes(b"not a model")
    with pytest.raises(NlpBackendUnavailable) as caught:
        select_backend(_settings(broken, "stanza", tmp=tmp_path), lang="ar")
    message = str(caught.value)
    assert message.startswith(f"cannot load the stanza models for 'ar' from {broken}: ")
    assert "\n" not in message
    said: list[str] = []
    assert select_backend(_settings(broken, tmp=tmp_path), lang="ar", announce=said.append).name == "builtin"
    assert len(said) == 1
    assert said[0].startswith("NLP backend: built-in (no dependency parses or NER) because "
                              "cannot load the stanza models")


def test_forced_builtin_ignores_installed_models(small_models_dir: Path, tmp_path: Path) -> None:
    said: list[str] = []
    backend = select_backend(_settings(small_models_dir, "builtin", tmp=tmp_path), announce=said.append)
    assert backend.name == "builtin"
    assert said == []


def test_backend_setting_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SAHELKG_NLP_BACKEND", "stanza")
    monkeypatch.setenv("SAHELKG_MODEL_DIR", str(tmp_path / "nowhere"))
    settings = Settings()
    assert settings.nlp_backend == "stanza"
    with pytest.raises(NlpBackendUnavailable, match="sahelkg models download --lang fr"):
        select_backend(settings, lang="fr")
