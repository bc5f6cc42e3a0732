"""The books' invariants over random sequences of what a treasurer does: every entry
balances, the trial balance is zero, receipts stay gap-free, `check` passes, and
replaying the event log into an empty database rebuilds exactly the same state."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TEST_FUND, snapshot
from welfare_desk.db.database import Database
from welfare_desk.db.replay import all_events, replay_into
from welfare_desk.ledger.benefits import ClaimFacts
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import Role
from welfare_desk.ledger.journal import Posting
from welfare_desk.services import books, claims, dues, members
from welfare_desk.services.check import check_database
from welfare_desk.services.funds import add_user, authenticate, create_fund
from welfare_desk.services.reports.books import trial_balance

START = date(2022, 1, 3)

operation = st.one_of(
    st.tuples(st.just("join"), st.integers(0, 400), st.sampled_from(["M30", "Q90", "Y365"])),
    st.tuples(st.just("pay"), st.integers(0, 400), st.integers(1, 9) .map(lambda n: n * 3000)),
    st.tuples(st.just("void"), st.integers(0, 400), st.integers(1, 50)),
    st.tuples(st.just("claim"), st.integers(0, 400), st.integers(1, 5)),
    st.tuples(st.just("transfer"), st.integers(0, 400), st.integers(1, 500).map(lambda n: n * 100)),
    st.tuples(st.just("expense"), st.integers(0, 400), st.integers(1, 900).map(lambda n: n * 100)),
    st.tuples(st.just("status"), st.integers(0, 400), st.integers(1, 50)),
)


def _apply(db: Database, op: tuple[str, int, object]) -> None:
    kind, day, arg = op
    on = START + timedelta(days=day)
    treasurer = authenticate(db, "treasurer", None)
    with db.read() as repos:
        count = repos.members.next_member_no(repos.fund_id()) - 1
    target = (day % count) + 1 if count else 0
    try:
        if kind == "join":
            members.register_member(db, treasurer, members.MemberForm(
                title="นาย", first_name=f"ทดสอบ{day}", last_name="สุขใจ",
                birth_date=date(1950, 1, 1), joined_on=on, village_no=1 + day % 3,
                plan_code=str(arg), entry_fee=2000), today=date(2030, 1, 1))
        elif kind == "pay" and target:
            dues.take_dues(db, treasurer, target, int(str(arg)), on)
        elif kind == "void":
            with db.read() as repos:
                seqs = repos.books.receipt_seqs(repos.fund_id())
            if seqs:
                receipt = repos_receipt(db, seqs[int(str(arg)) % len(seqs)])
                dues.void_receipt(db, treasurer, receipt[0], receipt[1], "ผิด", on)
        elif kind == "claim" and target:
            claim = claims.file_claim(db, treasurer, target, ClaimFacts(
                "sickness", on, on, int(str(arg)), frozenset({"ใบรับรองแพทย์"}), None))
            chair = authenticate(db, "chair", None)
            if claim.assessment["eligible"]:
                claims.decide_claim(db, chair, claim.claim_no, True, "", "1/2565", on)
                claims.pay_claim(db, treasurer, claim.claim_no, on)
        elif kind == "transfer":
            books.transfer(db, treasurer, on, "1101", "1111", int(str(arg)))
        elif kind == "expense":
            amount = int(str(arg))
            books.post_manual_entry(db, treasurer, on, "ค่าใช้จ่าย",
                                    [Posting("5209", amount), Posting("1111", -amount)])
        elif kind == "status" and target:
            from welfare_desk.ledger.members import MemberStatus

            members.change_status(db, treasurer, target, MemberStatus.RESIGNED, on, "ลาออก")
    except UserError:
        pass  # refused operations are part of the sequence: they must change nothing


def repos_receipt(db: Database, seq: int) -> tuple[int, int]:
    with db.read() as repos:
        receipt = repos.books.receipt_by_seq(repos.fund_id(), seq)
    assert receipt is not None
    return receipt.book_no, receipt.number_in_book


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, min_size=5, max_size=25))
def test_invariants_hold_and_the_log_rebuilds_the_state(ops: list[tuple[str, int, object]]) -> None:
    with TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "a.sqlite", create=True)
        create_fund(db, TEST_FUND)
        add_user(db, authenticate(db, "treasurer", None), "chair", "ประธาน", Role.COMMITTEE)
        for op in sorted(ops, key=lambda o: o[1]):
            _apply(db, op)
        assert trial_balance(db).total == 0
        assert check_database(db).ok, check_database(db).sections
        copy = Database.open(Path(tmp) / "b.sqlite", create=True)
        replay_into(copy, all_events(db))
        assert snapshot(copy) == snapshot(db)
        copy.close()
        db.close()
