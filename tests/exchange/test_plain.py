"""Export and sync read revisions as plain rows (inspector/exchange/plain.py), not as ORM graphs.

The document of a plain revision must be the document of the ORM row, field for
field, for every revision of the demo (every status, reviews, signatures,
amendments, files): otherwise an export would change what a record says.
"""

from __future__ import annotations

from sqlalchemy import select

from inspector.exchange.export import revisions_of
from inspector.exchange.plain import Loader
from inspector.services.documents import to_document
from inspector.store.database import Database
from inspector.store.models import JointInspection


def test_plain_revisions_give_the_documents_of_the_orm_rows(demo_path):
    db = Database(demo_path)
    try:
        with db.read_session() as session:
            uuids = sorted(set(session.scalars(select(JointInspection.uuid))))
            loader = Loader(session)
            compared = set()
            for start in range(0, len(uuids), 7):
                page = uuids[start:start + 7]
                orm = [(to_document(r), r.updated_at, r.uuid, r.reference) for r in revisions_of(session, page)]
                session.expunge_all()
                plain = [(to_document(r), r.updated_at, r.uuid, r.reference) for r in loader.revisions(page)]
                assert plain == orm
                compared.update(d["status"] for d, *_ in plain)
                compared.update("signed" for d, *_ in plain if d["finalization"])
                compared.update("reviewed" for d, *_ in plain if d["review"])
                compared.update("amended" for d, *_ in plain if d["amendment"])
                compared.update("files" for d, *_ in plain if d["attachments"])
    finally:
        db.dispose()
    assert {"draft", "finalized", "approved", "signed", "reviewed", "amended", "files"} <= compared, compared
