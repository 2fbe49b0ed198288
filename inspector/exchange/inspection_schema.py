"""The JSON Schema of ``bcp-inspection/1``, as shipped in ``docs/bcp-inspection-1.schema.json``.

The package carries its own copy so that a wheel or a frozen build can check
documents without the ``docs`` folder; ``tests/exchange/test_schema.py``
keeps the two identical.
"""

from __future__ import annotations

import json
import logging

log = logging.getLogger(__name__)

SCHEMA_JSON = r"""{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://bcp-inspector.example/schemas/bcp-inspection-1.schema.json",
  "title": "BCP Inspector joint inspection record, format bcp-inspection/1",
  "description": "One revision of a joint inspection. See docs/bcp-inspection-format.md.",
  "type": "object",
  "required": ["format", "uuid", "revision", "reference", "bcp", "direction", "procedure", "status",
               "arrived_at", "released_at", "vehicle", "drivers", "documents", "cargo", "seals",
               "agencies", "decision", "review", "attachments"],
  "additionalProperties": false,
  "properties": {
    "format": {"const": "bcp-inspection/1"},
    "uuid": {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},
    "revision": {"type": "integer", "minimum": 0},
    "reference": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}-([A-Z][A-Z0-9]?-)?[0-9]{6}$"},
    "bcp": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "direction": {"enum": ["entry", "exit", "transit"]},
    "procedure": {"enum": ["import", "export", "tir_transit", "national_transit"]},
    "risk_lane": {"enum": ["green", "yellow", "red", "blue", null]},
    "declaration_ref": {"type": ["string", "null"], "maxLength": 64},
    "status": {"enum": ["draft", "in_progress", "completed", "finalized", "approved", "returned"]},
    "arrived_at": {"$ref": "#/$defs/timestamp_or_null"},
    "released_at": {"$ref": "#/$defs/timestamp_or_null"},
    "vehicle": {
      "type": "object",
      "additionalProperties": false,
      "required": ["tractor_plate", "trailer_plate", "country"],
      "properties": {
        "tractor_plate": {"$ref": "#/$defs/plate"},
        "trailer_plate": {"$ref": "#/$defs/plate"},
        "country": {"$ref": "#/$defs/country_or_null"}
      }
    },
    "drivers": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["name_latin", "name_original", "passport_number", "nationality"],
        "properties": {
          "name_latin": {"type": "string", "minLength": 1, "maxLength": 200},
          "name_original": {"type": ["string", "null"], "maxLength": 200},
          "passport_number": {"type": ["string", "null"], "maxLength": 32},
          "nationality": {"$ref": "#/$defs/country_or_null"}
        }
      }
    },
    "documents": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["type", "number", "issuer", "date"],
        "properties": {
          "type": {"enum": ["cmr", "tir_carnet", "transit_declaration", "invoice", "packing_list",
                            "veterinary_certificate", "phytosanitary_certificate", "health_certificate",
                            "other"]},
          "number": {"type": "string", "minLength": 1, "maxLength": 64},
          "issuer": {"type": ["string", "null"], "maxLength": 200},
          "date": {"oneOf": [{"type": "string", "format": "date", "pattern": "^(19[0-9]{2}|20[0-9]{2}|2100)-"},
                             {"type": "null"}]}
        }
      }
    },
    "cargo": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["description", "hs_code", "packages", "gross_mass_kg", "origin_country", "consignor",
                     "consignee"],
        "properties": {
          "description": {"type": "string", "minLength": 1, "maxLength": 500},
          "hs_code": {"type": "string", "pattern": "^[0-9]{4,10}$"},
          "packages": {"type": ["integer", "null"], "minimum": 1},
          "gross_mass_kg": {"type": ["number", "null"], "exclusiveMinimum": 0, "maximum": 100000},
          "origin_country": {"$ref": "#/$defs/country_or_null"},
          "consignor": {"type": ["string", "null"], "maxLength": 200},
          "consignee": {"type": ["string", "null"], "maxLength": 200}
        }
      }
    },
    "seals": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["number", "status", "new_number", "affixed_by"],
        "properties": {
          "number": {"type": "string", "minLength": 1, "maxLength": 64},
          "status": {"enum": ["intact", "broken", "missing", "replaced"]},
          "new_number": {"type": ["string", "null"], "maxLength": 64},
          "affixed_by": {"type": ["string", "null"], "maxLength": 200}
        }
      }
    },
    "transit": {
      "oneOf": [
        {"type": "null"},
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["route", "exit_bcp", "deadline"],
          "properties": {
            "route": {"type": ["string", "null"], "maxLength": 200},
            "exit_bcp": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
            "deadline": {"$ref": "#/$defs/timestamp_or_null"}
          }
        }
      ]
    },
    "agencies": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["agency", "checklist", "officer", "answers", "decision", "remarks", "signed_at"],
        "properties": {
          "agency": {"$ref": "#/$defs/agency"},
          "checklist": {
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "version"],
            "properties": {
              "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
              "version": {"type": "string"},
              "sha256": {"$ref": "#/$defs/sha256"}
            }
          },
          "officer": {"$ref": "#/$defs/user_or_null"},
          "started_at": {"$ref": "#/$defs/timestamp_or_null"},
          "finished_at": {"$ref": "#/$defs/timestamp_or_null"},
          "answers": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": ["item", "value", "note", "photos"],
              "properties": {
                "item": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                "value": {"type": ["string", "number", "array", "null"], "items": {"type": "string"}},
                "note": {"type": ["string", "null"]},
                "photos": {"type": "array", "items": {"$ref": "#/$defs/sha256"}}
              }
            }
          },
          "decision": {"oneOf": [{"$ref": "#/$defs/decision"}, {"type": "null"}]},
          "remarks": {"type": ["string", "null"]},
          "signed_at": {"$ref": "#/$defs/timestamp_or_null"},
          "signed_by": {"$ref": "#/$defs/user_or_null"},
          "drawn_signature": {"oneOf": [{"$ref": "#/$defs/sha256"}, {"type": "null"}]},
          "signature": {"oneOf": [{"$ref": "#/$defs/e_signature"}, {"$ref": "#/$defs/sha256"}, {"type": "null"}]},
          "returned_comment": {"type": ["string", "null"]}
        }
      }
    },
    "decision": {
      "oneOf": [
        {"type": "null"},
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["value", "note", "confirmed_by", "confirmed_at"],
          "properties": {
            "value": {"$ref": "#/$defs/decision"},
            "note": {"type": ["string", "null"]},
            "confirmed_by": {"$ref": "#/$defs/user_or_null"},
            "confirmed_at": {"$ref": "#/$defs/timestamp_or_null"}
          }
        }
      ]
    },
    "lead_officer": {"$ref": "#/$defs/user_or_null"},
    "created_at": {"$ref": "#/$defs/timestamp_or_null"},
    "created_by": {"$ref": "#/$defs/user_or_null"},
    "finalized_at": {"$ref": "#/$defs/timestamp_or_null"},
    "finalized_by": {"$ref": "#/$defs/user_or_null"},
    "amendment": {
      "oneOf": [
        {"type": "null"},
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["number", "reason", "by"],
          "properties": {
            "number": {"type": "integer", "minimum": 1},
            "reason": {"type": ["string", "null"]},
            "by": {"$ref": "#/$defs/user_or_null"}
          }
        }
      ]
    },
    "review": {
      "oneOf": [
        {"type": "null"},
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["outcome", "reviewer", "reviewed_at", "comment", "agencies", "remarks"],
          "properties": {
            "outcome": {"enum": ["approved", "returned"]},
            "reviewer": {"$ref": "#/$defs/user_or_null"},
            "reviewed_at": {"$ref": "#/$defs/timestamp_or_null"},
            "comment": {"type": ["string", "null"]},
            "agencies": {"type": "array", "items": {"$ref": "#/$defs/agency"}},
            "signature": {"oneOf": [{"$ref": "#/$defs/e_signature"}, {"type": "null"}]},
            "remarks": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["agency", "item", "remark"],
                "properties": {
                  "agency": {"$ref": "#/$defs/agency"},
                  "item": {"type": ["string", "null"]},
                  "remark": {"type": "string"}
                }
              }
            }
          }
        }
      ]
    },
    "attachments": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["sha256", "filename", "media_type", "size", "caption", "agency"],
        "properties": {
          "sha256": {"$ref": "#/$defs/sha256"},
          "filename": {"type": "string", "minLength": 1, "maxLength": 255},
          "media_type": {"enum": ["image/jpeg", "image/png", "application/pdf"]},
          "size": {"type": "integer", "minimum": 1},
          "caption": {"type": ["string", "null"], "maxLength": 500},
          "agency": {"oneOf": [{"$ref": "#/$defs/agency"}, {"type": "null"}]}
        }
      }
    },
    "record_hash": {"oneOf": [{"$ref": "#/$defs/sha256"}, {"type": "null"}]},
    "hash_format": {"enum": [1, 2]},
    "checkpoint": {
      "oneOf": [
        {"type": "null"},
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "hash"],
          "properties": {"id": {"type": "integer", "minimum": 0}, "hash": {"$ref": "#/$defs/sha256"}}
        }
      ]
    },
    "finalization": {"oneOf": [{"$ref": "#/$defs/e_signature"}, {"type": "null"}]}
  },
  "$defs": {
    "e_signature": {
      "type": "object",
      "additionalProperties": false,
      "required": ["algorithm", "key_fingerprint", "signed_by", "signed_at", "sha256", "checkpoint", "value"],
      "properties": {
        "algorithm": {"const": "ed25519"},
        "key_fingerprint": {"$ref": "#/$defs/sha256"},
        "signed_by": {"$ref": "#/$defs/user"},
        "signed_at": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$"},
        "sha256": {"$ref": "#/$defs/sha256"},
        "checkpoint": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "hash"],
          "properties": {"id": {"type": "integer", "minimum": 0}, "hash": {"$ref": "#/$defs/sha256"}}
        },
        "value": {"type": "string", "pattern": "^[A-Za-z0-9+/]{86}==$"}
      }
    },
    "timestamp_or_null": {
      "oneOf": [
        {"type": "string", "pattern": "^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$"},
        {"type": "null"}
      ]
    },
    "plate": {"type": ["string", "null"], "pattern": "^[A-Z0-9](?:[A-Z0-9 -]{0,13}[A-Z0-9])?$"},
    "country_or_null": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    "agency": {"enum": ["customs", "veterinary", "phytosanitary", "sanitary_epidemiological"]},
    "decision": {"enum": ["release", "release_conditional", "treatment_required", "hold_for_lab", "detain",
                          "return_to_origin", "refuse_entry", "destroy"]},
    "user_or_null": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/user"}]},
    "user": {
      "type": "object",
      "additionalProperties": false,
      "required": ["username", "full_name"],
      "properties": {
        "username": {"type": "string"},
        "full_name": {"type": "string"},
        "badge_number": {"type": ["string", "null"]},
        "agency": {"oneOf": [{"$ref": "#/$defs/agency"}, {"type": "null"}]},
        "role": {"enum": ["officer", "supervisor", "admin"]}
      }
    }
  }
}
"""

SCHEMA: dict = json.loads(SCHEMA_JSON)
