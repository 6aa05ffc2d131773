"""Synthetic annotated Documents for corpus/store/API/web tests (usable before the events stage lands).

They mirror the seed articles: Xi–Putin meetings reported by several outlets,
a joint statement of China and Russia reported without the meeting, a reprint,
hypothetical and undated events, and an article whose text contains <script>.
"""
from __future__ import annotations

from linimasa.document import DateValue, Document, Entity, Event, EventActor, Mention, Quote, Timex

XI = ("person:xi-jinping", "Xi Jinping", "person", "CHN")
PUTIN = ("person:vladimir-putin", "Vladimir Putin", "person", "RUS")
BIDEN = ("person:joe-biden", "Joe Biden", "person", "USA")
CHN = ("CHN", "China", "country", None)
RUS = ("RUS", "Russia", "country", None)
UKR = ("UKR", "Ukraine", "country", None)
BEIJING = {"id": "place:beijing", "name": "Beijing"}
MOSCOW = {"id": "place:moscow", "name": "Moscow"}
ASTANA = {"id": "place:astana", "name": "Astana"}


def _date(value, bounds=None):
    if value is None and bounds is None:
        return None
    if bounds is None:
        from linimasa.corpus.dates import value_interval
        bounds = value_interval(value)
    return DateValue(value, tuple(bounds) if bounds else None)


class DocBuilder:
    """Write an article line by line and annotate phrases in it."""

    def __init__(self, doc_id, title, outlet=None, published=None):
        self.id, self.lines, self.outlet = doc_id, [title], outlet
        self.published = published
        self.entities: dict[str, Entity] = {}
        self.events: list[Event] = []
        self.times: list[Timex] = []
        self.quotes: list[Quote] = []
        self.aliases: list[tuple[tuple, str]] = []

    def line(self, text):
        self.lines.append(text)
        return len(self.lines)          # 1-based line number

    def text(self):
        return "\n".join(self.lines) + "\n"

    def _offset(self, line, phrase):
        start = sum(len(x) + 1 for x in self.lines[: line - 1])
        i = self.lines[line - 1].find(phrase)
        assert i >= 0, (phrase, self.lines[line - 1])
        return start + i, start + i + len(phrase)

    def event(self, line, etype, actors, date=None, bounds=None, mode=None, location=None,
              negated=False, hypothetical=False, confidence=0.8, phrase=None):
        self.events.append(dict(line=line, type=etype, actors=actors, date=_date(date, bounds),
                                mode=mode, location=location, negated=negated,
                                hypothetical=hypothetical, confidence=confidence, phrase=phrase))

    def build(self) -> Document:
        doc = Document(id=self.id, text=self.text(), source=f"synthetic/{self.id}.txt")
        doc.title, doc.outlet, doc.body = self.lines[0], self.outlet, doc.text
        doc.body_map = [(0, 0, len(doc.text))]
        if self.published:
            doc.published = _date(self.published)
        for n, line in enumerate(self.lines, 1):
            for ent in (XI, PUTIN, BIDEN, CHN, RUS, UKR):
                for form in {ent[1], ent[1].split()[-1]}:
                    i = line.find(form)
                    if i >= 0:
                        s, e = self._offset(n, form)
                        entity = self.entities.setdefault(ent[0], Entity(ent[0], ent[1], ent[2], country=ent[3], in_kb=True))
                        if not any(m.start == s for m in entity.mentions):
                            entity.mentions.append(Mention(s, e, n, form, label="PER" if ent[2] == "person" else "LOC"))
                        break
        for spec in self.events:
            n = spec["line"]
            line = self.lines[n - 1]
            s, e = self._offset(n, spec["phrase"] or line)
            evidence = doc.span(s, e)
            actors = [EventActor(a[0], a[1], "source" if i == 0 else "target", a[2])
                      for i, a in enumerate(spec["actors"])]
            for a in spec["actors"]:
                self.entities.setdefault(a[0], Entity(a[0], a[1], a[2], country=a[3], in_kb=True))
            doc.events.append(Event(spec["type"], actors, evidence, date=spec["date"], mode=spec["mode"],
                                    location=spec["location"], negated=spec["negated"],
                                    hypothetical=spec["hypothetical"], confidence=spec["confidence"],
                                    mentions=[evidence]))
            if spec["date"] and spec["date"].value:
                doc.times.append(Timex(s, e, n, evidence.text, "DATE", spec["date"].value))
        doc.entities = list(self.entities.values())
        doc.quotes = self.quotes
        doc.done = ["text", "given", "body", "meta", "sentences", "times", "entities", "events", "quotes"]
        return doc


