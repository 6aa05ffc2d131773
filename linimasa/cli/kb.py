"""`linimasa kb lookup NAME` and `linimasa kb check`: inspect and validate the knowledge base."""
from __future__ import annotations

import json
import sys
from collections import defaultdict


def add_parser(sub) -> None:
    p = sub.add_parser("kb", help="look up names in the knowledge base, check its files",
                       description="Inspect the actor/place knowledge base (built-in data plus "
                                   "LINIMASA_KB_EXTRA or ~/.config/linimasa/kb.yaml).")
    ksub = p.add_subparsers(dest="kb_command", metavar="ACTION")
    lk = ksub.add_parser("lookup", help="entries a name or id may refer to")
    lk.add_argument("name", nargs="+", help="an alias (e.g. 'Negeri Tirai Bambu') or an id (RUS, person:xi-jinping)")
    lk.add_argument("--json", action="store_true", help="print JSON")
    ck = ksub.add_parser("check", help="validate the KB files (ids, alias collisions, ISO countries)")
    ck.add_argument("--json", action="store_true")
    p.set_defaults(func=run, _kb_parser=p)


def run(args) -> int:
    from .. import kb
    if args.kb_command is None:
        args._kb_parser.print_help()
        return 2
    try:
        base = kb.get_kb()
    except kb.KBError as exc:
        print(f"linimasa kb: {exc}", file=sys.stderr)
        return 1
    if args.kb_command == "lookup":
        name = " ".join(args.name)
        found = [base.get(name)] if base.get(name) else base.lookup(name)
        if args.json:
            print(json.dumps([e.to_dict() for e in found], ensure_ascii=False, indent=1))
        elif not found:
            print(f"'{name}' is not in the knowledge base (add it: see docs/kb.md)", file=sys.stderr)
        for e in found if not args.json else []:
            extra = f" stands for {e.metonym_of}" if e.metonym_of else ""
            print(f"{e.id}\t{e.name}\t{e.kind}\t{e.country or '-'}{extra}")
            for r in e.roles:
                print(f"  role {r.key} of {r.of}: {r.start or '?'} .. {r.end or 'now'}")
            print(f"  aliases: {', '.join(e.aliases)}")
        return 0 if found else 1
    problems = check(base)
    if args.json:
        print(json.dumps({"entries": len(base.entries), "aliases": len(base.aliases), "problems": problems},
                         ensure_ascii=False, indent=1))
    else:
        for p in problems:
            print(p)
        kinds = defaultdict(int)
        for e in base.entries.values():
            kinds[e.kind] += 1
        print(f"{len(base.entries)} entries ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
              f"{len(base.aliases)} aliases, {len(problems)} problem(s)")
    return 1 if problems else 0


def check(base) -> list[str]:
    """Integrity problems: unknown country codes, role holders of unknown ids, alias collisions
    within one kind without a rule in disambiguation.yaml, missing ISO countries."""
    import pycountry
    out = []
    for a3 in (c.alpha_3 for c in pycountry.countries):
        if a3 not in base.entries:
            out.append(f"missing ISO country {a3}")
    for e in base.entries.values():
        if e.country and e.country not in base.entries:
            out.append(f"{e.id}: country {e.country!r} is not a KB country id")
        if e.metonym_of and e.metonym_of not in base.entries:
            out.append(f"{e.id}: metonym_of {e.metonym_of!r} is not a KB id")
        for r in e.roles:
            if r.of and r.of not in base.entries:
                out.append(f"{e.id}: role {r.key} of unknown id {r.of!r}")
            if r.start and r.end and r.start > r.end:
                out.append(f"{e.id}: role {r.key} ends ({r.end}) before it starts ({r.start})")
    for alias, ids in base.aliases.items():
        by_kind = defaultdict(list)
        for i in ids:
            by_kind[base.entries[i].kind].append(i)
        for kind, same in by_kind.items():
            if len(same) > 1 and base.preferred(alias) not in same:
                out.append(f"alias {alias!r} names several {kind} entries {same}; add a rule to "
                           "lang/id/kb/disambiguation.yaml")
    return out
