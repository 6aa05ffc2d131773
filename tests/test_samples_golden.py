"""Golden checks on the bundled sample corpus: what the main job must (and must not) show."""
import json

import pytest
from conftest import ROOT, run_cli


@pytest.fixture(scope="module")
def timeline():
    return json.loads(run_cli("timeline", ROOT / "samples", "--format", "json").stdout)


def find(timeline, type_, date, *actor_names):
    for e in timeline:
        names = {a["name"] for a in e["actors"]}
        if e["type"] == type_ and (e["date"] or {}).get("value") == date and set(actor_names) <= names:
            return e
    raise AssertionError(f"no {type_} {date} {actor_names} in timeline: "
                         + "; ".join(f"{e['type']} {(e['date'] or {}).get('value')} "
                                     f"{[a['name'] for a in e['actors']]}" for e in timeline))


def test_one_meeting_reported_by_two_outlets_is_one_entry_citing_both(timeline):
    e = find(timeline, "CONSULT", "2022-07-26", "Joko Widodo", "Xi Jinping")
    assert {m["article"] for m in e["mentions"]} >= {"01_jokowi_xi_beijing", "02_jokowi_xi_beijing_wartanusa"}
    assert e["mode"] == "in_person"
    jokowi_xi = [x for x in timeline if x["type"] == "CONSULT" and (x["date"] or {}).get("value") == "2022-07-26"]
    assert len(jokowi_xi) == 1


def test_the_invasion_is_dated_and_cited_by_both_articles(timeline):
    e = find(timeline, "ASSAULT", "2022-02-24", "Russia", "Ukraine")
    assert {m["article"] for m in e["mentions"]} >= {"07_russia_invades_ukraine", "08_us_sanctions_russia"}
    assert e["summary"].startswith("Rusia menyerang Ukraina")


def test_biden_xi_meetings_are_separate_events(timeline):
    bali = find(timeline, "CONSULT", "2022-11-14", "Joe Biden", "Xi Jinping")
    woodside = find(timeline, "CONSULT", "2023-11-15", "Joe Biden", "Xi Jinping")
    assert bali["id"] != woodside["id"]


def test_summaries_are_indonesian_and_timeline_is_chronological(timeline):
    summaries = " ".join(e["summary"] for e in timeline)
    for english in ("Russia ", "United States ", "European Union"):
        assert english not in summaries
    days = [(e["date"]["bounds"] or [""])[0] for e in timeline]
    assert days == sorted(days)


def test_every_mention_cites_a_line_of_its_article(timeline):
    for e in timeline:
        for m in e["mentions"]:
            src = next((ROOT / "samples").glob(m["article"] + ".*"), None)
            if src is None or src.suffix != ".txt":
                continue
            lines = src.read_text(encoding="utf-8").split("\n")
            assert m["text"].split()[0] in lines[m["line"] - 1]


def test_the_store_gives_the_same_timeline_as_the_files(timeline, tmp_path):
    db = tmp_path / "samples.db"
    run_cli("ingest", ROOT / "samples", "--db", db, "--quiet")
    stored = json.loads(run_cli("timeline", "--db", db, "--format", "json").stdout)

    def key(e):
        return (e["type"], (e["date"] or {}).get("value"), tuple(sorted(a["id"] for a in e["actors"])))
    assert sorted(map(key, stored)) == sorted(map(key, timeline))
    assert all(not (e["date"] or {}).get("estimated") for e in stored)
