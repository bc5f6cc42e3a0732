"""A batch folder on a stick: written whole or not at all, and read with care.

Writing goes to a hidden temporary folder beside the target; every file is
flushed to the device, the folder renamed into place, and every file read
back and checked before the app says the stick can be removed. Reading takes
no more bytes than each file may hold, before anything is parsed.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from welfare_desk.ledger.text import N_
from welfare_desk.sync import crypto
from welfare_desk.sync.batch import (
    FILES,
    MANIFEST,
    PAYLOAD,
    SIGNATURE,
    SIZE_LIMITS,
    SUMS,
    BatchRefused,
    Manifest,
    check_sums,
    parse_manifest,
    render_sums,
)


@dataclass(frozen=True)
class RawBatch:
    """The four files of a batch as bytes, not yet trusted."""

    folder: Path
    files: dict[str, bytes]

    def text(self, name: str) -> str:
        try:
            return self.files[name].decode("utf-8")
        except UnicodeDecodeError:
            raise BatchRefused(N_("{file} is damaged (not text)"), file=name) from None


def write_batch(parent: Path, manifest: Manifest, ciphertext: bytes,
                signer: crypto.Signer) -> Path:
    files = {MANIFEST: manifest.render().encode("utf-8"), PAYLOAD: ciphertext}
    files[SUMS] = render_sums(files).encode("ascii")
    files[SIGNATURE] = signer.sign(files[SUMS], manifest.trusted_comment()).encode("ascii")
    parent.mkdir(parents=True, exist_ok=True)
    final = parent / manifest.folder_name
    partial = parent / f".{manifest.folder_name}.{uuid.uuid4().hex[:8]}.partial"
    partial.mkdir()
    try:
        for name, data in files.items():
            _write_synced(partial / name, data)
        _replace_folder(partial, final)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    _sync_dir(parent)
    _read_back(final, files, signer.public)
    return final


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _sync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_folder(partial: Path, final: Path) -> None:
    """An earlier export of the same range is replaced, never mixed with the new one."""
    if final.exists():
        old = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.old")
        final.rename(old)
        partial.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        partial.rename(final)


def _read_back(folder: Path, expected: dict[str, bytes], public: str) -> None:
    raw = read_batch(folder)
    if raw.files != expected:
        raise OSError(f"the stick did not keep what was written to {folder}")
    check_sums(raw.text(SUMS), raw.files)
    crypto.verify(public, raw.files[SUMS], raw.text(SIGNATURE))


def read_batch(folder: Path) -> RawBatch:
    if not folder.is_dir():
        raise BatchRefused(N_("{path} is not a batch folder"), path=str(folder))
    files: dict[str, bytes] = {}
    for name in FILES:
        path = folder / name
        if not path.is_file():
            raise BatchRefused(N_("The batch is incomplete: {file} is missing; copy the whole "
                                  "folder from the fund's stick"), file=name)
        with open(path, "rb") as f:
            data = f.read(SIZE_LIMITS[name] + 1)
        if len(data) > SIZE_LIMITS[name]:
            raise BatchRefused(N_("{file} is larger than a batch file can be"), file=name)
        files[name] = data
    return RawBatch(folder, files)


def read_manifest(raw: RawBatch) -> Manifest:
    return parse_manifest(raw.text(MANIFEST))


def verify_signed(raw: RawBatch, manifest: Manifest, public: str) -> None:
    """The fund's signature over SHA256SUMS, its trusted comment, then the checksums."""
    trusted = crypto.verify(public, raw.files[SUMS], raw.text(SIGNATURE))
    if trusted != manifest.trusted_comment():
        raise BatchRefused(N_("The signed comment does not match BATCH.txt"))
    check_sums(raw.text(SUMS), raw.files)


def archive_batch(raw: RawBatch, archive: Path, name: str) -> None:
    """A copy the zone keeps: to apply a held batch later, or to pass it up unchanged."""
    target = archive / name
    if target.exists():
        return
    partial = archive / f".{name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for file_name, data in raw.files.items():
        _write_synced(partial / file_name, data)
    partial.rename(target)
