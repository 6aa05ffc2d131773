import pytest

from linimasa import Document, build_pipeline
from linimasa.pipeline import Pipeline, PipelineError, Stage


class Needs(Stage):
    name = "needs"
    requires = frozenset({"entities"})
    provides = frozenset({"x"})


def test_invalid_order_fails_when_built():
    with pytest.raises(PipelineError, match="stage 'events' requires .*entities"):
        build_pipeline(["clean", "metadata", "segment", "events"])


def test_unknown_stage_is_named():
    with pytest.raises(ValueError, match="unknown stage 'nope'"):
        build_pipeline(["clean", "nope"])


def test_custom_stage_checked_against_capabilities():
    with pytest.raises(PipelineError):
        Pipeline([Needs()])


def test_record_roundtrip_keeps_every_field():
    doc = build_pipeline().run(Document(id="x", text="Judul\n\nJakarta - Presiden bertemu menteri. Ia pulang."))
    again = Document.from_record(doc.to_record())
    assert again.to_record() == doc.to_record()


def test_line_numbers_are_one_based():
    doc = Document(id="x", text="a\nb\r\nc")
    assert doc.text == "a\nb\nc"
    assert [doc.line_of(i) for i in (0, 2, 4)] == [1, 2, 3]
