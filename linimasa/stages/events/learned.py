"""Events the trigger lexicon misses, proposed by a model trained on our annotated dev sets.

The lexicon finds an act by its verb; annotators also mark acts told without a listed verb.
A proposer looks at the actor pairs of each sentence and returns extra candidates that flow
through the same dating, modality, location and merge steps as the lexicon's own.

The model is a one-vs-rest logistic regression over sparse string features of an actor pair
(words between and around it, lexicon hits of its sentence, what the lexicon already made of
it), stored as plain JSON weights in lang/id/events/learned_pairs.json and built by
scripts/train_event_proposer.py. Cross-validated on our five dev sets it did not raise held-out
F1, so no artefact is shipped (docs/event_proposer.md). With no artefact, or with
LINIMASA_EVENT_PROPOSER=off, it proposes nothing; LINIMASA_EVENT_PROPOSER=PATH loads
another artefact (cross-validation folds).
"""
from __future__ import annotations

import bisect
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...document import Document, Sentence
from ...lang import path as lang_path
from .arguments import Args, Item, _in_quote
from .candidate import Candidate
from .cues import cues as load_cues
from .modality import modality
from .triggers import Hit, Lexicon, Trigger

ENV = "LINIMASA_EVENT_PROPOSER"
ENV_THRESHOLD = "LINIMASA_EVENT_PROPOSER_THRESHOLD"   # cross-validation sweeps only
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
MAX_ACTORS = 6          # distinct actors per sentence unit considered (15 pairs at most)

_P = load_cues().patterns
_SAID = _P["said"]
_REPORT = _P["report_verb"]
_TOKEN = re.compile(r"[\w-]+|[\"“”(),;:]")
# light affix stripping so that "mengecam", "dikecam", "kecaman" share a feature
_PREFIX = re.compile(r"^(?:meng|meny|mem|men|me|di|ber|ter|per|peng|peny|pem|pen|pe|ke)(?=\w{4})")
_SUFFIX = re.compile(r"(?<=\w{4})(?:kan|an|i)$")
_CLITIC = re.compile(r"(?<=\w{3})(?:nya|lah|kah)$")


def default_artefact() -> Path:
    return lang_path("id", "events/learned_pairs.json")


def side(ent) -> str:
    """The state an actor stands for (a person: their country), else the actor itself."""
    if ent.kind == "person" and ent.country:
        return str(ent.country).upper()
    return ent.id.upper()


@dataclass(slots=True)
class Pair:
    unit: Sentence
    si: int
    a: Item               # the actor told first
    b: Item
    feats: list[str]
    hit: Hit | None = None    # hit mode: the lexicon trigger whose missing arguments the pair may be


