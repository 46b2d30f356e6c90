"""Renderers: the same views of a document as plain text (tabulate) or Rich."""
