"""Cross-article merging: intervals, precise dates, statements folded into meetings, conflicts."""
from __future__ import annotations

from synthetic import BEIJING, PUTIN, XI, DocBuilder, seed_like_documents

from linimasa.corpus import TimelineFilter, build_timeline
from linimasa.corpus.merge import merge_mentions, mentions_from_document


def by_date(entries):
    return {(e["date"] or {}).get("value"): e for e in entries}


def test_seed_like_timeline_has_the_seven_meetings_oldest_first():
    entries = build_timeline(seed_like_documents(), TimelineFilter(types=["CONSULT"]))
    dates = [e["date"]["value"] for e in entries]
    assert dates == ["2020-11-11", "2021-12-07", "2021-12-15", "2022-02-04", "2024-07-03", "2025", "2025-05"]


def test_joint_statement_of_countries_is_cited_by_the_meeting_of_their_leaders():
    entries = build_timeline(seed_like_documents())
    meeting = by_date(entries)["2022-02-04"]
    assert meeting["type"] == "CONSULT" and meeting["location"]["name"] == "Beijing"
    cited = {(m["article"], m.get("type")) for m in meeting["mentions"]}
    assert ("s003", "AGREE") in cited            # "China dan Rusia mendeklarasikan ... Februari 2022"
    assert ("s002", None) in cited and ("s002", "AGREE") in cited
    assert not [e for e in entries if e["type"] == "AGREE" and (e["date"] or {}).get("value")]


def test_undated_statement_is_not_folded_and_is_hidden_by_default():
    entries = build_timeline(seed_like_documents())
    assert all((e["date"] or {}).get("value") for e in entries)
    everything = build_timeline(seed_like_documents(), TimelineFilter(include_undated=True))
    undated = [e for e in everything if not (e["date"] or {}).get("value")]
    assert {e["type"] for e in undated} == {"AGREE", "CONSULT"}
    agree = next(e for e in undated if e["type"] == "AGREE")
    assert agree["date"]["bounds"] == ["2020-10-01", "2020-11-11"]
    assert [m["article"] for m in by_date(everything)["2020-11-11"]["mentions"]] == ["s000"]


def test_hypothetical_and_negated_events_never_enter_the_timeline():
    entries = build_timeline(seed_like_documents(), TimelineFilter(include_undated=True))
    lines = {(m["article"], m["line"]) for e in entries for m in e["mentions"]}
    assert ("s001", 4) not in lines and ("s001", 5) not in lines


def test_vague_date_merges_into_the_precise_one_and_the_precise_date_wins():
    a = DocBuilder("a", "A", "Outlet A")
    n = a.line("Xi Jinping dan Vladimir Putin bertemu di Beijing pada Februari 2022.")
    a.event(n, "CONSULT", [XI, PUTIN], "2022-02", mode="in_person", location=BEIJING)
    b = DocBuilder("b", "B", "Outlet B")
    n = b.line("Xi Jinping bertemu Vladimir Putin, Jumat 4 Februari 2022.")
    b.event(n, "CONSULT", [XI, PUTIN], "2022-02-04", mode="in_person")
    [ev] = build_timeline([a.build(), b.build()])
    assert ev["date"] == {"value": "2022-02-04", "bounds": ["2022-02-04", "2022-02-04"], "estimated": False}
    assert {m["article"] for m in ev["mentions"]} == {"a", "b"}
    assert ev["location"]["id"] == "place:beijing" and ev["sources"] == 2
    assert ev["summary"] == "Xi Jinping dan Vladimir Putin bertemu di Beijing"


def test_outlets_one_day_apart_merge_with_a_recorded_conflict():
    docs = []
    for i, day in enumerate(["2022-02-04", "2022-02-04", "2022-02-05"]):
        d = DocBuilder(f"o{i}", "T", f"Outlet {i}")
        n = d.line(f"Xi Jinping dan Vladimir Putin bertemu tanggal {day} ({i}).")
        d.event(n, "CONSULT", [XI, PUTIN], day, mode="in_person")
        docs.append(d.build())
    [ev] = build_timeline(docs)
    assert ev["date"]["value"] == "2022-02-04"
    [conflict] = ev["conflicts"]
    assert conflict["field"] == "date"
    assert conflict["values"] == [{"value": "2022-02-05", "articles": ["o2"]}]


def test_different_places_or_far_dates_stay_separate():
    d = DocBuilder("x", "T")
    n = d.line("Xi Jinping dan Vladimir Putin bertemu di Beijing 2023-03-01.")
    d.event(n, "CONSULT", [XI, PUTIN], "2023-03-01", location=BEIJING)
    e = DocBuilder("y", "T")
    n = e.line("Xi Jinping dan Vladimir Putin bertemu di Moskow 2023-03-21.")
    e.event(n, "CONSULT", [XI, PUTIN], "2023-03-21", location={"id": "place:moscow", "name": "Moscow"})
    assert len(build_timeline([d.build(), e.build()])) == 2


