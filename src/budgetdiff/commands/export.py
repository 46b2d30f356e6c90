"""``budgetdiff export``: JSON, CSV, XLSX or a Fiscal Data Package."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from budgetdiff.errors import OutputError
from budgetdiff.parser import load


def run(args: argparse.Namespace) -> int:
    """Write the export; JSON goes to stdout when no ``-o`` is given."""
    document = load(args.file, encoding=args.encoding)
    output = Path(args.output) if args.output else None
    if args.format == "json":
        from budgetdiff.export.atomic import write_bytes
        from budgetdiff.export.json_export import document_dict, dumps

        text = dumps(document_dict(document)) + "\n"
        if output is None or str(output) == "-":
            sys.stdout.write(text)
        else:
            write_bytes(output, text.encode("utf-8"), force=args.force)
        return 0
    if output is None:
        raise OutputError(f"--format {args.format} writes files: name the target with -o PATH")
    if args.format == "csv":
        from budgetdiff.export.csv_export import write_csv

        write_csv(document, output, force=args.force)
    elif args.format == "xlsx":
        from budgetdiff.export.xlsx_export import write_xlsx

        write_xlsx(document, output, force=args.force)
    else:
        from budgetdiff.export.datapackage import write_datapackage

        write_datapackage(document, output, force=args.force)
    sys.stderr.write(f"budgetdiff: wrote {output}\n")
    return 0
