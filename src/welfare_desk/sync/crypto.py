"""Signatures and encryption in the stock formats anyone can check.

Signatures are minisign's (Ed25519, BLAKE2b-prehashed; py-minisign, by
minisign's author), so ``minisign -Vm SHA256SUMS -p fund.pub`` verifies a
batch. Encryption is age's (X25519 recipients; pyrage, bindings to rage), so
``age -d -i zone.key payload.jsonl.age`` opens one. Secret keys at rest are
protected by a passphrase in each tool's own format: minisign's scrypt-sealed
secret key, and an age passphrase-encrypted identity file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import minisign
import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

# scrypt for the signing keys: 64 MiB and ~0.3 s here. minisign's default
# (1 GiB) would not fit beside the app on a 2 GB office laptop. The limits are
# stored in the key file, so the stock minisign tool reads it as usual.
SCRYPT_OPSLIMIT = 1 << 22
SCRYPT_MEMLIMIT = 1 << 26
SIGNATURE_COMMENT = "welfare-desk signature"


class KeyLocked(UserError):
    """The passphrase does not open the key."""


@dataclass(frozen=True)
class SigningKey:
    """A minisign key pair; ``secret`` is the sealed secret key file's text."""

    secret: str
    public: str  # the base64 line of the public key

    @property
    def key_id(self) -> str:
        return public_key_id(self.public)


def new_signing_key(passphrase: str) -> SigningKey:
    pair = minisign.KeyPair.generate()
    with pair.secret_key as secret:
        secret.encrypt(passphrase, opslimit=SCRYPT_OPSLIMIT, memlimit=SCRYPT_MEMLIMIT)
        sealed = bytes(secret).decode("ascii")
    public = bytes(pair.public_key).decode("ascii").splitlines()[1]
    return SigningKey(sealed, public)


def public_key_file(public: str, label: str) -> str:
    """The public key in minisign's .pub file format."""
    return f"untrusted comment: minisign public key {public_key_id(public)} {label}\n{public}\n"


def public_key_id(public: str) -> str:
    """minisign's key id, as its tool prints it (hex, most significant byte first)."""
    key = minisign.PublicKey.from_base64(public)
    return bytes(key._keynum_pk.key_id)[::-1].hex().upper()


def fingerprint(public: str) -> str:
    """30 digits in groups of five, to read out over the phone and compare."""
    digest = hashlib.sha256(("welfare-desk-key\n" + public).encode("ascii")).digest()
    digits = f"{int.from_bytes(digest[:16], 'big') % 10**30:030d}"
    return " ".join(digits[i:i + 5] for i in range(0, 30, 5))


class Signer:
    """A signing key opened by its passphrase (scrypt runs once, here)."""

    def __init__(self, key: SigningKey, passphrase: str) -> None:
        self.public = key.public
        self._secret = minisign.SecretKey.from_bytes(key.secret.encode("ascii"))
        try:
            self._secret.decrypt(passphrase)
        except minisign.Error:
            self._secret.wipe()
            raise KeyLocked(N_("The passphrase does not open the key")) from None

    def sign(self, data: bytes, trusted_comment: str) -> str:
        """A detached signature in minisign's .minisig format, newline-terminated."""
        signature = self._secret.sign(data, untrusted_comment=SIGNATURE_COMMENT,
                                      trusted_comment=trusted_comment)
        return bytes(signature).decode("ascii") + "\n"

    def close(self) -> None:
        self._secret.wipe()


class BadSignature(UserError):
    pass


def verify(public: str, data: bytes, signature_text: str) -> str:
    """The trusted comment of a valid signature by ``public``; BadSignature otherwise.

    The signature file must be exactly as we write it: minisign leaves its first
    line unsigned, and we refuse any change to a batch, that line included.
    """
    try:
        signature = minisign.Signature.from_bytes(signature_text.encode("ascii"))
        key = minisign.PublicKey.from_base64(public)
    except (UnicodeEncodeError, minisign.Error, ValueError):
        raise BadSignature(N_("The signature file is damaged")) from None
    if bytes(signature).decode("ascii") + "\n" != signature_text \
            or signature.untrusted_comment != SIGNATURE_COMMENT:
        raise BadSignature(N_("The signature file was changed"))
    try:
        key.verify(data, signature)
    except minisign.Error:
        raise BadSignature(N_("The signature does not match: the files were changed, "
                              "or they were signed by another key")) from None
    return str(signature.trusted_comment)


# --- age ---

@dataclass(frozen=True)
class AgeIdentity:
    """An X25519 identity; ``secret`` is the AGE-SECRET-KEY-1... line."""

    secret: str

    @property
    def recipient(self) -> str:
        return str(x25519.Identity.from_str(self.secret).to_public())


def new_age_identity() -> AgeIdentity:
    return AgeIdentity(str(x25519.Identity.generate()))


def check_recipient(text: str) -> str:
    try:
        return str(x25519.Recipient.from_str(text.strip()))
    except (pyrage.RecipientError, ValueError):
        raise UserError(N_("'{text}' is not an age public key (age1...)"), text=text) from None


def identity_from_text(text: str) -> AgeIdentity:
    try:
        return AgeIdentity(str(x25519.Identity.from_str(text.strip())))
    except (pyrage.IdentityError, ValueError):
        raise UserError(N_("This is not an age secret key (AGE-SECRET-KEY-1...)")) from None


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    return bytes(pyrage.encrypt(data, [x25519.Recipient.from_str(r) for r in recipients]))


def decrypt(data: bytes, identity: AgeIdentity) -> bytes:
    try:
        return bytes(pyrage.decrypt(data, [x25519.Identity.from_str(identity.secret)]))
    except pyrage.DecryptError:
        raise UserError(N_("The payload cannot be opened with this zone's key: it is damaged, "
                           "or it was encrypted for another zone")) from None


def seal_identity(identity: AgeIdentity, passphrase: str) -> bytes:
    """The identity file, passphrase-encrypted the way `age -p` does it."""
    text = f"# welfare-desk zone key\n# public key: {identity.recipient}\n{identity.secret}\n"
    return bytes(age_passphrase.encrypt(text.encode("ascii"), passphrase))


def open_identity(sealed: bytes, passphrase: str) -> AgeIdentity:
    try:
        text = bytes(age_passphrase.decrypt(sealed, passphrase)).decode("ascii")
    except (pyrage.DecryptError, UnicodeDecodeError):
        raise KeyLocked(N_("The passphrase does not open the key")) from None
    secret = next(line for line in text.splitlines() if line.startswith("AGE-SECRET-KEY-"))
    return AgeIdentity(secret)
