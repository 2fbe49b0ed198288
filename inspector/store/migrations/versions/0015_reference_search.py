"""Search: a reference by any prefix of it, or by its number; sorting by any column — on indexes

An officer types "FRB-2026-0001", "frb 2026 0001" or "frb20260001" for the
records FRB-2026-000100 … 000199, and "42" for every FRB-…-000042. Two
expression indexes serve that, written exactly as
``inspector/services/queries.py`` writes them:

* the reference's search key (upper case, separators removed), as migration
  0006 indexes plates and document numbers;
* the reference's number, its last six characters (``substr(reference, -6)``
  on SQLite, ``right(reference, 6)`` on PostgreSQL), which the search looked
  for with ``LIKE '%-000042'`` over every record before.

And the list sorts by any of its columns on an ``(is_current, column)``
index, as it sorts by arrival, instead of sorting every record for its
first screen (a million at head office); with only the column's own index
(reference, plate, status) SQLite may prefer another ``is_current`` index
and sort.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

SEPARATORS = ("-", "/", ".", " ")


def key(column: str) -> str:
    expression = f"upper({column})"
    for separator in SEPARATORS:
        expression = f"replace({expression}, '{separator}', '')"
    return expression


def number(column: str, dialect: str) -> str:
    return f"right({column}, 6)" if dialect == "postgresql" else f"substr({column}, -6)"


SORT_COLUMNS = ("reference", "status", "tractor_plate", "decision", "bcp_code", "released_at", "finalized_at")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(f"CREATE INDEX ix_inspections_reference_key ON inspections ({key('reference')})")
    op.execute(f"CREATE INDEX ix_inspections_reference_number ON inspections ({number('reference', dialect)})")
    for column in SORT_COLUMNS:
        op.execute(f"CREATE INDEX ix_inspections_current_{column} ON inspections (is_current, {column})")


def downgrade() -> None:
    for column in SORT_COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_inspections_current_{column}")
    op.execute("DROP INDEX IF EXISTS ix_inspections_reference_number")
    op.execute("DROP INDEX IF EXISTS ix_inspections_reference_key")
