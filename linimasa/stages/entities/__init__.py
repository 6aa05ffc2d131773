"""Entities stage: NER + KB linking + within-document coreference.

Other stages find the entity at a character offset with `entity_index(doc)`:

    for start, end, entity, mention in entity_index(doc): ...
"""
from __future__ import annotations

import bisect
import re
from itertools import compress
from operator import itemgetter

from ...document import Document, Entity, Mention
from ...kb import KBEntry, get_kb, make_id
from ...ner import get_tagger
from ...pipeline import Stage
from ...text.glue import repair
from ...text.spelling import one_letter_off
from ...text.tokenize import Token, texts_token_columns, token_columns
from .link import DocumentLinker, doc_dates
from .spans import KIND_OF_LABEL, Cand, short_forms, surname_holders
from .titles import get_titles
from .tokens import bracketed, core, merge_columns

# a lowercase letter right before a capital: the only place text.glue.repair cuts a token
_MAYBE_GLUED = re.compile(r"[a-z][A-Z]")
_SPACES = re.compile(r"\s+")
_FIRST_CHAR = slice(0, 1)
# a sentence's tokens as parallel lists: texts, start offsets, end offsets (into doc.text)
Columns = tuple[list[str], list[int], list[int]]

__all__ = ["EntitiesStage", "entities_at", "entity_at", "entity_index", "link_document"]


class EntitiesStage(Stage):
    name = "entities"
    requires = frozenset({"sentences"})
    provides = frozenset({"entities"})

    def setup(self) -> None:
        self._linker = DocumentLinker(get_kb(), get_tagger(), get_titles())

    def process(self, doc: Document) -> Document:
        if not hasattr(self, "_linker"):
            self.setup()
        doc.entities = link_document(doc, self._linker)
        doc.scratch.pop("entity_index", None)
        return doc


def entity_index(doc: Document) -> list[tuple[int, int, Entity, Mention]]:
    """Every mention and reference as (start, end, entity, mention), sorted by start (cached
    per document): actor lookups want "Pemerintah Indonesia" and "Kremlin" too."""
    idx = doc.scratch.get("entity_index")
    if idx is None or idx[0] is not doc.entities:
        rows = [(m.start, m.end, e, m) for e in doc.entities for m in (*e.mentions, *e.references)]
        rows.sort(key=lambda r: (r[0], -r[1]))
        idx = doc.scratch["entity_index"] = (doc.entities, rows)
    return idx[1]


def entity_at(doc: Document, offset: int) -> tuple[Entity, Mention] | None:
    """The entity whose mention covers `offset` (the shortest one when mentions nest)."""
    found = entities_at(doc, offset)
    return found[0] if found else None


def entities_at(doc: Document, offset: int) -> list[tuple[Entity, Mention]]:
    """All entities whose mention covers `offset`, shortest mention first. A capital after a
    locative preposition ("ke Kiev") has two: the place (kind location) and, via='metonym',
    the state it stands for; pick by kind."""
    rows = entity_index(doc)
    i = bisect.bisect_right([r[0] for r in rows], offset)
    hits = [(ent, m) for s, e, ent, m in rows[max(0, i - 12):i] if s <= offset < e]
    hits.sort(key=lambda h: (h[1].end - h[1].start, h[1].via == "metonym"))
    return hits


# ---------------------------------------------------------------- document linking

def sentence_columns(doc: Document) -> tuple[list[Columns], list[tuple[list[str], list[int] | None]]]:
    """Per sentence: the corpus-style merged tokens as columns (texts, starts, ends), and the
    fine token texts with owner[i] = merged index of fine token i (None: nothing merged)."""
    sents, fines = [], []
    columns = texts_token_columns([(sent.start, sent.text) for sent in doc.sentences])
    if columns is None:
        columns = [token_columns(sent.text, sent.start) for sent in doc.sentences]
    for sent, (fw, fs, fe) in zip(doc.sentences, columns):
        if _MAYBE_GLUED.search(sent.text):      # repair splits only tokens holding this
            fine = repair([Token(*t) for t in zip(fw, fs, fe)])
            fw, fs, fe = [t.text for t in fine], [t.start for t in fine], [t.end for t in fine]
        mw, ms, me, owner = merge_columns(fw, fs, fe)
        sents.append((mw, ms, me))
        fines.append((fw, owner))
    return sents, fines


