"""``budgetdiff review A B``: the state of the review of B against A.

Prints the changes by part, marked and not, the queries with their notes (text,
``--format markdown|html|json``); ``-o PATH`` writes the report to a file instead
(atomically, never over a file without ``--force``). ``--merge OTHER`` lays another
reviewer's review file of the same pair over this one: marks this one lacks are taken,
marks that disagree are kept beside it as conflicts, and the file is written back.
``--fail-on unreviewed`` exits 1 while a change has no mark that holds for it,
``--fail-on query`` while a query is open or marks conflict; else 0; 2 on trouble.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from budgetdiff.commands.inputs import read_pair
from budgetdiff.errors import BudgetDiffError

if TYPE_CHECKING:
    from budgetdiff.review.session import ReviewSession

FORMATS = ("text", "markdown", "html", "json")
GATES = ("unreviewed", "query")


def render(session: ReviewSession, output: str, unit: str) -> str:
    """The report in ``output`` format."""
    if output == "json":
        from budgetdiff.review.report import render_json

        return render_json(session)
    if output == "html":
        from budgetdiff.review.html import render_html

        return render_html(session, unit)
    from budgetdiff.review import report

    make = report.render_markdown if output == "markdown" else report.render_text
    return make(session, unit)


def run(args: argparse.Namespace) -> int:
    from budgetdiff.diffing import diff
    from budgetdiff.review import store
    from budgetdiff.review.report import failing
    from budgetdiff.review.session import open_review, pair_notes, review_path

    if args.a == "-" and args.b == "-":
        raise BudgetDiffError("only one side can be read from standard input (-)")
    a, b = read_pair(args.a, args.b, args.encoding, cache=not getattr(args, "no_cache", False))
    result = diff(a, b)
    session = open_review(result, review_path(result, args.review))
    merged: list[str] = []
    for other in args.merge or ():
        found = store.read(Path(other))
        if not found.exists:
            raise BudgetDiffError(f"review file {other} to merge does not exist")
        merged.extend(f"{other}: {note}" for note in pair_notes(found.pair, result.a, result.b))
        marks, taken, clashing = session.review.marks.merged(found.marks)
        session = session.with_marks(marks)
        merged.append(f"merged {other}: {taken} marks taken, {clashing} conflicting kept beside")
    if args.merge:
        session = session.write_all()
        from budgetdiff.text import printable

        for line in merged:
            sys.stderr.write(f"budgetdiff: {printable(line)}\n")
    text = render(session, args.format, args.unit)
    if args.output:
        from budgetdiff.export.atomic import write_bytes

        protect = [Path(p) for p in (args.a, args.b, str(session.path)) if p != "-"]
        write_bytes(Path(args.output), text.encode("utf-8"), args.force, protect)
    else:
        sys.stdout.write(text)
    reasons = failing(session, args.fail_on or ())
    if reasons:
        from budgetdiff.text import printable

        sys.stderr.write(f"budgetdiff: review not done: {printable('; '.join(reasons))}\n")
        return 1
    return 0
