"""Corpus-style tokens for the tagger: touching pieces merged, offsets kept, glue repairs kept."""
from linimasa.stages.entities.tokens import merge_tokens
from linimasa.text.glue import repair
from linimasa.text.tokenize import tokenize


def test_merge_keeps_corpus_tokens_and_offsets():
    text = "Mahkamah Konstitusi (MK), kepadaJoe PDI-P bayar Rp.5 miliar kemarin.Presiden"
    toks, owner = merge_tokens(repair(tokenize(text)))
    words = [t.text for t in toks]
    assert words == ["Mahkamah", "Konstitusi", "(MK)", ",", "kepada", "Joe", "PDI-P", "bayar",
                     "Rp.5", "miliar", "kemarin", ".", "Presiden"]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert owner[2:5] == [2, 2, 2]      # "(", "MK", ")" -> one token
