"""welfare-desk [--db PATH] [--lang th|en] [--user NAME] COMMAND ...

No command opens the desktop app (once it exists); every command works on the
fund's database through the services. Imports are deferred to the command that
needs them, so a quick report starts quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from welfare_desk.i18n.catalog import Translator
from welfare_desk.ledger.errors import UserError, ValidationErrors
from welfare_desk.ledger.text import N_

EXIT_OK, EXIT_FAILED_CHECK, EXIT_USER_ERROR, EXIT_BUG = 0, 1, 2, 70


def _language(argv: Sequence[str]) -> str:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=("th", "en"), default="th")
    known, _ = pre.parse_known_args(argv)
    return str(known.lang)


def build_parser(translator: Translator) -> argparse.ArgumentParser:
    from welfare_desk.cli import (
        commands_admin,
        commands_books,
        commands_members,
        commands_print,
        commands_reports,
        commands_sheets,
        commands_sync,
        commands_zone,
    )

    t = translator.tr
    parser = argparse.ArgumentParser(
        prog="welfare-desk",
        description=t(N_("Welfare Desk: the books of a community welfare fund")))
    parser.add_argument("--db", metavar="PATH", help=t(N_("the fund's database file")))
    parser.add_argument("--lang", choices=("th", "en"), default="th",
                        help=t(N_("language of messages (Thai by default)")))
    parser.add_argument("--user", metavar="NAME", help=t(N_("who is doing this (user name)")))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (commands_admin, commands_members, commands_books, commands_reports,
                   commands_print, commands_sheets, commands_sync, commands_zone):
        module.register(commands, t)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line as the CLI reads it (exits with its usage message when wrong)."""
    from welfare_desk.i18n.catalog import get_translator

    return build_parser(get_translator(_language(argv))).parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    from welfare_desk.cli.context import Context
    from welfare_desk.i18n.catalog import get_translator

    args_list = list(sys.argv[1:] if argv is None else argv)
    translator = get_translator(_language(args_list))
    parser = build_parser(translator)
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    ctx = Context(args)
    try:
        return int(args.handler(ctx) or EXIT_OK)
    except ValidationErrors as exc:
        for error in exc.errors:
            print(translator.translate_error(error), file=sys.stderr)
        return EXIT_USER_ERROR
    except UserError as exc:
        print(translator.translate_error(exc), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the output went to `head` or a closed pager
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # the environment's fault: disk full, no permission ...
        print(translator.tr(N_("The computer refused: {problem}"), problem=str(exc)),
              file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
