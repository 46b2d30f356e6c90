"""``budgetdiff show``: a document as indented trees with aligned amounts."""

from __future__ import annotations

import argparse
import sys

from budgetdiff.commands.inputs import read_document
from budgetdiff.render.document_view import document_views, heading_lines
from budgetdiff.render.terminal import wants_rich
from budgetdiff.text import printable


def run(args: argparse.Namespace) -> int:
    """Print the document; exit 0."""
    document = read_document(args.file, args.encoding, cache=not args.no_cache)
    from budgetdiff.checks import check

    views = document_views(document, args.table, args.unit)
    heading = heading_lines(document, check(document))
    if args.no_source:
        heading = [line for line in heading if not line.startswith("source: ")]
    if args.unparsed:
        unparsed = [
            f"unparsed {document.where(item.line)}: {printable(item.text.strip())} ({item.reason})"
            for item in document.unparsed
        ] or ["unparsed lines: none"]
        heading = [*heading, *unparsed]
    if wants_rich(args.color, sys.stdout):
        from budgetdiff.render.rich_view import print_rich

        print_rich(heading, views, force=args.color == "always")
    else:
        from budgetdiff.render.plain import render_plain

        sys.stdout.write(render_plain(heading, views))
    return 0
