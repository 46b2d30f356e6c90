"""The review as one self-contained HTML file, for sending: no script, no link, no font
or image from elsewhere; readable on a phone (below 700 pixels each change is a card).

What a reader sees, in order: the summary (已审 N / M, queries), the two documents
(identity, path, sha256) and the review file, then the changes (三公 first, as in every
output) with A, B, Δ, Δ%, the mark and its note, the check differences, the marks whose
change is gone and the conflicting marks. Every text from a document or a review file
passes ``printable`` (invisible characters shown) and is HTML-escaped.
"""

from __future__ import annotations

import html
from datetime import datetime

from budgetdiff import __version__
from budgetdiff.diffing.model import DocumentRef, comparison_label
from budgetdiff.render.diff_views import check_lines
from budgetdiff.review.marks import STATUSES, Entry, Mark
from budgetdiff.review.report import by_part, group_of, headline
from budgetdiff.review.session import ReviewSession
from budgetdiff.review.shown import glyph, mark_label, one_line, shown, signature
from budgetdiff.text import printable

STYLE = """
:root { color-scheme: light; --line: #d0d4da; --muted: #5b6470; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC",
  "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif;
  margin: 0 auto; padding: 1rem; max-width: 1200px; color: #1b1f24; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
.summary { font-size: 1.1rem; font-weight: 600; }
.note { background: #fff6e0; border-left: 4px solid #d08a00; padding: .4rem .6rem; }
dl.docs { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; }
dl.docs dt { font-weight: 600; }
dl.docs dd { margin: 0; }
code, .sha { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em;
  overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
table.changes { font-size: .93rem; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .35rem; text-align: left;
  vertical-align: top; }
thead th { background: #f2f4f7; position: sticky; top: 0; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.short, th { white-space: nowrap; }
td { overflow-wrap: anywhere; }
td.remark { min-width: 9em; }
td.remark .who { white-space: normal; }
.scroll { overflow-x: auto; }
table.counts { width: auto; } table.counts td, table.counts th { padding: .2rem .8rem; }
tr.group th { background: #e8ecf2; font-size: 1rem; }
.up { color: #b42318; } .down { color: #067647; }
.mark { white-space: nowrap; font-weight: 600; }
.s-通过 { color: #067647; } .s-已说明 { color: #175cd3; } .s-待查询 { color: #b42318; }
.s-changed { color: #7a2e98; } .s-unreviewed { color: var(--muted); }
.who { color: var(--muted); font-size: .85em; white-space: nowrap; }
.doubt { color: #b54708; font-size: .85em; }
ul { padding-left: 1.2rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85em; }
@media (max-width: 700px) {
  body { padding: .6rem; font-size: 15px; }
  table.changes thead { display: none; }
  table.changes, table.changes tbody, table.changes tr, table.changes td,
  table.changes th { display: block; width: 100%; }
  table.changes tr.change { border: 1px solid var(--line); border-radius: 6px;
    margin: .5rem 0; padding: .3rem .5rem; }
  table.changes td { border: 0; padding: .1rem 0; text-align: left; }
  table.changes td.num { text-align: left; }
  td.remark { min-width: 0; }
  table.changes td[data-label]::before { content: attr(data-label) "："; color: var(--muted);
    display: inline-block; min-width: 3.5em; }
  table.changes td:empty { display: none; }
  dl.docs { grid-template-columns: 1fr; }
}
"""
HEADERS = ("审阅", "编码", "名称", "列", "A", "B", "Δ", "Δ%", "变化", "说明 / 备注")
GROUP_TITLES = {"三公": "三公经费", "文件": "文件身份", "说明": "说明（叙述）", "校验": "校验"}


def esc(text: object) -> str:
    """Document or file text, safe in HTML: invisible characters shown, markup escaped."""
    return html.escape(printable(str(text)), quote=True)


