"""Exchange: trusted workstation keys, conflicts kept for a supervisor; PostgreSQL immutability

``trusted_keys`` holds the Ed25519 public keys whose bundles this database
accepts; ``exchange_conflicts`` keeps an incoming copy of a locked revision
that differs from the one stored here.

Migration 0002 protects locked records and the audit log with SQLite triggers.
A head-office database on PostgreSQL gets the same protection here, written
in PL/pgSQL (a PostgreSQL trigger's WHEN clause cannot look at the parent row,
so the child tables check it inside the function).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LOCKED = "('finalized', 'approved', 'returned')"
# Every column of inspections except status and is_current, as of this revision (as in 0002).
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


def upgrade() -> None:
    op.create_table(
        "trusted_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("workstation_id", sa.String(length=64), nullable=True),
        sa.Column("bcp_code", sa.String(length=8), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_keys")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_trusted_keys_fingerprint")),
    )
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("local_sha256", sa.String(length=64), nullable=True),
        sa.Column("incoming_sha256", sa.String(length=64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["resolved_by_id"], ["users.id"],
                                name=op.f("fk_exchange_conflicts_resolved_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
        sa.UniqueConstraint("uuid", "revision", "incoming_sha256", name=op.f("uq_exchange_conflicts_uuid")),
    )
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_conflicts_uuid"), ["uuid"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for _name, sql in _postgresql_statements():
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, _sql in reversed(_postgresql_statements()):
            kind, _, rest = name.partition(":")
            if kind == "trigger":
                trigger, _, table = rest.partition("@")
                op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            else:
                op.execute(f"DROP FUNCTION IF EXISTS {rest}()")
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_conflicts_uuid"))
    op.drop_table("exchange_conflicts")
    op.drop_table("trusted_keys")


def _function(name: str, body: str) -> tuple[str, str]:
    return (f"function:{name}",
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body} END $$")


def _trigger(name: str, table: str, events: str, function: str, when: str = "") -> tuple[str, str]:
    condition = f" WHEN ({when})" if when else ""
    return (f"trigger:{name}@{table}",
            f"CREATE TRIGGER {name} BEFORE {events} ON {table} FOR EACH ROW{condition} "
            f"EXECUTE FUNCTION {function}()")


def _postgresql_statements() -> list[tuple[str, str]]:
    returning = "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;"
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in FROZEN_COLUMNS)
    return [
        _function("bcp_audit_log_append_only",
                  "RAISE EXCEPTION 'audit log entries cannot be changed or deleted';"),
        _trigger("audit_log_append_only", "audit_log", "UPDATE OR DELETE", "bcp_audit_log_append_only"),
        _function("bcp_locked_inspection",
                  "RAISE EXCEPTION 'a finalized inspection cannot be changed';"),
        _trigger("inspections_locked_update", "inspections", "UPDATE", "bcp_locked_inspection",
                 f"OLD.status IN {LOCKED} AND ({changed} "
                 f"OR (NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = 'finalized' "
                 f"AND NEW.status IN ('approved', 'returned'))) "
                 f"OR (NEW.is_current IS DISTINCT FROM OLD.is_current AND NEW.is_current))"),
        _trigger("inspections_locked_delete", "inspections", "DELETE", "bcp_locked_inspection",
                 f"OLD.status IN {LOCKED}"),
        _function("bcp_locked_child",
                  f"IF (SELECT status FROM inspections WHERE id = OLD.inspection_id) IN {LOCKED} THEN "
                  f"RAISE EXCEPTION 'a finalized inspection cannot be changed'; END IF; {returning}"),
        *[_trigger(f"{table}_locked", table, "UPDATE OR DELETE", "bcp_locked_child")
          for table in CHILD_TABLES],
        _function("bcp_locked_answer",
                  f"IF (SELECT i.status FROM inspections i JOIN agency_sections s "
                  f"ON s.inspection_id = i.id WHERE s.id = OLD.section_id) IN {LOCKED} THEN "
                  f"RAISE EXCEPTION 'a finalized inspection cannot be changed'; END IF; {returning}"),
        _trigger("answers_locked", "answers", "UPDATE OR DELETE", "bcp_locked_answer"),
    ]
