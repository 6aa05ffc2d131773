"""The automaton-gated scans of the events stage find exactly what the plain patterns find
(group actors in arguments.py, the talks-ended and attributed-act clauses in constructions.py)."""
from linimasa.document import Document
from linimasa.stages.events.cues import cues

TEXTS = [
    "Ribuan  pengunjuk\nrasa bentrok dengan POLISI anti huru-hara, kata pihak berwenang setempat.",
    "Aparat   keamanan\tdan para demonstran; anti-polisi bukan polisi-polisi.",
    "Trump mengatakan bahwa perundingan dengan Taliban telah \"mati\". Pompeo MENGATAKAN "
    "serangan udara itu dilakukan oleh Iran.",
    "Menteri menyebut  negosiasi damai\u00a0sudah mati, serangan yang didukung oleh milisi.",
    "Tanpa kata kunci apa pun di sini.",
    "\u0130stanbul: massa aksi dan ſerangan udara dilakukan oleh pasukan keamanan.",
]


def _spans(ms):
    return [(m.start(), m.end()) for m in ms]


def test_group_actor_scan_matches_plain_pattern():
    c = cues()
    for text in TEXTS:
        got = c.places(Document(id="t", text=text), "group").finditer(0, len(text))
        assert _spans(got) == _spans(c.group_actors.finditer(text)), text


def test_clause_scans_match_plain_patterns_within_sentences():
    c = cues()
    for text in TEXTS:
        doc = Document(id="t", text=text)
        for tag in ("talks_ended", "attributed_act"):
            rx = getattr(c, tag)
            for a, b in ((0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))):
                got = _spans(c.places(doc, tag).finditer(a, b))
                assert got == _spans(rx.finditer(text, a, b)), (tag, text, a, b)


def test_clause_scan_finds_something():
    c = cues()
    doc = Document(id="t", text=TEXTS[2])
    assert _spans(c.places(doc, "talks_ended").finditer(0, len(TEXTS[2])))
    assert _spans(c.places(doc, "attributed_act").finditer(0, len(TEXTS[2])))


def test_group_actor_scan_finds_something():
    c = cues()
    doc = Document(id="t", text=TEXTS[0])
    assert len(_spans(c.places(doc, "group").finditer(0, len(TEXTS[0])))) >= 2