def link_document(doc: Document, linker: DocumentLinker) -> list[Entity]:
    lo, hi = doc_dates(doc)
    sents, fines = sentence_columns(doc)
    tagged = linker.tagger.tag_sentences([words for words, _, _ in sents])
    matched = linker.document_kb_matches([fine for fine, _ in fines], [owner for _, owner in fines])
    cands = []
    for si, ((words, _, _), (fine, owner), ner, kb_matches) in enumerate(zip(sents, fines, tagged, matched)):
        cands += linker.sentence(si, words, fine, owner, ner, kb_matches)
    kb, titles = linker.kb, linker.titles
    _drop_employer_prefixes(cands, sents, titles)

    # pass 1: names -> ids; full person names register their short forms
    shorts: dict[str, set[str]] = {}
    names: dict[str, tuple[str, str, KBEntry | None]] = {}     # id -> (name, kind, entry)
    for c in cands:
        if c.via == "role" or c.extra.get("anaphoric"):
            continue
        if c.extra.get("surname") and c.entry is None:
            c.entry = _office_holder(kb, titles.role_keys(c.role_key), c.extra["surname"], lo, hi)
        words = sents[c.sent][0][c.start:c.end]
        if c.entry is not None:
            c.entity_id, c.name, c.kind = c.entry.id, c.entry.name, c.entry.kind
        else:
            c.kind = KIND_OF_LABEL[c.label]
            c.name = _surface(doc, sents[c.sent], c)
            c.entity_id = make_id(c.kind, c.name)
        if c.kind == "person" and (len(words) >= 2 or c.entry is not None):
            for w in set(short_forms(c.name) + short_forms(" ".join(words))):
                shorts.setdefault(w, set()).add(c.entity_id)
        names.setdefault(c.entity_id, (c.name, c.kind, c.entry))

    _extend_to_full_names(cands, sents, names)
    _one_person_per_name(cands, names, shorts)

    # pass 2: one-word person names that are short forms of a full name in this document
    cap = linker.cap_buckets
    speaker = titles.speaker_cues
    covered = {(c.sent, i) for c in cands for i in range(c.start, c.end)}
    for c in cands:
        if c.entry is None and c.end - c.start == 1 and c.via != "role":
            w = sents[c.sent][0][c.start]
            if c.kind == "person":
                ids = shorts.get(w) or _clipped_short_form(w, shorts)     # "Enggar" for "Enggartiasto"
            else:
                # the tagger reads a lone surname as a place now and then ("kata Rosenberg"):
                # a word no knowledge-base place or body bears that ends the full name of
                # exactly one person of the document is that person. Only the surname: a
                # first word is as often a body the tagger ran into a name ("[Polda NTB]"), and
                # so is an acronym
                ids = set() if w.isupper() else {
                    i for i in shorts.get(w, ()) if names[i][0].rsplit(" ", 1)[-1] == w and " " in names[i][0]}
            if ids and len(ids) == 1:
                _relink(c, next(iter(ids)), names, "coref")
    hits = _short_form_words(sents, shorts, cap) if shorts else {}
    for si, (toks, _, _) in enumerate(sents):
        if not hits or hits.keys().isdisjoint(toks):
            continue
        for i in compress(range(len(toks)), map(hits.__contains__, toks)):
            if (si, i) in covered:
                continue
            ids, common = hits[toks[i]]
            if i + 1 < len(toks) and toks[i + 1][:1].isupper():
                continue                       # part of a longer name
            prev = toks[i - 1].lower() if i else ""
            if common and prev not in speaker:
                continue                       # "Yang" is a pronoun unless it speaks
            c = Cand(si, i, i + 1, "PER", None, "coref")
            _relink(c, next(iter(ids)), names, "coref")
            cands.append(c)

    # pass 3: role phrases -> their holder at the article date
    order = sorted(cands, key=lambda c: (c.sent, c.start))
    for pos, c in enumerate(order):
        if c.via not in ("role", "coref") or c.entity_id or not c.role_key:
            continue
        keys = titles.role_keys(c.role_key)
        seen = [x for x in order[:pos] if x.kind == "person" and x.entity_id]
        if not c.extra.get("anaphoric"):
            seen += [x for x in order[pos + 1:] if x.kind == "person" and x.entity_id]
        holder = _resolve_role(kb, keys, c.role_of, lo, hi, seen, c.extra.get("anaphoric", False))
        if holder is not None:
            ent = kb.get(holder)
            names.setdefault(holder, (ent.name, ent.kind, ent) if ent else names.get(holder, ("", "person", None)))
            c.entity_id, c.kind, c.name = holder, "person", names[holder][0]

    # build entities in order of first mention
    entities: dict[str, Entity] = {}
    for c in sorted(cands, key=lambda c: (c.sent, c.start)):
        if not c.entity_id:
            continue
        _, starts, ends = sents[c.sent]
        start, end = starts[c.start], ends[c.end - 1]
        name, kind, entry = names.get(c.entity_id, (c.name, c.kind, c.entry))
        ent = entities.get(c.entity_id)
        if ent is None:
            ent = entities[c.entity_id] = Entity(
                c.entity_id, name, kind, [], country=entry.country if entry else None,
                in_kb=entry is not None)
        (ent.references if is_reference(c) else ent.mentions).append(
            Mention(start, end, doc.line_of(start), doc.text[start:end],
                    label=c.label, role=c.role_text, via=c.via))
        if c.role_text and c.role_text not in ent.roles:
            ent.roles.append(c.role_text)
        if ent.country is None and c.role_of and kind == "person":
            ent.country = _state_of_role(kb, c.role_of)     # "Menteri Luar Negeri Kuba X" serves Cuba
        place = c.extra.get("place")
        if place is not None:
            doc.scratch.setdefault("metonym_places", {})[(start, end)] = place.id
        also = c.extra.get("also")
        if also is not None:
            other = entities.get(also.id)
            if other is None:
                other = entities[also.id] = Entity(also.id, also.name, also.kind, [],
                                                   country=also.country, in_kb=True)
            other.references.append(Mention(start, end, doc.line_of(start), doc.text[start:end],
                                            label=c.label, via="metonym"))
    return list(entities.values())


