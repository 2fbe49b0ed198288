"""``inspector [--db PATH] [--lang L] [COMMAND]`` — with no command, the app.

Exit codes: 0 success, 1 refused or failed (one clear message on stderr, never
a traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from inspector import __version__, logs
from inspector.domain.errors import DomainError
from inspector.domain.i18n import languages, set_language, tr

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a one-line message on usage errors."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {tr('cli.usage_error')}: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _add_global_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    """The options every command takes: --db, --lang, --user, --recovery-sheet."""
    parser.add_argument("--db", metavar="PATH", default=default, help=tr("cli.help_db"))
    parser.add_argument("--lang", choices=languages(), default=default, help=tr("cli.help_lang"))
    parser.add_argument("--user", metavar="NAME", default=default, help=tr("cli.help_user"))
    parser.add_argument("--recovery-sheet", metavar="FILE.pdf", default=default, help=tr("crypt.help_sheet"))


class _CommandParser(_Parser):
    """A command's parser: the global options are taken after the command too.

    ``inspector keys list --user chief`` means what ``inspector --user chief keys
    list`` does. Their default is "not given" (SUPPRESS), so an option given
    before the command is not reset by the command's parser.
    """

    def __init__(self, *args, **kwargs) -> None:
        # a command's own option of the same name (report --lang: the report's language) wins
        kwargs.setdefault("conflict_handler", "resolve")
        super().__init__(*args, **kwargs)
        _add_global_options(self, argparse.SUPPRESS)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``command``, only that command's if its
    module is named after it (``report``): a command that runs needs no other's
    parser (importing and building them all costs about 20 ms)."""
    parser = _Parser(prog="inspector", description=tr("cli.description"))
    _add_global_options(parser)
    parser.add_argument("--version", action="version", version=f"BCP Inspector {__version__}")
    parser.add_argument("--smoke-test", action="store_true", help=tr("cli.help_smoke"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    modules = command_modules(command)
    for module in modules:
        module.register(sub)
    if command is not None and command not in sub.choices:
        return build_parser()
    return parser


def command_modules(command: str | None = None) -> list:
    """Every module of this package with a ``register(subparsers)`` function
    (or only the one named ``command``, if there is one).

    Each area (core commands, reports, exchange, maintenance …) keeps its
    commands in its own module; ``commands`` comes first.
    """
    import importlib
    import pkgutil

    import inspector.cli as package

    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name != "main")
    names.sort(key=lambda name: name != "commands")
    if command in names:
        names = [command]
    modules = [importlib.import_module(f"inspector.cli.{name}") for name in names]
    return [m for m in modules if callable(getattr(m, "register", None))]


_VALUED_OPTIONS = ("--db", "--lang", "--user", "--recovery-sheet")  # the global options that take a value


def _command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names (its first word that is neither an option nor an option's value);
    None when help is asked for first (it lists every command)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return None
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return None if arg == "--" else arg
    return None


def _language(argv: Sequence[str]) -> str | None:
    for n, arg in enumerate(argv):
        if arg == "--lang" and n + 1 < len(argv):
            return argv[n + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


# Parameters that never carry a name, passport or plate; others (what was typed) stay out of the log.
_LOGGABLE_PARAMS = {"path", "file", "db", "revision", "count", "version", "minutes", "min", "max", "field",
                    "reason", "keys", "folder", "backup"}


def _loggable(exc: DomainError) -> str:
    """A refusal for the log file: its catalogue key and the parameters that are not personal data."""
    params = {k: v for k, v in exc.params.items() if k in _LOGGABLE_PARAMS}
    return f"{exc.key} {params}" if params else exc.key


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _language(argv)
    set_language(lang if lang in languages() else "en")
    logs.setup()
    parser = build_parser(_command(argv))
    args = parser.parse_args(argv)
    if args.smoke_test:
        from inspector import smoke

        return smoke.run()
    if args.command is None:
        from inspector.cli.commands import start_app

        return start_app(args)
    from inspector.cli.commands import close_databases

    try:
        return int(args.handler(args) or EXIT_OK)
    except DomainError as exc:
        log.info("refused: %s", _loggable(exc))
        sys.stderr.write(exc.message() + "\n")
        return EXIT_FAILED
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write(tr("cli.interrupted") + "\n")
        return EXIT_FAILED
    except Exception:  # the last line of defence: log it, never show a traceback
        log.exception("unexpected error in %s", args.command)
        sys.stderr.write(tr("cli.unexpected", path=str(logs.log_path())) + "\n")
        return EXIT_FAILED
    finally:
        close_databases(args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
