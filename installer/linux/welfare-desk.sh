#!/bin/sh
# /usr/bin/welfare-desk: the desktop app (no arguments) or a command
# (welfare-desk --db FILE check). The program lives in /opt/welfare-desk; the path
# is found relative to this script so the package also runs unpacked elsewhere.
here=$(dirname "$(readlink -f "$0")")
exec "$here/../../opt/welfare-desk/welfare-desk" "$@"
