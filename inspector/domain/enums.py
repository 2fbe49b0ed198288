"""The shared vocabulary of a joint inspection (SPEC §3).

Values are the strings stored in the database and written in
``bcp-inspection/1`` documents; never rename one.
"""

from __future__ import annotations

from enum import StrEnum


class Agency(StrEnum):
    CUSTOMS = "customs"
    VETERINARY = "veterinary"
    PHYTOSANITARY = "phytosanitary"
    SANITARY_EPIDEMIOLOGICAL = "sanitary_epidemiological"


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Direction(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"
    TRANSIT = "transit"


class Procedure(StrEnum):
    IMPORT = "import"
    EXPORT = "export"
    TIR_TRANSIT = "tir_transit"
    NATIONAL_TRANSIT = "national_transit"


class RiskLane(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    BLUE = "blue"


class DocumentType(StrEnum):
    CMR = "cmr"
    TIR_CARNET = "tir_carnet"
    TRANSIT_DECLARATION = "transit_declaration"
    INVOICE = "invoice"
    PACKING_LIST = "packing_list"
    VETERINARY_CERTIFICATE = "veterinary_certificate"
    PHYTOSANITARY_CERTIFICATE = "phytosanitary_certificate"
    HEALTH_CERTIFICATE = "health_certificate"
    OTHER = "other"


class SealStatus(StrEnum):
    INTACT = "intact"
    BROKEN = "broken"
    MISSING = "missing"
    REPLACED = "replaced"


class Status(StrEnum):
    """Lifecycle of one revision of a joint inspection."""

    DRAFT = "draft"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FINALIZED = "finalized"
    APPROVED = "approved"
    RETURNED = "returned"

    @property
    def locked(self) -> bool:
        """A finalized revision never changes again (only its review state)."""
        return self in LOCKED_STATUSES

    @property
    def editable(self) -> bool:
        return self in (Status.DRAFT, Status.IN_PROGRESS)


LOCKED_STATUSES = frozenset({Status.FINALIZED, Status.APPROVED, Status.RETURNED})


class Decision(StrEnum):
    """Agency and consolidated decisions, least to most restrictive."""

    RELEASE = "release"
    RELEASE_CONDITIONAL = "release_conditional"
    TREATMENT_REQUIRED = "treatment_required"
    HOLD_FOR_LAB = "hold_for_lab"
    DETAIN = "detain"
    RETURN_TO_ORIGIN = "return_to_origin"
    REFUSE_ENTRY = "refuse_entry"
    DESTROY = "destroy"

    @property
    def rank(self) -> int:
        return _DECISION_ORDER.index(self)

    @property
    def releases(self) -> bool:
        """True when the vehicle may leave the control zone."""
        return self in (Decision.RELEASE, Decision.RELEASE_CONDITIONAL)


_DECISION_ORDER = list(Decision)


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"


class QuestionType(StrEnum):
    YES_NO = "yes_no"
    YES_NO_NA = "yes_no_na"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    NUMBER = "number"
    TEXT = "text"
    DATE = "date"
    PHOTO = "photo"


class ReviewOutcome(StrEnum):
    APPROVED = "approved"
    RETURNED = "returned"


LANGUAGES = ("en", "ru", "tk")
#: a printed report's language mode: one language, or Turkmen and Russian side by side
REPORT_MODES = ("en", "ru", "tk", "tk+ru")
