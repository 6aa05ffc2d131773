"""Timeline renderers: json (the contract), table (rich), markdown, standalone html."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, TextIO

FORMATS = ("json", "table", "markdown", "html")


def date_label(entry: dict[str, Any]) -> str:
    d = entry.get("date") or {}
    if d.get("value"):
        return str(d["value"])
    if d.get("bounds"):
        return f"{d['bounds'][0]}…{d['bounds'][1]}"
    return "?"


def actors_label(entry: dict[str, Any]) -> str:
    return ", ".join(a["name"] for a in entry["actors"])


def sources_label(entry: dict[str, Any]) -> str:
    return ", ".join(f"{m['article']}:{m['line']}" for m in entry["mentions"])


def render_json(entries: list[dict[str, Any]], out: TextIO) -> None:
    json.dump(entries, out, ensure_ascii=False, indent=1)
    out.write("\n")


def render_table(entries: list[dict[str, Any]], out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"linimasa: {len(entries)} event(s)", show_lines=False, expand=False)
    for col in ("Date", "Type", "Actors", "Place", "Summary", "Sources"):
        table.add_column(col, overflow="fold")
    for e in entries:
        conflict = " ⚠" if e.get("conflicts") else ""
        table.add_row(date_label(e) + conflict, e["type"] + (f" ({e['mode']})" if e.get("mode") else ""),
                      actors_label(e), (e.get("location") or {}).get("name") or "",
                      e.get("summary") or "", sources_label(e))
    width = None if out.isatty() else 160
    Console(file=out, width=width, highlight=False, markup=False).print(table)


def _md(text: str) -> str:
    """Markdown table cells: escape pipes and markup characters, flatten newlines."""
    s = str(text or "").replace("\\", "\\\\").replace("\n", " ")
    for ch in "|*_`[]<>":
        s = s.replace(ch, "\\" + ch)
    return s


def render_markdown(entries: list[dict[str, Any]], out: TextIO) -> None:
    out.write(f"# Linimasa ({len(entries)} peristiwa)\n\n")
    out.write("| Tanggal | Jenis | Aktor | Tempat | Ringkasan | Sumber |\n|---|---|---|---|---|---|\n")
    for e in entries:
        out.write("| " + " | ".join(_md(x) for x in (
            date_label(e), e["type"] + (f" ({e['mode']})" if e.get("mode") else ""), actors_label(e),
            (e.get("location") or {}).get("name") or "", e.get("summary") or "", sources_label(e))) + " |\n")
    out.write("\n")
    for e in entries:
        out.write(f"## {_md(date_label(e))} — {_md(e.get('summary') or e['type'])}\n\n")
        for m in e["mentions"]:
            out.write(f"- `{_md(m['article'])}` baris {m['line']}: {_md(m.get('text') or '')}\n")
        for c in e.get("conflicts") or []:
            vals = "; ".join(f"{v['value']} ({', '.join(v['articles'])})" for v in c["values"])
            out.write(f"- ⚠ konflik {_md(c['field'])}: {_md(vals)}\n")
        out.write("\n")


def render_html(entries: list[dict[str, Any]], out: TextIO, title: str = "Linimasa") -> None:
    from ..web.templating import environment

    tpl = environment().get_template("report.html")
    out.write(tpl.render(entries=entries, title=title, date_label=date_label,
                         generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")))


def render(entries: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    {"json": render_json, "table": render_table, "markdown": render_markdown,
     "html": render_html}[fmt](entries, out)
