"""Split the kept body into paragraphs and sentences, with source offsets."""
from __future__ import annotations

from ..document import Document, Sentence
from ..pipeline import Stage
from ..text.sentences import split_sentences


class SegmentStage(Stage):
    name = "segment"
    requires = frozenset({"body", "meta"})
    provides = frozenset({"sentences"})

    def process(self, doc: Document) -> Document:
        out: list[Sentence] = []
        if doc.title_span is not None:
            t = doc.title_span
            out.append(Sentence(t.start, t.end, t.line, t.text, section="title", paragraph=0))
        paragraph = 0
        for _, src, length in doc.body_map:
            pos = src
            for para in doc.text[src:src + length].split("\n"):
                if para.strip():
                    paragraph += 1
                    for a, b in split_sentences(para):
                        s, e = pos + a, pos + b
                        out.append(Sentence(s, e, doc.line_of(s), doc.text[s:e], "body", paragraph))
                pos += len(para) + 1
        doc.sentences = out
        return doc
