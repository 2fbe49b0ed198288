"""Use cases of BCP Inspector. Every rule — permissions, state transitions,
immutability, validation — lives here; the CLI and the UI only call these."""
