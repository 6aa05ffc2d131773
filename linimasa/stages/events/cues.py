"""Cue word lists (lang/id/events/cues.yaml) compiled into regexes once per process."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lang import load_yaml
from .cue_scan import Automaton, Places


def words_rx(words, *, prefix: str = "", suffix: str = "", flags=re.I) -> re.Pattern:
    alts = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return re.compile(prefix + r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])" + suffix, flags)


def alternation(words) -> str:
    """Words joined in the order given (the first that matches wins); a space matches any whitespace."""
    return "|".join(re.escape(w).replace(r"\-", "-").replace(r"\ ", r"\s+") for w in words)


def _longest_first(words) -> str:
    """Words as one alternation, longest first (a space matches any whitespace)."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


def compile_patterns(spec: dict) -> dict[str, re.Pattern]:
    """`clause_patterns` entries: `pattern` with `{list}` placeholders filled from the entry's word lists."""
    out = {}
    for name, entry in spec.items():
        lists = {k: v for k, v in entry.items() if isinstance(v, list)}

        def fill(m, lists=lists, name=name):
            if m.group(1) not in lists:
                raise KeyError(f"cues.yaml clause_patterns.{name}: no word list '{m.group(1)}' for its pattern")
            return alternation(lists[m.group(1)])

        text = re.sub(r"\{([a-z_]+)\}", fill, entry["pattern"])
        out[name] = re.compile(text, re.I if entry.get("ignore_case", True) else 0)
    return out


