#!/usr/bin/env bash
# Installs the stock tools some tests use to check our output from outside
# (hledger reads the exported journal, poppler turns our PDFs into text and
# PNG, zbarimg reads the cards' QR codes, LibreOffice opens our spreadsheets,
# age, minisign and sha256sum check the zone batches, PostgreSQL's server runs the
# roll-up tests in a scratch cluster).
# Without them those tests skip, loudly.
set -u
missing=()
command -v hledger >/dev/null 2>&1 || missing+=(hledger)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v age >/dev/null 2>&1 || missing+=(age)
command -v minisign >/dev/null 2>&1 || missing+=(minisign)
[ -x /usr/lib/postgresql/15/bin/initdb ] || command -v initdb >/dev/null 2>&1 || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the tests ..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") \
    >/dev/null 2>&1 || true
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") \
    >/dev/null 2>&1 || true
fi
declare -A command_of=([poppler-utils]=pdftotext [zbar-tools]=zbarimg [libreoffice-calc-nogui]=soffice [postgresql]=/usr/lib/postgresql/15/bin/initdb)
for tool in "${missing[@]}"; do
  command -v "${command_of[$tool]:-$tool}" >/dev/null 2>&1 || \
    echo "*** WARNING: '$tool' is not installed and could not be installed here; the tests that need it will be SKIPPED. Install it with: sudo apt-get install $tool ***"
done
exit 0
