"""Signatures: user signing keys, signed sections, finalizations and reviews

Each user gets an Ed25519 key pair (``users.public_key``; the private key only
encrypted under the password, ``users.private_key``) with a history of every
key (``user_keys``). ``signatures`` holds section, finalization and review
signatures; sections, reviews and records point at theirs. ``inspections``
gains ``hash_format`` (1: the record hash of before this migration, 2: the
language-independent canonical form) and the audit chain's head at
finalization.

Records finalized before this migration carry no signature. So that this
cannot be claimed later for a record that was edited, the migration lists them
(``legacy_records``, with their record hashes) and writes one audit entry,
chained like any other, with the digest of that list and of every account's
password hash as it is now (an account without a key may get one at its next
log-in only with that very password hash).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
import hashlib
import json
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa

from inspector.store.types import JSONText, UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LOCKED = "('finalized', 'approved', 'returned')"
FROZEN_COLUMNS = (
    "id", "uuid", "revision", "reference", "bcp_code", "direction", "procedure", "risk_lane",
    "declaration_ref", "arrived_at", "released_at", "tractor_plate", "trailer_plate",
    "vehicle_country", "transit_route", "transit_exit_bcp", "transit_deadline", "decision",
    "decision_note", "decision_confirmed_by_id", "decision_confirmed_at", "lead_officer_id",
    "created_by_id", "created_at", "updated_at", "finalized_at", "finalized_by_id", "record_hash",
    "amendment_reason", "amended_by_id",
    # new in this revision
    "hash_format", "finalized_audit_id", "finalized_audit_hash", "finalization_signature_id",
)
GENESIS = "0" * 64
ACTION = "signatures.introduced"


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("private_key", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("account_seal", sa.String(length=128), nullable=True))
    op.create_table(
        "user_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("certified_by", sa.String(length=64), nullable=True),
        sa.Column("statement", sa.Text(), nullable=True),
        sa.Column("certificate", sa.String(length=128), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_keys_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_keys")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_user_keys_fingerprint")),
    )
    with op.batch_alter_table("user_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_keys_user_id"), ["user_id"], unique=False)
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("inspection_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("agency", sa.String(length=32), nullable=True),
        sa.Column("signer_id", sa.Integer(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("audit_hash", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(["signer_id"], ["users.id"], name=op.f("fk_signatures_signer_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatures")),
        sa.UniqueConstraint("value", name=op.f("uq_signatures_value")),
    )
    with op.batch_alter_table("signatures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatures_inspection_uuid"), ["inspection_uuid"], unique=False)
    op.create_table(
        "legacy_records",
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("inspection_id", name=op.f("pk_legacy_records")),
    )
    is_postgresql = op.get_bind().dialect.name == "postgresql"
    if is_postgresql:
        op.execute("DROP TRIGGER IF EXISTS inspections_locked_update ON inspections")
    else:
        op.execute("DROP TRIGGER IF EXISTS inspections_locked_update")
    # Added in place: a batch copy of these tables would drop their triggers.
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hash_format", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("finalized_audit_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("finalized_audit_hash", sa.String(length=64), nullable=True))
    for table, column in (("inspections", "finalization_signature_id"), ("agency_sections", "e_signature_id"),
                          ("reviews", "signature_id")):
        if is_postgresql:
            op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(op.f(f"fk_{table}_{column}_signatures"), table, "signatures", [column], ["id"])
        else:  # SQLite adds a column with a REFERENCES clause in place
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES signatures (id)")
    for sql in (_postgresql_statements() if is_postgresql else _sqlite_statements()):
        op.execute(sql)
    _snapshot()


def downgrade() -> None:
    is_postgresql = op.get_bind().dialect.name == "postgresql"
    if is_postgresql:
        for name, table in (("signatures_append_only", "signatures"), ("user_keys_kept_update", "user_keys"),
                            ("user_keys_kept_delete", "user_keys")):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bcp_signatures_append_only()")
        op.execute("DROP TRIGGER IF EXISTS inspections_locked_update ON inspections")
    else:
        for name in ("signatures_append_only_update", "signatures_append_only_delete",
                     "user_keys_kept_update", "user_keys_kept_delete", "inspections_locked_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table, column in (("reviews", "signature_id"), ("agency_sections", "e_signature_id"),
                          ("inspections", "finalization_signature_id"),
                          ("inspections", "finalized_audit_hash"), ("inspections", "finalized_audit_id"),
                          ("inspections", "hash_format"), ("users", "account_seal"),
                          ("users", "private_key"), ("users", "public_key")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
    op.drop_table("legacy_records")
    op.drop_table("signatures")
    op.drop_table("user_keys")


def _inspections_trigger_condition(distinct: str) -> str:
    changed = " OR ".join(f"NEW.{c} {distinct} OLD.{c}" for c in FROZEN_COLUMNS)
    return (f"OLD.status IN {LOCKED} AND ({changed} "
            f"OR (NEW.status {distinct} OLD.status AND NOT (OLD.status = 'finalized' "
            f"AND NEW.status IN ('approved', 'returned'))) "
            f"OR (NEW.is_current {distinct} OLD.is_current AND NEW.is_current))")


_KEY_COLUMNS = ("user_id", "fingerprint", "public_key", "origin", "created_at", "certified_by", "statement",
                "certificate")


def _sqlite_statements() -> list[str]:
    key_changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _KEY_COLUMNS)
    return [
        f"CREATE TRIGGER inspections_locked_update BEFORE UPDATE ON inspections "
        f"WHEN {_inspections_trigger_condition('IS NOT')} "
        f"BEGIN SELECT RAISE(ABORT, 'a finalized inspection cannot be changed'); END",
        "CREATE TRIGGER signatures_append_only_update BEFORE UPDATE ON signatures "
        "BEGIN SELECT RAISE(ABORT, 'signatures cannot be changed'); END",
        "CREATE TRIGGER signatures_append_only_delete BEFORE DELETE ON signatures "
        "BEGIN SELECT RAISE(ABORT, 'signatures cannot be deleted'); END",
        f"CREATE TRIGGER user_keys_kept_update BEFORE UPDATE ON user_keys "
        f"WHEN {key_changed} OR OLD.retired_at IS NOT NULL "
        f"BEGIN SELECT RAISE(ABORT, 'a user key cannot be changed, only retired'); END",
        "CREATE TRIGGER user_keys_kept_delete BEFORE DELETE ON user_keys "
        "BEGIN SELECT RAISE(ABORT, 'a user key cannot be deleted'); END",
    ]


def _postgresql_statements() -> list[str]:
    key_changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in _KEY_COLUMNS)
    return [
        f"CREATE TRIGGER inspections_locked_update BEFORE UPDATE ON inspections FOR EACH ROW "
        f"WHEN ({_inspections_trigger_condition('IS DISTINCT FROM')}) "
        f"EXECUTE FUNCTION bcp_locked_inspection()",
        "CREATE OR REPLACE FUNCTION bcp_signatures_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'signatures and user keys cannot be changed or deleted'; END $$",
        "CREATE TRIGGER signatures_append_only BEFORE UPDATE OR DELETE ON signatures FOR EACH ROW "
        "EXECUTE FUNCTION bcp_signatures_append_only()",
        f"CREATE TRIGGER user_keys_kept_update BEFORE UPDATE ON user_keys FOR EACH ROW "
        f"WHEN (OLD.retired_at IS NOT NULL OR {key_changed}) "
        f"EXECUTE FUNCTION bcp_signatures_append_only()",
        "CREATE TRIGGER user_keys_kept_delete BEFORE DELETE ON user_keys FOR EACH ROW "
        "EXECUTE FUNCTION bcp_signatures_append_only()",
    ]


# -- the snapshot of what existed before signatures -------------------------------------

_audit = sa.table(
    "audit_log", sa.column("id", sa.Integer), sa.column("at", UTCDateTime), sa.column("user_id", sa.Integer),
    sa.column("username", sa.String), sa.column("action", sa.String), sa.column("entity", sa.String),
    sa.column("entity_id", sa.String), sa.column("inspection_uuid", sa.String), sa.column("old", JSONText),
    sa.column("new", JSONText), sa.column("prev_hash", sa.String), sa.column("hash", sa.String))


def legacy_digest(rows) -> str:
    """SHA-256 of the sorted ``inspection_id:uuid:revision:record_hash:status`` lines
    (``services/integrity.py`` computes the same)."""
    lines = sorted(f"{r[0]}:{r[1]}:{r[2]}:{r[3]}:{r[4]}\n" for r in rows)
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def _snapshot() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        f"SELECT id, uuid, revision, record_hash, status FROM inspections "
        f"WHERE status IN {LOCKED} AND record_hash IS NOT NULL ORDER BY id")).all()
    if rows:
        op.bulk_insert(sa.table("legacy_records", sa.column("inspection_id", sa.Integer),
                                sa.column("uuid", sa.String), sa.column("revision", sa.Integer),
                                sa.column("record_hash", sa.String), sa.column("status", sa.String)),
                       [{"inspection_id": r[0], "uuid": r[1], "revision": r[2], "record_hash": r[3],
                         "status": r[4]} for r in rows])
    # Sections signed (by password re-entry only) before this migration, in records still open.
    sections = sorted(f"{uuid}/{agency}/{signed_at.isoformat()}" for uuid, agency, signed_at in bind.execute(
        sa.text(f"SELECT i.uuid, s.agency, s.signed_at FROM agency_sections s JOIN inspections i "
                f"ON i.id = s.inspection_id WHERE s.signed_at IS NOT NULL AND i.status NOT IN {LOCKED}")
        .columns(sa.column("uuid", sa.String), sa.column("agency", sa.String),
                 sa.column("signed_at", UTCDateTime))))
    accounts = {username: hashlib.sha256(password_hash.encode("utf-8")).hexdigest()
                for username, password_hash in bind.execute(sa.text(
                    "SELECT username, password_hash FROM users WHERE password_hash IS NOT NULL"))}
    users = bind.execute(sa.text("SELECT count(*) FROM users")).scalar()
    if not rows and not users:
        return  # a new database: nothing existed before signatures
    last = bind.execute(sa.text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    entry = {
        "id": (last[0] if last else 0) + 1,
        "at": datetime.now(timezone.utc).replace(microsecond=0),
        "user_id": None, "username": "system", "action": ACTION, "entity": "database", "entity_id": "0004",
        "inspection_uuid": None, "old": None,
        "new": {"legacy_records": len(rows), "legacy_digest": legacy_digest(rows), "accounts": accounts,
                "legacy_sections": sections},
        "prev_hash": last[1] if last else GENESIS,
    }
    entry["hash"] = _entry_hash(entry)
    bind.execute(_audit.insert().values(**entry))


def _entry_hash(entry: dict) -> str:
    """The audit chain's entry hash, as ``services/audit.py`` computes it (frozen here)."""
    payload = {k: entry[k] for k in ("id", "user_id", "username", "action", "entity", "entity_id",
                                     "inspection_uuid", "old", "new", "prev_hash")}
    payload["at"] = entry["at"].isoformat()
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
