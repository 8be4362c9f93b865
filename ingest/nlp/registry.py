"""Choosing the NLP backend: stanza when it is installed and its models are on disk, the built-in
backend otherwise (saying once which one runs and the command that fixes it).

Backends are named in a table of ``"module:Class"`` strings and imported only when chosen.
``settings.nlp_backend`` ("auto" | "stanza" | "builtin", env ``SAHELKG_NLP_BACKEND``) forces one;
``settings.stanza_sentences`` ("builtin" | "stanza", env ``SAHELKG_STANZA_SENTENCES``) says where
the stanza backend takes sentence boundaries from.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from sahelkg.ingest.nlp.base import NlpBackend
from sahelkg.ingest.nlp.models import find_language_models, stanza_installed

from sahelkg.settings import Settings

BACKENDS: dict[str, str] = {
    "stanza": "sahelkg.ingest.nlp.stanza_backend:StanzaBackend",
    "builtin": "sahelkg.ingest.nlp.builtin:BuiltinBackend",
}
INSTALL_STANZA = "pip install torch==2.13.0 && pip install 'sahelkg[stanza]'"


class NlpBackendUnavailable(Exception):
    """The requested NLP backend cannot run; ``str()`` is one line with the reason and the fix."""


def _load(name: str) -> Any:
    module_name, _, attr = BACKENDS[name].partition(":")
    return getattr(importlib.import_module(module_name), attr)


def download_command(lang: str) -> str:
    return f"sahelkg models download --lang {lang}"


def stanza_unavailable_reason(settings: Settings, lang: str) -> str | None:
    """Why the stanza backend cannot run for ``lang`` (with the command that fixes it), or None."""
    if not stanza_installed():
        return f"stanza is not installed; run: {INSTALL_STANZA} && {download_command(lang)}"
    models = find_language_models(settings.models_path, lang)
    if models is None:
        return f"no stanza models for {lang!r} in {settings.models_path}; run: {download_command(lang)}"
    if not models.usable:
        have = ", ".join(sorted(models.processors)) or "none"
        return (f"incomplete stanza models for {lang!r} in {settings.models_path} (have: {have}); "
                f"run: {download_command(lang)}")
    return None


def models_available(settings: Settings, lang: str) -> bool:
    """Whether stanza is installed and usable models for ``lang`` are in ``settings.models_path``."""
    return stanza_unavailable_reason(settings, lang) is None


def _stanza_backend(settings: Settings, lang: str) -> NlpBackend:
    from sahelkg.ingest.nlp.stanza_backend import StanzaUnavailable

    backend_class = _load("stanza")
    try:
        # a pool of worker processes (the default) wants one torch thread per process
        threads = None if settings.workers == 1 else 1
        backend = backend_class(settings.models_path, lang, threads=threads,
                                sentences=settings.stanza_sentences)
        backend.pipeline  # build the pipeline now, so a broken model fails at selection  # noqa: B018
    except StanzaUnavailable as error:
        raise NlpBackendUnavailable(str(error)) from None
    except Exception as error:  # stanza/torch raise many kinds on a corrupt or mismatched model
        detail = " ".join(str(error).split())[:200]
        raise NlpBackendUnavailable(
            f"cannot load the stanza models for {lang!r} from {settings.models_path}: "
            f"{type(error).__name__}: {detail}"
        ) from None
    return backend


def select_backend(
    settings: Settings, *, lang: str = "ar", announce: Callable[[str], None] | None = None
) -> NlpBackend:
    """The NLP backend for articles in ``lang`` according to ``settings.nlp_backend``.

    "stanza" raises :class:`NlpBackendUnavailable` when stanza cannot run; "auto" then falls back
    to the built-in backend and calls ``announce`` with one line saying so and how to fix it.
    """
    choice = settings.nlp_backend
    if choice == "builtin":
        return _load("builtin")()
    reason = stanza_unavailable_reason(settings, lang)
    if reason is None:
        try:
            return _stanza_backend(settings, lang)
        except NlpBackendUnavailable as error:
            if choice == "stanza":
                raise
            reason = str(error)
    elif choice == "stanza":
        raise NlpBackendUnavailable(f"the stanza NLP backend cannot run: {reason}")
    if announce is not None:
        announce(f"NLP backend: built-in (no dependency parses or NER) because {reason}")
    return _load("builtin")()


class BackendsByLanguage:
    """One backend per article language, chosen on first use and kept (one stanza pipeline per
    language per process); each distinct announcement is made once."""

    def __init__(self, settings: Settings, announce: Callable[[str], None] | None = None) -> None:
        self.settings = settings
        self._announce = announce
        self._announced: set[str] = set()
        self._backends: dict[str, NlpBackend] = {}

    def _announce_once(self, message: str) -> None:
        if self._announce is not None and message not in self._announced:
            self._announced.add(message)
            self._announce(message)

    def for_language(self, lang: str) -> NlpBackend:
        backend = self._backends.get(lang)
        if backend is None:
            backend = select_backend(self.settings, lang=lang, announce=self._announce_once)
            self._backends[lang] = backend
        return backend
