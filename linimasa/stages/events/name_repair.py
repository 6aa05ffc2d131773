"""Name spans the tagger got wrong, mended before any argument is read: a name that ran into
the next words, a common noun glued before a name, a verb swallowed by a name. Argument finding
trusts mention boundaries completely, so this repair layer sits under ActorIndex on its own."""
from __future__ import annotations

import re

from ...document import Document, Entity
from .cues import Cues
from .cues import cues as _shared_cues

# word lists and pattern text: lang/id/events/cues.yaml (clause_patterns)
_P = _shared_cues().patterns

# a name mention that swallowed the lowercase words after it ("Hassan Rouhani akan")
_TAIL = _P["name_tail"]
# "(AS)", "(PM)": an acronym in brackets repeats the name before it
_PAREN = re.compile(r"\(\s*[A-Z][\w.+-]{0,11}\s*\)")


def _repair(doc: Document, items: list[tuple], cues: Cues | None = None) -> list[tuple]:
    """Work around name spans that ran into the next words: map the entity to the one named
    by the trimmed text (an existing entity of the document when there is one)."""
    by_name: dict[str, Entity] = {}
    for e in doc.entities:
        if not _TAIL.search(e.name):
            by_name.setdefault(e.name.lower(), e)
            for w in [e.name.split()[-1]] if e.kind == "person" else []:
                by_name.setdefault(w.lower(), e)
    surname: dict[str, Entity] = {}
    for e in doc.entities:
        if e.kind == "person" and len(e.name.split()) > 1 and not _LEAD_PUNCT.match(e.name):
            surname.setdefault(e.name.split()[-1].lower(), e)
    fixed: dict[str, Entity | None] = {}
    out = []
    noise = _NameNoise(doc, by_name, cues)
    lead_fixed: dict[str, Entity | None] = {}
    shape: dict[tuple, tuple] = {}      # (name, person?) -> (lead punctuation, words, a person's lower-case tail)
    said: dict[str, bool] = {}
    for start, end, ent, m in items:
        key = (ent.name, ent.kind == "person")
        got = shape.get(key)
        if got is None:
            got = shape[key] = (_LEAD_PUNCT.match(ent.name), ent.name.split(),
                                _TAIL.search(ent.name) if ent.kind == "person" else None)
        lead = got[0] if not getattr(ent, "in_kb", False) else None
        if lead is not None and lead.end() < len(ent.name):
            # "– Taliban": the entity's name kept a dash the tagger glued to it, in every mention
            if ent.id not in lead_fixed:
                lead_fixed[ent.id] = noise.resolve_other(ent.name[lead.end():], ent, False)
            if lead_fixed[ent.id] is not None:
                skip = _LEAD_PUNCT.match(m.text)
                out.append((start + (skip.end() if skip else 0), end, lead_fixed[ent.id], m))
                continue
        if not getattr(ent, "in_kb", False) and ent.kind in ("person", "organization", "location"):
            cleaned = noise.clean(start, end, ent, m)
            if cleaned is not None:
                if cleaned[2] is not None:
                    out.append(cleaned)
                continue
        words = got[1]
        if ent.kind != "person" and len(words) == 1 and words[0].lower() in surname \
                and not (getattr(ent, "in_kb", False) and ent.kind != "location"):
            # "Bolton" tagged as a place while "John Bolton" is named in the article
            out.append((start, end, surname[words[0].lower()], m))
            continue
        if ent.kind == "person" and len(words) == 2 and words[1].lower() in surname \
                and surname[words[1].lower()].id != ent.id \
                and _said(doc.text, words[0].lower(), said):
            # "Usulan Trump", "Upaya Trump": a noun glued to the surname of a named person
            head = re.search(r"\S+\s+", m.text)
            out.append((start + (head.end() if head else 0), end, surname[words[1].lower()], m))
            continue
        tail = got[2]
        if tail is not None:
            if ent.id not in fixed:
                head = ent.name[:tail.start()].strip()
                fixed[ent.id] = by_name.get(head.lower()) if head else None
                if fixed[ent.id] is None and head:
                    fixed[ent.id] = Entity("person:" + re.sub(r"[^a-z0-9]+", "-", head.lower()).strip("-"),
                                           head, "person", [], getattr(ent, "country", None))
            new = fixed[ent.id]
            t = _TAIL.search(m.text)
            if new is not None:
                out.append((start, end - (len(m.text) - t.start()) if t else end, new, m))
                continue
        out.append((start, end, ent, m))
    return out


def _said(text: str, word: str, memo: dict[str, bool]) -> bool:
    """The word occurs in text as written (its own word), answered once per word."""
    got = memo.get(word)
    if got is None:
        got = memo[word] = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None
    return got


# a verb form inside a name span: the tagger ran a name into the clause ("Washington menuduh Iran")
_VERB_WORD = _P["verb_word"]
_LOCATIVE_BEFORE = _P["locative_before"]
_LEAD_PUNCT = re.compile(r"[^\w(]+")
_WORD = re.compile(r"\S+")
_GAP_AFTER = re.compile(r"[\s,]{1,3}")
_NUMERALS = set(_shared_cues().glue["numerals"])


# kb.lookup answers of the name-noise check (key None: the KB they came from)
_LOOKED: dict = {}


