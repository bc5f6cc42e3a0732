"""The default Thai chart of accounts, shaped like CODI's financial-position report.

Codes are fixed across funds so the zone can add funds' books line by line:
1xxx assets (cash 1101, bank 111x, investments 12xx), 2xxx liabilities,
3xxx fund capital, 4xxx receipts by source, 5xxx benefits by type (51xx),
administration (52xx) and other expenses (53xx).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_


class AccountType(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"


# The top-level names other accounting tools (hledger, ledger-cli) expect.
LEDGER_ROOTS: dict[AccountType, str] = {
    AccountType.ASSET: "assets",
    AccountType.LIABILITY: "liabilities",
    AccountType.EQUITY: "equity",
    AccountType.INCOME: "income",
    AccountType.EXPENSE: "expenses",
}


class AccountRole(StrEnum):
    """What an account is for, beyond its type: the books and reports look for these."""

    CASH = "cash"
    BANK = "bank"
    INVESTMENT = "investment"
    RECEIVABLE = "receivable"
    PAYABLE = "payable"
    CAPITAL = "capital"
    SURPLUS = "surplus"
    DUES = "dues"
    ENTRY_FEE = "entry_fee"
    GRANT = "grant"
    OTHER_INCOME = "other_income"
    BENEFIT = "benefit"
    ADMIN = "admin"
    OTHER_EXPENSE = "other_expense"


@dataclass(frozen=True)
class Account:
    code: str
    name_th: str
    name_en: str
    type: AccountType
    role: AccountRole


CASH = "1101"
FIRST_BANK = "1111"
DUES = "4101"
ENTRY_FEE = "4102"
CAPITAL = "3101"
SURPLUS = "3201"


def _a(code: str, th: str, en: str, type_: AccountType, role: AccountRole) -> Account:
    return Account(code, th, en, type_, role)


_A, _L, _E, _I, _X = (AccountType.ASSET, AccountType.LIABILITY, AccountType.EQUITY,
                      AccountType.INCOME, AccountType.EXPENSE)
_R = AccountRole

DEFAULT_CHART: tuple[Account, ...] = (
    _a("1101", "เงินสด", "Cash in hand", _A, _R.CASH),
    _a("1201", "เงินฝากประจำ", "Fixed deposits", _A, _R.INVESTMENT),
    _a("1202", "เงินลงทุนอื่น", "Other investments", _A, _R.INVESTMENT),
    _a("1301", "ลูกหนี้เงินยืมทดรอง", "Cash advances", _A, _R.RECEIVABLE),
    _a("2101", "สวัสดิการค้างจ่าย", "Benefits payable", _L, _R.PAYABLE),
    _a("2102", "เงินรับฝากอื่น", "Other amounts held", _L, _R.PAYABLE),
    _a("3101", "ทุนกองทุนสวัสดิการชุมชน", "Fund capital", _E, _R.CAPITAL),
    _a("3201", "รายรับสูงกว่ารายจ่ายสะสม", "Accumulated surplus", _E, _R.SURPLUS),
    # New funds only: a fund keeps the names its chart was created with (in its events).
    _a("4101", "เงินสัจจะจากสมาชิก", "Member contributions (dues)", _I, _R.DUES),
    _a("4102", "ค่าสมัครสมาชิก", "Entry fees", _I, _R.ENTRY_FEE),
    _a("4201", "เงินสมทบจากองค์กรปกครองส่วนท้องถิ่น", "Local government contributions",
       _I, _R.GRANT),
    _a("4202", "เงินทุนประเดิมจาก พอช.", "CODI seed money", _I, _R.GRANT),
    _a("4203", "เงินสมทบจากรัฐบาลผ่าน พอช.", "Government matching via CODI", _I, _R.GRANT),
    _a("4204", "เงินสนับสนุนจากหน่วยงานอื่น", "Other agencies", _I, _R.GRANT),
    _a("4301", "ดอกเบี้ยเงินฝาก", "Interest", _I, _R.OTHER_INCOME),
    _a("4302", "เงินบริจาค", "Donations", _I, _R.OTHER_INCOME),
    _a("4303", "ผลกำไรจากกลุ่มองค์กรชุมชน", "Community group profits", _I, _R.OTHER_INCOME),
    _a("4901", "รายรับอื่น", "Other receipts", _I, _R.OTHER_INCOME),
    _a("5101", "สวัสดิการเกิด/คลอดบุตร", "Birth benefits", _X, _R.BENEFIT),
    _a("5102", "สวัสดิการเจ็บป่วย/นอนโรงพยาบาล", "Sickness benefits", _X, _R.BENEFIT),
    _a("5103", "สวัสดิการผู้สูงอายุ", "Elderly benefits", _X, _R.BENEFIT),
    _a("5104", "สวัสดิการเสียชีวิต", "Death benefits", _X, _R.BENEFIT),
    _a("5105", "ค่าจัดการศพ", "Funeral costs", _X, _R.BENEFIT),
    _a("5106", "สวัสดิการผู้ด้อยโอกาส/ผู้พิการ", "Disadvantaged and disabled", _X, _R.BENEFIT),
    _a("5107", "สวัสดิการส่งเสริมอาชีพ", "Livelihood", _X, _R.BENEFIT),
    _a("5108", "สวัสดิการการศึกษา", "Education", _X, _R.BENEFIT),
    _a("5109", "สวัสดิการประเพณีและวัฒนธรรม", "Tradition and culture", _X, _R.BENEFIT),
    _a("5110", "สวัสดิการที่อยู่อาศัย", "Housing", _X, _R.BENEFIT),
    _a("5111", "สวัสดิการภัยพิบัติ", "Disaster relief", _X, _R.BENEFIT),
    _a("5112", "กิจกรรมสาธารณประโยชน์", "Public-benefit activities", _X, _R.BENEFIT),
    _a("5113", "สวัสดิการทรัพยากรธรรมชาติ", "Natural resources", _X, _R.BENEFIT),
    _a("5114", "การประชาสัมพันธ์", "Public relations", _X, _R.BENEFIT),
    _a("5119", "สวัสดิการอื่น ๆ", "Other benefits", _X, _R.BENEFIT),
    _a("5120", "ช่วยเหลือผู้ด้อยโอกาสที่ไม่ใช่สมาชิก", "Help to non-members", _X, _R.BENEFIT),
    _a("5201", "ค่าตอบแทนและเบี้ยประชุมกรรมการ", "Committee allowances", _X, _R.ADMIN),
    _a("5202", "ค่าวัสดุสำนักงานและเครื่องเขียน", "Office supplies", _X, _R.ADMIN),
    _a("5203", "ค่าเดินทาง", "Travel", _X, _R.ADMIN),
    _a("5204", "ค่าธรรมเนียมธนาคาร", "Bank charges", _X, _R.ADMIN),
    _a("5209", "ค่าใช้จ่ายในการบริหารอื่น", "Other administration", _X, _R.ADMIN),
    _a("5301", "คืนเงินสมทบสมาชิกลาออก", "Dues refunded to resigning members", _X,
       _R.OTHER_EXPENSE),
    _a("5309", "รายจ่ายอื่น", "Other payments", _X, _R.OTHER_EXPENSE),
)


class GrantSource(StrEnum):
    """Where money other than members' dues comes from (CODI's status form)."""

    LOCAL_GOVERNMENT = "local_government"
    CODI_SEED = "codi_seed"
    GOVERNMENT_VIA_CODI = "government_via_codi"
    OTHER_AGENCY = "other_agency"
    DONATION = "donation"
    INTEREST = "interest"
    ENTRY_FEE = "entry_fee"
    COMMUNITY_GROUP_PROFIT = "community_group_profit"


GRANT_ACCOUNTS: dict[GrantSource, str] = {
    GrantSource.LOCAL_GOVERNMENT: "4201",
    GrantSource.CODI_SEED: "4202",
    GrantSource.GOVERNMENT_VIA_CODI: "4203",
    GrantSource.OTHER_AGENCY: "4204",
    GrantSource.DONATION: "4302",
    GrantSource.INTEREST: "4301",
    GrantSource.ENTRY_FEE: "4102",
    GrantSource.COMMUNITY_GROUP_PROFIT: "4303",
}

GRANT_SOURCE_NAMES: dict[GrantSource, str] = {
    GrantSource.LOCAL_GOVERNMENT: N_("local government"),
    GrantSource.CODI_SEED: N_("CODI seed money"),
    GrantSource.GOVERNMENT_VIA_CODI: N_("government via CODI"),
    GrantSource.OTHER_AGENCY: N_("other agencies"),
    GrantSource.DONATION: N_("donations"),
    GrantSource.INTEREST: N_("interest"),
    GrantSource.ENTRY_FEE: N_("entry fees"),
    GrantSource.COMMUNITY_GROUP_PROFIT: N_("community group profits"),
}


def bank_account(index: int, bank_name: str, account_no: str) -> Account:
    """The fund's bank books are 1111, 1112 ...: "เงินฝากธนาคาร ธ.ก.ส. 020-1-23456-7"."""
    if not 1 <= index <= 9:
        raise UserError(N_("A fund keeps at most nine bank accounts"))
    label = f"{bank_name} {account_no}".strip()
    return Account(f"111{index}", f"เงินฝากธนาคาร {label}", f"Bank {label}",
                   AccountType.ASSET, AccountRole.BANK)


def is_money_account(account: Account) -> bool:
    return account.role in (AccountRole.CASH, AccountRole.BANK)


def normal_sign(type_: AccountType) -> int:
    """+1 where a positive (debit) balance is normal, -1 for credit-normal types."""
    return 1 if type_ in (AccountType.ASSET, AccountType.EXPENSE) else -1
