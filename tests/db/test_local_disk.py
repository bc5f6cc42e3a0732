"""The database only on this computer's own disk: network shares and removable
drives are recognised from an injected mount table, /sys tree and drive type."""

from __future__ import annotations

from pathlib import Path

import pytest

from welfare_desk.db import local_disk
from welfare_desk.db.database import Database
from welfare_desk.db.local_disk import DRIVE_REMOTE, DRIVE_REMOVABLE, linux_kind, windows_kind
from welfare_desk.ledger.errors import UserError

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw 0 0
tmpfs /tmp tmpfs rw 0 0
nas:/export/funds /mnt/nas nfs4 rw,vers=4.2 0 0
//office/shared /mnt/office cifs rw 0 0
somchai@zone:/data /home/somchai/zone fuse.sshfs rw 0 0
/dev/sdb1 /media/somchai/KINGSTON\\040USB vfat rw,nosuid 0 0
/dev/sdc1 /media/somchai/Backup exfat rw 0 0
/dev/mmcblk0p1 /media/somchai/SDCARD vfat rw 0 0
"""


def fake_sys(root: Path) -> Path:
    """/sys as the kernel shows an internal NVMe disk, a USB stick (removable), a USB
    hard disk (not removable, but on the USB bus) and an SD card (removable)."""
    devices = {"nvme0n1": ("pci0000:00/0000:00:1d.0/nvme/nvme0", "0"),
               "sdb": ("pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host3/block", "1"),
               "sdc": ("pci0000:00/0000:00:14.0/usb2/2-2/2-2:1.0/host4/block", "0"),
               "mmcblk0": ("platform/mmc_host/mmc0/mmc0:0001/block", "1")}
    parts = {"nvme0n1p1": "nvme0n1", "nvme0n1p2": "nvme0n1", "sdb1": "sdb", "sdc1": "sdc",
             "mmcblk0p1": "mmcblk0"}
    block = root / "class" / "block"
    block.mkdir(parents=True)
    for disk, (where, removable) in devices.items():
        node = root / "devices" / where / disk
        node.mkdir(parents=True)
        (node / "removable").write_text(removable + "\n")
        (block / disk).symlink_to(node)
    for part, disk in parts.items():
        node = block / disk / part
        node.mkdir()
        (node / "partition").write_text("1\n")
        (block / part).symlink_to(node.resolve())
    return root


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/somchai/.local/share/welfare-desk/fund.sqlite", "local"),
    ("/boot/efi/fund.sqlite", "local"),
    ("/tmp/fund.sqlite", "local"),
    ("/mnt/nas/fund.sqlite", "network"),
    ("/mnt/nasty/fund.sqlite", "local"),  # a prefix of a name is not the mount
    ("/mnt/office/กองทุน/fund.sqlite", "network"),
    ("/home/somchai/zone/fund.sqlite", "network"),
    ("/media/somchai/KINGSTON USB/fund.sqlite", "removable"),
    ("/media/somchai/Backup/fund.sqlite", "removable"),  # USB disk: on the USB bus
    ("/media/somchai/SDCARD/fund.sqlite", "removable"),
])
def test_linux_mounts(tmp_path: Path, path: str, kind: str) -> None:
    assert linux_kind(Path(path), MOUNTS, fake_sys(tmp_path / "sys")) == kind


@pytest.mark.parametrize(("path", "drive_type", "kind"), [
    (r"C:\Users\somchai\AppData\Local\welfare-desk\fund.sqlite", 3, "local"),  # DRIVE_FIXED
    (r"E:\fund.sqlite", DRIVE_REMOVABLE, "removable"),
    (r"Z:\กองทุน\fund.sqlite", DRIVE_REMOTE, "network"),
    (r"\\office\shared\fund.sqlite", 3, "network"),  # UNC: never asked
])
def test_windows_drive_types(path: str, drive_type: int, kind: str) -> None:
    asked: list[str] = []

    def get_drive_type(root: str) -> int:
        asked.append(root)
        return drive_type

    assert windows_kind(path, get_drive_type) == kind
    assert asked == ([] if path.startswith("\\\\") else [path[:2] + "\\"])


@pytest.mark.parametrize(("kind", "words"), [("network", "network share"),
                                             ("removable", "removable drive")])
def test_the_database_is_refused_there_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, words: str) -> None:
    monkeypatch.delenv("WELFARE_DESK_ANY_DISK", raising=False)
    monkeypatch.setattr(local_disk, "storage_kind", lambda path: kind)
    target = tmp_path / "stick" / "fund.sqlite"
    with pytest.raises(UserError, match=words) as refused:
        Database.open(target, create=True)
    assert "Copy the file to this computer" in refused.value.message
    assert not target.parent.exists()
    monkeypatch.setenv("WELFARE_DESK_ANY_DISK", "1")
    Database.open(target, create=True).close()
