"""Exports of a document: JSON (the contract), CSV, XLSX and a Fiscal Data Package."""
