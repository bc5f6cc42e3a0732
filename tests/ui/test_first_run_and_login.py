"""First run creates the fund and its treasurer; later starts ask who is signing in."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import Dialogs, type_text
from welfare_desk.db.database import Database
from welfare_desk.services.funds import fund_profile
from welfare_desk.ui.dialogs.first_run import FirstRunWizard, parse_villages
from welfare_desk.ui.dialogs.login import LoginDialog
from welfare_desk.ui.start import open_database


def _fill_fund(wizard: FirstRunWizard) -> None:
    fields = wizard.fund.fields
    type_text(fields["name"], "กองทุนสวัสดิการชุมชนตำบลบ้านใหม่")
    fields["code"].setText("F12345")
    type_text(fields["tambon"], "บ้านใหม่")
    type_text(fields["amphoe"], "เมือง")
    type_text(fields["province"], "ลำพูน")
    wizard.fund.villages.setPlainText("1 บ้านหนองบัว\n2 บ้านโคกสูง")
    type_text(wizard.user.display_name, "นางสมใจ ใจดี")
    wizard.user.password.setText("lamphun1")
    wizard.user.again.setText("lamphun1")


def test_first_run_creates_the_fund_and_the_treasurer(qtbot, tmp_path: Path,
                                                      dialogs: Dialogs) -> None:
    path = tmp_path / "new" / "fund.sqlite"
    assert open_database(path) is None
    wizard = FirstRunWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.validateCurrentPage()  # start page: create a new fund
    wizard.next()
    _fill_fund(wizard)
    assert wizard.validateCurrentPage()
    wizard.next()
    assert wizard.validateCurrentPage(), dialogs.user_errors()
    assert wizard.db is not None
    fund = fund_profile(wizard.db)
    assert fund.name == "กองทุนสวัสดิการชุมชนตำบลบ้านใหม่"
    with wizard.db.read() as repos:
        assert [v.name for v in repos.funds.villages(repos.fund_id())] == [
            "บ้านหนองบัว", "บ้านโคกสูง"]
    wizard.db.close()

    db = open_database(path)
    assert db is not None
    login = LoginDialog(db, fund.name)
    qtbot.addWidget(login)
    login.password.setText("wrong")
    login.try_sign_in()
    assert login.user is None and login.problem.text()
    login.password.setText("lamphun1")
    login.try_sign_in()
    assert login.user is not None and login.user.display_name == "นางสมใจ ใจดี"
    db.close()


def test_mismatched_passwords_create_nothing(qtbot, tmp_path: Path, dialogs: Dialogs) -> None:
    path = tmp_path / "fund.sqlite"
    wizard = FirstRunWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_fund(wizard)
    wizard.next()
    wizard.user.again.setText("different")
    assert not wizard.validateCurrentPage()
    assert dialogs.user_errors() and wizard.db is None
    assert not path.exists()


def test_bad_village_lines_are_explained() -> None:
    import pytest

    from welfare_desk.ledger.errors import UserError

    assert parse_villages("1 บ้านหนองบัว\n\n12 บ้านใหม่") == ((1, "บ้านหนองบัว"), (12, "บ้านใหม่"))
    with pytest.raises(UserError):
        parse_villages("บ้านหนองบัว")


def test_opening_an_existing_file(qtbot, db: Database, tmp_path: Path, dialogs: Dialogs) -> None:
    path = db.path
    db.close()
    wizard = FirstRunWizard(tmp_path / "other.sqlite")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start.open_existing.setChecked(True)
    wizard.start.path.setText(str(path))
    assert wizard.validateCurrentPage()
    assert wizard.db is not None and fund_profile(wizard.db).code == "T0001"
    wizard.db.close()
    Database.open(path).close()  # the fixture closes it again at the end
