"""Web UI and HTTP API (FastAPI) over a store."""
