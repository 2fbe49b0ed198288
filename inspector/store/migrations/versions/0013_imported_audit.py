"""Imported audit entries: the answer history of cases made on other workstations

``imported_audit`` keeps, verbatim, the audit entries of another
workstation's chain that a bundle or a sync brought with a case (who answered
what, when): its own id and hash in that chain, ``(origin, origin_id)``
unique. They are not part of this database's chain; on SQLite they cannot be
changed or deleted, like the chain's own entries.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa

from inspector.store.types import JSONText, UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TRIGGERS = (
    ("imported_audit_append_only_update",
     "CREATE TRIGGER imported_audit_append_only_update BEFORE UPDATE ON imported_audit "
     "BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END"),
    ("imported_audit_append_only_delete",
     "CREATE TRIGGER imported_audit_append_only_delete BEFORE DELETE ON imported_audit "
     "BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be deleted'); END"),
)


def upgrade() -> None:
    op.create_table(
        "imported_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("origin_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("inspection_uuid", sa.String(length=36), nullable=False),
        sa.Column("old", JSONText(), nullable=True),
        sa.Column("new", JSONText(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("received_in", sa.String(length=200), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_audit")),
        sa.UniqueConstraint("origin", "origin_id", name=op.f("uq_imported_audit_origin")),
    )
    with op.batch_alter_table("imported_audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_imported_audit_inspection_uuid"), ["inspection_uuid"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for _name, sql in TRIGGERS:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, _sql in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("imported_audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imported_audit_inspection_uuid"))
    op.drop_table("imported_audit")