def is_reference(c: Cand) -> bool:
    """True for a KB-linked span that the standard NER convention leaves untagged: role
    phrases, metonyms, and KB names the tagger did not tag where a place or a name would not
    be tagged (a country or place used as actor or modifier: "Pemerintah Indonesia", "serangan
    udara Israel", "Gubernur Jawa Barat"; "ke Israel" stays a mention). Untagged KB people stay
    mentions; untagged KB organisations are references: on idner dev they were mostly other
    bodies sharing an acronym ("DPD" of a party) or parts of untagged phrases (+0.4 F1)."""
    if c.via in ("role", "metonym") or c.extra.get("anaphoric") or c.extra.get("inner") \
            or c.extra.get("actor") or c.extra.get("lowercase"):
        return True
    if c.extra.get("tagged") or c.entry is None or c.via != "kb":
        return False
    if c.kind in ("country", "location"):
        return not c.extra.get("locative")
    return c.kind == "organization"


def _extend_to_full_names(cands: list[Cand], sents, names: dict) -> None:
    """'Jin' tagged alone inside 'Yang Jin' (a name seen in full elsewhere) covers the full name."""
    full = {}
    for eid, (name, kind, _) in names.items():
        if kind == "person" and " " in name:
            full[tuple(name.split())] = eid
    if not full:
        return
    lengths = sorted({len(k) for k in full}, reverse=True)
    for c in cands:
        if c.kind != "person" or c.via == "role":
            continue
        words = sents[c.sent][0]
        for n in lengths:
            for s in range(max(0, c.end - n), min(c.start, len(words) - n) + 1):
                key = tuple(words[s:s + n])
                if s <= c.start and c.end <= s + n and key in full and (s, s + n) != (c.start, c.end):
                    c.start, c.end = s, s + n
                    _relink(c, full[key], names, c.via)
                    break
            else:
                continue
            break


