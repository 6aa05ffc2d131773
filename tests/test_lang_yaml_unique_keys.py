"""Language data files: a key written twice in one mapping silently drops the first value in YAML
(a lexicon entry once lost its forms that way), so every mapping must have unique keys."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

LANG = Path(__file__).resolve().parents[1] / "linimasa" / "lang"


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    keys = [k.value for k, _ in node.value]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise ValueError(f"line {node.start_mark.line + 1}: key(s) {dup} written twice")
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(LANG.rglob("*.yaml")), ids=lambda p: str(p.relative_to(LANG)))
def test_no_key_written_twice(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)


def test_a_duplicate_key_is_caught():
    with pytest.raises(ValueError, match="written twice"):
        yaml.load("a: 1\nb: 2\na: 3\n", Loader=_StrictLoader)
