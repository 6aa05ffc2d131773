#!/usr/bin/env python3
"""Train the learned event proposer (linimasa/stages/events/learned.py) from the annotated dev sets.

    .venv/bin/python scripts/train_event_proposer.py                 # train on all sets, write the artefact
    .venv/bin/python scripts/train_event_proposer.py --cv            # leave-one-set-out: extract + score.py per fold
    .venv/bin/python scripts/train_event_proposer.py --sets clickid-dev --out /tmp/x.json   # one small set

Training runs the whole pipeline with the proposer switched off and records the actor pairs it
would score (learned.Featurizer, the same code as at run time). A pair is labelled with a gold
event's type when the event's evidence sentence holds the pair's unit and the event's first two
actors are among the pair's actors and their states, names mapped through the gold alias tables
exactly as /work/shared/eval/score.py does. The model is a one-vs-rest L2 logistic regression
fitted with full-batch Adam in numpy; weights go to JSON (no pickle, no scikit-learn).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT / "dev" / "events"
SCORER = Path(os.environ.get("LINIMASA_SHARED", ROOT.parent / "shared")) / "eval"
SETS = ["clickid-dev", "clickid-blind", "clickid-blind2", "clickid-blind3", "clickid-blind4"]
MIN_COUNT = 2           # a feature seen once in training carries no evidence
L2 = float(os.environ.get("PROPOSER_L2", 1.0))
STEPS = 400
MODE = "pair"
THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6]
DEFAULT_THRESHOLD = 0.5


def scorer():
    sys.path.insert(0, str(SCORER))
    import score  # type: ignore
    return score


# ------------------------------------------------------------------ data

def inputs(name: str) -> list[dict]:
    """The set's articles as `linimasa extract` reads them (dev/events/make_input.py)."""
    out = subprocess.run([sys.executable, str(DEV / "make_input.py"), f"{name}.gold.json"],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _evidence_span(doc, evidence: str) -> tuple[int, int] | None:
    """Where the gold evidence (its sentence's first ~60 characters) stands in the text."""
    ev = " ".join((evidence or "").split())
    if not ev:
        return None
    for probe in (ev, ev[:40]):
        m = re.search(r"\s+".join(re.escape(w) for w in probe.split()), doc.text)
        if m:
            return m.start(), m.end()
    return None


class Recorder:
    """Stands in for the proposer during training: records each pair with its gold labels."""

    def __init__(self, gold: dict, featurizer):
        from linimasa.stages.events.affiliation import _state_of
        from linimasa.stages.events.arguments import state_entity
        self.score = scorer()
        self.gold, self.fz = gold, featurizer
        self.by_id = {d["id"]: d for d in gold["documents"]}
        self._state_of, self._state_entity = _state_of, state_entity
        self.rows: list[dict] = []
        self.coverage = [0, 0]          # gold events with a labelled pair, gold events

    def setup(self) -> None:
        pass

    def names_of(self, doc, ent, names, day) -> set[str]:
        """The pair member as the scorer sees the event's actors: itself and its state."""
        sc = self.score
        out = {sc.norm(names.canon(ent.name))}
        st = self._state_of(ent, day)
        if st:
            se = self._state_entity(doc, st)
            out.add(sc.norm(names.canon(se.name if se is not None else st)))
        return out

    def propose(self, doc, idx, units, cands):
        sc = self.score
        g = self.by_id.get(doc.id)
        pairs = self.fz.pairs(doc, idx, units, cands)
        if g is None:
            return []
        names = sc.Names(self.gold, g)
        p = doc.published
        day = tuple(p.bounds) if p is not None and p.bounds else (None, None)
        golds = []
        for e in g.get("events") or []:
            span = _evidence_span(doc, e.get("evidence", ""))
            need = sc.gold_actor_set(names, e["actors"][:2])
            golds.append((span, need, e))
        found = set()
        memo: dict[str, set] = {}
        for pr in pairs:
            have = set()
            for it in (pr.a, pr.b):
                if it.entity.id not in memo:
                    memo[it.entity.id] = self.names_of(doc, it.entity, names, day)
                have |= memo[it.entity.id]
            labels, anywhere = [], []
            for k, (span, need, e) in enumerate(golds):
                if need and need <= have:
                    anywhere.append(e["type"])
                if span and pr.unit.start < span[1] and span[0] < pr.unit.end and need and need <= have:
                    labels.append(e["type"])
                    found.add(k)
            if pr.hit is not None:      # hit mode: is the pair this trigger's event?
                labels = ["EVENT"] if pr.hit.trigger.type in labels else []
                anywhere = ["EVENT"] if pr.hit.trigger.type in anywhere else []
            self.rows.append({"doc": doc.id, "feats": pr.feats, "labels": sorted(set(labels)),
                              "doclabels": sorted(set(anywhere)), "ids": [pr.a.entity.id, pr.b.entity.id],
                              "pair": f"{pr.a.entity.name} | {pr.b.entity.name}", "text": pr.unit.text[:200]})
        self.coverage[0] += len(found)
        self.coverage[1] += len(golds)
        return []


def capture(name: str, limit: int | None = None) -> tuple[list[dict], list[int]]:
    from linimasa.core import build_pipeline
    from linimasa.readers.jsonl import document_from_record
    from linimasa.stages.events.learned import Featurizer
    gold = json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))
    pipe = build_pipeline().setup()
    stage = next(s for s in pipe.stages if s.name == "events")
    rec = Recorder(gold, Featurizer(stage.lexicon, MODE))
    stage.proposer = rec
    for i, row in enumerate(inputs(name)[:limit]):
        pipe.run(document_from_record(row, name, str(i)))
    return rec.rows, rec.coverage


