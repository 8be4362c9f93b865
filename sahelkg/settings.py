"""Settings, built once at the edge (CLI, app factory, worker) and passed down.

Every field can be set by an environment variable ``SAHELKG_<NAME>`` (e.g. ``SAHELKG_DATA_DIR``)
or by the matching CLI flag. Numbers are checked against their ranges (a port is 1-65535, limits
and counts are positive) when the settings are built, so a bad value stops every command at once
with one line, not later. ``SAHELKG_CORS_ORIGINS`` is a JSON list or a comma-separated list.
Nothing here is instantiated at import time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(user_data_dir("sahelkg", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAHELKG_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir, description="Where the embedded store lives.")
    store: str = Field(default="oxigraph", description="Store backend name (see sahelkg.graph.store).")
    store_url: str | None = Field(default=None, description="SPARQL endpoint URL for the remote backend.")
    nlp_backend: Literal["auto", "stanza", "builtin"] = "auto"
    model_dir: Path | None = Field(default=None, description="stanza models; default <data_dir>/models")
    stanza_sentences: Literal["builtin", "stanza"] = Field(
        default="builtin",
        description="Where the stanza backend takes sentence boundaries from: the built-in splitter "
                    "or stanza's tokenizer model.")
    rules: str = Field(
        default="",
        description="Extraction rules to run: '-kinship,-pacts' drops rules or families, 'frames,members' "
                    "keeps only those; empty runs them all (sahelkg.ingest.relations.registry).")
    workers: int | None = Field(default=None, ge=1, description="Ingest worker processes; default: one per "
                                "core (this process alone for a small input).")
    batch_size: int = Field(default=200, ge=1)
    scheduler: str | None = Field(default=None, description="Dask scheduler address (tcp://HOST:8786): "
                                  "ingest extracts on that cluster.")
    write_token: str | None = None
    article_budget: float = Field(default=60.0, gt=0, description="Seconds of extraction an article "
                                  "may take; a slower one is reported and skipped.")
    query_timeout: float = Field(default=10.0, gt=0)
    max_concurrent_queries: int = Field(default=4, ge=1)
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    service_endpoints: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="SPARQL endpoints a query may call with SERVICE (none: federation off).")
    load_sources: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="IRIs an update may LOAD (none: LOAD off).")
    max_header_bytes: int = Field(default=65536, ge=1024, description="Largest request head (request line "
                                  "and headers) the server reads; a larger one is refused at once.")
    query_processes: bool = Field(default=True, description="Run /sparql queries over the embedded store in "
                                  "worker processes that are killed at the deadline.")
    query_memory_mb: int = Field(default=1024, ge=64, description="Memory one /sparql query may use (MiB).")
    max_body_bytes: int = Field(default=2_000_000, ge=1)
    body_timeout_s: float = Field(default=30.0, gt=0, description="Seconds a request body may take to "
                                  "arrive after the request head; a slower one is refused with 408.")
    max_page_size: int = Field(default=500, ge=1)
    page_cache_entries: int = Field(default=1000, ge=0, description="Pages of /relations and /entities/{id} "
                                    "kept computed for the current store state (0: no page cache).")
    page_cache_mb: int = Field(default=64, ge=0, description="Bytes (MiB) the kept pages may take.")
    host: str = Field(default="127.0.0.1", min_length=1)
    port: int = Field(default=8000, ge=1, le=65535)

    @field_validator("cors_origins", "service_endpoints", "load_sources", mode="before")
    @classmethod
    def _origins(cls, value: object) -> object:
        """A JSON list (``["http://a", "http://b"]``) or a comma-separated list of origins."""
        if not isinstance(value, str):
            return value
        text = value.strip()
        if text.startswith("["):
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not a JSON list ({exc.msg} at character {exc.pos}); "
                                 "give a JSON list or origins separated by commas") from None
        return [origin.strip() for origin in text.split(",") if origin.strip()]

    @field_validator("rules")
    @classmethod
    def _known_rules(cls, value: str) -> str:
        from sahelkg.ingest.relations.registry import select_rules

        select_rules(value)  # raises on a rule or family that does not exist
        return value

    @property
    def store_path(self) -> Path:
        return self.data_dir / "store"

    @property
    def models_path(self) -> Path:
        return self.model_dir or (self.data_dir / "models")
