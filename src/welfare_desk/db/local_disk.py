"""A fund's database only on this computer's own disk (DESIGN.md §2).

SQLite's locks do not hold on a network share, and a share that drops or a USB
stick pulled out in the middle of a change leaves a damaged file. So the database
is refused there, with the advice to copy it to the computer; backups may still
go to a USB drive (they are written whole, then verified).

Linux: the mount holding the file (/proc/mounts) is a network file system, or its
disk is removable or on the USB bus (/sys/block). Windows: GetDriveTypeW says
DRIVE_REMOTE (a mapped share; UNC paths too) or DRIVE_REMOVABLE (sticks, cards;
a USB hard disk reports itself as fixed and passes). Both take their sources as
arguments so the tests need no such drives. WELFARE_DESK_ANY_DISK=1 turns the
refusal off for whoever knows what they are doing.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

Kind = Literal["local", "network", "removable"]
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "9p", "afs", "ncpfs",
    "coda", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph",
    "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "lustre", "gpfs", "beegfs"})
DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4


@dataclass(frozen=True)
class Mount:
    device: str
    point: str
    fs_type: str


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, a backslash as \\134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mounts(text: str) -> list[Mount]:
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(_unescape(fields[0]), _unescape(fields[1]), fields[2]))
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount a path is on: the last mounted of those with the longest prefix."""
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = path == point or path.startswith(point if point == "/" else point + "/")
        if inside and (best is None or len(point) >= len(best.point.rstrip("/") or "/")):
            best = mount
    return best


def _disk_is_removable(device: str, sys_root: Path) -> bool:
    """/dev/sdb1 -> /sys/class/block/sdb1 -> its disk sdb: removable, or on the USB bus."""
    name = Path(os.path.realpath(device)).name  # /dev/mapper/x -> /dev/dm-0
    node = sys_root / "class" / "block" / name
    if not node.exists():
        return False
    disk = node.resolve().parent if (node / "partition").exists() else node.resolve()
    try:
        removable = (disk / "removable").read_text().strip() == "1"
    except OSError:
        removable = False
    return removable or "/usb" in str(disk)


def linux_kind(path: Path, mounts_text: str, sys_root: Path = Path("/sys")) -> Kind:
    mount = mount_of(str(path), parse_mounts(mounts_text))
    if mount is None:
        return "local"
    if mount.fs_type in NETWORK_FS or mount.device.startswith("//"):
        return "network"
    if mount.device.startswith("/dev/") and _disk_is_removable(mount.device, sys_root):
        return "removable"
    return "local"


def windows_kind(path: str, drive_type: Callable[[str], int]) -> Kind:
    drive, _ = ntpath.splitdrive(path)
    if drive.startswith(("\\\\", "//")):
        return "network"  # \\server\share\fund.sqlite
    kind = drive_type(drive + "\\") if drive else 0
    if kind == DRIVE_REMOTE:
        return "network"
    return "removable" if kind == DRIVE_REMOVABLE else "local"


def _existing(path: Path) -> Path:
    """The file, or the nearest folder above it that exists (a new database)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def storage_kind(path: Path) -> Kind:
    where = _existing(path)
    if sys.platform == "win32":
        import ctypes

        return windows_kind(str(where), ctypes.windll.kernel32.GetDriveTypeW)
    try:
        mounts = Path("/proc/mounts").read_text()
    except OSError:
        return "local"  # not Linux (macOS, BSD): not checked
    return linux_kind(where, mounts)


def require_local_disk(path: Path) -> None:
    if os.environ.get("WELFARE_DESK_ANY_DISK") == "1":
        return
    kind = storage_kind(path)
    if kind == "network":
        raise UserError(N_(
            "The database {path} is on a network share. Welfare Desk keeps a fund's books "
            "only on this computer's own disk: a network that drops in the middle of a change "
            "damages the file. Copy the file to this computer and open the copy."), path=str(path))
    if kind == "removable":
        raise UserError(N_(
            "The database {path} is on a removable drive (a USB stick or a memory card). "
            "Welfare Desk keeps a fund's books only on this computer's own disk: a drive pulled "
            "out in the middle of a change damages the file. Copy the file to this computer "
            "and open the copy (backups may go to a USB drive)."), path=str(path))
