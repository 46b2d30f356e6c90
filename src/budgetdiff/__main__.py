"""``python -m budgetdiff``: the same as the ``budgetdiff`` command."""

from budgetdiff.cli import main

raise SystemExit(main())
