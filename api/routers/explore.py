"""``/explore``: the explorer page (search an entity, its network, timeline and map, the evidence of
every edge), and ``/`` redirecting to it.

The page is static: ``api/static/explore/index.html`` with its script and stylesheet, and the
third-party files under ``vendor/`` (cytoscape, topojson-client, Natural Earth outlines from
world-atlas; copied from npm by ``scripts/vendor_explorer.py``, with their licences). Everything it
shows comes from the public REST API (``/entities``, ``/entities/{id}``, ``/entities/{id}/network``,
``/relations``, ``/articles``), so every view is also scriptable. Assets are read from the installed
package and sent with a Content-Security-Policy that keeps the page on this server.
"""

from __future__ import annotations

import mimetypes
from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from sahelkg.api.errors import NotFound

router = APIRouter(include_in_schema=False)

PAGE_URL = "/explore"
ASSETS_URL = "/explore/assets"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'")
MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
               ".json": "application/json", ".html": "text/html; charset=utf-8",
               ".md": "text/markdown; charset=utf-8"}


def static_dir() -> Path:
    """The folder of the page and its assets inside the installed package."""
    return Path(str(files("sahelkg.api") / "static" / "explore"))


def _asset(name: str) -> Path | None:
    base = static_dir().resolve()
    candidate = (base / name).resolve()
    if candidate.is_relative_to(base) and candidate.is_file():
        return candidate
    return None


def _media_type(path: Path) -> str:
    if path.name.endswith("LICENSE"):
        return "text/plain; charset=utf-8"
    return MEDIA_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


@router.get("/")
async def root(request: Request) -> RedirectResponse:
    return RedirectResponse(f"{request.scope.get('root_path', '')}{PAGE_URL}", status_code=307)


@router.get(PAGE_URL)
async def explore_page() -> Response:
    page = FileResponse(static_dir() / "index.html", media_type=MEDIA_TYPES[".html"])
    page.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    page.headers["Cache-Control"] = "no-cache"
    return page


@router.get(ASSETS_URL + "/{name:path}")
async def explore_asset(name: str) -> Response:
    path = _asset(name)
    if path is None or path.name == "index.html":
        raise NotFound("asset", name)
    asset = FileResponse(path, media_type=_media_type(path))
    asset.headers["Cache-Control"] = "no-cache"
    asset.headers["X-Content-Type-Options"] = "nosniff"
    return asset
