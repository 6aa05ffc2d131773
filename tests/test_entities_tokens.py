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


def test_columns_are_the_tokens_and_merges_of_the_token_path():
    from linimasa.stages.entities.tokens import merge_columns
    from linimasa.text.tokenize import token_columns
    texts = ["", "  ", "Mahkamah Konstitusi (MK), kepada PDI-P bayar Rp.5 miliar kemarin.Presiden",
             "U.S. ke-80 (24/8) 1.000,5 11/11/20 a'b-c’d “Kata” é ß ǅ\x1c x\u00a0y ...", "\tsatu\n"]
    for text in texts:
        fw, fs, fe = token_columns(text, 5)
        assert list(zip(fw, fs, fe)) == [tuple(t) for t in tokenize(text, 5)]
        toks, owner = merge_tokens(tokenize(text, 5))
        mw, ms, me, own = merge_columns(fw, fs, fe)
        assert list(zip(mw, ms, me)) == [tuple(t) for t in toks]
        assert (own if own is not None else list(range(len(fw)))) == owner


def test_tokens_of_many_texts_at_once_are_each_texts_own():
    from linimasa.text.tokenize import texts_token_columns, token_columns
    texts = ["Kata U.S", "S. ke-80 2019.", "5 orang (24/8) 1.000,5 a'b-c’d “Kata” é ß", "", "x", "U.S.",
             "A. B.C.", "\tsatu\n", "11/11/20"]
    pieces, pos = [], 3
    for k, text in enumerate(texts):
        pieces.append((pos, text))
        pos += len(text) + 1 + k % 3            # gaps of 1 to 3 characters
    got = texts_token_columns(pieces)
    assert got == [token_columns(text, start) for start, text in pieces]
    assert sum(len(w) for w, _, _ in got) > 30
    assert texts_token_columns([(0, "ab"), (2, "cd")]) is None        # touching: no gap
    assert texts_token_columns([(5, "ab"), (0, "cd")]) is None        # out of order
    assert texts_token_columns([]) == []


def test_alias_matches_of_a_whole_document_are_the_sentence_by_sentence_ones():
    from linimasa.kb import get_kb
    from linimasa.ner import get_tagger
    from linimasa.stages.entities.link import DocumentLinker
    from linimasa.stages.entities.titles import get_titles
    from linimasa.stages.entities.tokens import merge_columns
    from linimasa.text.tokenize import token_columns
    linker = DocumentLinker(get_kb(), get_tagger(), get_titles())
    sentences = ["Presiden Joko Widodo bertemu Xi Jinping di Beijing.", "", "Amerika Serikat",
                 "Serikat Dewan Keamanan (DK) PBB dan Mahkamah Konstitusi (MK) di Jakarta, Indonesia.",
                 "Indonesia", "sanksi terhadap iran dan rusia.", "Rusia"]
    fines, owners, expected = [], [], []
    for text in sentences:
        fw, fs, fe = token_columns(text)
        mw, _, _, owner = merge_columns(fw, fs, fe)
        fines.append(fw)
        owners.append(owner)
        expected.append(linker._kb_matches(mw, fw, owner))
    assert linker.document_kb_matches(fines, owners) == expected
    assert any(expected) and expected[2] and expected[1] == []