# ------------------------------------------------------------------ model

def fit(rows: list[dict], classes: list[str], threshold: float) -> dict:
    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r["feats"]):
            counts[f] = counts.get(f, 0) + 1
    feats = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    vocab = {f: i for i, f in enumerate(feats)}
    idx, ptr = [], [0]
    for r in rows:
        idx += sorted({vocab[f] for f in r["feats"] if f in vocab})
        ptr.append(len(idx))
    idx_a, ptr_a = np.asarray(idx, dtype=np.int64), np.asarray(ptr, dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), np.diff(ptr_a))
    masked = os.environ.get("PROPOSER_MASK", "1") == "1"
    Y = np.array([[c in r["labels"] for c in classes] for r in rows], dtype=np.float64)
    # what the lexicon already told of this pair is never proposed (learned.Proposer): those
    # pairs and types teach nothing about what it misses, so they carry no loss
    M = np.array([[not masked or ("lexdoc:" + _type(r, c)) not in r["feats"] for c in classes] for r in rows],
                 dtype=np.float64)
    n, F, C = len(rows), len(feats), len(classes)
    W, b = np.zeros((F, C)), np.zeros(C)
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    nonempty = np.diff(ptr_a) > 0
    for t in range(1, STEPS + 1):
        Z = np.zeros((n, C))
        if len(idx_a):
            Z[nonempty] = np.add.reduceat(W[idx_a], ptr_a[:-1][nonempty], axis=0)
        P = 1.0 / (1.0 + np.exp(-(Z + b)))
        G = M * (P - Y) / n
        gW = np.zeros_like(W)
        np.add.at(gW, idx_a, G[row_of])
        gW += L2 * W / n
        gb = G.sum(0)
        for p, g, m, v in ((W, gW, mW, vW), (b, gb, mb, vb)):
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * g * g
            p -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
    keep = np.abs(W).max(axis=1) >= 1e-3
    return {"mode": MODE, "classes": classes, "threshold": threshold,
            "bias": [round(float(x), 4) for x in b],
            "features": {f: [round(float(x), 4) for x in W[i]] for i, f in enumerate(feats) if keep[i]},
            "meta": {"pairs": n, "positives": int((Y.sum(1) > 0).sum()), "l2": L2, "steps": STEPS,
                     "min_count": MIN_COUNT}}


def _type(row: dict, cls: str) -> str:
    """The event type a row's class stands for (hit mode: its trigger's)."""
    if cls != "EVENT":
        return cls
    return next((f[3:] for f in row["feats"] if f.startswith("ht:")), cls)


def classes_of(rows: list[dict], min_pos: int = 3) -> list[str]:
    c: dict[str, int] = {}
    for r in rows:
        for lab in r["labels"]:
            c[lab] = c.get(lab, 0) + 1
    return sorted(t for t, n in c.items() if n >= min_pos)


def pair_scores(model: dict, rows: list[dict]) -> list[tuple[float, str, list[str]]]:
    from linimasa.stages.events.learned import Model
    m = Model(model)
    probs = m.probs([r["feats"] for r in rows])
    k = probs.argmax(1)
    return [(float(probs[i, k[i]]), m.classes[k[i]], r["labels"]) for i, r in enumerate(rows)]


# ------------------------------------------------------------------ evaluation

