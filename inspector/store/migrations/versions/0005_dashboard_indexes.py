"""Indexes for the dashboard and the Time Release Study (issue 14)

- ``ix_answers_finding`` (item_id, value, section_id): findings are found by
  their non-compliant (item, value) pairs without reading the millions of
  compliant answers. Partial — values up to 600 characters — because a long
  free-text answer could exceed PostgreSQL's limit for an index entry, and no
  finding rule compares such a value.
- ``ix_agency_sections_times`` (inspection_id, agency, decision, started_at,
  signed_at): stage times and decisions per agency read the index alone.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SHORT_VALUE = "length(value) <= 600"  # inspector.services.trs_findings.SHORT_VALUE says the same


def upgrade() -> None:
    op.create_index("ix_answers_finding", "answers", ["item_id", "value", "section_id"],
                    sqlite_where=sa.text(SHORT_VALUE), postgresql_where=sa.text(SHORT_VALUE))
    op.create_index("ix_agency_sections_times", "agency_sections",
                    ["inspection_id", "agency", "decision", "started_at", "signed_at"])


def downgrade() -> None:
    op.drop_index("ix_agency_sections_times", table_name="agency_sections")
    op.drop_index("ix_answers_finding", table_name="answers")
