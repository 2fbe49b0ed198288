"""Offline exchange of records (SPEC §8): signed bundles, import, sync to head office.

- :mod:`~inspector.exchange.keys` — this workstation's identity and Ed25519 key pair;
- :mod:`~inspector.exchange.trust` — public keys of other workstations this database trusts;
- :mod:`~inspector.exchange.export` — writing a bundle, streaming;
- :mod:`~inspector.exchange.verify` — checking a bundle whole before anything is written;
- :mod:`~inspector.exchange.importer` — verifying, then merging in one transaction;
- :mod:`~inspector.exchange.sync` — pushing records to, and pulling accounts and
  checklists from, the central database (PostgreSQL at head office).

The bundle format is described in ``docs/exchange.md``.
"""
