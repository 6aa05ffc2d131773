"""Who did what to whom: source/target/participants of a trigger from entity positions.

Indonesian is SVO: the subject is the nearest actor group left of the verb in its clause,
the object the first actor group right of it (after an optional preposition). Passives
(di-) swap the roles, nominalisations take their arguments from the right ("kunjungan X
ke Y"), subordinate clauses ("saat bertemu dengan Y") borrow the main clause's subject,
and plural anaphora ("kedua pemimpin") resolve to the last two actors of that kind.
"""
from __future__ import annotations

import bisect
import re

from ...document import Document, Entity
from .cues import Cues
from .cues import cues as _shared_cues
from .groups import group_items
from .items import Args, Item, state_entity  # noqa: F401 - Args and state_entity: re-exported
from .name_repair import _LOCATIVE_BEFORE, _PAREN, _repair

# word lists and pattern text: lang/id/events/cues.yaml (clause_patterns)
_P = _shared_cues().patterns

ACTOR_KINDS = ("person", "country", "organization")
# "Mengutip Reuters", "dilansir dari Al Jazeera": the medium relaying the news, never an actor
_REPORTED_BY = _P["reported_by"]


def _entity_index(doc: Document):
    try:  # the entities stage's own index, when it has landed
        from ..entities import entity_index  # type: ignore
        return list(entity_index(doc))
    except Exception:  # noqa: BLE001 - fall back to the plain entity list
        out = [(m.start, m.end, e, m) for e in doc.entities for m in e.mentions]
        out.sort(key=lambda x: (x[0], -x[1]))
        return out


# "pemerintahan Trump", "pemerintah AS": the state the person or country stands for
_GOVERNMENT = _P["government"]
_GEO_NOUN = _P["country_as_descriptor"]
_SUBJECT_OPENING = _P["subject_opening"]


