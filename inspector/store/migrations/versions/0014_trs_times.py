"""The dashboard's times, kept per case: ``trs_times`` and ``trs_pending`` (issue 14)

A year of stage percentiles over 100,000 records read every section of every
case and parsed every timestamp (0.5–0.8 s of SQL alone). ``trs_times`` keeps
each case's stage durations in whole seconds, one row per case and measure,
indexed so that a percentile is a ``GROUP BY seconds`` read from the index.
The figures stay exact: the rows are the per-record durations, not buckets.

``trs_pending`` lists the inspections changed since: triggers on
``inspections`` and ``agency_sections`` add a row for every change of a
column a time depends on, whoever writes (the services, an exchange import,
a bulk load). ``inspector.services.trs_summary`` recomputes those cases
before the dashboard reads; a figure never reads ``trs_times`` while a change
is pending (it computes from the records instead). An older database lists
every current revision as pending: the first dashboard brings them in.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa

from inspector.store.types import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# The columns a time or a figure's filter depends on.
INSPECTION_COLUMNS = ("uuid", "revision", "is_current", "status", "decision", "bcp_code", "direction", "procedure",
                      "risk_lane", "arrived_at", "released_at", "decision_confirmed_at", "created_at", "finalized_at")
SECTION_COLUMNS = ("inspection_id", "agency", "checklist_id", "decision", "started_at", "signed_at")
ANSWER_COLUMNS = ("section_id", "item_id", "value")
UPSERT = "ON CONFLICT (inspection_id) DO UPDATE SET changes = trs_pending.changes + 1;"
MARK = "INSERT INTO trs_pending (inspection_id, changes) VALUES ({row}.{key}, 1) " + UPSERT
# An answer's inspection through its section (none when the section goes first: the inspection is marked then).
MARK_ANSWER = ("INSERT INTO trs_pending (inspection_id, changes) SELECT inspection_id, 1 FROM agency_sections "
               "WHERE id = {row}.section_id " + UPSERT)


TABLES = (("inspections", MARK.replace("{key}", "id"), INSPECTION_COLUMNS),
          ("agency_sections", MARK.replace("{key}", "inspection_id"), SECTION_COLUMNS),
          ("answers", MARK_ANSWER, ANSWER_COLUMNS))


def _sqlite_triggers() -> list[tuple[str, str]]:
    stmts = []
    for table, mark, columns in TABLES:
        for event, rows in (("INSERT", ("NEW",)), (f"UPDATE OF {', '.join(columns)}", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            name = f"{table}_trs_pending_{event.split()[0].lower()}"
            body = " ".join(mark.format(row=row) for row in rows)
            stmts.append((name, f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {body} END"))
    return stmts


def _postgresql_statements() -> list[tuple[str, str]]:
    stmts = []
    for table, mark, columns in TABLES:
        function = f"bcp_trs_pending_{table}"
        stmts.append((f"function:{function}",
                      f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                      f"IF TG_OP <> 'INSERT' THEN {mark.format(row='OLD')} END IF; "
                      f"IF TG_OP <> 'DELETE' THEN {mark.format(row='NEW')} END IF; "
                      f"RETURN NULL; END $$"))
        stmts.append((f"trigger:{table}_trs_pending@{table}",
                      f"CREATE TRIGGER {table}_trs_pending AFTER INSERT OR DELETE OR UPDATE OF "
                      f"{', '.join(columns)} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"))
    return stmts


def upgrade() -> None:
    op.create_table(
        "trs_times",
        sa.Column("current_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("measure", sa.String(length=64), nullable=False),
        sa.Column("arrived_at", UTCDateTime(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("bcp_code", sa.String(length=8), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("procedure", sa.String(length=24), nullable=False),
        sa.Column("risk_lane", sa.String(length=8), nullable=True),
        sa.Column("seconds", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("current_id", "measure", name=op.f("pk_trs_times")),
    )
    op.create_index("ix_trs_times_lane", "trs_times",
                    ["measure", "risk_lane", "seconds", "day", "bcp_code", "direction", "procedure"])
    op.create_index("ix_trs_times_bcp", "trs_times", ["measure", "bcp_code", "seconds", "day"])
    op.create_index("ix_trs_times_day", "trs_times",
                    ["measure", "day", "seconds", "risk_lane", "bcp_code", "direction", "procedure"])
    op.create_table(
        "trs_findings",
        sa.Column("section_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("current_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=32), nullable=False),
        sa.Column("arrived_at", UTCDateTime(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("bcp_code", sa.String(length=8), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("procedure", sa.String(length=24), nullable=False),
        sa.Column("risk_lane", sa.String(length=8), nullable=True),
        sa.PrimaryKeyConstraint("section_id", "item_id", name=op.f("pk_trs_findings")),
    )
    op.create_index("ix_trs_findings_current_id", "trs_findings", ["current_id"])
    op.create_index("ix_trs_findings_day", "trs_findings",
                    ["day", "agency", "item_id", "risk_lane", "bcp_code", "direction", "procedure"])
    op.create_table(
        "trs_pending",
        sa.Column("inspection_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("inspection_id", name=op.f("pk_trs_pending")),
    )
    statements = _sqlite_triggers() if op.get_bind().dialect.name == "sqlite" else _postgresql_statements()
    for _name, sql in statements:
        op.execute(sql)
    # Every case an older database holds: the first dashboard computes them.
    op.execute("INSERT INTO trs_pending (inspection_id, changes) SELECT id, 1 FROM inspections WHERE is_current")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, _sql in _sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, _sql in reversed(_postgresql_statements()):
            kind, rest = name.split(":", 1)
            if kind == "trigger":
                trigger, table = rest.split("@")
                op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            else:
                op.execute(f"DROP FUNCTION IF EXISTS {rest}()")
    op.drop_table("trs_pending")
    op.drop_index("ix_trs_findings_day", table_name="trs_findings")
    op.drop_index("ix_trs_findings_current_id", table_name="trs_findings")
    op.drop_table("trs_findings")
    op.drop_index("ix_trs_times_day", table_name="trs_times")
    op.drop_index("ix_trs_times_bcp", table_name="trs_times")
    op.drop_index("ix_trs_times_lane", table_name="trs_times")
    op.drop_table("trs_times")
