"""Database-level immutability: locked records and the audit log (SPEC §9)

The services already refuse to change a finalized record; these triggers make
SQLite refuse it too, whoever writes to the file. A locked revision may only
move from ``finalized`` to ``approved`` or ``returned`` and stop being current.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LOCKED = "('finalized', 'approved', 'returned')"
# Every column of inspections except status and is_current, as of this revision.
FROZEN_COLUMNS = (
    "id", "uuid", "revision", "reference", "bcp_code", "direction", "procedure", "risk_lane",
    "declaration_ref", "arrived_at", "released_at", "tractor_plate", "trailer_plate",
    "vehicle_country", "transit_route", "transit_exit_bcp", "transit_deadline", "decision",
    "decision_note", "decision_confirmed_by_id", "decision_confirmed_at", "lead_officer_id",
    "created_by_id", "created_at", "updated_at", "finalized_at", "finalized_by_id", "record_hash",
    "amendment_reason", "amended_by_id",
)
CHILD_TABLES = ("drivers", "documents", "cargo_lines", "seals", "agency_sections", "attachments",
                "reviews")


def _locked(inspection_id: str) -> str:
    return f"(SELECT status FROM inspections WHERE id = {inspection_id}) IN {LOCKED}"


def _statements() -> list[tuple[str, str]]:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FROZEN_COLUMNS)
    stmts = [
        ("audit_log_append_only_update",
         "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
         "BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END"),
        ("audit_log_append_only_delete",
         "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log "
         "BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be deleted'); END"),
        ("inspections_locked_update",
         f"CREATE TRIGGER inspections_locked_update BEFORE UPDATE ON inspections "
         f"WHEN OLD.status IN {LOCKED} AND ({changed} "
         f"OR (NEW.status IS NOT OLD.status AND NOT (OLD.status = 'finalized' "
         f"AND NEW.status IN ('approved', 'returned'))) "
         f"OR (NEW.is_current IS NOT OLD.is_current AND NEW.is_current)) "
         f"BEGIN SELECT RAISE(ABORT, 'a finalized inspection cannot be changed'); END"),
        ("inspections_locked_delete",
         f"CREATE TRIGGER inspections_locked_delete BEFORE DELETE ON inspections "
         f"WHEN OLD.status IN {LOCKED} "
         f"BEGIN SELECT RAISE(ABORT, 'a finalized inspection cannot be deleted'); END"),
    ]
    for table in CHILD_TABLES:
        for event in ("UPDATE", "DELETE"):
            name = f"{table}_locked_{event.lower()}"
            stmts.append((name, f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
                                f"WHEN {_locked('OLD.inspection_id')} "
                                f"BEGIN SELECT RAISE(ABORT, 'a finalized inspection cannot be changed'); END"))
    for event in ("UPDATE", "DELETE"):
        name = f"answers_locked_{event.lower()}"
        stmts.append((name, f"CREATE TRIGGER {name} BEFORE {event} ON answers "
                            f"WHEN {_locked('(SELECT inspection_id FROM agency_sections WHERE id = OLD.section_id)')} "
                            f"BEGIN SELECT RAISE(ABORT, 'a finalized inspection cannot be changed'); END"))
    return stmts


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for _name, sql in _statements():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, _sql in _statements():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
