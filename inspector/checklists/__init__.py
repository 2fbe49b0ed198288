"""Checklist format ``bcp-checklist/1``: loader, validator and built-in files."""