class _NameNoise:
    """Unlinked name spans that are tagger noise, mapped to what they name or dropped:
    a common noun glued before a name ("Upaya Trump", "Kelompok Houthi"), a name that ran
    into a verb ("Washington menuduh Iran"), a KB name with a stray word after it
    ("Amerika Serikat Donald"). A word counts as a common noun when the corpus mostly writes
    it lower-case (the NER capitalisation buckets) or cues.yaml lists it."""

    def __init__(self, doc: Document, by_name: dict[str, Entity], cues: Cues | None = None):
        from ...kb import get_kb
        from ...ner import get_tagger
        self.doc, self.by_name, self.kb = doc, by_name, get_kb()
        self.buckets = get_tagger().features.cap_buckets
        self.cache: dict[str, Entity | None] = {}
        self.doc_ids = {e.id: e for e in doc.entities}
        self.state_body = cues.state_body if cues is not None else None
        self.state_body_only = cues.state_body_only if cues is not None else None
        self.title_before = cues.title_before if cues is not None else None
        self.person_starts = {mm.start for e in doc.entities if e.kind == "person" for mm in e.mentions}
        if _LOOKED.get(None) is not self.kb or len(_LOOKED) > 200_000:
            _LOOKED.clear()
            _LOOKED[None] = self.kb
        self._looked = _LOOKED

    def lookup(self, name: str) -> list:
        """kb.lookup, memoised for the process's KB: the same words recur in many mentions and articles."""
        got = self._looked.get(name)
        if got is None:
            got = self._looked[name] = self.kb.lookup(name)
        return got

    def common(self, word: str) -> bool:
        return self.buckets.get(word.lower(), "u") in ("0", "1")

    def resolve(self, name: str, locative: bool) -> Entity | None:
        """The document entity or KB entry a (trimmed) name names, capitals as their state."""
        e = self.by_name.get(name.lower())
        if e is not None and (e.in_kb or e.kind != "location"):
            return e
        entries = self.kb.lookup(name)
        if not entries:
            return e
        k = entries[0]
        if k.kind == "location" and k.metonym_of and not locative:
            k = self.kb.get(k.metonym_of) or k
        if k.id in self.doc_ids:
            return self.doc_ids[k.id]
        return Entity(k.id, k.name, k.kind, [], country=k.country, in_kb=True)

    def resolve_other(self, name: str, ent: Entity, locative: bool) -> Entity | None:
        """What a trimmed name names, other than the noisy entity itself."""
        e = self.resolve(name, locative)
        if e is not None and e.id == ent.id:
            others = [x for x in self.doc.entities if x.id != ent.id and x.name.lower() == name.lower()]
            entries = self.kb.lookup(name)
            e = others[0] if others else (self.doc_ids.get(entries[0].id) or Entity(
                entries[0].id, entries[0].name, entries[0].kind, [], country=entries[0].country, in_kb=True)
                if entries else None)
        return e

    def clean(self, start: int, end: int, ent: Entity, m):
        """None: not noise. (start, end, None, m): drop. Else the repaired row."""
        text = m.text
        words = list(_WORD.finditer(text))
        if not words:
            return None
        locative = bool(_LOCATIVE_BEFORE.search(self.doc.text, max(0, start - 6), start))
        lead = _LEAD_PUNCT.match(text)
        if lead is not None and lead.end() < len(text):
            # "– Taliban": a dash or quotation mark the tagger glued to the name
            new = self.resolve_other(text[lead.end():], ent, locative)
            return (start + lead.end(), end, new, m) if new is not None else None
        verb = _VERB_WORD.search(text)
        if verb is not None and verb.start() > 0:
            head = text[:verb.start()].strip()
            new = self.resolve(head, locative) if head else None
            return (start, start + len(head), new, m) if new is not None else (start, end, None, m)
        if ent.kind == "organization" and self.state_body_only is not None and self.state_body_only.match(text):
            return (start, end, None, m)          # "Kementerian" alone names no one
        nxt = _GAP_AFTER.match(self.doc.text[end:end + 3]) if ent.kind == "organization" else None
        if ent.kind == "organization" and nxt and end + nxt.end() in self.person_starts and \
                self.title_before is not None and self.title_before.search(self.doc.text[max(0, start - 25):start]):
            # "Menteri [Lingkungan Hidup dan Kehutanan] Siti Nurbaya": the rest of a person's title
            return (start, end, None, m)
        body = self.state_body.match(text) if self.state_body is not None and ent.kind == "organization" else None
        if body is not None:
            # "Kementerian Luar Negeri Cina": the state it speaks for
            rest = _PAREN.sub("", text[body.end():]).strip()
            entries = self.lookup(rest)
            if entries and entries[0].kind == "country":
                return (start, end, self.resolve(rest, False), m)
        first = words[0].group()
        if len(words) >= 2 and first.lower() in _NUMERALS and words[1].group()[:1].islower():
            return (start, end, None, m)          # "Lima negara Eropa": a count of states, no name
        if len(words) >= 2 and first[:1].isupper() and self.common(first) and self.lookup(first) == [] \
                and not self.lookup(text):
            rest = text[words[1].start():]
            new = self.resolve(rest, locative)
            if new is not None:
                return (start + words[1].start(), end, new, m)
            if ent.kind == "person":
                return (start, end, None, m)      # "Baca Juga": no name at all
            return None
        if len(words) >= 2 and not self.lookup(text):
            for k in range(len(words) - 1, 0, -1):    # longest KB-named prefix
                head = text[:words[k - 1].end()]
                entries = self.lookup(head)
                if entries and entries[0].kind in ("country", "organization") and \
                        any(w.group()[:1].isupper() for w in words[k:]) and ent.kind == "location":
                    return (start, start + len(head), self.resolve(head, locative), m)
                tail = self.lookup(text[words[k].start():])
                if entries and entries[0].kind == "organization" and ent.kind == "organization" and \
                        tail and tail[0].kind in ("country", "location"):
                    # "Houthi Yaman", "Taliban Afghanistan": the group and where it is
                    return (start, start + len(head), self.resolve(head, False), m)
        return None
