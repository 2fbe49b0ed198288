"""Exchange trust: who owns each case, head-office keys, the role records name a person with

``case_origins`` records, per case (uuid), the workstation it was made on
(its id, BCP, short code and the key that brought it) and the last change
counter accepted from it: only that workstation may change the case through
a bundle or a sync, and its copies are ordered by the counter, not by clocks.
``trusted_keys.head_office`` marks the key of head office, whose bundles may
bring reviews of cases other workstations own. ``users.record_role`` keeps the
role records name an imported person with, while the account itself is only an
inactive officer.

Revision ID: 0012
Revises: 0005
Create Date: 2026-12-09
"""
from alembic import op
import sqlalchemy as sa

from inspector.store.types import UTCDateTime

revision = "0012"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_origins",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("workstation_id", sa.String(length=64), nullable=False),
        sa.Column("workstation_code", sa.String(length=2), nullable=True),
        sa.Column("bcp_code", sa.String(length=8), nullable=True),
        sa.Column("key_fingerprint", sa.String(length=64), nullable=True),
        sa.Column("changes", sa.Integer(), nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_case_origins")),
    )
    with op.batch_alter_table("case_origins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_origins_workstation_id"), ["workstation_id"], unique=False)
    with op.batch_alter_table("trusted_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("head_office", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_role", sa.String(length=16), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy of ``users`` would break the foreign keys
    # every record holds to it while foreign keys are enforced.
    for table, column in (("users", "record_role"), ("trusted_keys", "head_office")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    with op.batch_alter_table("case_origins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_origins_workstation_id"))
    op.drop_table("case_origins")
