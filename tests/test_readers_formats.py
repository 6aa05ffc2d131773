"""Readers: HTML, WARC, JSONL.gz and directories give Documents with the metadata they state."""
from __future__ import annotations

import gzip
import json

from linimasa.readers import ReadError, read_paths
from test_robustness import page, write_warc


def docs(*paths):
    return list(read_paths(paths))


def test_html_page(tmp_path):
    p = tmp_path / "berita.html"
    p.write_bytes(page("Jokowi Bertemu Xi di Beijing"))
    [doc] = docs(p)
    assert doc.given["title"] == "Jokowi Bertemu Xi di Beijing"
    assert "Presiden Joko Widodo bertemu Presiden Xi Jinping" in doc.text
    assert "<p>" not in doc.text


def test_html_without_article_is_an_error(tmp_path):
    p = tmp_path / "kosong.html"
    p.write_text("<html><body><script>var x=1;</script></body></html>")
    [err] = docs(p)
    assert isinstance(err, ReadError) and "no article text" in err.reason


def test_warc_records_become_documents(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    write_warc(p, n=3)
    out = docs(p)
    assert all(not isinstance(d, ReadError) for d in out)
    assert [d.url for d in out] == [f"https://www.kompas.com/read/{i}" for i in range(3)]
    assert len({d.id for d in out}) == 3


def test_jsonl_gz(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "x1", "title": "Judul", "text": "Isi berita.", "published": "2022-07-26",
                            "outlet": "kompas.com"}) + "\n")
        f.write("{not json\n")
    out = docs(p)
    assert out[0].id == "x1" and out[0].given["published"] == "2022-07-26"
    assert isinstance(out[1], ReadError) and out[1].where == "line 2"


def test_directory_reads_known_files_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Judul B\n\nIsi B.")
    (tmp_path / "sub" / "a.txt").write_text("Judul A\n\nIsi A.")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG")
    (tmp_path / "halaman.html").write_bytes(page("Halaman"))
    ids = [d.id for d in docs(tmp_path)]
    assert ids == ["b", "halaman", "a"]
