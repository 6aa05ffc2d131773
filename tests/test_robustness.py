"""Bad inputs give a clear message naming the file, and the rest of the batch goes on."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from conftest import ROOT

ENTRY = "import sys; from linimasa.cli import main; sys.exit(main())"
STAGES = "clean,metadata,language"
GOOD = ("Presiden Bertemu Menteri\n\nJakarta - Presiden Joko Widodo bertemu Presiden Xi Jinping "
        "di Beijing pada Selasa, 26 Juli 2022. Keduanya membahas kerja sama ekonomi.\n")


def extract(*paths):
    proc = subprocess.run([sys.executable, "-c", ENTRY, "extract", *map(str, paths), "--stages", STAGES,
                           "--workers", "1"], capture_output=True, text=True, cwd=ROOT)
    rows = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    return proc, rows


def page(title: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            "<p>JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing, "
            "Selasa (26/7/2022). Pertemuan itu membahas kerja sama ekonomi kedua negara.</p>"
            "<p>Kedua pemimpin juga membahas keamanan kawasan dan kerja sama kesehatan.</p>"
            "</article></body></html>").encode()


def write_warc(path, n=3):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i in range(n):
        h = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        w.write_record(w.create_warc_record(f"https://www.kompas.com/read/{i}", "response",
                                            payload=io.BytesIO(page(f"Judul Berita {i}")), http_headers=h))
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("binary.txt", bytes(range(256)) * 64, "binary"),
])
def test_bad_file_is_named_and_batch_goes_on(tmp_path, good, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    proc, rows = extract(bad, good)
    assert proc.returncode == 0
    assert [r["id"] for r in rows] == ["good"]
    assert str(bad) in proc.stderr and reason in proc.stderr


def test_fifty_megabytes_refused(tmp_path, good):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
        f.seek(0)
        f.write(b"Judul\n\nIsi berita yang sangat panjang.")
    proc, rows = extract(big, good)
    assert [r["id"] for r in rows] == ["good"]
    assert str(big) in proc.stderr and "50 MB" in proc.stderr and "limit" in proc.stderr


def test_latin1_file_is_decoded(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Kafe Baru Dibuka\n\nJAKARTA - Sebuah café di Menteng dibuka pada Senin. "
                  "Pemiliknya berkata, “kami senang sekali” kepada wartawan.".encode("cp1252"))
    proc, rows = extract(p)
    assert proc.returncode == 0, proc.stderr
    assert "café" in rows[0]["body"] and "“kami senang sekali”" in rows[0]["body"]


def test_truncated_warc_gz(tmp_path, good):
    data = write_warc(tmp_path / "ok.warc.gz")
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    (tmp_path / "ok.warc.gz").unlink()
    proc, rows = extract(cut, good)
    assert proc.returncode == 0
    urls = [r["url"] for r in rows if r["source"] == str(cut)]
    assert urls == ["https://www.kompas.com/read/0", "https://www.kompas.com/read/1"]
    assert str(cut) in proc.stderr and "truncated" in proc.stderr
    assert rows[-1]["id"] == "good"


def test_exit_status_nonzero_only_when_nothing_read(tmp_path, good):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc, rows = extract(empty)
    assert proc.returncode != 0 and rows == []
    proc, rows = extract(empty, good)
    assert proc.returncode == 0 and len(rows) == 1


def test_missing_path_is_named(tmp_path, good):
    proc, rows = extract(tmp_path / "nope.txt", good)
    assert "nope.txt" in proc.stderr and len(rows) == 1