class Cues:
    def __init__(self, data: dict | None = None):
        d = data if data is not None else load_yaml("id", "events/cues.yaml")
        self.patterns = compile_patterns(d.get("clause_patterns") or {})
        self.one_sided = frozenset(d.get("one_sided_types") or ())
        self.place_target_types = frozenset(d.get("place_target_types") or ())
        self.refusable_types = frozenset(d.get("refusable_types") or ())
        self.mutual_acts = frozenset(d.get("mutual_acts") or ())
        m = d["modality"]
        self.mod_window = int(m.get("window", 4))
        self.negated = words_rx(m["negated"])
        self.hypothetical = words_rx(m["hypothetical"])
        self.clause_hyp = words_rx(m["clause_hypothetical"])
        self.cancelled_after = words_rx(m.get("cancelled_after") or ["membatalkannya"])
        self.called_off = words_rx(m.get("called_off") or ["batal"])
        self.conditional = words_rx(m["conditional"])
        g = d["glue_words"]       # small closed-class lists spliced into the patterns below
        self.glue = g
        alt = lambda key: alternation(g[key])  # noqa: E731
        mode = d["mode"]
        self.mode = {k: words_rx(mode[k]) for k in ("virtual", "phone", "in_person")}
        self.same_mode = words_rx(mode["same_as_anchor"])
        self.before_place = words_rx(d["location"]["before_place"], suffix=r"\s*$")
        ctx = d["context"]["cues"]
        alts = "|".join(sorted((re.escape(c).replace(r"\ ", r"\s+") for c in ctx), key=len, reverse=True))
        # the occasion's name: the cue plus following capitalised words / acronyms in brackets
        self.context = re.compile(r"(?<![\w-])(?:" + alts + r")(?:\s+(?:[A-Z0-9][\w.'-]*|\([A-Z0-9]+\)|ke-\d+))*")
        cl = d["clause"]
        self.barrier = words_rx(cl["barriers"])
        self.subordinator = words_rx(cl["subordinators"], suffix=r"(?:\s+(?:" + alt("subordinator_particles") + r"))?\s*$")
        titles = d["titles"]
        self.title_words = words_rx(titles)
        t = _longest_first(titles)
        p = "|".join(sorted((re.escape(w) for w in cl["object_preps"]), key=len, reverse=True))
        self.preps = cl["object_preps"]
        self.directed_preps = set(cl["directed_preps"])
        # text allowed between coordinated actors: ", " "dan" "serta" plus titles
        self.coord_gap = re.compile(
            r"^[\s,]*(?:(?:" + alt("coordinators") + r")\s+)?(?:(?:" + t + r")\.?\s+)*$", re.I)
        self.coord_gap_with = re.compile(
            r"^[\s,]*(?:(?:" + alt("coordinators_with") + r")\s+)?(?:(?:" + t + r")\.?\s+)*$", re.I)
        # between a trigger and its object: a few modifiers or a count, never a year ("menewaskan
        # 12 warga sipil", not "perjanjian nuklir 2015 antara"), one preposition, titles
        self.object_gap = re.compile(
            r"^\s*(?:(?!" + "|".join(w + r"\b" for w in g["not_modifiers"] + g["clause_openers"]) + r")(?:[a-z][\w-]*|(?!(?:1[89]|20)\d\d\b)\d[\d.,]*)\s+){0,3}?(?P<prep>(?:" + p
            + r")\s+)?(?:[a-z][\w-]*,\s+(?:" + alt("specifiers") + r")\s+)?(?:(?:" + alt("quantifiers") + r")\s+[a-z][\w-]*\s+(?:" + alt("origin_preps") + r")\s+|"
            + "".join(w + r"\s+|" for w in g["quantifiers"])[:-1] + r")?"
            r"(?:(?:" + t + r")\.?\s+|[A-Z][\w-]*\s+(?=[A-Z])|(?-i:[A-Z])[\w-]*\s{3,}(?=$)){0,4}[\s,]*$", re.I)
        # right after a passive or tight trigger, a state body may stand before its state
        # ("dibunuh oleh pasukan AS"); the loose gap leaves them out, where "di depan kantor
        # konsulat AS" would make a place an object
        bodies = d.get("state_bodies") or []
        tb = _longest_first(list(titles) + list(bodies))
        self.object_gap_tight = re.compile(
            r"^\s*(?P<prep>(?:" + p + r")\s+)?(?:" + g["quantifiers"][0] + r"\s+)?(?:(?:" + tb + r")\.?\s+){0,4}[\s,]*$", re.I)
        self.time_prep_before = re.compile(r"(?<![\w-])(?:" + alt("time_preps") + r")\s+$", re.I)
        self.title_before = re.compile(r"(?:" + t + r")\.?\s*$", re.I)
        self.leader_roles = words_rx(d["leader_roles"])
        an = d["anaphora"]
        self.demonstrative = re.compile(
            r"^(?:\s+[a-z][\w-]*){0,4}?\s+(?:" + "|".join(an["demonstratives"]) + r")\b", re.I)
        self.demonstrative_words = words_rx(an["demonstratives"])
        self.pair = {k: words_rx(v) for k, v in an["pairs"].items()}
        self.pronoun_person = words_rx(an["person"])
        self.anaphor_org = words_rx(an["organization"])
        self.self_reference = words_rx(an.get("self_reference") or ["pihaknya"])
        self.plural_pronoun = words_rx(an.get("plural") or [])
        self.repeat = words_rx(an["repeat"])
        groups = d.get("group_actors") or {}
        forms = {f.lower(): head for head, fs in groups.items() for f in [head] + list(fs or [])}
        self.group_actors = words_rx(forms) if forms else None
        self.group_head = lambda text: forms.get(" ".join(text.lower().split()), text.lower())
        self.state_agents = set(d.get("state_agents") or [])
        self.group_labels = {str(k).lower(): str(v) for k, v in (d.get("group_labels") or {}).items()}
        self.group_stateless = {str(k).lower() for k in d.get("group_stateless") or []}
        self.group_anaphor = words_rx(d.get("group_anaphor_openers") or ["kelompok"], prefix=r"^")
        self.demonstrative_after = words_rx(an["demonstratives"], prefix=r"\s+")
        # "Kepolisian Daerah Jawa Timur" is a named unit, "Kepolisian Hong Kong" the police of a place
        self.group_named_unit = set(d.get("group_named_unit_forms") or [])
        self.group_place_link = re.compile(
            r"[ \t]+(?:(?:" + alternation(d.get("group_place_links") or ["di"]) + r")[ \t]+)?")
        self.media = {str(n).lower() for n in d.get("media_outlets") or []}
        self.victim_agent_window = int(d.get("victim_agent_window") or 0)
        te = d.get("talks_ended")
        self.talks_ended = re.compile(
            words_rx(te["speech"]).pattern + r"\s+(?:bahwa\s+)?(?:(?:" + alternation(te.get("talks_heads") or ["proses"])
            + r")\s+)?(?P<talks>" + words_rx(te["talks"]).pattern
            + r"(?:[^.;]{0,120}?))\s+(?:" + "".join(w + r"\s+|" for w in g["perfect"])[:-1] + r")?[\"“”']?" + words_rx(te["ended"]).pattern, re.I) if te else None
        aa = d.get("attributed_act")
        # the act noun, then at most a short stretch without a new sentence/quotation, then "<agent> oleh"
        self.attributed_act = re.compile(
            words_rx(aa["acts"]).pattern + r"(?:[^.;\"“”]{0,80}?)\s+(?:yang\s+)?(?:(?:" + alt("agent_particles") + r")\s+)*"
            + words_rx(aa["agent"]).pattern + r"\s+oleh\s+", re.I) if aa else None
        self.attributed_speech = words_rx(aa["speech"], suffix=r"\s+(?:bahwa\s+)?$") if aa else None
        # where these patterns can start (their opening word lists), found in one pass per document:
        # the big alternations are then tried at those places only
        lead = {k: v for k, v in (("group", (list(forms), self.group_actors)),
                                  ("talks_ended", (te["speech"] if te else None, self.talks_ended)),
                                  ("attributed_act", (aa["acts"] if aa else None, self.attributed_act)))
                if v[1] is not None}
        self._scanned = {k: rx for k, (_, rx) in lead.items()}
        self._scan = Automaton(lead) if lead else None
        self.state_body = words_rx(bodies, prefix=r"^", suffix=r"\s+(?=\S)") if bodies else None
        self.state_body_only = words_rx(bodies, prefix=r"^", suffix=r"\s*$") if bodies else None
        q = d["quotes"]
        self.code_quotes = bool(q.get("code_inside"))
        self.first_person = words_rx(q["first_person"])
        self.first_person_object = words_rx(q["first_person"], prefix=r"\s*(?:(?:" + p + r")\s+)?")
        acc = d["reported"]["accusation"]
        # an accusation verb earlier in the sentence: a hostile act after it is what is alleged
        self.accusation_before = words_rx(acc, suffix=r"(?![\w-])[^.;!?]*$")
        # "dibantah oleh Bogota maupun Washington", "masing-masing": each actor acted on its own
        self.distributive = words_rx(cl.get("distributive") or ["maupun"])
        rel = d["relative"]
        self.rel_after = words_rx(rel["after"], prefix=r"^\s*")
        self.rel_before = words_rx(rel["before"], prefix=r"^\s*")
        nom = d["nominal"]
        # "serangan yang dilancarkan (oleh) X": the agent of an act named by a noun
        self.relative_agent_types = set(nom.get("relative_agent_types") or [])
        self.relative_agent = words_rx(nom["relative_agent_verbs"],
                                       prefix=r"(?:\s+[a-z][\w-]*){0,3}?\s*,?\s+yang\s+(?:"
                                       + "".join(w + r"\s+|" for w in g["relative_particles"])[:-1] + r")?",
                                       suffix=r"\s+(?:oleh\s+)?")
        self.predicative = words_rx(nom["predicative"], suffix=r"\s+(?:\w+\s+)?$")
        self.verb_before = words_rx(nom["light_verbs"], suffix=r"\s+(?:[a-z]+\s+){0,2}$")
        self.patient_before = words_rx(nom["patient_verbs"], suffix=r"\s+(?:[a-z]+\s+){0,2}$")
        self.pronoun_coord = re.compile(r"(?<![\w-])(?:" + alt("person_pronouns") + r")\s+(?:"
                                        + alt("pronoun_coordinators") + r")\s+(?:(?:" + t
                                        + r")\.?\s+){0,3}$", re.I)

    def places(self, doc, tag: str) -> Places:
        """Where pattern `tag` ("group", "talks_ended", "attributed_act") can match in doc.text,
        for Places.finditer; one automaton pass per document, kept in doc.scratch."""
        got = doc.scratch.get("events_places")
        if got is None:
            at = self._scan.starts(doc.text) if self._scan is not None else None
            got = doc.scratch["events_places"] = {
                t: Places(rx, doc.text, at.get(t) if at is not None else None) for t, rx in self._scanned.items()}
        return got[tag]

@lru_cache(maxsize=1)
def cues() -> Cues:
    return Cues()
