"""The FastAPI application: read-only HTTP API under /api, web pages at /, OpenAPI at /docs."""
from __future__ import annotations

import threading

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from ..corpus.timeline import FilterError
from ..store import Store, normalise_url
from .templating import STATIC


class StoreProvider:
    """One store connection per server thread (sqlite3 and SQLAlchemy connections are not shared)."""

    def __init__(self, url: str):
        self.url = normalise_url(url)
        self._local = threading.local()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.url)
        return store


def create_app(url: str | None = None) -> FastAPI:
    from .api import router as api_router
    from .pages import router as page_router

    app = FastAPI(title="linimasa", version="1",
                  description="Dated, source-cited event timelines from Indonesian news. Read-only API.")
    app.state.stores = StoreProvider(url)
    app.include_router(api_router, prefix="/api")
    app.include_router(page_router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.exception_handler(FilterError)
    async def _bad_filter(request, exc: FilterError):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    return app


def not_found(what: str, ident: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} with id '{ident}' in this store")
