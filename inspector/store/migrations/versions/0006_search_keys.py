"""Search: plates and document numbers without separators; names of drivers and traders

Officers type a plate as "10xb501" or "10 XB 501" for "10-XB-501", and search
for the declaration reference, a passport number, a driver's name, the
consignor or the consignee. Two kinds of index serve that:

* expression indexes on every identifier, upper-cased with the separators
  ``- / . space`` removed; ``inspector/services/queries.py`` writes the very
  same expression (``search_key``), so the planner uses them;
* on SQLite, full-text indexes (FTS5, ``unicode61`` with diacritics removed:
  case-insensitive in every script, "Aýna" = "ayna") of drivers' names and of
  consignors and consignees, kept in step with their tables by triggers, so
  every way a row arrives (services, exchange, demo clones) is indexed.
  PostgreSQL (head office) searches names with ILIKE instead.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-02
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SEPARATORS = ("-", "/", ".", " ")


def key(column: str) -> str:
    expression = f"upper({column})"
    for separator in SEPARATORS:
        expression = f"replace({expression}, '{separator}', '')"
    return expression


KEY_INDEXES = (
    ("ix_inspections_tractor_plate_key", "inspections", "tractor_plate"),
    ("ix_inspections_trailer_plate_key", "inspections", "trailer_plate"),
    ("ix_inspections_declaration_ref_key", "inspections", "declaration_ref"),
    ("ix_documents_number_key", "documents", "number"),
    ("ix_drivers_passport_number_key", "drivers", "passport_number"),
)

# (full-text table, content table, its text columns)
NAME_INDEXES = (
    ("driver_names", "drivers", ("name_latin", "name_original")),
    ("cargo_parties", "cargo_lines", ("consignor", "consignee")),
)


def _fts_statements(fts: str, table: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id', "
        f"tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    for name, table, column in KEY_INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({key(column)})")
    if op.get_bind().dialect.name == "sqlite":
        for fts, table, columns in NAME_INDEXES:
            for statement in _fts_statements(fts, table, columns):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for fts, _table, _columns in NAME_INDEXES:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    for name, _table, _column in KEY_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
