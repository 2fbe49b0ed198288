"""Writing a checklist mapping as YAML that our reader gives back unchanged.

PyYAML's emitter decides quoting by YAML 1.1 rules, while our reader
(:mod:`source`) reads plain scalars by YAML 1.2 rules: ``1e5`` is plain to the
former and a number to the latter. Every string that our reader would not
read back as that same string is therefore quoted explicitly.
"""

from __future__ import annotations

import yaml

from inspector.checklists.source import _FLOAT, _INT

_SPECIAL = {"", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"}


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml's emitter when present
    pass


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    plain_differs = value in _SPECIAL or bool(_INT.match(value)) or bool(_FLOAT.match(value))
    style = '"' if plain_differs or value != value.strip() else None
    if "\n" in value and style is None:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _string)


def dump_yaml(data: dict, origin: str) -> str:
    """``data`` as a commented ``bcp-checklist/1`` file."""
    header = (f"# Converted from the workbook {origin} by `inspector checklists import`.\n"
              "# Format: docs/checklist-format.md (bcp-checklist/1).\n")
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     width=110, indent=2)
    return header + body
