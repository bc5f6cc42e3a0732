"""PyInstaller runtime hook (Windows only): the windowed welfare-desk.exe given a
command from a terminal prints to that terminal.

A windowed exe starts with no console (sys.stdout is None), so `welfare-desk.exe
--db F check` typed in cmd.exe would print nothing. Attaching to the parent's
console makes the output appear; cmd.exe still returns to its prompt without
waiting (it never waits for a windowed program), which is why scripts and the
Start-menu "command line" use welfare-desk-cli.exe, a console build of the same
program. Started from the icon there is no parent console and nothing happens.
"""

import sys


def _attach_parent_console() -> None:
    import ctypes

    from welfare_desk.app import _is_desktop

    if _is_desktop(sys.argv[1:]):
        return
    if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        return
    # "CONOUT$" opens as a Unicode console stream (PEP 528): Thai prints as Thai.
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stdin = open("CONIN$", encoding="utf-8", errors="replace")  # noqa: SIM115


if sys.platform == "win32" and sys.stdout is None:
    _attach_parent_console()
