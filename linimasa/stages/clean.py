"""Cleaning: separate the article from the junk scraped around it.

A line-and-span classifier. Each line of the input is first judged whole (title,
read-also link, byline, tag list, ad, caption, publication date, ...) by the data
rules of lang/id/boilerplate.yaml; context rules then catch lines that are junk only
by position (a bare name beside "Penulis", items under "Topik:", a writer's bio).
Inside the lines that stay, spans are cut: the dateline that opens the article,
inline "(Baca juga: ...)" links, image credits, attribution sentences and trailing
signatures. Everything cut is reported as a `Removed` span of the original text.
When unsure, a line stays: losing content costs more than keeping an ad.
"""
from __future__ import annotations

import regex

from ..document import Document, Removed
from ..pipeline import Stage
from .clean_dates import is_date_line
from .clean_rules import Rules, rules

# A line that is just a person's name: "Afif Khoirul M", "Ernia Karina".
NAME_LINE = regex.compile(r"\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?){0,4}")
WRITER_WORD = regex.compile(r"\bwriter\b", regex.I)


def squash(s: str) -> str:
    return " ".join(s.split()).lower()


class CleanStage(Stage):
    name = "clean"
    requires = frozenset({"text"})
    provides = frozenset({"body", "removed"})

    def setup(self) -> None:
        rules()

    def process(self, doc: Document) -> Document:
        r = rules()
        lines = _line_spans(doc.text)
        kinds: list[str | None] = [None] * len(lines)
        nonempty = [i for i, (a, b) in enumerate(lines) if a < b]
        title = _mark_title(doc, r, lines, nonempty, kinds)
        _mark_whole_lines(doc.text, r, lines, nonempty, kinds, title)
        _mark_by_context(doc.text, r, lines, nonempty, kinds)
        cuts = [(a, b, k) for (a, b), k in zip(lines, kinds) if k]
        cuts += _inline_spans(doc.text, r, lines, nonempty, kinds)
        _build(doc, sorted(cuts))
        return doc


# ---------------------------------------------------------------- lines

