"""Building the command line must not load the heavy libraries (issue 17).

Every ``inspector`` command pays for its parser: SQLAlchemy, ReportLab,
PySide6, cryptography, YAML … are imported by the handler that needs them,
never by the parser. Checked in a fresh interpreter's ``sys.modules``, not with
a clock: a timed unit test only measures the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6", "shiboken6", "cryptography", "yaml", "PIL",
         "pypdfium2", "openpyxl", "argon2", "uharfbuzz", "bidi", "psycopg",
         "inspector.store", "inspector.services", "inspector.reports", "inspector.exchange",
         "inspector.checklists", "inspector.ui", "inspector.demo")

CHILD = r"""
import contextlib, io, json, sys
HEAVY = tuple(json.loads(sys.argv[1]))

def heavy():
    return sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in HEAVY))

from inspector.cli.main import build_parser, main
parser = build_parser()
commands = {"": heavy()}
sub = next(a for a in parser._actions if a.dest == "command")
for name, command in sub.choices.items():
    nested = next((a for a in command._actions if a.dest == "action"), None)
    for action in [None, *(nested.choices if nested else ())]:
        argv = [name] + ([action] if action else []) + ["--help"]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            main(argv)
        commands[" ".join(argv)] = heavy()
print(json.dumps(commands))
"""


def _imported_by_each_command() -> dict[str, list[str]]:
    result = subprocess.run([sys.executable, "-c", CHILD, json.dumps(HEAVY)], capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_command_parser_or_help_imports_a_heavy_module() -> None:
    commands = _imported_by_each_command()
    # every command is there (a sub-command list that went missing would pass vacuously)
    for name in ("checklists list --help", "users add --help", "demo --help", "check --help",
                 "report --help", "export --help", "import --help", "backup --help"):
        assert name in commands
    loaded = {argv: modules for argv, modules in commands.items() if modules}
    assert loaded == {}


def test_a_command_still_finds_its_libraries_when_it_runs(tmp_path, capsys) -> None:
    """The handlers import what they need themselves: a real command works."""
    from inspector.cli.main import main

    assert main(["checklists", "list"]) == 0
    assert "veterinary" in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "x.db"), "inspections", "list"]) == 0
