#!/bin/sh
# Prepares the zone screenshots' scene in DIR from the demo fund, with the real
# commands: a zone; a copy of the demo fund set up, its first batch imported and
# acknowledged; a second small fund registered but not confirmed; and a flash
# drive (DIR/tour-stick) holding the first fund's next batch, the second fund's
# batch and a damaged copy, for the zone window to import.
#   tools/sync_tour.sh DEMO.sqlite DIR
set -e
DB=${1:?the demo database}
DIR=${2:?a scratch folder}
PY=${PY:-.venv/bin/python}
WD="$PY -m welfare_desk"
export WELFARE_DESK_PASSPHRASE=tour-passphrase-1
rm -rf "$DIR"
mkdir -p "$DIR"
cp "$DB" "$DIR/fund.sqlite"
$WD zone --db "$DIR/zone.sqlite" init --name "โซนอำเภอเมืองลำพูน" >/dev/null

# $1 fund database, $2 stick: sets the fund up with the zone and exports a batch
setup_and_export() {
    $WD --db "$1" sync setup --zone-key "$DIR/zone-zone/zone.pub" --sheets "$DIR/sheets" >/dev/null
    $WD --db "$1" sync export --to "$2" >/dev/null
}
key_file() { ls "${1%.sqlite}-sync"/*.fund-key; }
fingerprint() { sed -n 's/^fingerprint: //p' "$(key_file "$1")"; }

setup_and_export "$DIR/fund.sqlite" "$DIR/stick-1"
$WD zone --db "$DIR/zone.sqlite" register-fund "$(key_file "$DIR/fund.sqlite")" \
    --fingerprint "$(fingerprint "$DIR/fund.sqlite")" >/dev/null
$WD zone --db "$DIR/zone.sqlite" import "$DIR/stick-1" >/dev/null
$WD --db "$DIR/fund.sqlite" sync ack "$(ls "$DIR"/stick-1/*.ack)" >/dev/null

$WD --db "$DIR/fund-2.sqlite" demo --members 40 --years 1 --seed 7 >/dev/null
setup_and_export "$DIR/fund-2.sqlite" "$DIR/tour-stick"
$WD zone --db "$DIR/zone.sqlite" register-fund "$(key_file "$DIR/fund-2.sqlite")" >/dev/null

next=$($WD --db "$DIR/fund.sqlite" sync export --to "$DIR/tour-stick" | tail -n 1)
cp -r "$next" "$next-copy"
printf 'x' >> "$next-copy/payload.jsonl.age"   # damaged on the way: refused
rm -f "$DIR"/tour-stick/*.ack
echo "$DIR"
