"""Settings, built once at the edge (CLI, app factory, worker) and passed down.

Every field can be set by an environment variable ``SAHELKG_<NAME>`` (e.g. ``SAHELKG_DATA_DIR``)
or by the matching CLI flag. Nothing here is instantiated at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    workers: int | None = Field(default=None, description="Ingest worker processes; default: cores.")
    batch_size: int = 50
    write_token: str | None = None
    query_timeout: float = 10.0
    max_concurrent_queries: int = 4
    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = 2_000_000
    max_page_size: int = 500
    host: str = "127.0.0.1"
    port: int = 8000

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
