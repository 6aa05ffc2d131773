"""Find quotation marks and pair them into quoted spans, paragraph by paragraph.

News convention for a quotation over several paragraphs: each paragraph opens
with a quote mark and only the last one closes it. Such a quotation becomes one
`RawQuote` with one content piece per paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = "“„«"
CLOSERS = "”»"
_MARK = re.compile(r'["“”„«»]')
_SINGLE = re.compile(r"‘([^‘’\n]{3,}?)’")
# Scraped corpora sometimes join paragraphs with "," right after the final stop
# ("… 2019).,Zulmi menjelaskan", "… utara.",,Palestina", "… ini. , ,Dia"); the commas
# there are a paragraph break. After a closing quote two commas are a break even without a
# stop; after a word they are not (",, Lyse Doucet": a link's text lost in scraping).
_SOFT_BREAK = re.compile(r"(?:[.!?:][\"”]?\s*(,(?:\s*,)*)|[\"”]\s*(,\s*,(?:\s*,)*))(?=\s*[\"“‘]?[A-Z0-9])")
_LEAD_OPEN = re.compile(r'\s*["“„«]')


@dataclass(slots=True)
class RawQuote:
    open_at: int                     # offset of the opening mark
    close_at: int | None             # offset of the closing mark (None: never closed)
    pieces: list[tuple[int, int]] = field(default_factory=list)  # content, one per paragraph
    para: tuple[int, int] = (0, 0)   # first paragraph (start, end)
    last_para: tuple[int, int] = (0, 0)
    single: bool = False             # ‘…’ rather than a double quote
    virtual_close: bool = False      # close inferred before a cue, the mark was missing

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def paragraphs(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of every non-blank paragraph of the kept regions."""
    out: list[tuple[int, int]] = []
    for a, b in regions:
        pos = a
        for line in text[a:b].split("\n"):
            end = pos + len(line)
            cut = pos
            for m in _SOFT_BREAK.finditer(text, pos, end):
                g = 1 if m.start(1) >= 0 else 2
                _add(out, text, cut, m.start(g))
                cut = m.end(g)
            _add(out, text, cut, end)
            pos = end + 1
    return out


def _add(out: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


def _closing_like(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def find_quotes(text: str, paras: list[tuple[int, int]], cue_inside: re.Pattern) -> list[RawQuote]:
    """Pair double quote marks within paragraphs, continuing across paragraph breaks."""
    out: list[RawQuote] = []
    cur: RawQuote | None = None
    content_from = 0
    for k, (pa, pb) in enumerate(paras):
        if cur is not None:
            lead = _LEAD_OPEN.match(text, pa, pb)
            if lead and not cue_inside.search(text, content_from, paras[k - 1][1]):
                # the quotation continues in this paragraph
                cur.pieces.append((content_from, paras[k - 1][1]))
                content_from = lead.end()
                marks_from = lead.end()
            else:
                _close_unclosed(text, cur, content_from, paras[k - 1], cue_inside, out)
                cur = None
                marks_from = pa
        else:
            marks_from = pa
        for m in _MARK.finditer(text, marks_from, pb):
            i, ch = m.start(), m.group()
            if cur is None:
                if ch in CLOSERS and _closing_like(text, i):
                    continue  # a stray closing mark
                cur = RawQuote(i, None, para=(pa, pb), last_para=(pa, pb))
                content_from = i + 1
            elif ch in OPENERS and not _closing_like(text, i):
                cur = RawQuote(i, None, para=(pa, pb), last_para=(pa, pb))  # restart: stray opener
                content_from = i + 1
            else:
                cur.pieces.append((content_from, i))
                cur.close_at = i
                cur.last_para = (pa, pb)
                out.append(cur)
                cur = None
        if cur is not None:
            cur.last_para = (pa, pb)
    if cur is not None and paras:
        _close_unclosed(text, cur, content_from, paras[-1], cue_inside, out)
    out.extend(_single_quotes(text, paras, out))
    out.sort(key=lambda q: q.open_at)
    return [q for q in out if q.pieces and q.end > q.start]


def _close_unclosed(text: str, q: RawQuote, content_from: int, para: tuple[int, int],
                    cue_inside: re.Pattern, out: list[RawQuote]) -> None:
    """A quotation whose closing mark is missing: end it before a cue ("…, kata dia.")
    when one follows inside, else at the paragraph end."""
    m = cue_inside.search(text, content_from, para[1])
    end = m.start() + 1 if m else para[1]
    q.pieces.append((content_from, end))
    q.close_at = end if m else None
    q.virtual_close = True
    q.last_para = para
    out.append(q)


def _single_quotes(text: str, paras: list[tuple[int, int]], doubles: list[RawQuote]) -> list[RawQuote]:
    """‘…’ pairs outside double quotations; the stage keeps them only with a cue."""
    out = []
    for pa, pb in paras:
        for m in _SINGLE.finditer(text, pa, pb):
            if any(q.open_at <= m.start() <= (q.close_at or q.end) for q in doubles):
                continue
            out.append(RawQuote(m.start(), m.end() - 1, [(m.start(1), m.end(1))],
                                (pa, pb), (pa, pb), single=True))
    return out


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
