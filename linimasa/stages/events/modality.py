"""Negation and hypotheticality of an event from cue words before its trigger.

A negator must stand close to the trigger (within the cue window: "tidak akan bertemu",
"batal melakukan kunjungan"); plan/hope/condition cues count anywhere earlier in the
clause ("Kim akan hadir ... dan melakukan pertemuan", "jika Rusia menginvasi").
"""
from __future__ import annotations

import re

from .cues import Cues
from .cues import cues as _shared_cues

# word lists and pattern text: lang/id/events/cues.yaml (clause_patterns)
_P = _shared_cues().patterns
_NOT_NEGATION = _P["not_negation"]
_DENIAL = _P["denial"]
_REFUSED_RIGHT_BEFORE = _P["refused_right_before"]
_WORD = re.compile(r"\S+")
# "tidak puas atas pertemuan", "yang tidak memihak terhadap serangan": the negator belongs to
# another predicate whose object the trigger is
_PREP_BETWEEN = _P["prep_between"]
# "pertemuan AS dan Iran bisa berlangsung": a modal after a nominal trigger
_MODAL_AFTER = _P["modal_after"]
# a clause opened by "agar"/"supaya"/"jika"
_OPENING = _P["demand_or_condition_opening"]
# "membantah bahwa": the reported clause is denied
_DENIED_THAT = _P["denied_that"]
# ", yang": a non-restrictive relative clause opens
_COMMA_RELATIVE = _P["comma_relative"]
# "janji X untuk mencaplok": the act a promise or a plan is of
_PROMISED = _P["promised_act"]


def modality(cues: Cues, text: str, cstart: int, tstart: int, tend: int, nominal: bool = False,
             cend: int | None = None) -> tuple[bool, bool]:
    before = text[cstart:tstart]
    words = list(_WORD.finditer(before))
    win = before[words[-cues.mod_window].start():] if len(words) >= cues.mod_window else before
    win_clean = _NOT_NEGATION.sub(" ", win)
    neg = None
    for neg in cues.negated.finditer(win_clean):
        pass
    negated = neg is not None and not _PREP_BETWEEN.search(win_clean[neg.end():])
    if negated and nominal and _DENIAL.search(neg.group()) and not win_clean[neg.end():].strip():
        negated = False     # "membantah tuduhan X": the accusation was made; its denial is another event
    own = before
    for rel in _COMMA_RELATIVE.finditer(before):
        own = before[rel.end():]    # "akan membuat X marah, yang memanggil ...": the relative clause has its own tense
    hypothetical = bool(cues.hypothetical.search(win) or cues.clause_hyp.search(own)
                        or cues.conditional.search(own) or _PROMISED.search(own))
    if negated and cues.called_off.fullmatch(neg.group()):
        hypothetical = True     # "batal menggempur": a planned attack, called off
    # a clause opened by "agar"/"supaya"/"jika" is a demand or a condition
    if _OPENING.search(text[max(0, cstart - 12):cstart]):
        hypothetical = True
    if not nominal and _REFUSED_RIGHT_BEFORE.search(before):
        negated = True          # "menolak bertemu dengan delegasi AS": refused, not done
    if _DENIED_THAT.search(text[max(0, cstart - 30):cstart]):
        negated = True          # "membantah bahwa pihaknya bertanggung jawab atas serangan": denied
    if nominal and not hypothetical and _MODAL_AFTER.match(text[tend:cend if cend else tend + 80]):
        hypothetical = True
    if hypothetical and not negated and cues.cancelled_after.search(text, tend, min(len(text), tend + 160)) \
            and "." not in text[tend:cues.cancelled_after.search(text, tend, min(len(text), tend + 160)).start()]:
        negated = True      # "akan menjamu Taliban ... sebelum tiba-tiba membatalkannya": planned, then called off
    return negated, hypothetical
