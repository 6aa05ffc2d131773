"""HTTP API and server-rendered pages (FastAPI TestClient) over a store of synthetic documents."""
from __future__ import annotations

import warnings

import pytest
from synthetic import filled_store, seed_like_documents

warnings.filterwarnings("ignore", category=DeprecationWarning)
from fastapi.testclient import TestClient  # noqa: E402

from linimasa.web.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("api") / "api.db")
    filled_store(path).close()
    with TestClient(create_app(path)) as c:
        yield c


def test_events_filters_and_pagination(client):
    r = client.get("/api/events", params={"actor": "Vladimir Putin", "limit": 2})
    body = r.json()
    assert r.status_code == 200 and body["total"] == 7 and len(body["items"]) == 2
    assert body["items"][0]["date"]["value"] == "2020-11-11"
    nxt = client.get("/api/events", params={"actor": "Vladimir Putin", "limit": 2, "offset": 2}).json()
    assert nxt["items"][0]["date"]["value"] == "2021-12-15"
    both = client.get("/api/events", params=[("actor", "putin"), ("actor", "Joe Biden")]).json()
    assert [e["date"]["value"] for e in both["items"]] == ["2021-12-07"]
    typed = client.get("/api/events", params={"type": "ASSAULT"}).json()
    assert [e["type"] for e in typed["items"]] == ["ASSAULT"]
    undated = client.get("/api/events", params={"include_undated": "true"}).json()
    assert undated["total"] == 10
    assert client.get("/api/events", params={"since": "last week"}).status_code == 400
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


def test_timeline_buckets_and_event_detail(client):
    tl = client.get("/api/timeline", params={"group": "year"}).json()
    assert tl["buckets"] == [{"key": "2020", "count": 1}, {"key": "2021", "count": 2},
                             {"key": "2022", "count": 2}, {"key": "2024", "count": 1}, {"key": "2025", "count": 2}]
    meeting = next(e for e in tl["items"] if e["date"]["value"] == "2022-02-04")
    ev = client.get(f"/api/events/{meeting['id']}").json()
    assert {m["article"] for m in ev["mentions"]} == {"s002", "s003", "s-hostile"}
    assert all("title" in m for m in ev["mentions"])
    assert client.get("/api/events/ev-nope").status_code == 404


def test_articles_actors_and_search(client):
    arts = client.get("/api/articles", params={"limit": 3}).json()
    assert arts["total"] == 7 and len(arts["items"]) == 3
    art = client.get("/api/articles/s003").json()
    assert art["record"]["text"].startswith("Putin dan Xi Bertemu di Astana")
    ent = art["record"]["entities"][0]["mentions"][0]
    assert art["record"]["text"][ent["start"]:ent["end"]] == ent["text"]
    assert client.get("/api/articles/missing").status_code == 404
    actors = client.get("/api/actors", params={"q": "putin"}).json()
    assert [a["id"] for a in actors["items"]] == ["person:vladimir-putin"]
    putin = client.get("/api/actors/person:vladimir-putin").json()
    assert putin["relationships"][0]["id"] == "person:xi-jinping"
    assert putin["events"]["total"] == 8
    hits = client.get("/api/search", params={"q": "Astana"}).json()
    assert [h["id"] for h in hits["items"]] == ["s003"]
    assert client.get("/api/search", params={"q": "x", "what": "nothing"}).status_code == 422


def test_api_is_read_only_and_documented(client):
    assert client.post("/api/events", json={}).status_code == 405
    assert client.delete("/api/articles/s003").status_code == 405
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/timeline", "/api/articles", "/api/actors", "/api/search"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200


def test_pages_render_and_escape_article_text(client):
    page = client.get("/", params={"actor": "Vladimir Putin"}).text
    assert "Xi Jinping dan Vladimir Putin bertemu di Beijing" in page
    art = client.get("/article/s-hostile").text
    assert "<script>alert" not in art and "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in art
    ev_id = client.get("/api/events", params={"since": "2022-02-04", "until": "2022-02-04", "type": "CONSULT"}).json()["items"][0]["id"]
    ev = client.get(f"/event/{ev_id}").text
    assert ev.count('<mark class="cite"') == 4 and "<script>alert" not in ev
    assert client.get("/actor/person:xi-jinping").status_code == 200
    assert "Astana" in client.get("/search", params={"q": "Astana"}).text
    assert client.get("/", params={"group": "day", "since": "2022"}).status_code == 200
    assert client.get("/event/none").status_code == 404
