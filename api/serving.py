"""How ``sahelkg serve`` runs the app under uvicorn: the HTTP protocol limits that keep one
client from holding the server (header size, idle keep-alive), in one place for the command and
the tests that run a real server."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sahelkg.settings import Settings

KEEP_ALIVE_S = 5  # an idle connection is closed after this


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """Options for ``uvicorn.run`` / ``uvicorn.Config``: the h11 protocol, whose parser refuses a
    request head over ``max_header_bytes`` at once (the default parser waits for the whole head,
    however large), and a short keep-alive."""
    return {"http": "h11", "h11_max_incomplete_event_size": settings.max_header_bytes,
            "timeout_keep_alive": KEEP_ALIVE_S}
