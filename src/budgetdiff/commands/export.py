"""``budgetdiff export``: JSON, CSV, XLSX or a Fiscal Data Package."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from budgetdiff.commands.inputs import read_document
from budgetdiff.errors import OutputError
from budgetdiff.text import printable


def run(args: argparse.Namespace) -> int:
    """Write the export; JSON goes to stdout when no ``-o`` is given."""
    from budgetdiff.checks import check

    document = read_document(args.file, args.encoding, cache=not args.no_cache)
    report = check(document)
    output = Path(args.output) if args.output else None
    protect = () if args.file == "-" else (Path(args.file),)
    if args.format == "json":
        from budgetdiff.export.json_export import document_dict, dumps, write_json

        if output is None or str(output) == "-":
            sys.stdout.write(dumps(document_dict(document, report)) + "\n")
        else:
            write_json(document, output, args.force, protect, report)
        return 0
    if output is None:
        raise OutputError(f"--format {args.format} writes files: name the target with -o PATH")
    if args.format == "csv":
        from budgetdiff.export.csv_export import write_csv

        write_csv(document, output, args.force, protect, report)
    elif args.format == "xlsx":
        from budgetdiff.export.xlsx_export import write_xlsx

        write_xlsx(document, output, args.force, protect, report)
    else:
        from budgetdiff.export.datapackage import write_datapackage

        write_datapackage(document, output, args.force, protect)
    sys.stderr.write(f"budgetdiff: wrote {printable(str(output))}\n")
    return 0
