"""Throwaway stand-in for the entities stage, for events tests/dev only (NOT shipped).

Used only while linimasa.stages.entities is still a placeholder: KB alias matches per
sentence, metonym places as their country unless after di/ke/dari.
"""
from __future__ import annotations

import re

from linimasa import kb
from linimasa.document import Document, Entity, Mention
from linimasa.pipeline import Stage
from linimasa.text.tokenize import tokenize

_TITLE = re.compile(r"((?:Presiden|Perdana Menteri|PM|Menteri Luar Negeri|Menlu|Kanselir|Raja|Pemimpin)"
                    r"(?:\s+[A-Z][\w-]*){0,3})[\s,]*$")


def fake_entities(doc: Document) -> list[Entity]:
    ents: dict[str, Entity] = {}
    for s in doc.sentences:
        toks = tokenize(s.text, s.start)
        for m in kb.get_kb().match([t.text for t in toks]):
            entries = kb.get_kb().entries_for(m)
            if not entries:
                continue
            e = entries[0]
            a, b = toks[m.start].start, toks[m.end - 1].end
            before = doc.text[max(s.start, a - 12):a]
            kind, eid, name, via = e.kind, e.id, e.name, "kb"
            if e.kind == "location" and e.metonym_of and not re.search(r"\b(?:di|ke|dari)\s+$", before):
                c = kb.get(e.metonym_of)
                if c is not None:
                    kind, eid, name, via = c.kind, c.id, c.name, "metonym"
            if kind not in ("person", "country", "organization", "location"):
                continue
            ent = ents.setdefault(eid, Entity(eid, name, kind, country=e.country, in_kb=True,
                                              roles=[r.key for r in e.roles]))
            role = _TITLE.search(doc.text[max(s.start, a - 40):a])
            ent.mentions.append(Mention(a, b, doc.line_of(a), doc.text[a:b], "", role.group(1) if role else None, via))
    # "Xi", "Presiden Xi": a part of a person's name seen earlier in the document
    parts = {}
    for e in ents.values():
        if e.kind == "person":
            for w in e.name.split():
                if len(w) >= 2:
                    parts.setdefault(w, e)
    if parts:
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, parts)) + r")(?![\w-])")
        taken = [(m.start, m.end) for e in ents.values() for m in e.mentions]
        for s in doc.sentences:
            for m in rx.finditer(doc.text, s.start, s.end):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                e = parts[m.group()]
                role = _TITLE.search(doc.text[max(s.start, m.start() - 40):m.start()])
                e.mentions.append(Mention(m.start(), m.end(), doc.line_of(m.start()), m.group(), "",
                                          role.group(1) if role else None, "coref"))
        for e in ents.values():
            e.mentions.sort(key=lambda x: x.start)
    return list(ents.values())


class FakeEntitiesStage(Stage):
    name = "entities"
    requires = frozenset({"sentences"})
    provides = frozenset({"entities"})

    def process(self, doc: Document) -> Document:
        doc.entities = fake_entities(doc)
        return doc


def entities_stub_active() -> bool:
    import linimasa.stages.entities as m
    return "Placeholder" in (m.__doc__ or "")
