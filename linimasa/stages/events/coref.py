"""One event per happening: merge the candidates of a document that report the same event.

Two reports are the same happening when type and modality agree, the actors are
compatible (equal, one a subset of the other, or the same countries once leaders are
mapped to their country: "Pemimpin China dan Rusia" = Xi and Putin), the dates overlap,
and neither place nor mode contradicts the other.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import DateValue, Entity, Span


@dataclass(slots=True)
class Ev:
    type: str
    roles: list[tuple[Entity, str]]          # (entity, source/target/participant)
    negated: bool
    hypothetical: bool
    evidence: Span
    trigger: Span
    pattern: str
    date: DateValue | None = None
    date_explicit: bool = False
    mode: str | None = None
    mode_same_as_anchor: bool = False
    location: dict | None = None
    context: str | None = None
    title_only: bool = False
    score: float = 0.5
    mentions: list[Span] = field(default_factory=list)
    first: int = 0                            # offset of the first report
    sents: set = field(default_factory=set)   # sentence indexes of its reports
    offered: bool = False                     # an offer/pledge: dated when made, not when it would happen
    month_only: bool = False                  # dated by a bare month name ("pada Februari")
    family: str = ""                          # the trigger's lexicon form: which kind of act was told
    calls_off: bool = False                   # calling off a planned meeting (see dyads.called_off)

    def entities(self) -> list[Entity]:
        return [e for e, _ in self.roles]


def _country_key(e: Entity) -> str | None:
    if e.kind == "country":
        return e.id.upper()
    if e.kind == "person" and e.country:
        return str(e.country).upper()
    return None


def _country_names(ents) -> dict[str, str]:
    return {e.name.upper(): e.id.upper() for e in ents if e.kind == "country"}


def actors_compatible(a: list[Entity], b: list[Entity], countries: dict[str, str]) -> bool:
    orgs_a = {e.id for e in a if e.kind == "organization"}
    orgs_b = {e.id for e in b if e.kind == "organization"}
    if orgs_a != orgs_b and (orgs_a or orgs_b):
        # a summit of an organisation is not a bilateral meeting of two of its members
        vague_a = not orgs_a and any(e.kind == "country" for e in a)
        vague_b = not orgs_b and any(e.kind == "country" for e in b)
        if not (orgs_a and orgs_b and (orgs_a <= orgs_b or orgs_b <= orgs_a)) and not (vague_a or vague_b):
            return False
        a = [e for e in a if e.kind != "organization"]
        b = [e for e in b if e.kind != "organization"]
        orgs_a = orgs_b = set()
    ia = {e.id for e in a if e.kind != "organization"}
    ib = {e.id for e in b if e.kind != "organization"}
    if ia == ib or (ia and ib and (ia <= ib or ib <= ia)):
        return True
    if not ia or not ib:
        return bool(orgs_a and orgs_a == orgs_b)

    def ckeys(ents):
        out = set()
        for e in ents:
            if e.kind == "organization":
                continue
            k = _country_key(e)
            if k is None:
                return None
            out.add(countries.get(k, k))
        return out

    ca, cb = ckeys(a), ckeys(b)
    all_countries_a = all(e.kind == "country" for e in a if e.kind != "organization")
    all_countries_b = all(e.kind == "country" for e in b if e.kind != "organization")
    any_country = any(e.kind == "country" for e in list(a) + list(b))
    return bool(ca and cb and ca == cb and (all_countries_a or all_countries_b or any_country))


def dates_compatible(a: DateValue | None, b: DateValue | None) -> bool:
    if not a or not b or not a.bounds or not b.bounds:
        return True
    return a.bounds[0] <= b.bounds[1] and b.bounds[0] <= a.bounds[1]


def better_date(a: Ev, b: Ev) -> bool:
    """True when b's date should replace a's."""
    if b.date is None:
        return False
    if a.date is None:
        return True
    if b.date_explicit != a.date_explicit:
        return b.date_explicit
    wa = a.date.bounds and (a.date.bounds[1] > a.date.bounds[0])
    wb = b.date.bounds and (b.date.bounds[1] > b.date.bounds[0])
    if a.date.bounds and b.date.bounds and wa and not wb:
        return True
    return False


def compatible(a: Ev, b: Ev, countries: dict[str, str]) -> bool:
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical:
        return False
    if a.location and b.location and a.location.get("id") != b.location.get("id"):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if not dates_compatible(a.date, b.date):
        return False
    if a.date_explicit and b.date_explicit and a.date and b.date and a.date.value and b.date.value \
            and not (a.date.estimated or b.date.estimated) \
            and not (a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)):
        # two days told: two happenings (an estimated window, "before the 12th", only needs to overlap)
        return False
    if a.type not in _SYMMETRIC and _doers_differ(a, b):
        return False      # "Khamenei menolak ..." and "AS menarik diri ...": two acts, not one
    if a.type not in _SYMMETRIC and a.family and b.family and _family(a) != _family(b) \
            and not (a.title_only or b.title_only) and not a.sents & b.sents and _complete(a) and _complete(b) \
            and not a.hypothetical:
        # cancelling talks and later declaring them dead: two acts told with different words
        # (an extra report of one act only costs a duplicate, a wrong merge loses an event)
        return False
    if a.type != "CONSULT" and {e.id for e in a.entities()} != {e.id for e in b.entities()} \
            and min(abs(x - y) for x in a.sents or {0} for y in b.sents or {0}) > 2:
        return False      # other types: partial actor overlap only merges nearby reports
    return actors_compatible(a.entities(), b.entities(), countries)


_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def _side(e: Entity) -> str:
    return str(e.country).upper() if e.kind == "person" and e.country else e.id.upper()


def _complete(e: Ev) -> bool:
    return any(r == "source" for _, r in e.roles) and any(r == "target" for _, r in e.roles)


def _family(e: Ev) -> str:
    """The act's wording without voice: 'menolak'/'ditolak'/'penolakan' -> 'tolak'-ish stem."""
    w = e.family.lower().split()[0] if e.family.split() else ""
    for p in ("mem", "men", "meng", "meny", "me", "di", "pen", "peng", "pem", "pe", "ber"):
        if w.startswith(p) and len(w) - len(p) >= 4:
            w = w[len(p):]
            break
    return w[:-2] if w.endswith("an") and len(w) > 6 else w