def esc_lines(text: str) -> str:
    """``esc`` keeping a note's line breaks."""
    return "<br>".join(esc(line) for line in text.splitlines())


def _document(label: str, ref: DocumentRef) -> str:
    title = " ".join(str(p) for p in (ref.department, ref.year, ref.kind) if p) or "（无标题）"
    reading = ""
    if not ref.reading.complete:
        reading = (
            f"<br><span class='doubt'>{'部分读取' if ref.reading.partly else '未完全读取'}："
            f"{ref.reading.unparsed} / {ref.reading.lines} 行未读</span>"
        )
    return (
        f"<dt>{label}</dt><dd>{esc(title)}<br><code>{esc(ref.path or '-')}</code><br>"
        f"sha256 <span class='sha'>{esc(ref.sha256 or '-')}</span>{reading}</dd>"
    )


def _mark_cell(entry: Entry) -> str:
    state = entry.status or entry.state
    return (
        f"<td class='mark s-{esc(state)}' data-label='审阅'>{esc(glyph(entry).strip())} "
        f"{esc(mark_label(entry))}</td>"
    )


def _note_cell(entry: Entry) -> str:
    parts = []
    mark = entry.mark
    if mark is not None:
        if mark.note:
            parts.append(esc_lines(mark.note))
        parts.append(f"<span class='who'>{esc(signature(mark))}</span>")
        if entry.state == "changed":
            parts.append(
                f"<span class='who'>标记时为 {esc(mark.a or '∅')} → {esc(mark.b or '∅')}</span>"
            )
    for conflict in entry.conflicts:
        note = f"：{esc_lines(conflict.note)}" if conflict.note else ""
        parts.append(
            f"<span class='s-待查询'>冲突 {esc(conflict.status)}{note}</span> "
            f"<span class='who'>{esc(signature(conflict))}</span>"
        )
    return f"<td class='remark' data-label='备注'>{'<br>'.join(parts)}</td>"


def _change_row(entry: Entry, session: ReviewSession, unit: str) -> str:
    cells = shown(entry.change, session.diff, unit)
    delta = entry.change.delta
    trend = "up" if delta is not None and delta > 0 else "down" if delta else ""
    name = esc(cells.name)
    if cells.doubt:
        name += f"<br><span class='doubt'>? {esc(cells.doubt)}</span>"
    return (
        f"<tr class='change'>{_mark_cell(entry)}"
        f"<td class='short' data-label='编码'>{esc(entry.change.code or '')}</td>"
        f"<td data-label='名称'>{name}</td>"
        f"<td class='short' data-label='列'>{esc(cells.column)}</td>"
        f"<td class='num' data-label='A'>{esc(cells.a)}</td>"
        f"<td class='num' data-label='B'>{esc(cells.b)}</td>"
        f"<td class='num {trend}' data-label='Δ'>{esc(cells.delta)}</td>"
        f"<td class='num {trend}' data-label='Δ%'>{esc(cells.pct)}</td>"
        f"<td class='short' data-label='变化'>{esc(cells.kind)}</td>"
        f"{_note_cell(entry)}</tr>"
    )


def _changes(session: ReviewSession, unit: str) -> str:
    rows: list[str] = []
    group = None
    titles = {table.table: table.title for table in session.diff.tables}
    for entry in session.review.entries:
        now = group_of(entry.change)
        if now != group:
            group = now
            title = esc(GROUP_TITLES.get(now, now))
            if now in titles:
                title += f" <span class='who'>{esc(titles[now])}</span>"
            rows.append(f"<tr class='group'><th colspan='{len(HEADERS)}'>{title}</th></tr>")
        rows.append(_change_row(entry, session, unit))
    if not rows:
        return "<p>两份文件没有差异：没有要审阅的变化。</p>"
    head = "".join(f"<th>{esc(h)}</th>" for h in HEADERS)
    return (
        f"<p class='who'>金额单位：{esc(unit)}；Δ = B − A，Δ% 相对 A。</p>"
        f"<div class='scroll'><table class='changes'><thead><tr>{head}</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div>"
    )


