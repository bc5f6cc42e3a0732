"""tools/extract_messages.py: collecting N_/tr messages into the Qt Linguist file."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "extract_messages.py"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_messages", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extract_messages", module)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _messages(ts: Path, context: str = "core") -> dict[str, tuple[str, str | None]]:
    root = ET.parse(ts).getroot()
    found = {}
    for ctx in root.findall("context"):
        if ctx.findtext("name") == context:
            for m in ctx.findall("message"):
                translation = m.find("translation")
                assert translation is not None
                found[m.findtext("source") or ""] = (translation.text or "",
                                                     translation.get("type"))
    return found


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    src = tmp_path / "src" / "welfare_desk"
    (src / "ledger").mkdir(parents=True)
    (src / "ui").mkdir()
    (src / "ledger" / "rules.py").write_text(
        'from x import N_, _\n'
        'A = N_("Alpha")\n'
        'B = _("Beta {n}")\n'
        'def f(ctx, t):\n'
        '    ctx.tr("Gamma", n=1)\n'
        '    tr("Delta" " joined")\n'
        '    t(N_("Epsilon"))\n'
        '    ctx.tr(A)\n'
        '    print("not marked")\n', encoding="utf-8")
    (src / "ui" / "window.py").write_text('tr("Screens too")\n', encoding="utf-8")
    return src


def _run(src: Path, ts: Path, *extra: str) -> int:
    return int(tool.main(["--src", str(src), "--ts", str(ts), *extra]))


def test_the_current_tree_is_fully_translated() -> None:
    assert tool.main(["--check"]) == 0


def test_extracts_marked_literals_only(tree: Path, tmp_path: Path) -> None:
    ts = tmp_path / "th.ts"
    assert _run(tree, ts) == 0
    assert set(_messages(ts)) == {"Alpha", "Beta {n}", "Gamma", "Delta joined", "Epsilon",
                                  "Screens too"}
    assert all(v == ("", "unfinished") for v in _messages(ts).values())
    text = ts.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                           '<TS version="2.1" language="th_TH">')
    assert '<translation type="unfinished"></translation>' in text
    assert '<location filename="../src/welfare_desk/ledger/rules.py"/>' in text


def test_output_is_sorted_and_deterministic(tree: Path, tmp_path: Path) -> None:
    ts = tmp_path / "th.ts"
    _run(tree, ts)
    first = ts.read_bytes()
    _run(tree, ts)
    assert ts.read_bytes() == first
    assert list(_messages(ts)) == sorted(_messages(ts))


def test_merge_keeps_translations_and_marks_vanished(tree: Path, tmp_path: Path) -> None:
    ts = tmp_path / "th.ts"
    _run(tree, ts)
    text = ts.read_text(encoding="utf-8")
    text = text.replace('<source>Alpha</source>\n        <translation type="unfinished">'
                        '</translation>', '<source>Alpha</source>\n        <translation>อัลฟา'
                        '</translation>')
    text = text.replace("</TS>", "<context>\n    <name>MainWindow</name>\n    <message>\n"
                        "        <source>Quit</source>\n        <translation>ออก</translation>\n"
                        "    </message>\n</context>\n</TS>")
    ts.write_text(text, encoding="utf-8")
    rules = tree / "ledger" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8").replace('N_("Alpha")', 'N_("Zeta")')
                     .replace('ctx.tr("Gamma", n=1)', "pass"), encoding="utf-8")
    _run(tree, ts)
    core = _messages(ts)
    assert core["Alpha"] == ("อัลฟา", "vanished")
    assert core["Gamma"] == ("", "vanished")
    assert core["Zeta"] == ("", "unfinished")
    assert _messages(ts, "MainWindow") == {"Quit": ("ออก", None)}
    # Back in the code: the kept translation is live again.
    rules.write_text(rules.read_text(encoding="utf-8").replace('N_("Zeta")', 'N_("Alpha")'),
                     encoding="utf-8")
    _run(tree, ts)
    assert _messages(ts)["Alpha"] == ("อัลฟา", None)


def test_check_lists_untranslated_and_changes_nothing(
        tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ts = tmp_path / "th.ts"
    assert _run(tree, ts, "--check") == 1
    assert not ts.exists()
    err = capsys.readouterr().err
    assert "'Alpha'" in err and "'Beta {n}'" in err


def test_check_flags_lost_placeholders(tree: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    ts = tmp_path / "th.ts"
    _run(tree, ts)
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = "ไทย"  # "Beta {n}" loses its {n}
        del translation.attrib["type"]
    ts.write_text(tool.render(root), encoding="utf-8")
    assert _run(tree, ts, "--check") == 1
    err = capsys.readouterr().err
    assert "placeholders differ: 'Beta {n}'" in err
    assert "untranslated" not in err


def test_f_strings_are_reported_with_file_and_line(
        tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "ledger" / "bad.py").write_text('x = 1\ny = N_(f"Total {x}")\n', encoding="utf-8")
    ts = tmp_path / "th.ts"
    assert _run(tree, ts) == 2
    assert not ts.exists()
    assert "src/welfare_desk/ledger/bad.py:2:" in capsys.readouterr().err


def test_placeholders() -> None:
    assert tool.placeholders("{a} and {b!r:>5} {{literal}}") == {("a", None, ""), ("b", "r", ">5")}
