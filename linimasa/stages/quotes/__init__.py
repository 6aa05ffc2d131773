"""The quotes stage: direct quotations with their speaker, cue and relaying medium.

Works on the kept paragraphs only (doc.body_map), so quotes in removed
boilerplate never appear. Offsets are into the original text. A quotation over
several paragraphs is one Quote spanning all of them; its `text` drops the
quote marks that reopen each continued paragraph.
"""
from __future__ import annotations

import re

from ...document import Document, Quote
from ...lang import load_yaml, path
from ...pipeline import Stage
from .cues import Cue, Cues
from .spans import RawQuote, find_quotes, paragraphs, trim
from .speakers import Speakers

# capitalisation buckets (ner-id.vocab.txt) of words written in lower case most of the time
_COMMON_BUCKETS = frozenset("012")

_PIECE_END = re.compile(r"[,.;:!?\"“”\n]")
MAX_APPOSITIVES = 4    # comma-separated pieces of one speaker phrase
MIN_WORDS = 4          # below this, and without a cue, quote marks are scare quotes
MAX_CLAUSE_GAP = 120   # characters between two quotations of one reported clause


class QuotesStage(Stage):
    name = "quotes"
    requires = frozenset({"sentences", "entities"})
    provides = frozenset({"quotes"})

    def __init__(self, lang: str = "id"):
        self.lang = lang
        self.cues: Cues | None = None

    def setup(self) -> None:
        if self.cues is not None:
            return
        self.cues = Cues(self.lang)
        data = self.cues.data
        titles = set(data.get("titles") or [])
        if path(self.lang, "honorifics.yaml").exists():
            hon = load_yaml(self.lang, "honorifics.yaml") or {}
            titles |= _words(list((hon.get("role_titles") or {}).keys()) + list(hon.get("honorifics") or []))
        self.titles = frozenset(t for t in titles if t[:1].isupper())
        self.not_names = frozenset(data.get("not_names") or [])
        from ...ner.tagger import load_vocab   # capitalisation statistics of CLICK-ID news
        self.common = frozenset(w for w, b in load_vocab().items() if b in _COMMON_BUCKETS)

    def process(self, doc: Document) -> Document:
        self.setup()
        text = doc.text
        regions = [(s, s + n) for _, s, n in doc.body_map] or [(0, len(text))]
        paras = paragraphs(text, regions)
        raws = find_quotes(text, paras, self.cues.inside)
        spans = [(q.open_at, (q.close_at if q.close_at is not None else q.end) + 1) for q in raws]
        speakers = Speakers(doc, self.cues, self.titles, self.not_names, spans, paras, self.common)
        out: list[Quote] = []
        for k, q in enumerate(raws):
            quote = self._quote(doc, q, raws, k, paras, speakers)
            if quote is not None:
                out.append(quote)
        doc.quotes.extend(out)
        return doc

    # ------------------------------------------------------------ one quotation

    def _quote(self, doc: Document, q: RawQuote, raws: list[RawQuote], k: int,
               paras: list[tuple[int, int]], speakers: Speakers) -> Quote | None:
        text, cues = doc.text, self.cues
        after = (q.close_at + 1) if q.close_at is not None else q.end
        nxt = next((r.open_at for r in raws[k + 1:] if r.open_at >= after), None)
        post_limit = min(q.last_para[1], nxt) if nxt is not None else q.last_para[1]
        prev_end = max([(r.close_at or r.end) + 1 for r in raws[:k] if (r.close_at or r.end) < q.open_at]
                       + [q.para[0]])
        pre_from = max(prev_end, q.open_at - 300)

        cue = cues.after(text, after, post_limit) if after < post_limit else None
        if (cue is None or (cue.kind == "subject_verb" and not self._opens_sentence(text, q))) \
                and q.open_at > pre_from:
            # a quotation inside a reported clause belongs to the clause's speaker, not to a
            # "… X menambahkan" that may follow it
            pre = cues.before(text, pre_from, q.open_at)
            if cue is None or (pre is not None and pre.kind in ("partial", "subject_verb")):
                cue = pre or cue
        if cue is None and q.open_at == q.para[0]:
            cue = self._cue_in_previous_paragraph(text, q, paras)
        if cue is None and q.open_at > pre_from:
            cue = cues.subject_quote(text, pre_from, q.open_at, q.open_at + 1)
        if cue is None and after < post_limit:
            cue = cues.medium_after(text, after, post_limit)   # "…," begitu dilansir Reuters.

        content = [trim(text, a, b) for a, b in q.pieces]
        content = [(a, b) for a, b in content if b > a]
        if not content:
            return None
        body = "\n".join(text[a:b] for a, b in content) if len(content) > 1 else text[content[0][0]:content[0][1]]
        words = len(body.split())
        shared = None
        if cue is None and words >= MIN_WORDS:
            shared = self._same_clause(text, q, speakers)
        elif cue is not None and cue.kind in ("partial", "subject_verb") and self._no_subject(text, cue):
            # para pakar itu "…," dan memperingatkan "…": the verb shares the clause's subject
            shared = self._same_clause(text, q, speakers, verb_between=True)
        if cue is None and shared is None and not self._speechlike(text, q, body, words):
            return None
        if words < MIN_WORDS and not (cue is not None and cue.start >= after and body.rstrip()[-1:] in ".,!?…"):
            return None   # "pandangan negatif", "Quad": a term in quote marks, not a quotation
        if q.single and (cue is None or words < MIN_WORDS):
            return None

        speaker, speaker_text, attribution = None, None, None
        start, end = content[0][0], content[-1][1]
        if shared is not None:   # para pakar itu "menyerukan …," dan mengambil tindakan atas "…"
            speaker, speaker_text = shared
        elif cue is not None:
            speaker, speaker_text = self._speaker(text, cue, speakers, after, post_limit)
            relayed = cues.relayed_speaker(text, cue.end, post_limit) if self._relaying(text, cue) else None
            spk = speakers.named(*relayed)[0] if relayed else None
            if spk:   # "…," lapor Xinhua. agensi mengutip pernyataan Presiden Xi.
                attribution = speaker_text
                speaker, speaker_text = spk, text[relayed[0]:relayed[1]]
            elif cue.start >= after:
                lim = cues.sentence_limit(text, cue.end, post_limit)
                attribution = cues.attribution_of(text, cue.end, lim)
            speakers.add(cue.start, speaker)
        else:
            speaker = speakers.antecedent(start)
            speakers.add(start, speaker)
        if shared is not None or (cue is not None and cue.start <= q.open_at):
            speakers.clause_quotes.append((after, q.last_para, speaker, speaker_text))
        speakers.quoted(end, speaker, (text[min(cue.start, start):cue.end + 60] + " " + (speaker_text or ""))
                        if cue is not None else "", speaker_text or "")
        return Quote(start, end, doc.line_of(start), body, speaker=speakers.person_name(speaker),
                     cue=cue.text(text) if cue else None, speaker_text=speaker_text,
                     attribution=attribution)

    def _speaker(self, text: str, cue: Cue, speakers: Speakers, after: int, limit: int):
        if cue.kind == "sign":     # a placard or banner speaks for the crowd that carries it
            return speakers.crowd_near(cue.start), None
        if cue.start >= after and self.cues.continues(text, cue) and (
                cue.pronoun or self._definite_description(text, cue.phrase, speakers)):
            # "lanjutnya", "imbuh diplomat Beijing tersebut": the previous quotation's speaker
            previous = speakers.previous_quote(cue.start)
            if previous is not None:
                return previous, (text[cue.phrase[0]:cue.phrase[1]] if cue.phrase else None)
        if cue.pronoun:
            word = text[cue.phrase[0]:cue.phrase[1]].lower() if cue.phrase else ""
            return speakers.antecedent(cue.start, plural=word in self.cues.plural,
                                       person=word in self.cues.person_pronouns), (
                text[cue.phrase[0]:cue.phrase[1]] if cue.phrase else None)
        if cue.kind == "statement":
            # "bunyi dokumen yang diterbitkan …", "bunyi laporan itu": the author of the document
            # introduced before ('… telah mengajukan mosi', 'dalam laporannya mengatakan')
            noun = self.cues.document_head.search(text, cue.start, cue.end)
            rest = text[cue.phrase[0]:cue.phrase[1]].strip().lower() if cue.phrase else ""
            if noun and (not rest or rest in self.cues.definite_words):
                source = speakers.document_source(noun.group().lower(), cue.start)
                if source is not None:
                    return source, (text[cue.phrase[0]:cue.phrase[1]] if cue.phrase else None)
        if cue.phrase is None:   # a statement cue with nothing after it
            return speakers.antecedent(cue.start, plural=True), None
        a, b = cue.phrase
        if cue.start >= after:   # kata Duta Besar Cina untuk Jerman, Ken Wu.
            # a title listing several portfolios ("Menteri Energi, Sains, Perubahan Iklim dan
            # Lingkungan Malaysia Yeo Bee Yin") runs over several commas before the name
            end = b
            for _ in range(MAX_APPOSITIVES):
                appo = self.cues.appositive(text, end, limit)
                placed = None
                if appo is None and not speakers.has_person(a, end):
                    # "kata Juru Bicara Pasukan AS di Afghanistan, Kolonel X": past the place of
                    # the post, when a title without a name stands before it ("kata Anies di
                    # Balai Kota, Jalan …" is a name and two places)
                    placed = self.cues.title_place.match(text, end, limit)
                    appo = self.cues.appositive(text, placed.end(), limit) if placed else None
                if appo is None:
                    break
                stop = _PIECE_END.search(text, appo[0], limit)
                # "Febrian A. Ruddyard": the period of an initial inside a name ends no piece
                piece_end = speakers.mention_end(appo[0], stop.start() if stop else limit, limit)
                spk, kind = speakers.named(appo[0], piece_end)
                if spk and kind == "person" and (placed is None or speakers.has_person(appo[0], piece_end)):
                    return spk, text[a:piece_end]
                end = piece_end
        return speakers.resolve(a, b, cue.start)

    def _same_clause(self, text: str, q: RawQuote, speakers: Speakers, verb_between: bool = False):
        """A quotation later in the clause of a quotation whose speaker was named before it, with
        no subject of its own ('para pakar itu "…," dan mengambil tindakan atas berbagai "…"'):
        (speaker, speaker phrase) of that quotation, or None. `verb_between`: a say verb may
        stand between them (its empty subject was checked by the caller)."""
        if not speakers.clause_quotes:
            return None
        after, para, speaker, speaker_text = speakers.clause_quotes[-1]
        between = text[after:q.open_at]
        if para != q.para or len(between) > MAX_CLAUSE_GAP or text[:after - 1].rstrip()[-1:] in ".!?" \
                or self.cues.sentence_end.search(between) or any(ch in between for ch in '"“”') \
                or (not verb_between and self.cues.say.search(between)):
            return None     # a finished sentence, or a clause with a say verb of its own
        return speaker, speaker_text

    def _no_subject(self, text: str, cue: Cue) -> bool:
        """A say verb whose subject is missing or only a conjunction ('dan', 'serta')."""
        return cue.phrase is None or self.cues.only_conjunctions(text[cue.phrase[0]:cue.phrase[1]])

    def _definite_description(self, text: str, phrase, speakers: Speakers) -> bool:
        """'diplomat Beijing tersebut': a common noun and a definite marker, no name of a person."""
        if phrase is None:
            return False
        words = text[phrase[0]:phrase[1]].split()
        return bool(words) and words[0].islower() and words[-1].lower() in self.cues.definite_words \
            and not speakers.has_person(*phrase)

    def _relaying(self, text: str, cue: Cue) -> bool:
        """A relay verb ('lapor Xinhua'), or a say verb whose subject is a medium ('kata kantor
        berita Tasnim mengutip Komandan X'): the medium passes on someone else's words."""
        if cue.kind == "relay":
            return True
        return cue.phrase is not None and not cue.pronoun and \
            bool(self.cues.media_head.match(text, cue.phrase[0], cue.phrase[1]))

    def _cue_in_previous_paragraph(self, text: str, q: RawQuote, paras) -> Cue | None:
        """'Ia mengatakan:' closing the paragraph before a quotation."""
        i = next((j for j, p in enumerate(paras) if p[0] == q.para[0]), 0)
        if i == 0:
            return None
        pa, pb = paras[i - 1]
        if text[pb - 1] != ":":
            return None
        return self.cues.before(text, max(pa, pb - 300), pb)

    @staticmethod
    def _opens_sentence(text: str, q: RawQuote) -> bool:
        return q.open_at == q.para[0] or text[max(q.para[0], q.open_at - 2):q.open_at].strip() in (".", "!", "?", ":", ";")

    @staticmethod
    def _speechlike(text: str, q: RawQuote, body: str, words: int) -> bool:
        """A quotation without a cue: long enough and a sentence of its own, not a term
        in the middle of a sentence ("untuk dunia yang berubah")."""
        if words < MIN_WORDS:
            return False
        ends = body.rstrip()[-1:] in ".,!?…"
        opens_sentence = q.open_at == q.para[0] or text[max(q.para[0], q.open_at - 2):q.open_at].strip() in (".", "!", "?", ":")
        return ends or (opens_sentence and words >= 8)


def _words(data) -> set[str]:
    """Every one-word title in honorifics.yaml, whatever its nesting (phrases such as
    'Yang Mulia' are left out: their words can be names)."""
    out: set[str] = set()
    if isinstance(data, str):
        if " " not in data.strip():
            out.add(data.strip())
    elif isinstance(data, dict):
        for v in data.values():
            out |= _words(v)
    elif isinstance(data, (list, tuple)):
        for v in data:
            out |= _words(v)
    return out
