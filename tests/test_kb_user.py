"""User entries (LINIMASA_KB_EXTRA) and the `linimasa kb` command."""
from __future__ import annotations

import json

import pytest

from linimasa import kb
from tests.conftest import run_cli


@pytest.fixture
def user_kb(tmp_path, monkeypatch):
    y = tmp_path / "kb.yaml"
    y.write_text("- {id: person:budi-santoso, name: Budi Santoso, aliases: [Pak Budi Santoso], country: IDN,\n"
                 "   roles: [[mayor, IDN, 2020-01-01, null]]}\n"
                 "- {id: RUS, name: Russia, aliases: [Negeri Beruang Kutub]}\n", encoding="utf-8")
    t = tmp_path / "more.tsv"
    t.write_text("id\tname\tkind\taliases\tcountry\norg:lsm-contoh\tLSM Contoh\torganization\tLSMC|Lembaga Contoh\tIDN\n",
                 encoding="utf-8")
    monkeypatch.setenv("LINIMASA_KB_EXTRA", f"{y}:{t}")
    kb.reload()
    yield y
    monkeypatch.delenv("LINIMASA_KB_EXTRA")
    kb.reload()


def test_user_entries_are_added_and_merged(user_kb):
    assert kb.lookup("Budi Santoso")[0].id == "person:budi-santoso"
    assert kb.lookup("Negeri Beruang Kutub")[0].id == "RUS"
    assert kb.lookup("Negeri Beruang Merah")[0].id == "RUS"      # built-in aliases kept
    assert kb.lookup("LSMC")[0].kind == "organization"


def test_missing_user_file_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("LINIMASA_KB_EXTRA", str(tmp_path / "nope.yaml"))
    with pytest.raises(kb.KBError, match="does not exist"):
        kb.load_entries()


def test_cli_lookup_and_check():
    out = run_cli("kb", "lookup", "Negeri", "Tirai", "Bambu", "--json").stdout
    assert json.loads(out)[0]["id"] == "CHN"
    assert run_cli("kb", "lookup", "Tidak Ada Sama Sekali", check=False).returncode == 1
    assert "0 problem(s)" in run_cli("kb", "check").stdout
