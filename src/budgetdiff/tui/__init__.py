"""The Textual explorer: ``budgetdiff explore A [B]``. Imported only by that command."""
