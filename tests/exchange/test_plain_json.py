"""The import writes RFC 8785 JSON with json's C encoder for "plain" documents (documents.jcs).

Plain is decided while a document is parsed (verify.load_document): no float that
Python writes with an exponent or a ``.0``, no integer beyond ±(2**53 - 1), every
key ASCII. For any JSON text, when the parse says plain, both writers give the same
text; the documents of a real bundle are mostly plain.
"""

from __future__ import annotations

import json
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.exchange.verify import load_document
from inspector.services.documents import jcs, record_hash

SCALARS = (st.none() | st.booleans() | st.integers(min_value=-2**60, max_value=2**60)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
           | st.sampled_from([0.5, 1.0, 1e-7, 1e21, 123456.789, -0.0, 1e16, 0.000001, "é", "\u2028", "\x00"]))
KEYS = st.text(max_size=6) | st.sampled_from(["a", "b", "é", "\U0001F600", "\ufb01", "A", "_"])
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                      max_leaves=25)


@settings(max_examples=1500, deadline=None)
@given(VALUES)
def test_plain_values_are_written_alike_by_both_writers(value):
    text = json.dumps(value, ensure_ascii=False).encode("utf-8")
    parsed, plain = load_document(text, "records/x/0.json")
    if plain:
        assert jcs(parsed, plain=True) == jcs(parsed)


def test_most_documents_of_a_bundle_are_plain_and_hash_alike(demo_bundle):
    plain = 0
    with zipfile.ZipFile(demo_bundle) as archive:
        names = [n for n in archive.namelist() if n.startswith("records/")]
        for name in names:
            doc, is_plain = load_document(archive.read(name), name)
            plain += is_plain
            assert record_hash(doc, plain=is_plain) == record_hash(doc)
    assert plain > len(names) // 2
