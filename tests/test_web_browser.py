"""The web UI in a real browser (Debian chromium driven by Playwright), over synthetic documents."""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
from synthetic import filled_store

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("LINIMASA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from linimasa.web.app import create_app
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    filled_store(db).close()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"needs chromium at {CHROMIUM} (apt-get install chromium; CI installs it)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("needs the playwright pip package (pip install playwright; no browser download needed)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(10000)
    yield pg
    ctx.close()


def test_filter_by_putin_open_event_and_see_the_cited_sentence(server, page):
    page.goto(server + "/")
    assert page.locator("li.entry").count() == 8
    page.fill("#actor-input", "Vladimir Putin")
    page.select_option("#type-select", "CONSULT")
    page.click("#apply")
    page.wait_for_url("**actor=Vladimir+Putin**")
    entries = page.locator("li.entry")
    assert entries.count() == 7
    page.screenshot(path=str(ARTIFACTS / "timeline-putin.png"), full_page=True)

    beijing = entries.filter(has_text="bertemu di Beijing").filter(has_text="2022-02-04")
    beijing.locator("details.sources summary").click()
    assert beijing.locator("details.sources li").count() == 4
    beijing.locator("a.summary").click()
    page.wait_for_url("**/event/**")
    marks = page.locator("mark.cite")
    assert marks.count() == 4
    texts = [marks.nth(i).inner_text() for i in range(marks.count())]
    assert any("China dan Rusia mendeklarasikan kemitraan tanpa batas pada Februari 2022" in t for t in texts)
    assert marks.first.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(ARTIFACTS / "event-beijing.png"), full_page=True)


def test_zoom_controls_regroup_the_timeline(server, page):
    page.goto(server + "/?group=year")
    assert page.locator(".histogram .bar").count() == 5
    page.locator(".histogram .bar", has_text="2025").click()
    page.wait_for_url("**group=month**")
    assert page.locator("li.entry").count() == 2
    page.keyboard.press("+")
    page.wait_for_url("**group=day**")
    assert page.locator(".zoom a.active").inner_text() == "hari"


def test_article_with_script_renders_as_text(server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/article/s-hostile")
    text = page.locator("#article-text").inner_text()
    assert "<script>alert('xss')</script>" in text
    assert page.locator("#article-text script").count() == 0
    assert "<script>" in page.locator("h1.article-title").inner_text()
    assert page.locator("#article-text span.event").count() >= 1
    page.uncheck("input[data-layer=ent]")
    assert "hide-ent" in page.evaluate("document.body.className")
    page.screenshot(path=str(ARTIFACTS / "article-hostile.png"), full_page=True)
    assert dialogs == []


def test_actor_page_shows_events_over_time_and_relationships(server, page):
    page.goto(server + "/actor/person:vladimir-putin")
    assert page.locator("svg.years rect").count() == 5
    row = page.locator("table.relations tr", has_text="Xi Jinping")
    assert row.locator("td.coop").inner_text() == "7"
    page.screenshot(path=str(ARTIFACTS / "actor-putin.png"), full_page=True)
