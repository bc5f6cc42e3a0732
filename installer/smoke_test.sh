#!/usr/bin/env bash
# make dist-smoke: the .deb from `make dist`, unpacked into a scratch root, run as a
# treasurer would run it, with no Python on PATH and an empty home folder:
#   the bundled CLI creates a demo fund and checks it; the real app starts under
#   Xvfb on it (timed), shows its pages in Thai (its own screenshots) and a window
#   titled in Thai (a screen shot), and closes when asked (exit code 0); a schema-0001
#   database is upgraded with a backup; a database from a newer version is refused.
# Pictures and timings go to build/smoke/ (SMOKE_OUT to change).
set -euo pipefail
cd "$(dirname "$0")/.."
HERE=$PWD
DEB=${1:-$(ls -t dist/welfare-desk_*_amd64.deb 2>/dev/null | head -1 || true)}
[ -f "$DEB" ] || { echo "no .deb in dist/: run make dist first" >&2; exit 1; }
OUT=$(realpath -m "${SMOKE_OUT:-build/smoke}")
HELPER=("$(command -v python3)" "$HERE/installer/x11_window.py")
SCRATCH=$(mktemp -d /tmp/welfare-desk-smoke.XXXXXX)
XVFB_PID=""
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$SCRATCH"; }
trap cleanup EXIT
rm -rf "$OUT" && mkdir -p "$OUT/pages"
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "unpack $(basename "$DEB") into a scratch root"
dpkg-deb --info "$DEB" control | sed -n '/^Package\|^Version\|^Installed-Size\|^Depends/p'
ROOT=$SCRATCH/root
dpkg-deb -x "$DEB" "$ROOT"
for f in usr/bin/welfare-desk opt/welfare-desk/welfare-desk usr/share/applications/welfare-desk.desktop \
         usr/share/icons/hicolor/256x256/apps/welfare-desk.png usr/share/icons/hicolor/scalable/apps/welfare-desk.svg; do
    [ -e "$ROOT/$f" ] || fail "the package has no /$f"
done
grep -q '^Name\[th\]=โปรแกรมสวัสดิการชุมชน (Welfare Desk)$' "$ROOT/usr/share/applications/welfare-desk.desktop" \
    || fail "the .desktop entry has no Thai name"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$ROOT/usr/share/applications/welfare-desk.desktop" || fail "desktop-file-validate"
fi
echo "installed size: $(du -sh "$ROOT/opt/welfare-desk" | cut -f1)"

# As on a treasurer's machine: no Python, a fresh home, Thai locale not needed.
APP=$ROOT/usr/bin/welfare-desk
HOME_DIR=$SCRATCH/home
mkdir -p "$HOME_DIR"
run() { env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="${DISPLAY_NR:-}" \
        XDG_RUNTIME_DIR="$SCRATCH/run" "$@"; }
mkdir -p -m 700 "$SCRATCH/run"
run sh -c 'command -v python3 >/dev/null && [ "$(command -v python3)" != /usr/bin/python3 ]' \
    && fail "a python3 outside /usr/bin is on the app's PATH"
DATA=$HOME_DIR/.local/share/welfare-desk
DB=$DATA/fund.sqlite

step "the bundled CLI: a demo fund in the platform's data folder, then check"
run "$APP" demo --members 400 --years 2 --seed 7 || fail "demo"
[ -f "$DB" ] || fail "the demo fund is not in the user's data folder ($DB)"
run "$APP" check || fail "check of the new fund"

step "start the real app under Xvfb"
for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
DISPLAY_NR=":$n"
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
export DISPLAY=$DISPLAY_NR

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
step "start-up time to a usable window (WELFARE_DESK_READY: window up / home figures shown)"
: > "$OUT/startup.txt"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" | tee -a "$OUT/startup.txt"
for i in 1 2 3 4 5; do
    for page in - home; do
        t0=$(now)
        run WELFARE_DESK_READY=$page "$APP" --user treasurer >/dev/null || fail "start $i ($page)"
        echo "run $i ready=$page $(elapsed "$t0" "$(now)") s" | tee -a "$OUT/startup.txt"
    done
done

step "a plain start: the window appears with its Thai title, a screen shot, closed as by its close button"
t0=$(now)
run "$APP" --user treasurer > "$OUT/app.log" 2>&1 &
APP_PID=$!
line=$("${HELPER[@]}" wait "โปรแกรมสวัสดิการชุมชน — " 20) || fail "no window with the Thai title"
echo "window mapped after $(elapsed "$t0" "$(now)") s: $line" | tee -a "$OUT/startup.txt"
WINDOW=${line%% *}
sleep 2  # let the home page's figures arrive
"${HELPER[@]}" shot "$OUT/window.png"
if command -v xprop >/dev/null; then xprop -id "$WINDOW" WM_CLASS | tee -a "$OUT/startup.txt"; fi
"${HELPER[@]}" close "$WINDOW"
code=0
wait "$APP_PID" || code=$?
[ "$code" = 0 ] || { cat "$OUT/app.log"; fail "the app exited with $code after closing"; }
echo "closed, exit code 0"
step "every page in Thai, from the app's own screenshots"
run WELFARE_DESK_SCREENSHOTS="$OUT/pages" "$APP" --user treasurer --lang th || fail "screenshot tour"
pages=$(ls "$OUT/pages"/th-*.png | wc -l)
[ "$pages" -ge 7 ] || fail "only $pages page screenshots"
echo "$pages pictures in $OUT/pages"

run "$APP" check >/dev/null || fail "check after the desktop session"

step "upgrade: a database written by schema 0001 is backed up, migrated and checked"
UP=$SCRATCH/upgrade
mkdir -p "$UP"
cp tests/db/fixtures/fund_schema_0001.sqlite "$UP/old.sqlite"
run "$APP" --db "$UP/old.sqlite" check | tee "$OUT/upgrade.txt" || fail "check of the upgraded database"
ls "$UP/backups/"*before-upgrade.sqlite >/dev/null || fail "no backup before the upgrade"

step "a database from a newer version is refused and left as it was"
cp tests/db/fixtures/fund_schema_0001.sqlite "$UP/newer.sqlite"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE alembic_version SET version_num = ?", ("9999",)); c.commit()' "$UP/newer.sqlite"
before=$(sha256sum < "$UP/newer.sqlite")
code=0
run "$APP" --db "$UP/newer.sqlite" check > "$OUT/newer.txt" 2>&1 || code=$?
cat "$OUT/newer.txt"
[ "$code" = 2 ] || fail "a newer database gave exit code $code, not 2"
[ "$before" = "$(sha256sum < "$UP/newer.sqlite")" ] || fail "the newer database was changed"

echo "SMOKE PASSED: pictures and timings in $OUT"