def _doers_differ(a: Ev, b: Ev) -> bool:
    """Two reports of one directed act share its doer: doers of no common side, or the doer of
    one being the other's target, tell two acts apart."""
    sa = {_side(e) for e, r in a.roles if r == "source"}
    sb = {_side(e) for e, r in b.roles if r == "source"}
    ta = {_side(e) for e, r in a.roles if r == "target"}
    tb = {_side(e) for e, r in b.roles if r == "target"}
    if sa and sb and not sa & sb:
        return True
    return bool((sa & tb and not sa & sb) or (sb & ta and not sa & sb))


def absorb(a: Ev, b: Ev) -> None:
    """Fold report b into event a."""
    if better_date(a, b):
        a.date, a.date_explicit = b.date, b.date_explicit
    a.mode = a.mode or b.mode
    a.location = a.location or b.location
    a.context = a.context or b.context
    have = {e.id for e in a.entities()}
    # prefer named people over the countries standing for them
    roles = {r for _, r in a.roles}
    for e, role in b.roles:
        if e.id not in have:
            # a role the kept report lacks (its doer, its target) is filled from the other report
            keep = role if role in ("source", "target") and role not in roles else "participant"
            a.roles.append((e, keep if a.roles else role))
            roles.add(keep)
            have.add(e.id)
    if b.score > a.score and not b.title_only:
        a.evidence, a.trigger, a.pattern = b.evidence, b.trigger, b.pattern
    a.score = max(a.score, b.score)
    for m in b.mentions:
        if all(m.start != x.start for x in a.mentions):
            a.mentions.append(m)
    a.mentions.sort(key=lambda s: s.start)
    a.title_only = a.title_only and b.title_only
    a.first = min(a.first, b.first)
    a.sents |= b.sents


def drop_countries_covered(ev: Ev, countries: dict[str, str]) -> None:
    """'Pemimpin China dan Rusia' merged with Xi and Putin: keep the people, drop the countries
    they stand for, unless a country is a target of its own."""
    people_c = {countries.get(_country_key(e), _country_key(e)) for e, _ in ev.roles
                if e.kind == "person" and e.country}
    if len([e for e, _ in ev.roles if e.kind == "person"]) < 2:
        return
    ev.roles = [(e, r) for e, r in ev.roles if not (e.kind == "country" and e.id.upper() in people_c)]
    if ev.roles and all(r != "source" for _, r in ev.roles):
        ev.roles = [(e, "source" if i == 0 else ("target" if i == 1 else r)) for i, (e, r) in enumerate(ev.roles)]


def merge(events: list[Ev], countries: dict[str, str]) -> list[Ev]:
    out: list[Ev] = []
    for ev in sorted(events, key=lambda e: (e.title_only, e.first)):
        for kept in out:
            if compatible(kept, ev, countries):
                absorb(kept, ev)
                break
        else:
            out.append(ev)
    for ev in out:
        drop_countries_covered(ev, countries)
    return [e for e in out if not e.title_only]
