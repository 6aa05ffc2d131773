"""The learned event proposer (stages/events/learned.py): without a shipped artefact it proposes
nothing (the cross-validated verdict in docs/event_proposer.md); with an artefact its proposals
carry type, actors, modality and an explanation, and go through the stage like lexicon events;
the training script builds a loadable artefact from a tiny fold."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from conftest import ROOT, shared_path  # noqa: E402
from events_helpers import pipeline  # noqa: E402
from linimasa.document import Document  # noqa: E402
from linimasa.stages.events import learned  # noqa: E402
from linimasa.stages.events.arguments import ActorIndex  # noqa: E402
from linimasa.stages.events.stage import _units  # noqa: E402

# no lexicon trigger: "berbagi data intelijen dengan" is cooperation told without a listed verb
SHARED_INTEL = "Jepang berbagi data intelijen dengan Australia pada Senin."


def _doc(text: str) -> Document:
    doc = Document(id="t", text="Judul berita\n\n" + text,
                   given={"published": "2021-12-16", "title": "Judul berita"})
    return pipeline().run(doc)


def _inputs(doc: Document):
    stage = next(s for s in pipeline().stages if s.name == "events")
    return ActorIndex(doc, stage.cues), _units(doc)


def _tiny_artefact(tmp_path: Path, mode: str = "pair") -> Path:
    p = tmp_path / "learned_pairs.json"
    p.write_text(json.dumps({"mode": mode, "classes": ["AGREE", "COOPERATE"], "threshold": 0.5,
                             "bias": [-3.0, -2.0], "features": {"b:bagi": [0.0, 4.0], "b:sepakat": [4.0, 0.0]}}))
    return p


def test_no_artefact_is_shipped_so_nothing_is_proposed(monkeypatch):
    monkeypatch.delenv(learned.ENV, raising=False)
    assert not learned.default_artefact().exists()
    doc = _doc(SHARED_INTEL)
    idx, units = _inputs(doc)
    p = learned.Proposer()
    assert p.propose(doc, idx, units, []) == []
    assert p.model is None


def test_switched_off_and_missing_artefacts(monkeypatch, tmp_path):
    monkeypatch.setenv(learned.ENV, "off")
    p = learned.Proposer()
    p.setup()
    assert p.model is None
    monkeypatch.setenv(learned.ENV, str(tmp_path / "absent.json"))
    with pytest.raises(FileNotFoundError, match="train_event_proposer"):
        learned.Proposer().setup()


def test_features_name_actor_kinds_not_names():
    doc = _doc(SHARED_INTEL)
    idx, units = _inputs(doc)
    pairs = learned.Featurizer().pairs(doc, idx, units, [])
    (pair,) = pairs
    assert {pair.a.entity.name, pair.b.entity.name} == {"Japan", "Australia"}
    assert "b:bagi" in pair.feats and "k:country>country" in pair.feats and "nohit" in pair.feats
    assert not any("jepang" in f or "australia" in f for f in pair.feats)


def test_artefact_proposal_carries_type_actors_modality_and_note(tmp_path):
    doc = _doc(SHARED_INTEL)
    idx, units = _inputs(doc)
    p = learned.Proposer(_tiny_artefact(tmp_path))
    (c,) = p.propose(doc, idx, units, [])
    assert c.type == "COOPERATE" and c.hit.trigger.voice == "learned"
    assert [e.name for e in c.args.source] == ["Japan"] and [e.name for e in c.args.participants] == ["Australia"]
    assert not c.negated and not c.hypothetical
    assert c.notes[0].startswith("learned p=0.88 pair(Japan|Australia)")
    planned = _doc("Jepang akan berbagi data intelijen dengan Australia.")
    (c,) = p.propose(planned, *_inputs(planned), [])
    assert c.hypothetical and not c.negated


def test_proposal_becomes_an_event_of_the_stage(tmp_path):
    stage = next(s for s in pipeline().stages if s.name == "events")
    before = stage.proposer
    stage.proposer = learned.Proposer(_tiny_artefact(tmp_path))
    try:
        evs = _doc(SHARED_INTEL).events
    finally:
        stage.proposer = before
    (e,) = [e for e in evs if e.type == "COOPERATE"]
    assert {a.name for a in e.actors} == {"Japan", "Australia"}
    assert "learned p=" in e.pattern and e.date.value.startswith("2021-12")


def test_training_script_builds_a_loadable_artefact(tmp_path):
    shared_path("data", "clickid", "clickid_articles.jsonl.gz")
    out = tmp_path / "fold.json"
    subprocess.run([sys.executable, "scripts/train_event_proposer.py", "--sets", "clickid-blind3", "--limit", "4",
                    "--out", str(out)], check=True, cwd=ROOT, capture_output=True, text=True)
    data = json.loads(out.read_text())
    assert data["mode"] == "pair" and data["meta"]["trained_on"] == ["clickid-blind3"]
    assert data["meta"]["pairs"] > 0 and len(data["bias"]) == len(data["classes"])
    model = learned.Model.load(out)
    assert model.W.shape == (len(data["features"]) + 1, len(data["classes"]))
    probs = model.probs([list(data["features"])[:5], []])
    assert probs.shape == (2, len(data["classes"])) and ((probs > 0) & (probs < 1)).all()
