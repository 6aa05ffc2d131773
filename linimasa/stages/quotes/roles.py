"""Speakers named by what they are rather than by name: offices without their holder
('kata Presiden', 'ujar Menteri LHK'), security forces ('polisi Hong Kong'), role
descriptions, unnamed officials and spokespeople ('kata pejabat itu'), bodies by their head
word ('bunyi pernyataan kedutaan'), crowds ('teriak pengunjuk rasa'), groups by a lower-case
description ('para pakar itu'), recordings by whoever released them ('rekaman yang dirilis oleh
koalisi'), and Arabic family names written with a lower-case particle ('al-Maliki').

`Roles` is mixed into `Speakers` (speakers.py) and reads its state: the entity index, cues,
titles and common words.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .antecedents import _NAME_RUN, _TITLE_LINKS


class Roles:
    """Offices, forces, unnamed speakers and particle names (see the module docstring)."""

    def _force(self, a: int, b: int) -> dict | None:
        """'polisi Hong Kong': a security force speaks for its place; a bare 'polisi' for the
        place of the force named last before."""
        while a < b and self.text[a].isspace():
            a += 1
        m = self.cues.force.match(self.text, a, b)
        if not m:
            return None
        place = self._place_after(m.end(), b)
        if place is not None:
            return place
        rest = self.text[m.end():b].strip()
        if rest and not self.cues.definite_after.fullmatch(rest):
            return None          # "polisi yang berjaga": not a bare head either; "polisi itu" is
        last = None
        for earlier in self.cues.force.finditer(self.text, 0, a):
            if self._inside_quote(earlier.start()):
                continue
            stop = re.search(r"[,.;:!?\"“”\n]", self.text[earlier.end():earlier.end() + 60])
            found = self._place_after(earlier.end(), earlier.end() + (stop.start() if stop else 60))
            last = found or last
        return last if last is not None or rest else self._state_subject(a)

    def _state_subject(self, pos: int, most: int = 3) -> dict | None:
        """The state that opened one of the last `most` sentences as their subject ('Kuwait juga
        menyatakan …'): a bare 'militer' with no place named for any force speaks for it."""
        here = self._sentence(pos)
        countries = {e.id for e in self.doc.entities if e.kind == "country"}
        for c in reversed(self.history):
            if c.pos >= pos:
                continue
            if here - self._sentence(c.pos) > most:
                break
            if not c.person and c.weight >= 1 and c.speaker and c.speaker.get("id") in countries:
                return c.speaker
        return None

    def _place_after(self, a: int, b: int) -> dict | None:
        """The country, place or body named first in [a, b), as a speaker."""
        for s, e, ent, *_ in self._rows(a, b):
            if ent.kind == "person":
                return None
            if e <= b and self.text[a:s].strip() in ("", "di"):
                return self._state_of(ent, s, e) or {"id": ent.id, "name": ent.name}
        return None

    def _office_holder(self, a: int, b: int, pos: int) -> dict | None:
        """'Menteri LHK', 'Menlu Iran': an office with no name after it. The holder named
        earlier with that title, else the state in the title, else the home state."""
        if self.cues.office is None:
            return None
        while a < b and self.text[a].isspace():
            a += 1
        m = self.cues.office.match(self.text, a, b)
        if not m:
            return None
        countries = []
        covered: list[tuple[int, int]] = []
        for s, e, ent, *_ in self._rows(a, b):
            if ent.kind == "person":
                return None
            if ent.kind == "country" and e <= b:
                countries.append((s, e, ent))
            covered.append((s, e))
        if any(a <= s and e <= b for s, e, _spk in self.particle_names()):
            return None
        portfolio = False
        for w in re.finditer(r"[\w'’\-]+", self.text[m.end():b]):
            word, at = w.group(), m.end() + w.start()
            if any(s <= at < e for s, e in covered):
                continue
            if not word[:1].isupper():
                if word in _TITLE_LINKS:
                    continue      # "Menteri Lingkungan Hidup dan Kehutanan"
                return None       # "PM berusia 94 tahun itu": a description, resolved elsewhere
            portfolio = True
            if word.isupper() or word in self.titles:
                continue
            if word.lower() not in self.common:
                return None       # "Menteri LHK Siti Nurbaya": a name follows
        anchors = [self.text[s:e] for s, e, _ in countries]
        holder = self._role_holder([m.group().lower()], anchors, a)
        if holder is not None:
            return holder
        if countries:
            ent = countries[-1][2]
            return {"id": ent.id, "name": ent.name}
        if not portfolio:
            # a bare "kata Perdana Menteri": the person the article is talking about
            return self.antecedent(pos, person=True)
        return self.country(self.cues.home_state) if self.cues.home_state else None

    def _role_opening(self, phrase: str) -> bool:
        """'mantan perdana menteri …': a lower-case description opening with a role title."""
        words = [w for w in phrase.split() if w.lower() not in self.cues.role_prefixes]
        return bool(words) and (words[0].capitalize() in self.titles or words[0] in self.titles)

    def _fuller_person(self, ent, before: int) -> dict | None:
        """A one-word person entity that is the last word of a person named earlier (the
        tagger made two entities of 'Riyad al-Maliki' and 'Al-Maliki')."""
        word = ent.name.strip().lower()
        i = bisect.bisect_left(self.starts, before) - 1
        while i >= 0:
            s, e, other = self.index[i][:3]
            i -= 1
            if other is ent or other.kind != "person" or " " not in other.name.strip():
                continue
            if other.name.strip().lower().split()[-1] == word:
                return {"id": other.id, "name": other.name}
        return None

    def _particle_full_name(self, name: str, before: int) -> str | None:
        """'Malki' -> 'Turki al-Malki' when that particle name appeared earlier."""
        for s, _e, spk in self.particle_names():
            if s < before and spk["name"].lower().endswith("-" + name.lower()) and " " in spk["name"]:
                return spk["name"]
        return None

    def particle_names(self) -> list[tuple[int, int, dict]]:
        """'al-Maliki' in lower case, which no entity covers: the person whose name ends the
        same way ('Turki al-Maliki', 'Al-Maliki'), else the name itself, fuller if seen before."""
        if getattr(self, "_particles", None) is not None:
            return self._particles
        out: list[tuple[int, int, dict]] = []
        self._particles = out      # filled in place: _full_name below reads the earlier ones
        persons = [(ent, self.text[s:e]) for s, e, ent, *_ in self.index if ent.kind == "person"]
        for m in self.cues.particle_name.finditer(self.text):
            s, e = m.span()
            covering = [row[2] for row in self.index[:bisect.bisect_right(self.starts, s)]
                        if row[0] <= s < row[1]]
            if any(x.kind == "person" for x in covering):
                continue      # inside a person's mention already
            if covering and not self._titled(s):
                continue      # "Universitas al-Azhar": part of a body's name
            low = m.group().lower()
            ent = next((x for x, surface in persons
                        if surface.lower() == low or surface.lower().endswith(" " + low)), None)
            if ent is not None:
                spk = {"id": ent.id, "name": ent.name}
            else:
                given = self._given_names(s)
                spk = {"id": None, "name": f"{given} {m.group()}" if given else self._full_name(m.group(), s)}
            out.append((s, e, spk))
        return out

    def _titled(self, s: int) -> bool:
        """A title stands right before the particle name or its given names ('Kolonel Turki
        al-Malki' inside a tag that runs on from 'Kementerian Pertahanan')."""
        given = self._given_names(s)
        head = s - (len(given) + 1 if given else 0)
        before = self.text[max(0, head - 30):head].split()
        return bool(before) and before[-1].rstrip(".") in self.titles

    def _given_names(self, s: int, most: int = 2) -> str:
        """The capitalised words just before a particle name, back to a title:
        'Kolonel Turki al-Malki' -> 'Turki' (a country word here is a first name)."""
        words = self.text[max(0, s - 60):s].split(" ")[:-1] if self.text[s - 1:s] == " " else []
        given: list[str] = []
        for w in reversed(words):
            if len(given) == most or not w[:1].isupper() or not w.replace("-", "").isalpha() \
                    or w in self.titles or w in self.not_names or w.lower() in self.common:
                break
            given.insert(0, w)
        return " ".join(given)

    def role_subjects(self) -> list[tuple[int, dict]]:
        """'sang presiden menyebut …': the person of the article holding that role (a title
        seen before their name, or a KB role), as that sentence's subject."""
        out = []
        for m in self.cues.role_subject.finditer(self.text):
            if self._inside_quote(m.start()):
                continue
            holder = self._holder_of(m.group("role"), m.start())
            if holder is not None:
                out.append((m.start(), holder))
        return out

    def office_subjects(self) -> list[tuple[int, dict]]:
        """'Duta Besar China mengatakan …' with no name after the title: the person introduced
        before with that title ('Duta Besar China untuk Jerman, Ken Wu'), as the one speaking."""
        out = []
        if self.cues.office is None:
            return out
        for m in self.cues.office.finditer(self.text):
            run = _NAME_RUN.match(self.text, m.start())
            if not run or self._inside_quote(m.start()) or self.has_person(m.start(), run.end()) \
                    or not self.cues.say.match(self.text, run.end() + 1, run.end() + 40) \
                    or self.text[run.end():run.end() + 1] != " ":
                continue
            anchors = self.text[m.end():run.end()].split()
            if not anchors or not self._names_bodies(m.end(), run.end(), anchors):
                # "Menteri Luar Negeri …" without an entity is no description; a bare "Presiden
                # berharap …" is often what the person quoted reports of the president
                continue
            holder = self._titled_holder(m.group().lower().split(), anchors, m.start())
            if holder is not None:
                out.append((m.start(), holder))
        return out

    def _holder_of(self, word: str, before: int) -> dict | None:
        title = word.capitalize()
        key = _role_keys().get(title)
        best = None
        for s, _e, ent, *_ in self.index:
            if s >= before or ent.kind != "person":
                continue
            titles = {t.split()[0] for t in getattr(ent, "roles", None) or [] if t}
            if title in titles or (key and key in _kb_roles(ent.id)):
                best = ent
        return {"id": best.id, "name": best.name} if best is not None else None


    # ------------------------------------------------------------ unnamed speakers

    def crowd_near(self, pos: int, most: int = 2) -> dict | None:
        """The crowd named nearest `pos` ('para demonstran', 'pengunjuk rasa'), at most `most`
        sentences away, outside quotations; before `pos` wins a tie."""
        here = self._sentence(pos)
        lo = self.sent_starts[max(0, here - most)]
        hi = self.sent_starts[here + most + 1] if here + most + 1 < len(self.sent_starts) else len(self.text)
        best = None
        for m in self.cues.crowd.finditer(self.text, lo, hi):
            if self._inside_quote(m.start()) or (m.start() and self.text[m.start() - 1].isalnum()):
                continue     # "aktivis" inside a longer word is no crowd
            key = (abs(self._sentence(m.start()) - here), m.start() > pos, abs(m.start() - pos))
            if best is None or key < best[0]:
                best = (key, m.group("noun"))
        return {"id": None, "name": best[1]} if best else None

    def _crowd(self, a: int, b: int) -> dict | None:
        """'para pengunjuk rasa': a crowd speaking as one keeps its name (no quantifier)."""
        seg = self.text[a:b].strip()
        m = self.cues.crowd.match(seg)
        if not m or seg[m.end():].strip():
            return None     # "warga Jakarta bernama Eri …": not a bare crowd
        return {"id": None, "name": m.group("noun")}

    def _description(self, a: int, b: int) -> tuple[str, list[str]]:
        """'seorang juru bicara AFP di Canberra' -> ('juru bicara AFP', ['AFP']): the
        description up to its first stop word, without the quantifier, and its named anchors."""
        seg = self.text[a:b].strip()
        stop = self.cues.stop.search(" " + seg)
        if stop:
            seg = seg[:max(0, stop.start())].strip()
        seg = self.cues.quantifier.sub("", seg, count=1).strip()
        anchors = [w for w in seg.split() if w[:1].isupper() or w.isupper()]
        return seg, anchors

    def described(self, a: int, b: int, pos: int) -> dict | None:
        """An unnamed speaker: the spokesperson named earlier with the same role, else the
        body a spokesperson or official speaks for, else a named group ('pakar HAM PBB')."""
        desc, anchors = self._description(a, b)
        if not anchors:
            return None   # "para ahli", "seorang pejabat": nobody to name
        seg = self.text[a:b]
        if self.cues.speaks_for.match(seg.strip()):
            stop = self.cues.stop.search(self.text, a, b)
            government = self.government_of(a, stop.start()) if stop else None
            if government:
                # "pejabat senior administrasi Trump yang berbicara kepada ABC News": the
                # government, not the medium the official talked to
                return government
            i = bisect.bisect_left(self.starts, a)
            while i < len(self.index) and self.index[i][0] < b:
                s, e, ent = self.index[i][:3]
                if ent.kind in ("organization", "country") and e <= b:
                    return self._state_of(ent, s, e) or {"id": ent.id, "name": ent.name}
                i += 1
            return self.government_of(a, b)
        return {"id": None, "name": desc}

    def government_of(self, a: int, b: int) -> dict | None:
        """'pejabat pemerintahan Trump': the state of the leader whose government is named in
        [a, b) (the leader is not the one speaking)."""
        for s, e, ent, *_ in self._rows(a, b):
            if ent.kind == "person" and e <= b and getattr(ent, "country", None) \
                    and self.cues.government_before.search(self.text, max(a, s - 20), s):
                return self.country(ent.country)
        return None

    def _same_role(self, a: int, b: int, pos: int) -> dict | None:
        """'kata pejabat itu', 'kata pejabat yang minta identitasnya dirahasiakan': an official
        with no body named is the last one of that role who spoke, in a quotation ('ujar pejabat
        Kementerian Luar Negeri Korut') or in reported speech ('Seorang pejabat senior
        pemerintah AS mengatakan …')."""
        m = self.cues.speaks_for.match(self.text[a:b].strip())
        if not m:
            return None
        head = self.cues.quantifier.sub("", m.group(), count=1).strip().lower()
        rx = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])")
        best = next(((end, spk) for end, _ctx, spk, phrase in reversed(self._quote_log)
                     if end <= pos and spk is not None and rx.search(phrase)), None)
        for c in self.history:
            if c.pos >= pos:
                break
            if c.unnamed and c.speaker and (best is None or c.pos > best[0]) \
                    and rx.match(self.text[c.pos:c.pos + 40].lower()):
                best = (c.pos, c.speaker)
        intro = self._official_introduced(head, pos)
        if intro is not None and (best is None or intro[0] > best[0]):
            best = intro
        if best is None or self._sentence(pos) - self._sentence(best[0] - 1) > 12:
            return None
        return best[1]

    def _official_introduced(self, head: str, pos: int) -> tuple[int, dict] | None:
        """'… diungkap seorang pejabat senior Departemen Luar Negeri AS', '… mengutip seorang
        pejabat Solomon yang enggan disebut namanya': an unnamed official introduced with a
        quantifier anywhere in a sentence, not only as the subject of a say verb; (position,
        the body or state they speak for), the last one before `pos`."""
        rx = _introduced(tuple(self.cues.indefinite), head)
        for m in reversed(list(rx.finditer(self.text, 0, pos))):
            if self._inside_quote(m.start()):
                continue
            stop = re.search(r"[,.;:!?\"“”\n]", self.text[m.end():m.end() + 120])
            end = m.end() + (stop.start() if stop else 120)
            spk = self.described(m.start(), min(end, pos), m.start())
            if spk is not None:
                return m.start(), spk
        return None

    def _described_holder(self, a: int, b: int) -> dict | None:
        """'duta besar China', 'sang duta besar', 'duta besar itu': a description in lower case
        that opens with a role title (after 'sang', 'mantan') and names nobody is the last
        person introduced before with that role and the places or bodies it names."""
        seg = self.text[a:b].strip()
        words = seg.split()
        while words and (words[0].lower() in self.cues.role_prefixes
                         or self.cues.definite_before.match(words[0])):
            words.pop(0)
        while words and self.cues.definite_after.search(words[-1]):
            words.pop()
        if not words or not words[0].islower() or not self._role_opening(" ".join(words)) \
                or self.has_person(a, b):
            return None
        role = [w.lower() for w in words if w.islower()]
        anchors = [w for w in words if not w.islower()]
        if len(role) > 4:
            return None     # a clause, not a role
        if not self._names_bodies(a, b, anchors):
            return None     # "jaksa Kresno": a name the tagger missed, not a place or body
        return self._titled_holder(role, anchors, a)

    def _titled_holder(self, role: list[str], anchors: list[str], before: int) -> dict | None:
        """The last person before `before` whose title, right before the name, holds the role
        words and the anchors ('Duta Besar China untuk Jerman, Ken Wu'; 'Jaksa KPK Kresno');
        a role mentioned further back in the sentence is about someone else."""
        for s, e, ent, m in self._persons_before(before):
            title = (getattr(m, "role", None) or "").lower()
            if not title:
                chunk = re.split(r"[.!?;:\"“”(]", self.text[max(0, s - 80):s])[-1]
                words = re.findall(r"[\w'’\-]+", chunk)
                k = len(words)
                while k > 0 and (not words[k - 1].islower() or words[k - 1] in _TITLE_LINKS):
                    k -= 1          # back over the capitalised title and its link words
                title = " ".join(words[k:]).lower()
            tw = title.split()
            if all(w in tw for w in role) and all(x.lower() in tw for x in anchors):
                return {"id": ent.id, "name": ent.name}
        return None

    def _role_holder(self, role: list[str], anchors: list[str], before: int) -> dict | None:
        """The last person introduced with this role and anchor ('juru bicara militer Huthi,
        Brigadir Yahya Saree' for a later 'juru bicara Huthi')."""
        for s, e, ent, m in self._persons_before(before):
            intro = ((getattr(m, "role", None) or "") + " " + self.text[max(0, s - 80):s]).lower()
            intro = re.split(r"[.!?\"“”](?:\s|,)", intro)[-1]
            at = max((intro.rfind(w) for w in role), default=-1)
            if at >= 0 and self.cues.say.search(intro, at):
                # "pejabat senior AS mengatakan Perdana Menteri X telah meminta …": X is what
                # the official spoke about, not the official
                continue
            if all(w in intro for w in role) and all(re.search(rf"(?<!\w){re.escape(x.lower())}(?!\w)", intro)
                                                     for x in anchors):
                return {"id": ent.id, "name": ent.name}
        return None

    def _author(self, a: int, b: int) -> dict | None:
        """'rekaman … yang dirilis oleh koalisi di Twitter': a recording or document that says
        something speaks for whoever released it (named, else described earlier)."""
        m = self.cues.authored.match(self.text, a, b)
        agent = self.cues.phrase_after(self.text, m.end(), b) if m else None
        if agent is None:
            return None
        spk, _kind = self.named(*agent)
        if spk is not None:
            return spk
        words = self.text[agent[0]:agent[1]].split()
        if len(words) != 1 or not words[0].islower():
            return None
        return self.described_before(words[0], agent[0])

    def _group_before(self, a: int, b: int) -> dict | None:
        """'para pakar itu': the group described earlier with its name ('Lima pakar HAM PBB
        meminta …' -> 'pakar HAM PBB'); a person named in that description is the speaker."""
        seg = self.text[a:b].strip()
        m = self.cues.group_marker.match(seg)
        if not m or not self.cues.definite_after.search(seg):
            return None
        words = seg[m.end():].split()[:-1]
        if len(words) != 1 or not words[0].islower() or self.cues.speaks_for.match(words[0]):
            return None     # "para pejabat itu": an official's body is found by _same_role
        return self.described_before(words[0], a)

    def described_before(self, head: str, before: int) -> dict | None:
        """The last description before `before` that opens with the common noun `head` and names
        what it belongs to ('koalisi pimpinan AS', 'pakar HAM PBB'): a person or body it names
        as a whole, else the description itself."""
        # "sekelompok profesional Malaysia" is described by "kelompok" too (the "se-" of "one")
        rx = re.compile(rf"(?<![\w-])(?:se)?{re.escape(head)}(?![\w-])", re.IGNORECASE)
        for occ in reversed(list(rx.finditer(self.text, max(0, before - 3000), before))):
            s = occ.start()
            if self._inside_quote(s):
                continue
            e = self._description_end(occ.end(), before)
            if e is None:
                continue
            spk, kind = self.named(s, e)
            if spk is not None and ((kind == "person" and self.has_person(s, e))
                                    or any(row[0] == s for row in self._rows(s, e))):
                return spk
            return {"id": None, "name": " ".join(self.text[s:e].split())}
        return None

    def _description_end(self, pos: int, limit: int, most: int = 4) -> int | None:
        """The end of the capitalised words that follow a head noun ('pimpinan AS', 'HAM PBB'),
        one lower-case link word allowed between them; None when none follows."""
        end, linked, gap_from = None, False, 0
        chunk = self.text[pos:min(limit, pos + 80)]
        for w in re.finditer(r"[^\s,.;:!?()\"“”]+", chunk):
            if chunk[gap_from:w.start()].strip() or most == 0:
                break      # punctuation ended the description
            word, most, gap_from = w.group(), most - 1, w.end()
            if word[:1].isupper():
                end, linked = pos + w.end(), False
            elif linked or end is not None or self.cues.verb_opening.match(word) \
                    or self.cues.stop.match(" " + word):
                break
            else:
                linked = True     # "koalisi pimpinan AS"
        return end

    def _body_named_before(self, head: str, a: int) -> dict | None:
        """The last body whose capitalised name opens with `head` before `a` ('Kedutaan Besar
        Kanada' when the tagger left it untagged): its state, else the body itself."""
        rx = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])", re.IGNORECASE)
        for earlier in reversed(list(rx.finditer(self.text, 0, a))):
            s = earlier.start()
            run = _NAME_RUN.match(self.text, s)
            if self._inside_quote(s) or not run or len(run.group().split()) <= len(head.split()):
                continue
            spk, kind = self.named(s, run.end())
            if spk is not None and kind in ("organization", "country"):
                return spk
        return None


@lru_cache(maxsize=1)
def _role_keys() -> dict[str, str]:
    """'Presiden' -> 'president' (lang/id/honorifics.yaml role_titles)."""
    from ...lang import load_yaml, path
    data = load_yaml("id", "honorifics.yaml") if path("id", "honorifics.yaml").exists() else {}
    return {k: v for k, v in ((data or {}).get("role_titles") or {}).items() if " " not in k}


def _kb_roles(entity_id: str) -> set[str]:
    try:
        from ... import kb
        entry = kb.get(entity_id)
    except Exception:  # noqa: BLE001 - no KB, no roles
        return set()
    return {r.key for r in (entry.roles if entry else [])}



@lru_cache(maxsize=64)
def _introduced(quantifiers: tuple[str, ...], head: str) -> re.Pattern:
    """'seorang pejabat', 'salah satu pejabat': `head` introduced by an indefinite quantifier
    (compiled once per head, not once per quotation)."""
    alts = "|".join(map(re.escape, sorted(quantifiers, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alts})\s+{re.escape(head)}(?![\w-])", re.IGNORECASE)
