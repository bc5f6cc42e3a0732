"""Where the files shipped with the app are: fonts and icons (resources/)."""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    """The installed package's copy first (the wheel puts resources/ inside the
    package), then the checkout's resources/."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def font_file(name: str) -> Path:
    return resource_dir() / "fonts" / name
