"""Refusals of the exchange: a rejected bundle, a key that cannot be used, a failed sync."""

from __future__ import annotations

import logging

from inspector.domain.errors import DomainError

log = logging.getLogger(__name__)


class BundleRejected(DomainError):
    """The bundle is refused whole: damaged, tampered, unsigned, untrusted or unsafe.

    Raised before anything is written, or from inside the merge transaction,
    which is then rolled back: the database is left exactly as it was.
    """


class KeyProblem(DomainError):
    """A key file that cannot be read, or a public key file that is not one."""


class SyncFailed(DomainError):
    """The central database cannot be reached or used; the next sync resumes."""