def _short_form_words(sents: list[Columns], shorts: dict[str, set[str]], cap: dict[str, str]
                      ) -> dict[str, tuple[set[str], bool]]:
    """Capitalised words of the document that name exactly one person of `shorts` (as given,
    or misspelt when the news vocabulary does not know the word) -> (ids, whether the word is
    a common one): pass 2 looks at these words only, each judged once per document."""
    out = {}
    words = set().union(*(words for words, _, _ in sents))
    for t in compress(words, map(str.isupper, map(itemgetter(_FIRST_CHAR), words))):
        ids = shorts.get(t)            # a set, never empty
        if ids is None:
            # a word the vocabulary knows is no misspelling (and one it does not is not common)
            if len(t) < 6 or t.lower() in cap:
                continue
            ids = _misspelt_short_form(t, shorts)      # "Junkcker" for "Juncker"
            common = False
        else:
            common = cap.get(t.lower(), "u") in ("0", "1")
        if ids and len(ids) == 1:
            out[t] = (ids, common)
    return out


def _clipped_short_form(word: str, shorts: dict[str, set[str]]) -> set[str] | None:
    """Indonesian news clips long names ("Enggar" for Enggartiasto Lukita): the person ids of
    the one short form of this document that starts with the word (5+ letters, 3+ clipped)."""
    if len(word) < 5 or not word.isalpha():
        return None
    hits = [ids for w, ids in shorts.items() if len(w) >= len(word) + 3 and w.startswith(word)]
    return hits[0] if len(hits) == 1 else None


def _misspelt_short_form(word: str, shorts: dict[str, set[str]]) -> set[str] | None:
    """The person ids of the one short form of this document a word unknown to the news
    vocabulary misspells by one inserted, dropped or changed letter (names of 6+ letters)."""
    if len(word) < 6 or not word.isalpha():
        return None
    hits = [ids for w, ids in shorts.items() if len(w) >= 6 and w[0] == word[0] and one_letter_off(word, w)]
    return hits[0] if len(hits) == 1 else None


def _drop_employer_prefixes(cands: list[Cand], sents: list[Columns], titles) -> None:
    """'juru bicara [Lockheed Martin Mike Friedman]', 'Kepala Eksekutif [Leonardo Alessandro
    Profumo]': a title that takes an employer is often followed by the employer and then the
    name, and the tagger reads the run as one person. The leading words are the employer when
    the article also names them without the rest ("buatan Lockheed Martin dengan ...") and
    names the person by the surname alone ("kata Friedman"): a first name used alone ("Joko" of
    Joko Adi Nugroho) is no employer. The person is what follows, still two words or more."""
    for c in cands:
        if c.label != "PER" or c.entry is not None or c.end - c.start < 3 or c.via == "role":
            continue
        words = sents[c.sent][0]
        if titles.ending_at(words, c.start) is None:
            continue
        for k in range(c.end - c.start - 2, 0, -1):
            prefix, nxt = words[c.start:c.start + k], words[c.start + k]
            if all(w[:1].isupper() for w in prefix) and _stands_alone(sents, prefix, nxt, (c.sent, c.start)) \
                    and _surname_alone(sents, words[c.end - 1]):
                # "Kapolres [Sumedang AKBP Hartoyo]": a rank may stand between the place and the name
                c.start, _ = titles.strip(words, c.start + k, c.end)
                break


def _stands_alone(sents: list[Columns], prefix: list[str], nxt: str | None, at: tuple[int, int]) -> bool:
    """True when the words occur somewhere else in the document, not followed by `nxt` or by
    any other capitalised word."""
    n = len(prefix)
    for si, (words, _, _) in enumerate(sents):
        for i in range(len(words) - n + 1):
            if words[i:i + n] == prefix and (si, i) != at and (i + n >= len(words) or words[i + n] != nxt) \
                    and not (i + n < len(words) and words[i + n][:1].isupper()):
                return True
    return False