class ActorIndex:
    """The document's actor and place mentions, sorted, with title-countries removed."""

    def __init__(self, doc: Document, cues: Cues):
        self.doc, self.cues = doc, cues
        actors, places = [], []
        countries = {e.id.upper(): e for e in doc.entities if e.kind == "country"}
        rows = _repair(doc, _entity_index(doc), cues)

        def rows_after(start: int, end: int):
            # the mention starting right after [start, end) (a space between at most)
            return [r for r in rows if end <= r[0] <= end + 2 and not doc.text[end:r[0]].strip()]
        for start, end, ent, m in rows:
            if ent.kind in ("person", "organization") and getattr(ent, "country", None) \
                    and str(ent.country).upper() in countries \
                    and _GOVERNMENT.search(doc.text[max(0, start - 30):start]):
                ent = countries[str(ent.country).upper()]
            if ent.kind == "organization" and getattr(ent, "in_kb", False) and ent.country \
                    and cues.state_body is not None and (cues.state_body.match(m.text) or cues.state_body_only.match(m.text)):
                # "Kementerian Luar Negeri RI", "Departemen Luar Negeri AS": a ministry speaks for its
                # state; "Kemlu Palestina": the state named right after it, not the KB's default one
                nxt = next((r for r in rows_after(start, end) if r[2].kind == "country"), None)
                if nxt is not None:
                    continue
                st = state_entity(doc, str(ent.country))
                ent = st if st is not None else ent
            if ent.kind == "organization" and not getattr(ent, "in_kb", False) \
                    and cues.patterns["designation"].fullmatch(m.text.strip()):
                continue        # "S-400", "F-35": a weapon's designation tagged as a name is no actor
            item = Item(start, end, ent, m.text, getattr(m, "via", "ner"))
            if ent.kind in ACTOR_KINDS:
                actors.append(item)
            if ent.kind == "location" or (ent.kind == "country"):
                places.append(item)
        self.places = places
        # temporal expressions a gap may blank out, each with where its preposition starts
        # ("pada Senin pagi"); a bare year ("perjanjian nuklir 2015") names, it does not date
        prep = cues.time_prep_before
        self.times: list[tuple[int, int, int]] = [
            ((m.start() if (m := prep.search(doc.text, max(0, t.start - 12), t.start)) else t.start), t.start, t.end)
            for t in doc.times if not t.text.strip().isdigit()]
        self.hidden: list[tuple[int, int]] = []
        kept: list[Item] = []
        titled: dict[str, Entity] = {}      # person without a known state -> the country of their title
        for i, it in enumerate(actors):
            if kept and it.start < kept[-1].end:       # nested/overlapping mention: keep the outer one
                continue
            if kept and kept[-1].entity.id == it.entity.id and \
                    re.fullmatch(r"\s*\(\s*", doc.text[kept[-1].end:it.start]) and doc.text[it.end:it.end + 1] == ")":
                kept[-1].end = it.end + 1              # "Amerika Serikat (AS)": one mention
                continue
            if it.entity.kind == "organization" and (_REPORTED_BY.search(doc.text[max(0, it.start - 30):it.start])
                                                     or it.entity.name.lower() in cues.media):
                continue            # a medium relaying the news, never an actor
            if it.entity.kind == "country" and _GEO_NOUN.search(doc.text, max(0, it.start - 20), it.start):
                continue            # "lembah Yordania", "kelompok milisi Afghanistan": a place or a group, not the state
            if it.entity.kind == "country" and self._is_title_country(actors, i):
                self.hidden.append((it.start, it.end))
                nxt = actors[i + 1] if i + 1 < len(actors) else None
                if nxt is not None and nxt.entity.kind == "person" and not nxt.entity.country:
                    titled.setdefault(nxt.entity.id, it.entity)    # "Presiden Afghanistan Ashraf Ghani"
                continue
            kept.append(it)
        for k, it in enumerate(kept):
            if it.entity.id in titled and _GOVERNMENT.search(doc.text[max(0, it.start - 30):it.start]):
                # "pemerintahan Presiden Ashraf Ghani": the state his title named
                kept[k] = Item(it.start, it.end, titled[it.entity.id], it.text, it.via)
        kept = group_items(doc, cues, kept, {it.start: it for it in places})
        self.items = kept
        self.starts = [it.start for it in kept]
        by_id = {e.id: e for e in doc.entities}
        self.quotes: list[tuple[int, int, Entity]] = []
        for q in getattr(doc, "quotes", None) or []:
            spk = by_id.get((q.speaker or {}).get("id") or "")
            if spk is not None and spk.kind in ACTOR_KINDS:
                self.quotes.append((q.start, q.end, spk))

    def quote_at(self, pos: int) -> tuple[int, int, Entity] | None:
        """The quotation (start, end, speaker) holding pos, when its speaker is an actor."""
        for q in self.quotes:
            if q[0] - 2 <= pos < q[1]:
                return q
        return None

    def _is_title_country(self, items: list[Item], i: int) -> bool:
        """'Presiden China Xi Jinping', 'Menlu AS, Mike Pompeo': the country is part of a role."""
        it = items[i]
        text = self.doc.text
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is not None and nxt.entity.kind == "person" and nxt.start - it.end <= 3 \
                and text[it.end:nxt.start].strip(" ,") == "":
            return True
        if nxt is None or nxt.entity.kind != "person" or nxt.start - it.end > 3:
            return False        # checked first: the title pattern is the costly part
        return bool(self.cues.title_before.search(text[max(0, it.start - 40):it.start]))

    # ------------------------------------------------------------------ access

    def places_between(self, a: int, b: int) -> list[Item]:
        """Place mentions (countries and located places) that start in [a, b)."""
        return [it for it in self.places if a <= it.start < b]

    def between(self, a: int, b: int) -> list[Item]:
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.items) and self.items[i].end <= b:
            out.append(self.items[i])
            i += 1
        return out

    def gap(self, a: int, b: int, times: bool = False) -> str:
        """Text between two offsets with hidden title-countries blanked out, and with `times`
        the temporal expressions too ("bertemu dua kali tahun ini dengan Macron")."""
        s = self.doc.text[a:b]
        blanks = self.hidden
        if times:
            blanks = blanks + [(p0 if p0 >= a else t0, t1) for p0, t0, t1 in self.times if a <= t0 < b]
        for h0, h1 in blanks:
            if h0 >= a and h1 <= b:
                s = s[:h0 - a] + " " * (h1 - h0) + s[h1 - a:]
        if "(" in s:
            s = _PAREN.sub(lambda m: " " * len(m.group()), s)
        return s

    def group_forward(self, items: list[Item], k: int, with_dengan: bool = False) -> list[Item]:
        """Coordinated actors starting at items[k]: 'X, Y dan Z'."""
        rx = self.cues.coord_gap_with if with_dengan else self.cues.coord_gap
        grp = [items[k]]
        while k + 1 < len(items) and rx.match(self.gap(items[k].end, items[k + 1].start) + " "):
            k += 1
            grp.append(items[k])
        return grp

    def group_backward(self, items: list[Item], k: int) -> list[Item]:
        grp = [items[k]]
        while k > 0 and self.cues.coord_gap.match(self.gap(items[k - 1].end, items[k].start) + " "):
            k -= 1
            grp.insert(0, items[k])
        # "baik X dan Y", leading "Presiden": nothing to do, the group is complete
        return grp

    # ------------------------------------------------------------------ anaphora

    def resolve_anaphor(self, a: int, b: int, before: int) -> tuple[list[Entity], str] | None:
        """A plural/pronoun subject inside [a,b) resolved against mentions before `before`."""
        text = self.doc.text[a:b]
        c = self.cues
        for kind in ("person", "country", "party"):
            if kind not in c.pair:
                continue
            m = None
            for m in c.pair[kind].finditer(text):
                pass
            if m:
                pair = self.last_distinct(before, kind, 2)
                if len(pair) == 2:
                    return pair, f"pair:{m.group().lower()}"
        m = None
        for m in c.anaphor_org.finditer(text):
            pass
        if m:
            org = self.last_distinct(before, "organization", 1)
            if org:
                return org, "anaphor:organization"
        m = c.self_reference.search(text)
        if m:
            # the speaker: the nearest actor before it that is no verb's or preposition's object
            # ("Dia juga mengancam UEA dengan mengatakan bahwa pihaknya ...": not the UAE, but "dia")
            doc_text = self.doc.text
            i = bisect.bisect_left(self.starts, a) - 1
            while i >= 0 and a - self.items[i].end < 200 and "." not in doc_text[self.items[i].end:a]:
                it = self.items[i]
                if it.via != "group" and not c.patterns["object_before"].search(doc_text, max(0, it.start - 25), it.start):
                    return [it.entity], "anaphor:self-reference"
                i -= 1
            head = doc_text[max(0, a - 200):a]
            head = head[head.rfind(".") + 1:]
            if c.pronoun_person.search(head):
                p = self.last_subject_person(a - len(head))
                if p is not None:
                    return [p], "anaphor:self-reference"
        m = None
        for m in c.pronoun_person.finditer(text):
            pass
        if m:
            p = self.last_subject_person(before)
            if p is not None:
                return [p], f"pronoun:{m.group().lower()}"
        m = c.plural_pronoun.match(text.lstrip(" ,\"“")) if c.plural_pronoun.pattern else None
        if m:
            ents = self.previous_collective_subject(a)
            if ents:
                return ents, f"pronoun:{m.group().lower()}"
        return None

    def previous_collective_subject(self, pos: int) -> list[Entity]:
        """The subject opening the sentence (else the clause) before the one at `pos`, when it
        can be 'mereka': a state, a body, a group, or several actors ("Korea Utara dan China")."""
        for sents in (self.doc.sentences, self.doc.scratch.get("events_units") or []):
            k = bisect.bisect_right([s.start for s in sents], pos) - 2
            if k < 0:
                continue
            s = sents[k]
            items = [it for it in self.between(s.start, s.end) if not _in_quote(self.doc.text, s.start, it.start)]
            if not items or not _SUBJECT_OPENING.fullmatch(self.gap(s.start, items[0].start, times=True)):
                continue
            grp = self.group_forward(items, 0)
            ents = [it.entity for it in grp]
            if len(ents) >= 2 or grp[0].via == "group" or ents[0].kind in ("country", "organization"):
                return ents
        return []

    def last_distinct(self, before: int, kind: str, n: int) -> list[Entity]:
        out: list[Entity] = []
        i = bisect.bisect_left(self.starts, before) - 1
        kinds = {"country", "organization"} if kind == "party" else {kind}

        def fits(it: Item, strict: bool = False) -> bool:
            # "kedua belah pihak": parties, preferably not a country told as the place ("perdamaian di
            # Afghanistan") when two parties are named without one nearby
            return it.entity.kind in kinds and not (kind == "party" and (it.via == "group" or (
                strict and _LOCATIVE_BEFORE.search(self.doc.text, max(0, it.start - 6), it.start))))
        if n == 2:      # the last coordinated pair "X dan Y" of that kind, when there is one
            j = i
            while j > 0 and before - self.items[j].start < 600:
                a, b = self.items[j - 1], self.items[j]
                if fits(a) and fits(b) and (kind == "party" or a.entity.kind == b.entity.kind) \
                        and a.entity.id != b.entity.id \
                        and self.cues.coord_gap.match(self.gap(a.end, b.start) + " "):
                    return [a.entity, b.entity]
                j -= 1
        if kind == "party":
            j = i
            while j >= 0 and len(out) < n and before - self.items[j].start < 800:
                e = self.items[j].entity
                if fits(self.items[j], strict=True) and all(x.id != e.id for x in out):
                    out.insert(0, e)
                j -= 1
            if len(out) == n:
                return out
            out = []
        while i >= 0 and len(out) < n:
            e = self.items[i].entity
            if fits(self.items[i]) and all(x.id != e.id for x in out):
                out.insert(0, e)
            i -= 1
        return out

    def last_subject_person(self, before: int) -> Entity | None:
        """The person a 'dia' most likely refers to. In its own sentence: the subject of the
        reporting clause ("Trump mengatakan bahwa dia ..."). Else the first person of the nearest
        earlier sentence that names one outside quotation marks, preferring a sentence whose
        subject is that person over one that only names a quote's speaker ('" ...," kata X')."""
        sents = self.doc.scratch.get("events_units") or self.doc.sentences
        text = self.doc.text
        fallback, looked = None, 0
        for s in reversed([s for s in sents if s.end <= before + 1 or s.start < before]):
            end = min(s.end, before)
            own = s.start <= before < s.end
            if own:
                rep = None
                for rep in _REPORT_VERB.finditer(text, s.start, end):
                    pass
                if rep is None:
                    sub = _SUB_CLAUSE.search(text, s.start, min(s.end, before + 12))
                    if sub is None:
                        continue
                    # "Pompeo terbang ke Abu Dhabi dari Jeddah, di mana ia bertemu ...": the
                    # main clause's subject
                    end = sub.start()
                else:
                    end = rep.start()
            people = [it for it in self.between(s.start, end) if it.entity.kind == "person"
                      and not _in_quote(text, s.start, it.start)]
            if own:
                if people:
                    return people[-1].entity
                continue
            if people:
                speaker = _SPEAKER.search(text[max(s.start, people[0].start - 30):people[0].start])
                if not speaker:
                    return people[0].entity
                fallback = fallback or people[0].entity
            looked += 1
            if looked >= 3:
                break
        return fallback


_REPORT_VERB = _P["report_verb"]
_SUB_CLAUSE = _P["pronoun_sub_clause"]
_SPEAKER = _P["speaker"]


def _in_quote(text: str, sent_start: int, pos: int) -> bool:
    seg = text[sent_start:pos]
    if seg.count("“") > seg.count("”"):
        return True
    if seg.count('"') % 2 == 0:
        return False
    # an odd count whose last mark closes a quotation ('... menteri," kata X usai bertemu'): the
    # sentence began inside a quotation opened in the one before
    i = seg.rfind('"')
    closer = (i == 0 or not seg[i - 1].isspace()) and (i + 1 == len(seg) or seg[i + 1] in " ,.;\n")
    return not (closer and seg.count('"') == 1)


def dedupe(ents: list[Entity]) -> list[Entity]:
    seen, out = set(), []
    for e in ents:
        if e.id not in seen:
            seen.add(e.id)
            out.append(e)
    return out
