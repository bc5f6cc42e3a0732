"""The Thai catalogue: the .ts file itself, and looking messages up in it."""

from __future__ import annotations

import string
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from welfare_desk.i18n.catalog import Translator, find_ts_file, get_translator, load_ts
from welfare_desk.ledger.errors import UserError, ValidationErrors
from welfare_desk.ledger.money import parse_baht

REPO_TS = Path(__file__).resolve().parents[2] / "translations" / "welfare_desk_th.ts"


def _fields(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted({(name, conv, spec) for _lit, name, spec, conv
                   in string.Formatter().parse(text) if name is not None})


def write_ts(path: Path, contexts: dict[str, list[tuple[str, str, str | None]]]) -> Path:
    """contexts: name -> [(source, translation, type)]."""
    root = ET.Element("TS", version="2.1", language="th_TH")
    for name, messages in contexts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, translation, kind in messages:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            element = ET.SubElement(message, "translation")
            element.text = translation
            if kind:
                element.set("type", kind)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode"), encoding="utf-8")
    return path


def test_repo_ts_file_parses_as_qt_linguist() -> None:
    text = REPO_TS.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    root = ET.fromstring(text)
    assert root.tag == "TS"
    assert root.get("version") == "2.1" and root.get("language") == "th_TH"
    names = [c.findtext("name") for c in root.findall("context")]
    assert "core" in names
    for message in root.iter("message"):
        assert message.findtext("source")
        assert message.find("translation") is not None
    assert len(load_ts(REPO_TS)) > 200


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    root = ET.parse(REPO_TS).getroot()
    wrong = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and _fields(translation) != _fields(source):
            wrong.append((source, translation))
    assert wrong == []


def test_found_in_the_checkout() -> None:
    assert find_ts_file("th") == REPO_TS
    assert find_ts_file("xx") is None


def test_thai_and_english() -> None:
    th, en = get_translator("th"), get_translator("en")
    assert th.tr("Total") == "รวม"
    assert en.tr("Total") == "Total"
    assert th.tr("Claim {number} is already paid", number=7) == "คำร้องเลขที่ 7 จ่ายเงินไปแล้ว"
    assert en.tr("Claim {number} is already paid", number=7) == "Claim 7 is already paid"


def test_unknown_text_falls_back_to_the_english_source() -> None:
    assert get_translator("th").tr("Not in the catalogue {x}", x=1) == "Not in the catalogue 1"
    assert Translator("xx").tr("Total") == "Total"


def test_text_can_be_a_placeholder_name() -> None:
    th = get_translator("th")
    assert th.tr("'{text}' is not a member number", text="ก") == "'ก' ไม่ใช่เลขที่สมาชิก"


def test_params_that_are_marked_words_are_translated_too() -> None:
    th = get_translator("th")
    shown = th.tr("Member {no} is now {status}", no=3, status="active")
    assert shown == "สมาชิกเลขที่ 3 เปลี่ยนเป็นสถานะ ปกติ แล้ว"
    assert th.tr("Member {no} is now {status}", no=3, status="สมศรี") == (
        "สมาชิกเลขที่ 3 เปลี่ยนเป็นสถานะ สมศรี แล้ว")


def test_translate_error() -> None:
    th = get_translator("th")
    with pytest.raises(UserError) as caught:
        parse_baht("abc")
    assert th.translate_error(caught.value) == "'abc' ไม่ใช่จำนวนเงินบาท"
    assert get_translator("en").translate_error(caught.value) == "'abc' is not an amount of baht"
    several = ValidationErrors([caught.value, UserError("A date is needed")])
    assert th.translate_error(several) == "'abc' ไม่ใช่จำนวนเงินบาท\nต้องระบุวันที่"


def test_error_params_named_context_do_not_clash() -> None:
    err = UserError("In {context}: {text}", context="x", text="y")
    assert get_translator("th").translate_error(err) == "In x: y"


def test_unfinished_obsolete_and_empty_are_missing(tmp_path: Path) -> None:
    path = write_ts(tmp_path / "t.ts", {"core": [
        ("Done", "เสร็จ", None), ("Draft", "ร่าง", "unfinished"), ("Old", "เก่า", "obsolete"),
        ("Gone", "หายไป", "vanished"), ("Empty", "", None),
    ]})
    t = Translator("th", ts_path=path)
    assert [t.tr(s) for s in ("Done", "Draft", "Old", "Gone", "Empty")] == [
        "เสร็จ", "Draft", "Old", "หายไป", "Empty"]


def test_contexts(tmp_path: Path) -> None:
    path = write_ts(tmp_path / "t.ts", {
        "core": [("Open", "เปิด", None)],
        "MainWindow": [("Open", "เปิดไฟล์", None), ("Quit", "ออก", None)],
    })
    t = Translator("th", ts_path=path)
    assert t.tr("Open") == "เปิด"
    assert t.tr("Open", "MainWindow") == "เปิดไฟล์"
    assert t.tr("Open", "Other") == "เปิด"
    assert t.tr("Quit") == "ออก"


def test_a_broken_translation_shows_the_english(tmp_path: Path) -> None:
    path = write_ts(tmp_path / "t.ts", {"core": [("Hello {name}", "สวัสดี {nme}", None)]})
    assert Translator("th", ts_path=path).tr("Hello {name}", name="A") == "Hello A"


def test_loading_is_lazy_and_cached(tmp_path: Path) -> None:
    Translator("th", ts_path=tmp_path / "missing.ts")  # nothing read yet
    assert get_translator("th") is get_translator("th")


def test_loading_two_thousand_messages_is_fast(tmp_path: Path) -> None:
    messages = [(f"Message number {i} about {{thing}} and more words", f"ข้อความที่ {i} {{thing}}",
                 None) for i in range(2000)]
    path = write_ts(tmp_path / "big.ts", {"core": messages})
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        t = Translator("th", ts_path=path)
        assert t.tr("Message number 1999 about {thing} and more words", thing="x") == \
            "ข้อความที่ 1999 x"
        best = min(best, time.perf_counter() - start)
    assert best < 0.020
