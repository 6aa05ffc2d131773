"""Cue patterns around a quotation, compiled once from lang/id/quotes.yaml.

A cue says who spoke: after the closing mark ("…," kata Psaki / katanya /
"…" Pakar Yang Jin menambahkan / bunyi pernyataan …) or before the opening
mark (Psaki mengatakan, "…" / Menurut para ahli, "…" / Kata Jokowi: "…").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang import load_yaml


@dataclass(slots=True)
class Cue:
    kind: str                 # post_verb, enclitic, pronoun, statement, according, subject_verb, colon, relay
    start: int                # offsets of the cue word(s)
    end: int
    phrase: tuple[int, int] | None = None   # the speaker phrase, when written out
    pronoun: bool = False     # the speaker is someone mentioned before

    def text(self, src: str) -> str:
        return src[self.start:self.end]


def _alt(words) -> str:
    words = sorted({w.strip() for w in words if w and w.strip()}, key=len, reverse=True)
    return "|".join(w if "\\" in w or "(" in w else re.escape(w).replace(r"\ ", r"\s+") for w in words)


# cue patterns anchored at a sentence's start
_SENTENCE_OPENING = frozenset({"post_verb", "enclitic", "colon"})


class Cues:
    """All cue regexes of one language."""

    def __init__(self, lang: str = "id"):
        d = load_yaml(lang, "quotes.yaml")
        self.data = d
        post = _alt(d["post_verbs"])
        say = _alt(d["say_verbs"])
        tail = _alt(d["say_tail"])
        according = _alt(d["according"])
        statement = _alt(d["statement_cues"])
        relay = _alt(d["relay_verbs"])
        passive = _alt(d.get("passive_cues") or [])
        suffix = re.escape(d.get("enclitic_suffix", "nya"))
        pron = _alt(d["pronouns"] + d["plural_pronouns"])
        lead = r"[\s,.;:!?\-–—]*"
        f = re.IGNORECASE
        self.relay_verbs = {w.lower() for w in d["relay_verbs"]}
        self.pronouns = {w.lower() for w in d["pronouns"]}
        self.plural = {w.lower() for w in d["plural_pronouns"]}
        self.person_pronouns = {w.lower() for w in d.get("person_pronouns") or ()}
        self.definite_words = {w.lower() for w in d["definite_markers_after"]}
        self.conjunctions = {w.lower() for w in d.get("clause_conjunctions") or ("dan",)}
        self.continuation = {w.lower() for w in d.get("continuation_verbs") or ()}
        self.suffix = d.get("enclitic_suffix", "nya")
        self.openers = {w for o in d.get("discourse_openers") or () for w in o.split()}
        # applied with .match at the closing mark
        sign = _alt(d.get("sign_nouns") or ["spanduk"])
        self.post = [
            # "…," demikian tulisan pada salah satu plakat: the crowd carrying it
            ("sign", re.compile(lead + rf"(?P<cue>(?:(?:demikian|begitu)\s+)?(?:tulisan|bunyi|isi)\s+(?:pada|di)"
                                       rf"(?:\s+[^\s,.;:!?\"“”]+){{0,2}}?\s+(?:{sign}))\b", f)),
            ("statement", re.compile(lead + rf"(?P<cue>{statement})\b\s*(?P<rest>)", f)),
            ("enclitic", re.compile(lead + rf"(?P<cue>(?:{post}){suffix})\b", f)),
            ("pronoun", re.compile(lead + rf"(?P<cue>(?:{post}|{relay}))\s+(?P<pron>{pron})\b", f)),
            ("according", re.compile(lead + rf"(?P<cue>{according})\s+(?P<rest>)", f)),
            ("passive", re.compile(lead + rf"(?P<cue>(?i:{passive}))\s+(?P<rest>)(?=[A-Z])")),
            ("relay", re.compile(lead + rf"(?P<cue>{relay})\s+(?P<rest>)", f)),
            ("post_verb", re.compile(lead + rf"(?P<cue>{post})\s+(?P<rest>)", f)),
            ("subject_verb", re.compile(lead + rf"(?P<subj>[^\s,.;:!?\"“”][^,;:!?\"“”\n]{{0,90}}?)\s+"
                                        rf"(?P<cue>{say})\b", f)),
            # "…" Nicholas Bequelin, direktur Asia Timur di Amnesty International, mengatakan
            ("subject_verb", re.compile(lead + rf"(?P<subj>[A-Z][^,;:!?\"“”\n]{{0,50}}?,[^,;:!?\"“”\n]{{1,90}}?),\s*"
                                        rf"(?P<cue>{say})\b")),
        ]
        # applied with .search on the text before the opening mark (anchored at its end)
        end = r"\s*[,:;]?\s*$"
        self.pre = [
            # para mahasiswa membentangkan spanduk bertuliskan "…"
            ("sign", re.compile(rf"\b(?P<cue>(?:{sign})\b[^\"“”.!?;]{{0,60}}?\s(?:{_alt(d.get('sign_verbs') or ['bertuliskan'])}))"
                                rf"\s*[,:]?\s*$", f)),
            ("according", re.compile(rf"\b(?P<cue>{according})\s+(?P<subj>[^,\"“”:]{{1,120}}?){end}", f)),
            ("statement", re.compile(rf"(?P<cue>{statement})\s+(?P<subj>[^,\"“”:]{{0,120}}?){end}", f)),
            ("subject_verb", re.compile(rf"(?<=\s)(?P<cue>{say})(?:\s*,?\s*(?:{tail}))*{end}", f)),
            ("subject_verb", re.compile(rf"(?<=\s)(?P<cue>{say})(?:\s+[^\s,.:;\"“”]+){{0,8}}\s*[:;]\s*$", f)),
            # "… koalisi di Twitter mengatakan. "…"": a verb that needs its object cannot end a
            # sentence, so the full stop stands for the colon
            ("subject_verb", re.compile(rf"(?<=\s)(?P<cue>{_alt(d.get('say_verbs_with_object') or ['mengatakan'])})"
                                        rf"\s*\.\s*$", f)),
            ("post_verb", re.compile(rf"(?:^|[.!?]\s+)(?P<cue>{post})\s+(?P<subj>[^,\"“”:]{{1,120}}?)\s*[,:]\s*$", f)),
            ("enclitic", re.compile(rf"(?:^|[.!?]\s+)(?P<cue>(?:{post}){suffix})\s*[,:]\s*$", f)),
            # ".,": scraped paragraphs joined by commas end a sentence as well as a space does
            ("colon", re.compile(r"(?:^|[.!?]\s+|[.!?],\s*)(?P<subj>[^.!?\"“”:]{1,80}?)\s*(?P<cue>:)\s*$")),
            # a partial quotation inside the reported clause: Stanikzai menekankan bahwa
            # negosiasi tetap menjadi "jalan satu-satunya …" (the stage wants 4+ words)
            ("partial", re.compile(rf"(?<=\s)(?P<cue>{say})\b[^\"“”.!?;:]{{0,260}}?\s$", f)),
        ]
        # a cue inside a quotation whose closing mark is missing: "… lagi, kata dia.
        self.inside = re.compile(rf"[,.!?](?=\s+(?:(?:{post}){suffix}|(?:{post})\s+[A-Z]|(?:{post})\s+(?:dia|ia|beliau))\b)")
        self.relay_quoting = re.compile(rf"(?:{_alt(d['relay_quoting'])})\s+(?P<rest>)", f)
        self.particle_name = re.compile(
            rf"(?<![\w'’-])(?:{_alt(d.get('name_particles') or ['al'])})-[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*")
        self.verb_opening = re.compile(rf"(?:{_alt(d.get('verb_prefixes') or ['me'])})[a-z]{{3,}}\b")
        self.name_before = re.compile(r"(?:^|(?<=[.!?,;]\s)|(?<=[.!?,;]))\s*(?P<subj>[A-Z][\w'’.\-]*"
                                      r"(?:\s+(?:[A-Z][\w'’.\-]*|al-[\w'’\-]+|bin|binti)){0,4})\s*$")
        # "para pakar itu "menyerukan …"", "kedua pemimpin "menegaskan …"": a group or a definite
        # person described in lower case, after its marker (a bare "hal itu" is no speaker)
        group = _alt((d.get("plural_group_markers") or ["para"]) + (d.get("definite_markers_before") or []))
        self.group_before = re.compile(
            rf"(?:^|(?<=[.!?,;]\s)|(?<=[.!?,;]))\s*(?P<subj>(?:{group})\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
            rf"(?:\s+(?:{_alt(d['definite_markers_after'])}))?)\s*$", f)
        self.group_marker = re.compile(rf"(?:{group})\s+", f)
        # "rekaman … yang dirilis oleh koalisi": a recording or document and the one who released it
        self.authored = re.compile(
            rf"\s*(?:{_alt((d.get('document_nouns') or []) + (d.get('recording_nouns') or []))})\b"
            rf"[^,.;:!?\"“”\n]{{0,80}}?\s(?:yang\s+)?(?:{_alt(d.get('release_verbs') or ['dirilis'])})"
            rf"\s+(?:oleh\s+)?", f)
        # case-sensitive: "menteri" in lower case is a common noun, not a title
        self.office = re.compile(rf"(?:{_alt(d['office_titles'])})\b") if d.get("office_titles") else None
        self.home_state = d.get("home_state")
        self.home_body = re.compile(rf"^(?:{_alt(d.get('home_state_bodies') or ['kbri'])})\b", f)
        self.role_subject = re.compile(rf"(?<![\w-])(?:{_alt(d.get('role_subject_markers') or ['sang'])})"
                                       rf"\s+(?P<role>[a-z]+)\s+(?:me|ber|men|mem|meng)[a-z]+", f)
        # "Juru bicaranya", "ajudannya": someone speaking for the person "-nya" points back to
        self.principal = re.compile(rf"(?:{_alt(d.get('speaks_for') or ['juru bicara'])}|"
                                    rf"{_alt(d.get('aides') or ['ajudan'])})nya\b", f)
        self.crowd = re.compile(rf"(?:(?:{_alt(d.get('group_quantifiers') or ['para'])})\s+)?"
                                rf"(?P<noun>(?:{_alt(d.get('crowd_nouns') or ['demonstran'])}))\b", f)
        # "Juru Bicara Pasukan AS di Afghanistan, Kolonel X": a place of the post, in capitals,
        # between a title and the holder's name
        self.title_place = re.compile(rf"[ \t]+(?:{_alt(d.get('title_place_links') or ['di'])})"
                                      r"[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}(?=,)")
        self.role_prefixes = {w.lower() for w in d.get("role_prefixes") or ()}
        self.document_nouns = [w.lower() for w in d.get("document_nouns") or ()]
        self.document_adjectives = {w.lower() for w in d.get("document_adjectives") or ()}
        self.document_head = re.compile(rf"(?:{_alt(self.document_nouns or ['laporan'])})\b", f)
        self.force = re.compile(rf"(?:{_alt(d.get('force_heads') or ['polisi'])})\b", f)
        self.media_head = re.compile(rf"(?:{_alt(d.get('media_heads') or ['kantor berita'])})\b", f)
        noise = _alt(d["attribution_noise"])
        self.attribution = re.compile(
            rf"(?:{_alt(d['attribution'])})\s+(?:(?:{noise})\s+)?"
            r"(?-i:(?P<src>[A-Z0-9][\w.\-&]*(?:[ \t]+(?:[A-Z0-9][\w.\-&]*|of|the|dan))*))", f)
        self.attribution_lead = re.compile(rf"(?:{_alt(d['attribution'])})[\s,]*", f)
        self.medium_lead = re.compile(rf"[\s,.]*(?P<cue>(?:{_alt(d.get('medium_leads') or ['begitu'])})\s+)", f)
        stops = _alt(d["speaker_stops"])
        self.stop = re.compile(rf"\s(?:{stops})\b")   # case-sensitive: "Hari" may be a name
        abbr = "|".join(rf"(?<=\b[A-Z][a-z]{{{n}}})" for n in range(4))  # "Dr. Sutopo", "H. Agus"
        # "Kolonel Laut (P) Wahyu", "Brigjen (Pol) Dedi": a short bracketed rank stays inside, and
        # so does the abbreviation of the words before it when a name follows ("kelompok hak
        # asasi manusia (HAM) Israel B'Tselem", "para menteri luar negeri (menlu) Liga Arab")
        self.phrase = re.compile(rf"(?:[^,.;:!?()\[\]\"“”\n]|(?:{abbr})\.(?=\s?[A-Z])"
                                 rf"|(?<=\s)\((?:{_alt(d.get('bracketed_ranks') or ['Pol'])})\)(?=\s[A-Z])"
                                 r"|(?<=\s)\([A-Za-z][A-Za-z\-]{1,11}\)(?=\s[A-Z]))+")
        self.sentence_end = re.compile(r"[.!?](?=\s+[\"“A-Z]|\s*$)")
        self.say = re.compile(rf"\b(?:{say})\b", f)
        # a body that says, issues a statement or reacts, rather than only acts
        self.voiced = re.compile(rf"\b(?:{say}|{_alt(d.get('reaction_verbs') or ['merespons'])}|"
                                 rf"{_alt(d.get('document_nouns') or ['pernyataan'])})\b", f)
        self.unnamed = re.compile(rf"^(?:{_alt(d['unnamed_markers'])})\b", f)
        self.definite_after = re.compile(rf"\b(?:{_alt(d['definite_markers_after'])})$", f)
        self.time_definite = re.compile(rf"\b(?:{_alt(d['time_nouns'])})\s+(?:{_alt(d['definite_markers_after'])})$", f)
        self.definite_before = re.compile(rf"^(?:{_alt(d['definite_markers_before'])})\b", f)
        self.pronoun_word = re.compile(rf"^(?:{pron})$", f)
        self.government_before = re.compile(
            rf"\b(?:{_alt(d.get('government_nouns') or ['pemerintahan'])})\s+$", f)
        self.state_body = re.compile(rf"^(?:{_alt(d.get('state_bodies') or ['kementerian'])})\b", f)
        self.speaks_for = re.compile(rf"^(?:(?:{_alt(d.get('group_quantifiers') or ['para'])})\s+)?"
                                     rf"(?:{_alt(d.get('speaks_for') or ['juru bicara'])})\b", f)
        # "juru bicara Kementerian Pertahanan Arab Saudi mengatakan ada puing …": an unnamed
        # spokesperson speaking in reported speech, the likely source of a later "katanya"
        # (case-sensitive over the lower-cased text: a case-blind scan of every article is slow)
        self.spokesperson_says = re.compile(
            rf"\b(?:{_alt([w.lower() for w in d.get('speaks_for') or ['juru bicara']])})\b"
            rf"(?P<desc>[^,.;:!?\"“”\n]{{0,80}}?)\s(?:{_alt([w.lower() for w in d['say_verbs']])})\b")
        self.according_before = re.compile(rf"\b(?:{_alt(d['according'])})\s+$", f)
        # "Pernyataan yang sama disuarakan oleh Zarif": the agent of a passive say verb spoke
        self.passive_before = re.compile(rf"\b(?:{passive})\s+$", f) if passive else None
        self.post_verb_before = re.compile(rf"\b(?:{_alt(d['post_verbs'])})\s+$", f)
        self.openers = frozenset(d.get("discourse_openers") or ["Sementara"])
        openers = _alt(self.openers)
        self.reported_lead = re.compile(
            rf"[\s,\"“”]*(?:(?:{openers})(?:\s+(?:itu|ini))?\s*,?\s*)?"
            rf"(?:{_alt(d.get('reported_speech_leads') or ['menurutnya'])})\b(?!-)", f)
        # quantifiers that introduce someone new ("seorang pejabat …"), not "para" or "kedua"
        self.indefinite = [w for w in d.get("indefinite_quantifiers") or ["seorang"]]
        self.quantifier = re.compile(rf"^(?:{_alt(d.get('group_quantifiers') or ['para'])})\s+", f)
        # "kementerian itu", also glued to the next word by scraping ("kementerian itudalam")
        self.definite_noun = re.compile(rf"(?P<head>[a-z]+)\s+(?:{_alt(d['definite_markers_after'])})"
                                        rf"(?:\b|(?={stops}\b))", f)
        self.pronoun_lead = re.compile(rf"^(?:{_alt(d['pronouns'])})\b", f)

    def only_conjunctions(self, phrase: str) -> bool:
        """A subject that is no subject: empty, or only 'dan', 'serta' ('…," dan memperingatkan')."""
        return all(w.lower() in self.conjunctions for w in phrase.split())

    def continues(self, src: str, cue: Cue) -> bool:
        """'lanjutnya', 'imbuh dia': a cue that carries on the previous speaker."""
        words = src[cue.start:cue.end].split()
        word = words[0].lower() if words else ""
        if word.endswith(self.suffix):
            word = word[:-len(self.suffix)]
        return word in self.continuation

    # ------------------------------------------------------------ after the quote

    def after(self, text: str, pos: int, limit: int) -> Cue | None:
        for kind, rx in self.post:
            m = rx.match(text, pos, limit)
            if not m:
                continue
            if kind in ("enclitic",):
                return Cue(kind, m.start("cue"), m.end("cue"), pronoun=True)
            if kind == "sign":
                return Cue(kind, m.start("cue"), m.end("cue"))
            if kind == "pronoun":
                return Cue(kind, m.start("cue"), m.end("pron"), (m.start("pron"), m.end("pron")), pronoun=True)
            if kind == "subject_verb":
                a, b = m.start("subj"), m.end("subj")
                if "\n" in text[pos:a] or self.only_conjunctions(text[a:b]):
                    continue   # "…," dan memperingatkan: the quotation's own subject goes on speaking
                return Cue(kind, m.start("cue"), m.end("cue"), (a, b))
            phrase = self.phrase_after(text, m.end("cue"), limit)
            if phrase is None and kind != "statement":
                continue
            if kind == "relay" and self.say.search(text, phrase[0], phrase[1]):
                continue   # "…," laporan intelijen melanjutkan: a subject and its verb, not a relay
            return Cue(kind, m.start("cue"), m.end("cue"), phrase)
        return None

    def phrase_after(self, text: str, pos: int, limit: int) -> tuple[int, int] | None:
        """The speaker phrase that starts at `pos`: up to punctuation or a stop word."""
        while pos < limit and text[pos] == " ":
            pos += 1
        m = self.phrase.match(text, pos, limit)
        if not m:
            return None
        end = m.end()
        at = pos - 1 if pos > 0 and text[pos - 1] == " " else pos
        while True:
            s = self.stop.search(text, at, end)
            if s and s.group().strip() == "dan":
                before = text[pos:s.start()].split()[-1:]
                after = text[s.end():end].split()[:1]
                if before and after and before[0][:1].isupper() and after[0][:1].isupper():
                    at = s.end()   # "Kepala Biro Komunikasi dan Layanan Informasi": one title
                    continue
            break
        if s:
            end = s.start()
        while end > pos and text[end - 1].isspace():
            end -= 1
        return (pos, end) if end > pos else None

    def appositive(self, text: str, pos: int, limit: int) -> tuple[int, int] | None:
        """", Ken Wu" right after a title phrase: kata Duta Besar Cina untuk Jerman, Ken Wu."""
        if pos < limit and text[pos] == ",":
            nxt = self.phrase_after(text, pos + 1, limit)
            if nxt and text[nxt[0]].isupper() and sum(w != "dan" for w in text[nxt[0]:nxt[1]].split()) <= 5:
                return nxt
        return None

    # ------------------------------------------------------------ before the quote

    def before(self, text: str, start: int, pos: int) -> Cue | None:
        for kind, rx in self.pre:
            # a window opening a paragraph: the sentence end before it lets "(?:^|[.!?]\s+)" match,
            # but what the cue reads (its subject, else the cue word) still lies inside the window
            m = rx.search(text, max(0, start - 2), pos) if kind in _SENTENCE_OPENING else rx.search(text, start, pos)
            if not m or m.start("subj" if "subj" in rx.groupindex else "cue") < start:
                continue
            if kind == "partial":
                # "Menanggapi laporan itu, polisi X mengatakan … "…"": a say verb opening the
                # sentence is an adjunct; the clause's own verb comes later
                while True:
                    head = max([start] + [e.end() for e in self.sentence_end.finditer(text, start, m.start("cue"))])
                    if text[head:m.start("cue")].strip(" ,\n\"“”") or m.end("cue") >= pos:
                        break
                    later = rx.search(text, m.end("cue"), pos)
                    if not later:
                        break
                    m = later
            if kind == "enclitic":
                return Cue(kind, m.start("cue"), m.end("cue"), pronoun=True)
            if kind == "sign":
                return Cue(kind, m.start("cue"), m.end("cue"))
            if kind in ("subject_verb", "partial"):
                # the subject: from the last sentence end (or quotation) up to the verb
                a, b = start, m.start("cue")
                for e in self.sentence_end.finditer(text, start, b):
                    a = e.end()
                if '"' in text[a:b] or "”" in text[a:b]:
                    continue
            else:
                a, b = m.start("subj"), m.end("subj")
            while a < b and not text[a].isalnum():
                a += 1
            if kind == "colon" and not (a < b and (text[a].isupper() or self.pronoun_lead.match(text, a, b))):
                continue
            return Cue(kind, m.start("cue"), m.end("cue"), (a, b) if b > a else None)
        return None

    def subject_quote(self, text: str, start: int, pos: int, body_at: int) -> Cue | None:
        """'Namun, Yeo "menjamin bahwa …"': a name closing its clause right before a quotation
        that opens with an active verb: the quotation is the named subject's predicate."""
        if not self.verb_opening.match(text, body_at):
            return None
        m = self.name_before.search(text, start, pos) or self.group_before.search(text, start, pos)
        if not m:
            return None
        return Cue("subject_quote", pos, pos, (m.start("subj"), m.end("subj")))

    # ------------------------------------------------------------ relays and media

    def relayed_speaker(self, text: str, pos: int, limit: int) -> tuple[int, int] | None:
        """'agensi mengutip pernyataan Presiden Xi' after a relay cue: the phrase of the speaker."""
        m = self.relay_quoting.search(text, pos, limit)
        return self.phrase_after(text, m.end(), limit) if m else None

    def medium_after(self, text: str, pos: int, limit: int) -> Cue | None:
        """'"…," begitu dilansir Reuters': nobody else is named, so the medium that reports the
        words in quote marks is their speaker."""
        m = self.medium_lead.match(text, pos, limit)
        src = self.attribution.match(text, m.end(), limit) if m else None
        name = src.group("src").rstrip(". ") if src else ""
        if not name:
            return self._relay_after_blank_medium(text, m, limit) if m else None
        a = src.start("src")
        return Cue("medium", m.start("cue"), len(text[:a].rstrip()), (a, a + len(name)))

    def _relay_after_blank_medium(self, text: str, lead, limit: int) -> Cue | None:
        """'"…," begitu dilansir , mengutip seorang pejabat Solomon': the scraper dropped the
        medium's name, and the one the medium quotes is the speaker."""
        m = self.attribution_lead.match(text, lead.end(), limit)
        relay = self.relay_quoting.match(text, m.end(), limit) if m else None
        phrase = self.phrase_after(text, relay.end(), limit) if relay else None
        if phrase is None:
            return None
        return Cue("medium", lead.start("cue"), relay.end(), phrase)

    def attribution_of(self, text: str, pos: int, limit: int) -> str | None:
        m = self.attribution.search(text, pos, limit)
        if not m:
            return None
        src = m.group("src").rstrip(". ")
        return src or None

    def sentence_limit(self, text: str, pos: int, limit: int) -> int:
        m = self.sentence_end.search(text, pos, limit)
        return m.end() if m else limit
