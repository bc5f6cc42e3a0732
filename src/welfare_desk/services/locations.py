"""Where the fund's database lives unless the user says otherwise."""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path:
    """$WELFARE_DESK_DB, else fund.sqlite in the platform's data folder."""
    env = os.environ.get("WELFARE_DESK_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("welfare-desk", appauthor=False)) / "fund.sqlite"