def _mark_item(mark: Mark) -> str:
    note = f"：{esc(mark.note)}" if mark.note else ""
    return (
        f"<li><code>{esc(' / '.join(mark.key))}</code> {esc(mark.a or '∅')} → "
        f"{esc(mark.b or '∅')} — <b>{esc(mark.status)}</b>{note} "
        f"<span class='who'>{esc(signature(mark))}</span></li>"
    )


def _counts(session: ReviewSession) -> str:
    groups = by_part(session.review.entries)
    if not groups:
        return ""
    keys = ("changes", *STATUSES, "changed", "unreviewed")
    head = "".join(f"<th>{h}</th>" for h in ("部分", "变化", *STATUSES, "已变化", "未审"))
    body = "".join(
        f"<tr><td>{esc(GROUP_TITLES.get(name, name))}</td>"
        + "".join(f"<td class='num'>{counts[k]}</td>" for k in keys)
        + "</tr>"
        for name, counts in groups
    )
    return f"<table class='counts'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(session: ReviewSession, unit: str = "元", now: datetime | None = None) -> str:
    """The review report as one HTML document."""
    diff, review = session.diff, session.review
    b = diff.b
    title = " ".join(str(p) for p in (b.department, b.year, b.kind) if p) or "budgetdiff"
    queries = [e for e in review.entries if e.status == "待查询"]
    notes = "".join(f"<p class='note'>{esc(note)}</p>" for note in session.notes)
    reviewers = ", ".join(review.reviewers) or "—"
    query_list = "".join(
        f"<li>{esc(one_line(e.change, diff, unit))}<br>"
        f"{esc_lines(e.mark.note)} <span class='who'>{esc(signature(e.mark))}</span></li>"
        for e in queries
        if e.mark is not None
    )
    checks = "".join(f"<li>{esc(line.removeprefix('checks: '))}</li>" for line in check_lines(diff))
    resolved = "".join(_mark_item(mark) for mark in review.resolved)
    conflicts = "".join(_mark_item(mark) for mark in review.marks.conflicts)
    stamp = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    parts = [
        "<!DOCTYPE html>",
        "<html lang='zh-CN'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>审阅报告 — {esc(title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<header><h1>审阅报告 · {esc(title)}</h1>",
        f"<p class='who'>B 相对 A：{esc(comparison_label(diff.comparison, diff.unread))}</p>",
        f"<p class='summary'>{esc(headline(session))}</p>{notes}</header>",
    ]
    if query_list:
        parts.append(f"<section id='queries'><h2>待查询</h2><ul>{query_list}</ul></section>")
    parts += [
        "<section id='documents'><h2>文件</h2><dl class='docs'>",
        _document("A", diff.a),
        _document("B", b),
        f"<dt>审阅文件</dt><dd><code>{esc(session.path)}</code></dd>",
        f"<dt>审阅人</dt><dd>{esc(reviewers)}</dd></dl></section>",
        f"<section id='counts'><h2>概况</h2>{_counts(session)}</section>",
        f"<section id='changes'><h2>变化</h2>{_changes(session, unit)}</section>",
        "<section id='checks'><h2>校验差异</h2>",
        f"<ul>{checks}</ul>" if checks else "<p>两份文件的校验结果没有差异。</p>",
        "</section>",
    ]
    if resolved:
        parts.append(
            f"<section id='resolved'><h2>已消失的变化（标记保留）</h2><ul>{resolved}</ul></section>"
        )
    if conflicts:
        parts.append(f"<section id='conflicts'><h2>冲突的标记</h2><ul>{conflicts}</ul></section>")
    parts.append(
        f"<footer>budgetdiff {esc(__version__)} review · {esc(stamp)}</footer></body></html>"
    )
    return "\n".join(parts) + "\n"
