"""Composition root: ``welfare-desk`` with a command runs the CLI; without one it
opens the desktop app (settings -> database -> sign in -> main window).

The only module that sees every layer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

DESKTOP_OPTIONS = {"--db", "--lang", "--user"}


def _is_desktop(argv: Sequence[str]) -> bool:
    """No command (only the shared options) means the desktop app."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg in DESKTOP_OPTIONS:
            skip_next = True
        elif not any(arg.startswith(f"{o}=") for o in DESKTOP_OPTIONS):
            return False
    return True


def desktop_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="welfare-desk")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--lang", choices=("th", "en"), default=None)
    parser.add_argument("--user", default=None)
    return parser.parse_args(list(argv))


def _zone_window(argv: Sequence[str]) -> argparse.Namespace | None:
    """``zone --db ZONE.db`` with no command after it opens the zone's window."""
    if "zone" not in argv:
        return None
    from welfare_desk.cli.commands_zone import wants_window
    from welfare_desk.cli.main import parse_args

    args = parse_args(argv)
    return args if wants_window(args) else None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not _is_desktop(args):
        zone = _zone_window(args)
        if zone is not None:
            from welfare_desk.ui.zone.start import run_zone_desktop

            lang_given = any(a == "--lang" or a.startswith("--lang=") for a in args)
            return run_zone_desktop(zone.zone_db, zone.zone_url, zone.zone_dir,
                                    zone.lang if lang_given else None)
        from welfare_desk.cli.main import main as cli_main

        return cli_main(args)
    from welfare_desk.ui.start import run_desktop

    options = desktop_args(args)
    return run_desktop(options.db, options.lang, options.user)


if __name__ == "__main__":
    sys.exit(main())