def seed_like_documents() -> list[Document]:
    """Five articles shaped like the seeds, plus a reprint and a hostile article."""
    docs = []

    a = DocBuilder("s000", "Xi Jinping dan Vladimir Putin Lakukan Pertemuan Virtual", "Intisari Online")
    n = a.line("Presiden China Xi Jinping dan Presiden Rusia Vladimir Putin melakukan pertemuan virtual pada 11 November 2020.")
    a.event(n, "CONSULT", [XI, PUTIN], "2020-11-11", mode="virtual")
    n = a.line("China dan Rusia beberapa minggu lalu mengumumkan aliansi.")
    a.event(n, "AGREE", [CHN, RUS], None, bounds=("2020-10-01", "2020-11-11"))
    docs.append(a.build())

    b = DocBuilder("s001", "Putin dan Xi Jinping Bertemu Secara Daring", "PortalKalteng", "2021-12-16")
    n = b.line("Vladimir Putin dan Xi Jinping melakukan pertemuan secara daring pada Rabu, 15 Desember 2021.")
    b.event(n, "CONSULT", [PUTIN, XI], "2021-12-15", mode="virtual")
    n = b.line("Delapan hari sebelumnya Putin berbicara dengan Joe Biden melalui tautan video.")
    b.event(n, "CONSULT", [PUTIN, BIDEN], "2021-12-07", mode="virtual")
    n = b.line("Putin berharap bertemu Xi Jinping di Beijing pada Februari 2022.")
    b.event(n, "CONSULT", [PUTIN, XI], "2022-02", mode="in_person", location=BEIJING, hypothetical=True)
    n = b.line("Putin tidak akan bertemu Joe Biden bulan ini.")
    b.event(n, "CONSULT", [PUTIN, BIDEN], "2021-12", negated=True)
    docs.append(b.build())

    c = DocBuilder("s002", "Xi Jinping dan Putin Kompak, Hadapi Dominasi AS", None)
    n = c.line("Pertemuan tatap muka Presiden China Xi Jinping dan Presiden Rusia Vladimir Putin di Beijing, Jumat 4 Februari 2022.")
    c.event(n, "CONSULT", [XI, PUTIN], "2022-02-04", mode="in_person", location=BEIJING)
    n = c.line("China dan Rusia menyatakan persahabatan tanpa batas.")
    c.event(n, "AGREE", [CHN, RUS], "2022-02-04")
    docs.append(c.build())

    d = DocBuilder("s003", "Putin dan Xi Bertemu di Astana", "IDN Times")
    n = d.line("Vladimir Putin dan Xi Jinping bertemu di Astana pada 3 Juli 2024.")
    d.event(n, "CONSULT", [PUTIN, XI], "2024-07-03", mode="in_person", location=ASTANA)
    n = d.line("China dan Rusia mendeklarasikan kemitraan tanpa batas pada Februari 2022, beberapa hari sebelum Moskow menginvasi Ukraina.")
    d.event(n, "AGREE", [CHN, RUS], "2022-02", phrase="China dan Rusia mendeklarasikan kemitraan tanpa batas pada Februari 2022")
    d.event(n, "ASSAULT", [RUS, UKR], "2022-02", phrase="Moskow menginvasi Ukraina")
    n = d.line("Pertemuan itu menandai pembicaraan yang tidak bertanggal antara keduanya.")
    d.event(n, "CONSULT", [PUTIN, XI], None)
    docs.append(d.build())

    e = DocBuilder("s004", "Xi Jinping Sambut Putin di Beijing", None)
    n = e.line("Xi Jinping menyambut Vladimir Putin di Beijing tahun 2025 sebelum parade.")
    e.event(n, "CONSULT", [XI, PUTIN], "2025", mode="in_person", location=BEIJING)
    n = e.line("Xi Jinping mengunjungi Moskow pada Mei 2025 dan bertemu Vladimir Putin.")
    e.event(n, "CONSULT", [XI, PUTIN], "2025-05", mode="in_person", location=MOSCOW)
    docs.append(e.build())

    # A reprint of s001 by another outlet (near-duplicate text, one more line).
    r = DocBuilder("s001-reprint", b.lines[0], "Pikiran Rakyat", "2021-12-16")
    for line in b.lines[1:]:
        r.line(line)
    r.line("Artikel ini telah tayang ulang.")
    r.event(2, "CONSULT", [PUTIN, XI], "2021-12-15", mode="virtual")
    docs.append(r.build())

    h = DocBuilder("s-hostile", "Judul <script>alert('x')</script> berbahaya", "Evil Outlet")
    n = h.line("Vladimir Putin dan Xi Jinping bertemu <script>alert('xss')</script> pada 4 Februari 2022 di Beijing.")
    h.event(n, "CONSULT", [PUTIN, XI], "2022-02-04", mode="in_person", location=BEIJING)
    docs.append(h.build())
    return docs


# ---------------------------------------------------------------- store fixtures

import os
import uuid

import pytest

PG_DEFAULT = "postgresql://linimasa:linimasa@localhost:5432/linimasa_test"


def pg_url() -> str:
    return os.environ.get("LINIMASA_TEST_PG") or PG_DEFAULT


def _pg_schema_url(base: str):
    """A fresh schema on the test server (isolated per test), or skip saying why."""
    try:
        import sqlalchemy as sa
    except ImportError:
        pytest.skip("PostgreSQL tests need sqlalchemy and psycopg (pip install 'linimasa[postgres]')")
    url = base.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            schema = "t_" + uuid.uuid4().hex[:12]
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
            conn.commit()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"no PostgreSQL server reachable at {base} ({type(exc).__name__}); "
                    "start one with scripts/ci_services or set LINIMASA_TEST_PG")
    sep = "&" if "?" in base else "?"
    return engine, schema, f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A URL for an empty store, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    engine, schema, url = _pg_schema_url(pg_url())
    yield url
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        conn.commit()
    engine.dispose()


def filled_store(url: str, docs=None):
    from linimasa.store import Store
    store = Store(url)
    store.ingest(docs if docs is not None else seed_like_documents())
    return store
