#!/bin/sh
# Starts the real app under Xvfb and saves a PNG of every page (and the main
# dialogs) in Thai and in English: make screenshots. The fund's pages come from
# a copy of the demo fund that sends its batches to a zone (tools/sync_tour.sh
# builds the scene); the zone's window imports a prepared flash drive.
set -e
DB=${1:?the demo database}
OUT=${2:-screenshots}
PY=${PY:-.venv/bin/python}
mkdir -p "$OUT"
SCENE="$OUT/.sync-tour"
PY="$PY" tools/sync_tour.sh "$DB" "$SCENE" >/dev/null
screen() {
    xvfb-run -a -s "-screen 0 1366x768x24" "$PY" -m welfare_desk "$@"
}
for lang in th en; do
    # Settings of its own for each language: the English run would otherwise restore
    # the Thai run's window size and come out 1364x742 instead of the whole screen.
    WELFARE_DESK_SCREENSHOTS="$OUT" WELFARE_DESK_CONFIG="$OUT/.settings-$lang.ini" \
        screen --db "$SCENE/fund.sqlite" --user treasurer --lang "$lang"
    # Each language imports the same flash drive into a fresh copy of the zone.
    rm -rf "$SCENE/$lang" && mkdir -p "$SCENE/$lang"
    cp "$SCENE/zone.sqlite" "$SCENE/$lang/zone.sqlite"
    cp -r "$SCENE/zone-zone" "$SCENE/$lang/zone-zone"
    rm -rf "$SCENE/$lang-stick" && cp -r "$SCENE/tour-stick" "$SCENE/$lang-stick"
    WELFARE_DESK_SCREENSHOTS="$OUT" WELFARE_DESK_CONFIG="$OUT/.settings-$lang.ini" \
        WELFARE_DESK_TOUR_STICK="$SCENE/$lang-stick" WELFARE_DESK_PASSPHRASE=tour-passphrase-1 \
        screen --lang "$lang" zone --db "$SCENE/$lang/zone.sqlite"
done
rm -f "$OUT"/.settings-*.ini
ls "$OUT"
