#!/usr/bin/env python3
"""Dev harness: `python dev/events/run.py PATH... > out.jsonl` = `linimasa extract`, but with a
throwaway KB alias matcher standing in while the entities stage is still a placeholder."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from events_fake_upstream import FakeEntitiesStage, entities_stub_active  # noqa: E402
from linimasa.output import to_contract  # noqa: E402
from linimasa.pipeline import Pipeline  # noqa: E402
from linimasa.readers import ReadError, read_paths  # noqa: E402
from linimasa.stages import DEFAULT, load_stage  # noqa: E402


def pipeline() -> Pipeline:
    stages = [FakeEntitiesStage() if n == "entities" and entities_stub_active() else load_stage(n)
              for n in DEFAULT]
    return Pipeline(stages).setup()


if __name__ == "__main__":
    debug = "--debug" in sys.argv
    p = pipeline()
    for item in read_paths([a for a in sys.argv[1:] if a != "--debug"]):
        if isinstance(item, ReadError):
            print(item, file=sys.stderr)
            continue
        print(json.dumps(to_contract(p.run(item), debug=debug), ensure_ascii=False))
