"""Negation and hypotheticality of an event from cue words before its trigger.

A negator must stand close to the trigger (within the cue window: "tidak akan bertemu",
"batal melakukan kunjungan"); plan/hope/condition cues count anywhere earlier in the
clause ("Kim akan hadir ... dan melakukan pertemuan", "jika Rusia menginvasi").
"""
from __future__ import annotations

import re

from .cues import Cues

_NOT_NEGATION = re.compile(r"\b(?:tidak|tak)\s+(?:hanya|lama|segan|sedikit|pelak|terhindarkan|henti)\b", re.I)
_WORD = re.compile(r"\S+")


def modality(cues: Cues, text: str, cstart: int, tstart: int, tend: int) -> tuple[bool, bool]:
    before = text[cstart:tstart]
    words = list(_WORD.finditer(before))
    win = before[words[-cues.mod_window].start():] if len(words) >= cues.mod_window else before
    win_clean = _NOT_NEGATION.sub(" ", win)
    negated = bool(cues.negated.search(win_clean))
    hypothetical = bool(cues.hypothetical.search(win) or cues.clause_hyp.search(before)
                        or cues.conditional.search(before))
    # a clause opened by "agar"/"supaya"/"jika" is a demand or a condition
    if re.search(r"\b(?:agar|supaya|jika|apabila|kalau|bila)\s*$", text[max(0, cstart - 12):cstart], re.I):
        hypothetical = True
    return negated, hypothetical
