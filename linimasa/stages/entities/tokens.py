"""Tokens as the NER training corpora cut them, with offsets into the original text.

The CRF was trained on idner-news-2k, whose tokens are whitespace chunks with commas, full
stops and quotes split off: "(MK)", "PDI-P", "Mohajer-4", "ke-80", "(24/8)" are single tokens
and "Mahkamah Konstitusi (MK)" is one ORG. Our tokenizer cuts finer ("(", "MK", ")"), which
put the tagger in contexts it never saw (the parenthesised acronym tagged alone, "Rp" as a
place) and cost about 2 F1 on idner dev. So the entities stage tags the *merged* tokens; KB
aliases are still matched on the fine tokens (their keys are made that way) and mapped onto the
merged ones.
"""
from __future__ import annotations

from itertools import accumulate, compress, islice
from operator import eq

from ...text.tokenize import Token

# punctuation that the corpora split off even when it touches a word; an em dash touching
# words opens or closes an aside ("Rosenberg—yang memiliki ...—mengatakan")
_SEPARATE = frozenset(",.;:!?\"“”‘’'«»…—")
_BRACKETS = "()[]"
_POINTS = (".", ",")
_new_tuple = tuple.__new__


def merge_tokens(fine: list[Token]) -> tuple[list[Token], list[int]]:
    """(merged tokens, merged index of each fine token). Fine tokens that touch (no space
    between) are joined unless one is separating punctuation or the pair is a repaired glue
    ("kepada|Joe": a lost space, lowercase word then capital). A full stop or comma between a
    word and a digit stays inside ("Rp.5")."""
    out: list[Token] = []
    owner: list[int] = []
    prev_end = -1
    for i, t in enumerate(fine):
        # most tokens follow a space: only touching pairs need the join rules
        if t.start == prev_end and (_joins(fine[i - 1].text, t.text)
                                    or _inner_point(fine, i) or _inner_point(fine, i - 1)):
            last = out[-1]
            out[-1] = _new_tuple(Token, (last.text + t.text, last.start, t.end))
        else:
            out.append(t)
        owner.append(len(out) - 1)
        prev_end = t.end
    return out, owner


def merge_columns(fw: list[str], fs: list[int], fe: list[int]
                  ) -> tuple[list[str], list[int], list[int], list[int] | None]:
    """merge_tokens() on token columns (texts, starts, ends): (merged texts, starts, ends,
    owner), owner None when nothing merges (the merged columns are then the fine ones).
    Only touching pairs are looked at, found in C: most tokens follow a space."""
    n = len(fw)
    joins = []
    for i in compress(range(1, n), map(eq, islice(fs, 1, None), fe)):
        a, b = fw[i - 1], fw[i]
        if a in _SEPARATE or b in _SEPARATE or (a[-1:].islower() and b[:1].isupper()):
            # not _joins(a, b): only a point between a word and a digit joins
            if (b in _POINTS and _inner_at(fw, fs, fe, i)) or (a in _POINTS and _inner_at(fw, fs, fe, i - 1)):
                joins.append(i)
        else:
            joins.append(i)
    if not joins:
        return fw, fs, fe, None
    mw: list[str] = []
    ms: list[int] = []
    me: list[int] = []
    done, k, nj = 0, 0, len(joins)
    while k < nj:
        a = joins[k] - 1                    # a run of joins glues fine tokens a .. b-1
        b = joins[k] + 1
        k += 1
        while k < nj and joins[k] == b:
            b += 1
            k += 1
        mw += fw[done:a]
        ms += fs[done:a]
        me += fe[done:a]
        mw.append("".join(fw[a:b]))
        ms.append(fs[a])
        me.append(fe[b - 1])
        done = b
    mw += fw[done:]
    ms += fs[done:]
    me += fe[done:]
    step = [1] * n
    for j in joins:
        step[j] = 0
    owner = list(accumulate(step, initial=-1))
    del owner[0]
    return mw, ms, me, owner


def _inner_at(fw: list[str], fs: list[int], fe: list[int], i: int) -> bool:
    """_inner_point on columns."""
    if i <= 0 or i + 1 >= len(fw) or fw[i] not in (".", ","):
        return False
    return fe[i - 1] == fs[i] and fe[i] == fs[i + 1] and fw[i - 1][-1:].isalnum() \
        and fw[i + 1][:1].isdigit()


def _joins(a: str, b: str) -> bool:
    if a in _SEPARATE or b in _SEPARATE:
        return False
    if a[-1:].islower() and b[:1].isupper():
        return False                         # a glued token split by text.glue.repair
    return True


def _inner_point(fine: list[Token], i: int) -> bool:
    """fine[i] is '.' or ',' touching a word before it and a digit after it."""
    if i <= 0 or i + 1 >= len(fine) or fine[i].text not in (".", ","):
        return False
    a, t, b = fine[i - 1], fine[i], fine[i + 1]
    return a.end == t.start and t.end == b.start and a.text[-1:].isalnum() and b.text[:1].isdigit()


def core(word: str) -> str:
    """'(MK)' -> 'MK': the word inside brackets (what capitalisation checks look at)."""
    return word.strip(_BRACKETS) or word


def bracketed(word: str) -> bool:
    return len(word) > 2 and word[0] == "(" and word[-1] == ")"