def _surname_alone(sents: list[Columns], word: str) -> bool:
    """True when the word occurs with no capitalised word on either side ("kata Friedman"); the
    first word of a sentence is capitalised whatever it is ("Menurut Friedman")."""
    for words, _, _ in sents:
        for i, w in enumerate(words):
            if w == word and not (i > 1 and words[i - 1][:1].isupper()) \
                    and not (i + 1 < len(words) and words[i + 1][:1].isupper()):
                return True
    return False


def _one_person_per_name(cands: list[Cand], names: dict, shorts: dict[str, set[str]]) -> None:
    """A name no knowledge-base entry bears, tagged a person in one sentence and a body or a
    place in another ("pembunuhan [Khashoggi]ORG" ... "[Khashoggi]PER berujar"), is one
    entity: the person. The tagger's type wavers with the context of each sentence; the name
    does not change its bearer within an article. A one-word name so read twice or more is
    then sought in the sentences where the tagger missed it, as a short form is."""
    people = {c.name: c.entity_id for c in cands
              if c.entry is None and c.kind == "person" and c.entity_id and c.via != "role"}
    if not people:
        return
    seen: dict[str, int] = {}
    for c in cands:
        if c.entry is None and c.kind in ("organization", "location") and c.via != "role" \
                and c.name in people and not c.name.isupper():
            _relink(c, people[c.name], names, c.via)
        if c.entry is None and c.kind == "person" and c.via != "role" and " " not in c.name:
            seen[c.name] = seen.get(c.name, 0) + 1
    for name, n in seen.items():
        if n >= 2 and name in people and name not in shorts and name.isalpha() and not name.isupper() \
                and _clipped_short_form(name, shorts) is None:      # "Abdul" of Abdullah Amin Anshari
            shorts[name] = {people[name]}


def _relink(c: Cand, eid: str, names: dict, via: str) -> None:
    c.entity_id = eid
    c.name, c.kind, c.entry = names[eid]
    c.via = via


def _surface(doc: Document, cols: Columns, c: Cand) -> str:
    """The name a span spells, without a trailing bracketed short form ("Badan X (BX)")."""
    words, starts, ends = cols
    end = c.end - 1 if c.end - c.start > 1 and bracketed(words[c.end - 1]) else c.end
    text = doc.text[starts[c.start]:ends[end - 1]]
    if end == c.end and c.end - c.start == 1:
        text = core(text)
    return _SPACES.sub(" ", text).strip(" .,;:")


def _office_holder(kb, keys: list[str], surname: str, lo, hi) -> KBEntry | None:
    """The one KB person holding one of the offices at the article date whose name has this
    surname ("Menteri Luar Negeri Maas" -> Heiko Maas), whatever the country."""
    found = {e.id: e for e in surname_holders(kb, surname) if any(kb.holds(e, k, None, lo, hi) for k in keys)}
    return next(iter(found.values())) if len(found) == 1 else None


def _resolve_role(kb, keys: list[str], of: str | None, lo, hi, seen: list[Cand],
                  anaphoric: bool) -> str | None:
    """A person mentioned in the document who holds the role (most recent first when anaphoric),
    else the KB's unique holder at the article date (or over the date bounds, or ever)."""
    def holds(entry: KBEntry | None) -> bool:
        if entry is None:
            return False
        return any(kb.holds(entry, k, of, lo, hi) for k in keys)

    cands = [x for x in (reversed(seen) if anaphoric else seen) if holds(x.entry)]
    ids = list(dict.fromkeys(x.entity_id for x in cands))
    if anaphoric and ids:
        return ids[0]
    if len(ids) == 1:
        return ids[0]
    if anaphoric:
        return None
    for k in keys:                  # leader: supreme leader before president before PM ...
        hs = kb.holders(k, of, lo, hi)
        if len(hs) == 1:
            return hs[0].id
        if hs:
            return None
    return None


def _state_of_role(kb, of: str) -> str | None:
    """The country a role's "of" (a country, or a body of one) belongs to."""
    entry = kb.get(of)
    if entry is None:
        return None
    return entry.id if entry.kind == "country" else entry.country
