"""The ``inspector`` command line (SPEC §6)."""
