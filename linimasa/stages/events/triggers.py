"""The trigger lexicon (lang/id/events/triggers.yaml) compiled into one regex.

All surface forms become a single alternation, longest first, so one `finditer` per
sentence finds every trigger at C speed; which entry fired is looked up afterwards.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

import ahocorasick

from ...lang import load_yaml
from ...text.spelling import one_letter_off, one_letter_variants

VOICES = ("active", "passive", "nominal")
_GAP = r"(?:\s+[\w-]+){0,2}?"   # "~" in a form: up to two words in between
# a misspelt trigger is looked for among long lower-case words only: a slip in a short word
# more often makes another real word ("memukul"/"memikul")
_LONG_WORD = re.compile(r"(?<![\w-])[a-z]{8,}(?![\w-])")
_SLIP_PREFIX = 3          # a slip after the verb prefix: "mengujungi" for "mengunjungi"


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    voice: str            # active, passive, nominal
    pattern: str          # directed, symmetric, intransitive
    form: str             # the lexicon form, e.g. "menjatuhkan ~ sanksi"
    mode: str | None = None
    require: str | None = None
    visit: bool = False
    agentive: bool = False  # a noun naming the agent ("pendukung"): subject = source, object = target
    hypothetical: bool = False  # an offer or pledge: never happened yet
    decided: bool = False       # "akan menunda": the announcement is the act, "akan" is no plan
    warn_request: bool = False  # "memperingatkan X untuk tidak ...": a demand, not a threat
    party_after: bool = False   # leaving a deal: its other party, named later, is the target
    tight: bool = False         # the object must follow at once (only a preposition or titles between)
    object_dated: bool = False  # a date after the trigger is its object's ("menunda kenaikan tarif 1 Oktober")
    calls_off: bool = False     # its object is a planned meeting that will not take place ("membatalkan kunjungan")
    object_closes: bool = False  # a state or body as object that ends the clause ("mengakui Beijing."), no clause after it
    needs_complement: bool = False  # an act only with "untuk/agar" + verb after it ("mengatakan kepada PBB untuk ...")


# the entry keys that are yes/no flags of a trigger: every boolean field of Trigger
_FLAGS = tuple(f.name for f in fields(Trigger) if f.type == "bool")


@dataclass(slots=True)
class Hit:
    trigger: Trigger
    start: int            # offsets into doc.text
    end: int


def _compile_form(form: str) -> str:
    words = form.split()
    out, gap = [], False
    for w in words:
        if w == "~":
            gap = True
            continue
        if out:
            out.append(_GAP + r"\s+" if gap else r"\s+")
        out.append(re.escape(w))
        gap = False
    return "".join(out)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


class Lexicon:
    """Every trigger form; `find(text, offset)` returns the hits in a piece of text."""

    def __init__(self, entries: list[dict] | None = None, known_words=None):
        """known_words: the news vocabulary (lower-case words). Given, a long word outside it
        that one letter slip away spells exactly one one-word trigger is read as that
        trigger: online news leaves typos in its verbs ("mengujungi", "menudding")."""
        entries = entries if entries is not None else load_yaml("id", "events/triggers.yaml")
        self.exact: dict[str, Trigger] = {}
        self.gapped: list[tuple[re.Pattern, Trigger]] = []
        forms: list[str] = []
        for e in entries:
            for voice in VOICES:
                for form in e.get(voice) or []:
                    t = Trigger(e["type"], voice, e.get("pattern", "directed"), form,
                                e.get("mode"), e.get("require"), **{f: bool(e.get(f)) for f in _FLAGS})
                    rx = _compile_form(form)
                    if "~" in form:
                        self.gapped.append((re.compile(rx + r"$", re.I), t))
                    else:
                        self.exact.setdefault(_norm(form), t)
                    forms.append(rx)
        # longest first so "melakukan pertemuan virtual" wins over "melakukan pertemuan"
        forms = sorted(set(forms), key=len, reverse=True)
        self.regex = re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?:nya)?(?![\w-])", re.I)
        # fast path: an Aho-Corasick automaton over the forms' first words finds candidate
        # positions; each form's own regex then confirms at that position (longest first)
        by_first: dict[str, list[re.Pattern]] = {}
        for rx in forms:
            first = re.split(r"\\s\+|\(\?:", rx, maxsplit=1)[0].replace("\\", "").lower()
            by_first.setdefault(first, []).append(re.compile(rx + r"(?:nya)?(?![\w-])", re.I))
        self.by_first = by_first
        self.automaton = ahocorasick.Automaton()
        for first in by_first:
            self.automaton.add_word(first, first)
        self.automaton.make_automaton()
        self.known = known_words
        self.one_word: dict[str, dict[str, Trigger]] = {}     # first letters -> form -> trigger
        if known_words is not None:
            for form, t in self.exact.items():
                if " " not in form and len(form) >= 7 and "-" not in form:
                    self.one_word.setdefault(form[:_SLIP_PREFIX], {})[form] = t

    def lookup(self, matched: str) -> Trigger | None:
        matched = _norm(matched)
        t = self.exact.get(matched) or (self.exact.get(matched[:-3]) if matched.endswith("nya") else None)
        if t is not None:
            return t
        for rx, t in self.gapped:
            if rx.match(matched) or (matched.endswith("nya") and rx.match(matched[:-3])):
                return t
        return None

    def find(self, text: str, offset: int = 0) -> list[Hit]:
        hits: list[Hit] = []
        low = text.lower()
        last_end = 0
        for end, first in self.automaton.iter(low):
            start = end - len(first) + 1
            if start < last_end or (start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-_")):
                continue
            for rx in self.by_first[first]:
                m = rx.match(text, start)
                if m:
                    t = self.lookup(m.group())
                    if t is not None:
                        hits.append(Hit(t, start + offset, m.end() + offset))
                        last_end = m.end()
                        break
        if self.one_word:
            slips = self._misspelt(low, offset, hits)
            if slips:
                hits = sorted(hits + slips, key=lambda h: h.start)
        return hits

    def _misspelt(self, low: str, offset: int, hits: list[Hit]) -> list[Hit]:
        out = []
        for m in _LONG_WORD.finditer(low):
            w = m.group()
            if w in self.known or any(h.start <= m.start() + offset < h.end for h in hits):
                continue
            forms = self.one_word.get(w[:_SLIP_PREFIX])
            if not forms:
                continue
            if w.endswith("nya") and w[:-3] in self.known:
                continue
            found = {f for f in forms if one_letter_off(w, f) or (w.endswith("nya") and one_letter_off(w[:-3], f))}
            # the slip must point at the trigger alone: "menyiapakan" is as near to "menyiapkan"
            if len(found) == 1 and not any(v in self.known and v not in forms
                                           and not (v.endswith("nya") and v[:-3] in forms)
                                           for v in one_letter_variants(w)):
                out.append(Hit(forms[found.pop()], m.start() + offset, m.end() + offset))
        return out
