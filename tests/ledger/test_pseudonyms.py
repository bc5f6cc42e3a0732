from welfare_desk.ledger.pseudonyms import key_check, pseudonym, pseudonymize


def test_the_same_id_gives_the_same_pseudonym_under_one_key_only() -> None:
    a, b = b"k" * 32, b"j" * 32
    assert pseudonym(a, "1101700203451") == pseudonym(a, "1101700203451")
    assert pseudonym(a, "1101700203451") != pseudonym(b, "1101700203451")
    assert pseudonym(a, "1101700203451") != pseudonym(a, "1101700203452")
    assert len(pseudonym(a, "1101700203451")) == 13
    assert key_check(a) != key_check(b)


def test_every_national_id_of_a_payload_is_replaced_and_nothing_else() -> None:
    key = b"k" * 32
    payload = {"member": {"national_id": "1101700203451", "first_name": "สมศรี"},
               "beneficiaries": [{"national_id": "3100100123456", "name": "บุญมา"},
                                 {"national_id": None, "name": "ไม่มีบัตร"}],
               "voucher": {"payee_national_id": "3100100123456", "amount": 300000}}
    out = pseudonymize(payload, key)
    assert out["member"] == {"national_id": pseudonym(key, "1101700203451"),
                             "first_name": "สมศรี"}
    assert out["beneficiaries"][0]["national_id"] == out["voucher"]["payee_national_id"]
    assert out["beneficiaries"][1] == {"national_id": None, "name": "ไม่มีบัตร"}
    assert out["voucher"]["amount"] == 300000
    assert "1101700203451" not in repr(out) and payload["member"]["national_id"] == \
        "1101700203451"