class Featurizer:
    """Actor pairs of a document's sentence units and their features; shared by training."""

    def __init__(self, lexicon: Lexicon | None = None, mode: str = "pair"):
        self.lexicon = lexicon or Lexicon()
        self.mode = mode        # "pair": one instance per pair; "hit": per pair and trigger hit
        self._stems: dict[str, str] = {}

    def stem(self, w: str) -> str:
        s = self._stems.get(w)
        if s is None:
            low = w.lower()
            s = _SUFFIX.sub("", _PREFIX.sub("", _CLITIC.sub("", low)))
            self._stems[w] = s
        return s

    def pairs(self, doc: Document, idx, units: list, cands: list) -> list[Pair]:
        text = doc.text
        lex_sent: dict[int, list] = {}        # unit index -> the lexicon's events there
        lex_doc: set[tuple[str, frozenset]] = set()
        self.hit_sides: dict[int, set] = {}      # trigger offset -> sides of the lexicon's event there
        for c, ev in cands:
            if ev is None:
                continue
            sides = frozenset(side(e) for e in ev.entities())
            self.hit_sides.setdefault(c.hit.start, set()).update(sides)
            lex_sent.setdefault(c.sent_index, []).append((ev.type, sides))
            lex_doc.add((ev.type, sides))
        out: list[Pair] = []
        for si, s in enumerate(units):
            if s.section == "title":
                continue        # headlines repeat the lede; the stage codes them only as confirmations
            items, seen = [], set()
            every = idx.between(s.start, s.end)
            for it in every:
                if it.entity.id not in seen:
                    seen.add(it.entity.id)
                    items.append(it)
            if len(items) < 2 or len({side(it.entity) for it in items}) < 2:
                continue
            items = items[:MAX_ACTORS]
            out += self._unit_pairs(doc, text, s, si, items, every, lex_sent.get(si, []), lex_doc, len(units))
        return out

    def _unit_pairs(self, doc, text, s, si, items, every, lex_here, lex_doc, n_units) -> list[Pair]:
        toks = [(m.start() + s.start, m.group()) for m in _TOKEN.finditer(s.text)]
        starts = [t[0] for t in toks]
        stems = [self.stem(w) for _, w in toks]
        for it in every:        # names say nothing general: an actor is its kind
            k = bisect.bisect_left(starts, it.start)
            first = True
            while k < len(starts) and starts[k] < it.end:
                stems[k] = "@" + _kind(it) if first else ""
                first = False
                k += 1
        hits = self.lexicon.find(s.text, s.start)
        common = ["pos:%d" % min(si * 4 // max(n_units, 1), 3)]
        if _SAID.search(s.text):
            common.append("said")
        if _REPORT.search(s.text):
            common.append("report")
        common += ["lt:" + h.trigger.type for h in hits]
        common += ["lex:" + t for t, _ in lex_here]
        if not hits:
            common.append("nohit")
        out = []
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                sa, sb = side(a.entity), side(b.entity)
                if sa == sb:
                    continue
                f = list(common)
                ka, kb = _kind(a), _kind(b)
                f.append(f"k:{ka}>{kb}")
                lo = bisect.bisect_left(starts, a.end)
                hi = bisect.bisect_left(starts, b.start)
                between = [w for w in stems[lo:hi] if w]
                n = len(between)
                f.append("d:%d" % (0 if n < 2 else 1 if n < 5 else 2 if n < 10 else 3 if n < 20 else 4))
                if n <= 12:
                    f += ["b:" + w for w in between]
                else:
                    f += ["bf:" + w for w in between[:6]] + ["bl:" + w for w in between[-6:]]
                if between:
                    f.append("b1:" + between[0])
                    f.append("bz:" + between[-1])
                else:
                    f.append("adjacent")
                la = bisect.bisect_left(starts, a.start)
                f += ["pre:" + w for w in stems[max(0, la - 3):la] if w]
                lb = bisect.bisect_left(starts, b.end)
                f += ["post:" + w for w in stems[lb:lb + 3] if w]
                if lb < len(stems) and stems[lb]:
                    f.append("p1:" + stems[lb])
                for h in hits:
                    where = "b" if a.end <= h.start < b.start else "p" if h.start < a.start else "a"
                    f.append(f"lt{where}:{h.trigger.type}")
                    f.append(f"lt{where}v:{h.trigger.voice}")
                pair = frozenset((sa, sb))
                for t, sides in lex_here:
                    if pair <= sides:
                        f.append("lexpair:" + t)
                    elif sides & pair:
                        f.append("lexone:" + t)
                for t, sides in lex_doc:
                    if pair <= sides:
                        f.append("lexdoc:" + t)
                if _in_quote(text, s.start, a.start) or _in_quote(text, s.start, b.start):
                    f.append("quote")
                if a.via == "group" or b.via == "group":
                    f.append("group")
                if self.mode == "hit":
                    out += [Pair(s, si, a, b, f + self._hit_feats(h, a, b, pair, starts, stems), h) for h in hits]
                else:
                    out.append(Pair(s, si, a, b, f))
        return out

    def _hit_feats(self, h: Hit, a: Item, b: Item, pair: frozenset, starts, stems) -> list[str]:
        """Where the trigger stands against the pair and what the lexicon made of it."""
        t = h.trigger
        order = "AhB" if a.end <= h.start < b.start else "hAB" if h.start < a.start else "ABh"
        f = ["ht:" + t.type, "hv:" + t.voice, "hp:" + t.pattern, "ho:" + order, f"ho:{order}:{t.voice}",
             f"ho:{order}:{t.type}"]
        hs = bisect.bisect_left(starts, h.start)
        f.append("hw:" + (stems[hs] if hs < len(stems) else ""))
        for name, lo_off, hi_off in (("ah", a.end, h.start), ("hb", h.end, b.start), ("ha", h.end, a.start),
                                     ("bh", b.end, h.start)):
            if hi_off <= lo_off:
                continue
            words = [w for w in stems[bisect.bisect_left(starts, lo_off):bisect.bisect_left(starts, hi_off)] if w]
            n = len(words)
            f.append("%s:d%d" % (name, 0 if n < 2 else 1 if n < 5 else 2 if n < 10 else 3))
            f += [f"{name}:{w}" for w in (words if n <= 8 else words[:4] + words[-4:])]
        got = self.hit_sides.get(h.start)
        f.append("hev:none" if not got else "hev:both" if pair <= got else "hev:one" if pair & got else "hev:other")
        return f


def _kind(it: Item) -> str:
    return "group" if it.via == "group" else it.entity.kind


class Model:
    """JSON weights: `features` maps a feature to its weight per class."""

    def __init__(self, data: dict):
        self.classes: list[str] = data["classes"]
        self.threshold = float(data["threshold"])
        self.vocab = {f: i for i, f in enumerate(data["features"])}
        w = np.asarray(list(data["features"].values()), dtype=np.float32).reshape(len(self.vocab), len(self.classes))
        self.pad = len(self.vocab)      # an all-zero row ends each pair's rows, so none is empty
        self.W = np.vstack([w, np.zeros((1, len(self.classes)), dtype=np.float32)])
        self.bias = np.asarray(data["bias"], dtype=np.float32)
        self.meta = data.get("meta", {})
        self.mode = data.get("mode", "pair")

    @classmethod
    def load(cls, path: Path) -> "Model":
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def probs(self, feats: list[list[str]]) -> np.ndarray:
        """(pairs, classes) probabilities; unknown features weigh nothing."""
        rows, bounds = [], []
        vocab = self.vocab
        for f in feats:
            bounds.append(len(rows))
            rows += [vocab[x] for x in f if x in vocab]
            rows.append(self.pad)
        z = np.add.reduceat(self.W[np.asarray(rows, dtype=np.int64)], np.asarray(bounds, dtype=np.int64), axis=0)
        z += self.bias
        return 1.0 / (1.0 + np.exp(-z))


class Proposer:
    """Interface the events stage calls once per document."""

    def __init__(self, artefact: str | Path | None = None):
        self.artefact = artefact
        self.model: Model | None = None
        self._ready = False

    def setup(self) -> None:
        if self._ready:
            return
        self._ready = True
        where = self.artefact or os.environ.get(ENV) or default_artefact()
        if str(where).lower() in ("off", "0", "none"):
            return
        if not Path(where).is_file():
            if self.artefact or os.environ.get(ENV):
                raise FileNotFoundError(f"event proposer artefact {where} not found: build it with "
                                        f"scripts/train_event_proposer.py or unset {ENV}")
            return
        self.model = Model.load(Path(where))
        if os.environ.get(ENV_THRESHOLD):
            self.model.threshold = float(os.environ[ENV_THRESHOLD])
        self.featurizer = Featurizer(mode=self.model.mode)
        self.cues = load_cues()

    def propose(self, doc: Document, idx, units: list, cands: list) -> list[Candidate]:
        """New candidates for `doc`; `cands` are the lexicon's (Candidate, Ev|None) pairs."""
        self.setup()
        if self.model is None:
            return []
        pairs = self.featurizer.pairs(doc, idx, units, cands)
        if not pairs:
            return []
        probs = self.model.probs([p.feats for p in pairs])
        best_k = probs.argmax(axis=1)
        have = {(ev.type, frozenset(side(e) for e in ev.entities())) for _, ev in cands if ev is not None}
        chosen: dict[tuple, tuple[float, Pair, str]] = {}
        for p, k, row in zip(pairs, best_k, probs):
            pr = float(row[k])
            if pr < self.model.threshold:
                continue
            typ = p.hit.trigger.type if p.hit is not None else self.model.classes[k]
            key = (typ, frozenset((side(p.a.entity), side(p.b.entity))))
            if any(t == typ and key[1] <= sides for t, sides in have):
                continue        # the lexicon told it already
            if key not in chosen or pr > chosen[key][0]:
                chosen[key] = (pr, p, typ)
        return [self._candidate(doc, p, typ, pr) for pr, p, typ in sorted(chosen.values(), key=lambda x: x[1].a.start)]

    def _candidate(self, doc: Document, p: Pair, typ: str, pr: float) -> Candidate:
        pattern = "symmetric" if typ in SYMMETRIC else "directed"
        trig = Trigger(typ, "learned", pattern, "learned")
        s = p.unit
        neg, hyp = modality(self.cues, doc.text, s.start, p.b.start, p.b.end, False, s.end)
        args = Args(source=[p.a.entity], participants=[p.b.entity]) if pattern == "symmetric" \
            else Args(source=[p.a.entity], target=[p.b.entity])
        note = f"learned p={pr:.2f} pair({p.a.entity.name}|{p.b.entity.name})"
        span = (p.hit.start, p.hit.end) if p.hit is not None else (p.a.start, p.b.end)
        return Candidate(Hit(trig, *span), s, p.si, args, neg, hyp, False, (s.start, s.end), [note])