def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, stripped of surrounding whitespace (empty lines: start == end)."""
    out, pos = [], 0
    for raw in text.split("\n"):
        a, b = pos, pos + len(raw)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b) if a < b else (a, a))
        pos += len(raw) + 1
    return out


def _neighbours(i: int, nonempty: list[int]) -> list[int]:
    k = nonempty.index(i)
    return [nonempty[j] for j in (k - 1, k + 1) if 0 <= j < len(nonempty)]


def _mark_title(doc, r: Rules, lines, nonempty, kinds) -> str | None:
    """The headline: the given title, else the first line when it reads like one."""
    if not nonempty:
        return None
    first = nonempty[0]
    a, b = lines[first]
    line = doc.text[a:b]
    given = doc.given.get("title")
    if given:
        g, s = squash(str(given)), squash(line)
        if s == g:
            kinds[first] = "title"
            doc.title_span = doc.span(a, b)
        elif s.startswith(g):
            kinds[first] = "caption"
        return str(given)
    looks = (len(nonempty) > 1 and len(line) <= 300 and not line.endswith(".")
             and not r.dateline.match(line) and r.line_kind(line) is None and not is_date_line(line))
    if looks:
        kinds[first] = "title"
        doc.title_span = doc.span(a, b)
        return line
    return None


def _mark_whole_lines(text, r: Rules, lines, nonempty, kinds, title: str | None) -> None:
    t = squash(title) if title else None
    for i in nonempty:
        if kinds[i]:
            continue
        a, b = lines[i]
        line = text[a:b]
        kind = r.line_kind(line)
        if kind is None and is_date_line(line):
            kind = "date"
        if kind is None and any(p.fullmatch(line) for p in r.suffix_always):
            kind = "signature"  # "(ant/xyz)" or "***(Name/Outlet)" on a line of its own
        if kind is None and t and len(t) >= 15 and squash(line).startswith(t) and len(squash(line)) > len(t):
            kind = "caption"  # a photo caption glued to the headline: "<title><caption text>"
        kinds[i] = kind


def _is_name(line: str, r: Rules) -> bool:
    return len(line) <= 60 and bool(NAME_LINE.fullmatch(line))


def _mark_by_context(text, r: Rules, lines, nonempty, kinds) -> None:
    get = lambda i: text[lines[i][0]:lines[i][1]]  # noqa: E731
    for i in nonempty:
        if kinds[i] != "byline":
            continue
        line = get(i)
        label = line.strip().rstrip(":").strip().lower()
        for j in _neighbours(i, nonempty):
            if kinds[j] is not None or not _is_name(get(j), r):
                continue
            # a bare name beside a "Penulis" label, or repeating the name of a "By X" line
            if label in r.byline_labels or squash(get(j)) in squash(line):
                kinds[j] = "byline"
        if WRITER_WORD.search(line):
            nxt = [j for j in _neighbours(i, nonempty) if j > i]
            if nxt and kinds[nxt[0]] is None:
                bio = get(nxt[0])
                if len(bio.split()) <= r.bio_max_words and not bio.rstrip().endswith((".", "?", "!", '"', "”")):
                    kinds[nxt[0]] = "byline"
    for k, i in enumerate(nonempty):
        if kinds[i] == "tags" and r.tag_heading.fullmatch(get(i).strip()):
            for j in nonempty[k + 1:]:
                item = get(j)
                if kinds[j] is not None or not r.tag_item.fullmatch(item) or len(item.split()) > 6:
                    break
                kinds[j] = "tags"


# ---------------------------------------------------------------- spans inside kept lines

def _inline_spans(text, r: Rules, lines, nonempty, kinds) -> list[tuple[int, int, str]]:
    kept = [i for i in nonempty if kinds[i] is None]
    spans: list[tuple[int, int, str]] = []
    for i in kept[:r.dateline_lines]:
        a, b = lines[i]
        m = r.dateline.match(text, a, b)
        if m:
            end = a + len(m.group(0).rstrip())
            spans.append((a, end, "dateline"))
            break
    for i in kept:
        a, b = lines[i]
        for kind, pats in r.inline.items():
            for p in pats:
                spans += [(m.start(), m.end(), kind) for m in p.finditer(text, a, b)]
        for p in r.attribution:
            m = p.search(text, a, b)
            if m:
                spans.append((m.start(), b, "attribution"))
        suffixes = r.suffix_always + (r.suffix_last if kept and i == kept[-1] else [])
        for p in suffixes:
            m = p.search(text, a, b)
            if m and m.start() > a:
                start = m.start()
                while start < b and text[start].isspace():
                    start += 1
                spans.append((start, b, "signature"))
                break
    # keep the earliest of overlapping spans
    out: list[tuple[int, int, str]] = []
    for s in sorted(spans):
        if out and s[0] < out[-1][1]:
            if s[1] > out[-1][1] and out[-1][2] == "attribution":
                continue
            continue
        out.append(s)
    return out


# ---------------------------------------------------------------- body

def _build(doc: Document, cuts: list[tuple[int, int, str]]) -> None:
    text = doc.text
    doc.removed = [Removed(a, b, doc.line_of(a), text[a:b], kind=k) for a, b, k in cuts if b > a]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for a, b, _ in cuts + [(len(text), len(text), "")]:
        if a > pos:
            s, e = pos, a
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                pieces.append((s, e))
        pos = max(pos, b)
    body: list[str] = []
    body_map: list[tuple[int, int, int]] = []
    length = 0
    prev_end = None
    for s, e in pieces:
        if prev_end is not None:
            gap = text[prev_end:s]
            sep = "\n\n" if gap.count("\n") >= 2 else "\n" if "\n" in gap else " "
            body.append(sep)
            length += len(sep)
        body_map.append((length, s, e - s))
        body.append(text[s:e])
        length += e - s
        prev_end = e
    doc.body = "".join(body)
    doc.body_map = body_map
