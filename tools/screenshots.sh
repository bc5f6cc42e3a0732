#!/bin/sh
# Starts the real app under Xvfb on the demo fund and saves a PNG of every page
# (and the main dialogs) in Thai and in English: make screenshots
set -e
DB=${1:?the demo database}
OUT=${2:-screenshots}
PY=${PY:-.venv/bin/python}
mkdir -p "$OUT"
for lang in th en; do
    WELFARE_DESK_SCREENSHOTS="$OUT" WELFARE_DESK_CONFIG="$OUT/.settings.ini" \
        xvfb-run -a -s "-screen 0 1366x768x24" \
        "$PY" -m welfare_desk --db "$DB" --user treasurer --lang "$lang"
done
rm -f "$OUT/.settings.ini"
ls "$OUT"