def extract_and_score(name: str, artefact: str, threshold: float | None, work: Path) -> tuple[float, float, float]:
    src = work / f"{name}.jsonl"
    if not src.exists():
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in inputs(name)), encoding="utf-8")
        g = json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))
        g["_root"] = ""
        (work / f"{name}.gold.json").write_text(json.dumps(g), encoding="utf-8")
    env = dict(os.environ, PYTHONHASHSEED="0", LINIMASA_EVENT_PROPOSER=artefact)
    env.pop("LINIMASA_EVENT_PROPOSER_THRESHOLD", None)
    if threshold is not None:
        env["LINIMASA_EVENT_PROPOSER_THRESHOLD"] = str(threshold)
    tag = "off" if artefact == "off" else f"t{threshold}"
    out = work / f"{name}.{tag}.out.jsonl"
    with open(out, "w") as f:
        subprocess.run([sys.executable, "-m", "linimasa.cli", "extract", str(src), "--format", "jsonl",
                        "--debug", "--quiet"], check=True, stdout=f, env=env, cwd=ROOT)
    res = subprocess.run([sys.executable, str(SCORER / "score.py"), "articles", str(work / f"{name}.gold.json"),
                          str(out)], check=True, capture_output=True, text=True).stdout
    m = re.search(r"^events\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)", res, re.M)
    return float(m.group(1)), float(m.group(2)), float(m.group(3))


def cross_validate(data: dict[str, list[dict]], work: Path, thresholds: list[float]) -> float:
    table: dict[str, dict] = {}
    for held in SETS:
        train = [r for s in SETS if s != held for r in data[s]]
        model = fit(train, classes_of(train), DEFAULT_THRESHOLD)
        path = work / f"fold-{held}.json"
        path.write_text(json.dumps(model), encoding="utf-8")
        ps = pair_scores(model, data[held])
        pos = sum(1 for _, _, lab in ps if lab)
        line = [f"{held}: held-out pairs {len(ps)}, labelled {pos}"]
        for t in thresholds:
            sel = [(c, lab) for p, c, lab in ps if p >= t]
            right = sum(1 for c, lab in sel if c in lab)
            line.append(f"t={t}: {right}/{len(sel)}")
        print("  ".join(line), flush=True)
        table[held] = {"off": extract_and_score(held, "off", None, work)}
        for t in thresholds:
            table[held][t] = extract_and_score(held, str(path), t, work)
    print("\nheld-out set        off P/R/F1          " + "  ".join(f"t={t} P/R/F1".ljust(20) for t in thresholds))
    for held in SETS:
        cells = ["%.3f/%.3f/%.3f" % table[held][k] for k in ["off"] + thresholds]
        print(f"{held:18s}  " + "  ".join(c.ljust(20) for c in cells))
    best, best_mean = None, -1.0
    base = np.mean([table[s]["off"][2] for s in SETS])
    for t in thresholds:
        mean = np.mean([table[s][t][2] for s in SETS])
        worst = min(table[s][t][2] - table[s]["off"][2] for s in SETS)
        print(f"t={t}: mean F1 {mean:.4f} (off {base:.4f}, {mean - base:+.4f}); worst fold {worst:+.4f}")
        if worst >= -0.01 and mean > base and mean > best_mean:
            best, best_mean = t, mean
    print(f"chosen threshold: {best} (mean held-out F1 {best_mean:.4f} vs off {base:.4f})" if best is not None
          else "no threshold keeps every fold within 0.01 of off")
    return best if best is not None else -1.0


def main(argv=None) -> int:
    global MODE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=SETS, help="gold sets under dev/events (without .gold.json)")
    ap.add_argument("--out", default=str(ROOT / "linimasa/lang/id/events/learned_pairs.json"))
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--limit", type=int, help="only the first N articles of each set (a quick check)")
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out evaluation instead of training")
    ap.add_argument("--work", help="directory for CV files (default: a temporary one)")
    ap.add_argument("--thresholds", type=float, nargs="+", default=THRESHOLDS, help="CV: thresholds to try")
    ap.add_argument("--mode", choices=["pair", "hit"], default=MODE,
                    help="pair: one multi-class instance per actor pair; hit: per pair and lexicon trigger")
    args = ap.parse_args(argv)
    os.environ["LINIMASA_EVENT_PROPOSER"] = "off"     # the pairs are those the lexicon pass leaves
    MODE = args.mode
    data = {}
    for s in args.sets:
        rows, cov = capture(s, args.limit)
        data[s] = rows
        print(f"{s}: {len(rows)} pairs, {sum(1 for r in rows if r['labels'])} labelled; "
              f"{cov[0]}/{cov[1]} gold events have a pair", file=sys.stderr, flush=True)
    if args.cv:
        work = Path(args.work or tempfile.mkdtemp(prefix="proposer-cv-"))
        work.mkdir(parents=True, exist_ok=True)
        cross_validate(data, work, args.thresholds)
        return 0
    rows = [r for s in args.sets for r in data[s]]
    model = fit(rows, classes_of(rows), args.threshold)
    model["meta"]["trained_on"] = args.sets
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out}: {len(model['features'])} features x {len(model['classes'])} classes, "
          f"{Path(args.out).stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
