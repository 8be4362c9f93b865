"""stanza models on disk: what is installed, where each processor's file is, and the explicit
download that fetches the official models (nothing is ever downloaded implicitly).

Two layouts are recognised in a model directory:

- stanza's own layout, as filled by ``stanza.download`` (``sahelkg models download``):
  ``<dir>/resources.json`` and ``<dir>/<lang>/<processor>/<package>.pt``;
- a flat layout of models trained locally: ``<dir>/<processor>/<lang>_<...>.pt``
  (``tokenize/ar_padt_nocharlm_tokenizer.pt``, ``pretrain/ar_padt_w2v.pt``, ...),
  also accepted one level down as ``<dir>/<lang>/<processor>/<lang>_<...>.pt`` when there is no
  ``resources.json``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

# Processors sahelkg uses, in pipeline order; "pretrain" holds word vectors the others load.
PIPELINE_PROCESSORS: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
SUPPORT_DIRS: tuple[str, ...] = ("pretrain", "forward_charlm", "backward_charlm")
# Without these the stanza backend is not worth running for a language.
REQUIRED_PROCESSORS: frozenset[str] = frozenset({"tokenize", "pos", "lemma", "depparse"})
DOWNLOAD_TIMEOUT_S = 15.0

Layout = Literal["stanza", "flat"]


class ModelDownloadError(Exception):
    """A model download failed; ``str()`` is one line naming the language and the reason."""


@dataclass(frozen=True, slots=True)
class InstalledModel:
    language: str
    processor: str
    file: Path
    size: int  # bytes


@dataclass(frozen=True, slots=True)
class LanguageModels:
    """The models found for one language: the layout and one file per processor."""

    language: str
    layout: Layout
    root: Path  # the model directory (stanza layout) or the folder holding the processor dirs
    files: tuple[tuple[str, Path], ...]  # (processor or support dir, file), in pipeline order

    @property
    def processors(self) -> frozenset[str]:
        return frozenset(p for p, _ in self.files if p in PIPELINE_PROCESSORS)

    def file(self, processor: str) -> Path | None:
        for name, path in self.files:
            if name == processor:
                return path
        return None

    @property
    def usable(self) -> bool:
        return REQUIRED_PROCESSORS <= self.processors


def stanza_installed() -> bool:
    """Whether the stanza extra is installed (checked without importing torch)."""
    return importlib.util.find_spec("stanza") is not None


def _stanza_resources(model_dir: Path) -> dict | None:
    path = model_dir / "resources.json"
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _flat_files(folder: Path, lang: str) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for name in (*PIPELINE_PROCESSORS, *SUPPORT_DIRS):
        sub = folder / name
        if not sub.is_dir():
            continue
        candidates = sorted(sub.glob(f"{lang}_*.pt"))
        if candidates:
            found.append((name, candidates[0]))
    return found


def _stanza_layout_files(model_dir: Path, lang: str, resources: dict) -> list[tuple[str, Path]]:
    lang_dir = model_dir / lang
    if not lang_dir.is_dir():
        return []
    entry = resources.get(lang, {})
    defaults = entry.get("default_processors", {}) if isinstance(entry, dict) else {}
    found: list[tuple[str, Path]] = []
    for name in (*PIPELINE_PROCESSORS, *SUPPORT_DIRS):
        sub = lang_dir / name
        if not sub.is_dir():
            continue
        package = defaults.get(name) if isinstance(defaults, dict) else None
        preferred = sub / f"{package}.pt" if isinstance(package, str) else None
        if preferred is not None and preferred.is_file():
            found.append((name, preferred))
            continue
        candidates = sorted(sub.glob("*.pt"))
        if candidates:
            found.append((name, candidates[0]))
    return found


def find_language_models(model_dir: Path, lang: str) -> LanguageModels | None:
    """The models installed for ``lang`` in ``model_dir`` (either layout), or None."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        return None
    resources = _stanza_resources(model_dir)
    if resources is not None:
        files = _stanza_layout_files(model_dir, lang, resources)
        if files:
            return LanguageModels(lang, "stanza", model_dir, tuple(files))
    for folder in (model_dir, model_dir / lang):
        files = _flat_files(folder, lang)
        if files:
            return LanguageModels(lang, "flat", folder, tuple(files))
    return None


def _languages_on_disk(model_dir: Path) -> list[str]:
    langs: set[str] = set()
    if _stanza_resources(model_dir) is not None:
        langs.update(p.name for p in model_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    for folder in [model_dir, *(p for p in model_dir.iterdir() if p.is_dir())]:
        for name in PIPELINE_PROCESSORS:
            sub = folder / name
            if sub.is_dir():
                langs.update(f.name.split("_", 1)[0] for f in sub.glob("*_*.pt"))
    return sorted(langs)


def list_models(model_dir: Path) -> list[InstalledModel]:
    """Every model file installed in ``model_dir``, by language and processor (both layouts)."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        return []
    out: list[InstalledModel] = []
    for lang in _languages_on_disk(model_dir):
        found = find_language_models(model_dir, lang)
        if found is None:
            continue
        for processor, path in found.files:
            out.append(InstalledModel(lang, processor, path, path.stat().st_size))
    return out


@contextlib.contextmanager
def _socket_timeout(seconds: float) -> Iterator[None]:
    # stanza's requests calls pass no timeout; urllib3 then falls back to the socket default.
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(seconds)
    try:
        yield
    finally:
        socket.setdefaulttimeout(previous)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 200 else text[:197] + "..."


def download_models(
    model_dir: Path,
    langs: Sequence[str],
    progress: Callable[[str, int, int], None] | None = None,
    *,
    timeout: float = DOWNLOAD_TIMEOUT_S,
) -> list[LanguageModels]:
    """Fetch the official stanza models for ``langs`` into ``model_dir`` with stanza's own download.

    ``progress(lang, done, total)`` is called before each language and once at the end.
    Raises :class:`ModelDownloadError` (one line) when stanza is missing, the model hub cannot be
    reached (no waiting past ``timeout`` seconds per connection) or a language is unknown.
    """
    if not stanza_installed():
        raise ModelDownloadError(
            "stanza is not installed; run: pip install torch==2.13.0 && pip install 'sahelkg[stanza]'"
        )
    import requests
    import stanza
    from stanza.resources.common import UnknownLanguageError

    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    installed: list[LanguageModels] = []
    total = len(langs)
    for index, lang in enumerate(langs):
        if progress is not None:
            progress(lang, index, total)
        try:
            with _socket_timeout(timeout):
                stanza.download(lang, model_dir=str(model_dir), logging_level="WARN")
        except UnknownLanguageError:
            raise ModelDownloadError(f"stanza has no models for language {lang!r}") from None
        except (requests.exceptions.RequestException, OSError) as error:
            raise ModelDownloadError(
                f"cannot download stanza models for {lang!r} into {model_dir}: "
                f"the model hub is unreachable ({type(error).__name__}: {_one_line(error)})"
            ) from None
        found = find_language_models(model_dir, lang)
        if found is not None:
            installed.append(found)
    if progress is not None:
        progress("", total, total)
    return installed
