#!/usr/bin/env python3
"""Collects our translatable messages into translations/welfare_desk_th.ts.

Finds ``N_("...")``, ``tr("...")``, ``x.tr("...")`` and ``_("...")`` in
src/welfare_desk (the desktop screens included: ui/ calls ``tr`` too) and merges them
into the context "core" of the Qt Linguist file: translations are kept, new
messages come in as unfinished, messages gone from the code are marked
vanished (Qt's convention). Other contexts are left as they are.

    tools/extract_messages.py          # update the .ts file
    tools/extract_messages.py --check  # exit 1 if anything is untranslated

Only the standard library: it runs before the package is installed.
"""

from __future__ import annotations

import argparse
import ast
import string
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "welfare_desk"
TS_FILE = ROOT / "translations" / "welfare_desk_th.ts"
CONTEXT = "core"
LANGUAGE = "th_TH"
SKIPPED_DIRS: tuple[str, ...] = ()
MARKERS = frozenset({"N_", "_", "tr"})
INDENT = "    "


@dataclass
class Extracted:
    messages: dict[str, set[str]] = field(default_factory=dict)  # source -> files
    errors: list[str] = field(default_factory=list)


def _marker_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name) and func.id in MARKERS:
        return func.id
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return func.attr
    return None


def extract_file(path: Path, relative: str, found: Extracted) -> None:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as exc:
        found.errors.append(f"{relative}:{exc.lineno}: cannot parse: {exc.msg}")
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _marker_name(node.func)
        if name is None:
            continue
        first = node.args[0]
        if isinstance(first, ast.JoinedStr):
            found.errors.append(
                f"{relative}:{first.lineno}: {name}() of an f-string cannot be translated; "
                f"write {name}(\"... {{name}}\") and pass name=... as a parameter")
        elif isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.messages.setdefault(first.value, set()).add(relative)


def extract(src: Path = SRC) -> Extracted:
    found = Extracted()
    for path in sorted(src.rglob("*.py")):
        parts = path.relative_to(src).parts
        if parts[0] in SKIPPED_DIRS:
            continue
        relative = path.relative_to(src.parents[1]).as_posix()
        extract_file(path, relative, found)
    return found


def placeholders(text: str) -> set[tuple[str, str | None, str | None]]:
    """The ``{name!conv:spec}`` fields of a str.format template."""
    return {(name, conv, spec) for _lit, name, spec, conv in string.Formatter().parse(text)
            if name is not None}


def _new_message(source: str, files: Iterable[str]) -> ET.Element:
    message = ET.Element("message")
    for file in sorted(files):
        ET.SubElement(message, "location", filename=f"../{file}")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "translation", type="unfinished")
    return message


def _read_or_new(ts_file: Path) -> ET.Element:
    if ts_file.exists():
        return ET.parse(ts_file).getroot()
    return ET.Element("TS", version="2.1", language=LANGUAGE)


def merge(root: ET.Element, found: dict[str, set[str]]) -> ET.Element:
    """A new TS root: "core" rebuilt from ``found``, every other context as it was."""
    old_core = [c for c in root.findall("context") if c.findtext("name") == CONTEXT]
    existing: dict[str, ET.Element] = {}
    for context in old_core:
        for message in context.findall("message"):
            existing.setdefault(message.findtext("source") or "", message)
    core = ET.Element("context")
    ET.SubElement(core, "name").text = CONTEXT
    for source in sorted(set(found) | set(existing)):
        message = _new_message(source, found.get(source, ()))
        translation = message.find("translation")
        assert translation is not None
        old = existing.get(source)
        old_translation = old.find("translation") if old is not None else None
        if old_translation is not None:
            translation.text = old_translation.text
            kind = old_translation.get("type")
            if old_translation.text and kind in (None, "vanished", "obsolete"):
                del translation.attrib["type"]  # back in the code: finished again
        if source not in found:
            translation.set("type", "vanished")
        core.append(message)
    new_root = ET.Element("TS", dict(root.attrib))
    new_root.attrib.setdefault("version", "2.1")
    new_root.attrib.setdefault("language", LANGUAGE)
    contexts = [c for c in root.findall("context") if c.findtext("name") != CONTEXT]
    contexts.append(core)
    new_root.extend(sorted(contexts, key=lambda c: c.findtext("name") or ""))
    return new_root


def _attrs(element: ET.Element) -> str:
    return "".join(f" {k}={quoteattr(v)}" for k, v in element.attrib.items())


def _write_element(element: ET.Element, depth: int, out: list[str]) -> None:
    pad = INDENT * max(depth, 0)
    if len(element):
        out.append(f"{pad}<{element.tag}{_attrs(element)}>")
        for child in element:
            _write_element(child, depth + 1, out)
        out.append(f"{pad}</{element.tag}>")
    elif element.tag == "location":
        out.append(f"{pad}<{element.tag}{_attrs(element)}/>")
    else:
        text = escape(element.text or "", {'"': "&quot;"})
        out.append(f"{pad}<{element.tag}{_attrs(element)}>{text}</{element.tag}>")


def render(root: ET.Element) -> str:
    """Deterministic XML in the layout Qt's lupdate writes."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    _write_element(root, -1, out)
    return "\n".join(out) + "\n"


def problems(root: ET.Element) -> list[str]:
    """Unfinished messages and translations whose placeholders differ from the source."""
    found: list[str] = []
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = translation.text if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not text:
                found.append(f"[{name}] untranslated: {source!r}")
            elif placeholders(text) != placeholders(source):
                found.append(f"[{name}] placeholders differ: {source!r} -> {text!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a message is untranslated")
    parser.add_argument("--src", type=Path, default=SRC, help="the package to read")
    parser.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file to update")
    args = parser.parse_args(argv)
    found = extract(args.src)
    for error in found.errors:
        print(error, file=sys.stderr)
    if found.errors:
        return 2
    merged = merge(_read_or_new(args.ts), found.messages)
    if args.check:
        issues = problems(merged)
        for issue in issues:
            print(issue, file=sys.stderr)
        if issues:
            print(f"{len(issues)} message(s) need a translation in {args.ts}; run "
                  "tools/extract_messages.py and translate them", file=sys.stderr)
        return 1 if issues else 0
    text = render(merged)
    if not args.ts.exists() or args.ts.read_text(encoding="utf-8") != text:
        args.ts.parent.mkdir(parents=True, exist_ok=True)
        args.ts.write_text(text, encoding="utf-8")
    unfinished = sum(1 for p in problems(merged) if "untranslated" in p)
    print(f"{len(found.messages)} messages in the code; {unfinished} to translate in {args.ts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
