"""``/docs`` (Swagger UI) and ``/redoc`` (ReDoc) served with their assets from the installed
package, so the pages work offline: nothing is loaded from a CDN or a font service.

The assets (Swagger UI's bundle and stylesheet, ReDoc's standalone bundle, a favicon) come from
the ``fastapi-offline`` distribution (MIT), a dependency, which ships them as package data:
Swagger UI is Apache-2.0, ReDoc MIT. They are served under ``/docs/assets``. Swagger UI's
online validator badge is turned off (it would call validator.swagger.io).

Both pages are sent with a Content-Security-Policy that lets them load from this server only, so
a browser never fetches anything elsewhere for them: ReDoc's bundle asks for its "Redocly" logo
from its CDN, the browser refuses, and ReDoc drops the image (it removes it on a load error).
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

DOCS_URL = "/docs"
REDOC_URL = "/redoc"
ASSETS_URL = "/docs/assets"
OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect"
SWAGGER_UI_PARAMETERS = {"validatorUrl": None}
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    "frame-ancestors 'self'")


def _same_origin_only(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return page


def assets_dir() -> str:
    """The folder of the packaged Swagger UI and ReDoc assets."""
    return str(files("fastapi_offline") / "static")


def install_docs(app: FastAPI) -> None:
    """Add /docs, /redoc and their assets to an app made with ``docs_url=None, redoc_url=None``."""
    app.mount(ASSETS_URL, StaticFiles(directory=assets_dir()), name="docs-assets")

    def root(request: Request) -> str:
        return str(request.scope.get("root_path", ""))

    @app.get(DOCS_URL, include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        prefix = root(request)
        return _same_origin_only(get_swagger_ui_html(
            openapi_url=f"{prefix}{app.openapi_url}", title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=f"{prefix}{OAUTH2_REDIRECT_URL}",
            swagger_js_url=f"{prefix}{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{prefix}{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{prefix}{ASSETS_URL}/favicon.png",
            swagger_ui_parameters=SWAGGER_UI_PARAMETERS))

    @app.get(OAUTH2_REDIRECT_URL, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get(REDOC_URL, include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        prefix = root(request)
        return _same_origin_only(get_redoc_html(
            openapi_url=f"{prefix}{app.openapi_url}", title=f"{app.title} - ReDoc",
            redoc_js_url=f"{prefix}{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{prefix}{ASSETS_URL}/favicon.png", with_google_fonts=False))
