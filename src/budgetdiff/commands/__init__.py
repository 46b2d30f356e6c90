"""The subcommands of the ``budgetdiff`` CLI, one module each, imported on demand."""
