"""Parquet row building (pure Python, no Spark): complete columns, lossless event rows."""
from __future__ import annotations

import json

from linimasa.document import DateValue, Document, Entity, Event, EventActor, Quote
from linimasa.spark.inputs import kind_of, to_document
from linimasa.spark.rows import TABLES, document_rows, mention_dict


def _doc() -> Document:
    text = "Putin Bertemu Xi\n\nPutin dan Xi bertemu di Beijing pada Jumat (4/2/2022). \"Kami sepakat,\" kata Xi."
    doc = Document(id="a1", text=text, source="x.jsonl", given={"published": "2022-02-05"})
    doc.title, doc.outlet, doc.language, doc.body = "Putin Bertemu Xi", "Kompas", "id", text[18:]
    doc.published = DateValue("2022-02-05", ("2022-02-05", "2022-02-05"))
    doc.entities = [Entity("person:vladimir-putin", "Vladimir Putin", "person"),
                    Entity("person:xi-jinping", "Xi Jinping", "person", country="CHN")]
    ev = doc.span(18, 71)
    doc.events = [Event("CONSULT", [EventActor("person:vladimir-putin", "Vladimir Putin", "source"),
                                    EventActor("person:xi-jinping", "Xi Jinping", "target")], ev,
                        date=DateValue("2022-02-04", ("2022-02-04", "2022-02-04")), mode="in_person",
                        location={"id": "place:beijing", "name": "Beijing"}, confidence=0.8, mentions=[ev])]
    q = doc.span(73, 86)
    doc.quotes = [Quote(q.start, q.end, q.line, q.text, speaker={"id": "person:xi-jinping", "name": "Xi Jinping"},
                        cue="kata")]
    return doc


def test_rows_have_exactly_the_declared_columns():
    rows = document_rows(_doc(), 3)
    for table in ("articles", "events", "quotes"):
        assert len(rows[table]) == 1
        assert list(rows[table][0]) == [c for c, _ in TABLES[table]]
    art, ev, q = rows["articles"][0], rows["events"][0], rows["quotes"][0]
    assert art["record"] == 3 and art["published_start"] == "2022-02-05" and art["n_events"] == 1
    assert ev["date_start"] == "2022-02-04" and ev["actor_ids"] == ["person:vladimir-putin", "person:xi-jinping"]
    assert ev["evidence_text"].startswith("Putin dan Xi bertemu") and ev["location_id"] == "place:beijing"
    assert q["speaker_id"] == "person:xi-jinping" and q["cue"] == "kata"
    json.dumps(rows)   # plain JSON-safe values only


def test_event_rows_give_back_the_merge_records():
    from linimasa.corpus.merge import MentionRecord, mentions_from_document

    doc = _doc()
    row = document_rows(doc, 0)["events"][0]
    assert MentionRecord.from_dict(mention_dict(row)) == mentions_from_document(doc)[0]


def test_work_units_become_the_local_readers_documents():
    doc = to_document(("jsonl", "/d/news.jsonl", 4, json.dumps({"content": "Isi berita."})))
    assert (doc.id, doc.text, doc.source) == ("news-4", "Isi berita.", "/d/news.jsonl")
    assert to_document(("jsonl", "/d/news.jsonl", 5, "{oops"))[:2] == ("line 5", "unreadable input")
    assert to_document(("text", "/d/001_x.txt", 0, "Judul\r\nIsi.".encode())).text == "Judul\nIsi."
    assert kind_of("CC-NEWS-20240501.warc.gz") == "warc" and kind_of("a.JSONL.GZ") == "jsonl"


def _warc(path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        pages = [("https://news.example.id/a", "text/html", "<html><body><article><h1>Presiden Bertemu Menteri</h1>"
                  + "<p>Presiden Joko Widodo bertemu para menteri di Istana Merdeka, Jakarta, pada Senin. "
                  * 3 + "</p></article></body></html>"),
                 ("https://other.example.com/b", "text/html", "<html><body><article><p>" +
                  "Another page entirely about something else, written in English for the test. " * 3 +
                  "</p></article></body></html>"),
                 ("https://news.example.id/c.png", "image/png", "PNG")]
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body.encode()),
                                                http_headers=headers))


def test_warc_units_match_the_local_warc_reader(tmp_path):
    from linimasa.readers import read_paths
    from linimasa.spark.inputs import warc_units

    path = tmp_path / "CC-NEWS-test.warc.gz"
    _warc(path)
    local = [d for d in read_paths([path]) if isinstance(d, Document)]
    units = list(warc_units(str(path), path.read_bytes()))
    docs = [to_document(u) for u in units]
    assert [(d.id, d.text, d.url) for d in docs] == [(d.id, d.text, d.url) for d in local]
    assert len(docs) == 2
    kept = list(warc_units(str(path), path.read_bytes(), url_pattern=r"\.id/"))
    assert [u[3][0] for u in kept] == ["https://news.example.id/a"]
    assert to_document(kept[0]).id == docs[0].id