def test_year_only_mention_compatible_with_two_events_is_kept_apart():
    docs = []
    for i, (day, place) in enumerate([("2023-03-01", None), ("2023-09-01", None)]):
        d = DocBuilder(f"p{i}", "T")
        n = d.line(f"Xi Jinping dan Vladimir Putin bertemu {day}.")
        d.event(n, "CONSULT", [XI, PUTIN], day)
        docs.append(d.build())
    v = DocBuilder("vague", "T")
    n = v.line("Xi Jinping dan Vladimir Putin bertemu tahun 2023.")
    v.event(n, "CONSULT", [XI, PUTIN], "2023")
    entries = build_timeline(docs + [v.build()])
    assert sorted(e["date"]["value"] for e in entries) == ["2023", "2023-03-01", "2023-09-01"]


def test_reprints_vote_once():
    docs = seed_like_documents()
    ev = by_date(build_timeline(docs))["2021-12-15"]
    assert {m["article"] for m in ev["mentions"]} == {"s001", "s001-reprint"}
    assert ev["sources"] == 1
    assert next(m for m in ev["mentions"] if m["article"] == "s001-reprint")["duplicate_of"] == "s001"


def test_merge_is_deterministic_and_ids_stable():
    docs = seed_like_documents()
    mentions = [m for d in docs for m in mentions_from_document(d)]
    a = [(e.id, [m.key for m in e.mentions]) for e in merge_mentions(mentions)]
    b = [(e.id, [m.key for m in e.mentions]) for e in merge_mentions(list(reversed(mentions)))]
    assert a == b


def test_actor_filter_matches_id_name_and_alias_case_insensitively():
    docs = seed_like_documents()
    for query in ("Vladimir Putin", "putin", "PERSON:VLADIMIR-PUTIN"):
        entries = build_timeline(docs, TimelineFilter(actors=[query]))
        assert len(entries) == 7, query
    both = build_timeline(docs, TimelineFilter(actors=["Putin", "Joe Biden"]))
    assert [e["date"]["value"] for e in both] == ["2021-12-07"]
    assert build_timeline(docs, TimelineFilter(actors=["Nobody"])) == []


def test_since_until_and_type_filters():
    docs = seed_like_documents()
    got = build_timeline(docs, TimelineFilter(since="2022", until="2024-12"))
    assert [e["date"]["value"] for e in got] == ["2022-02", "2022-02-04", "2024-07-03"]
    got = build_timeline(docs, TimelineFilter(types=["assault"]))
    assert [e["type"] for e in got] == ["ASSAULT"]


def test_two_vague_reports_merge_only_when_tight_and_shared_by_two_actors():
    from synthetic import BIDEN

    def report(i, date, actors):
        d = DocBuilder(f"v{i}", "T", f"Outlet {i}")
        n = d.line(f"Laporan {i} tentang peristiwa {date}.")
        d.event(n, "CONSULT", actors, date)
        return d.build()

    year_only = build_timeline([report(1, "2019", [XI]), report(2, "2019", [XI])])
    assert len(year_only) == 2
    month = build_timeline([report(1, "2019-05", [XI, BIDEN]), report(2, "2019-05", [XI, BIDEN])])
    assert len(month) == 1 and month[0]["sources"] == 2


def test_estimated_dates_stay_out_of_the_default_timeline():
    from linimasa.corpus.timeline import TimelineFilter

    entry = {"type": "CONSULT", "actors": [],
             "date": {"value": "2024", "bounds": ["2024-05-03", "2024-07-02"], "estimated": True}}
    assert not TimelineFilter().accepts(entry)
    assert TimelineFilter(include_undated=True).accepts(entry)
    entry["date"]["estimated"] = False
    assert TimelineFilter().accepts(entry)


def test_states_added_for_officials_are_listed_but_left_out_of_the_line():
    from linimasa.document import EventActor
    a = DocBuilder("a", "A", "Outlet A")
    n = a.line("Xi Jinping dan Vladimir Putin bertemu di Beijing pada 4 Februari 2022.")
    a.event(n, "CONSULT", [XI, PUTIN], "2022-02-04", mode="in_person", location=BEIJING)
    doc = a.build()
    doc.events[0].actors += [EventActor("CHN", "China", "source", "country", via="affiliation"),
                             EventActor("RUS", "Russia", "target", "country", via="affiliation")]
    [ev] = build_timeline([doc])
    assert {x["id"]: x.get("via") for x in ev["actors"]}["CHN"] == "affiliation"
    assert ev["summary"] == "Xi Jinping dan Vladimir Putin bertemu di Beijing"
