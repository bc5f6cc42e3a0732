#!/usr/bin/env bash
# make dist: the PyInstaller bundle (dist/welfare-desk/), a tarball and a .deb.
#   dist/welfare-desk-VERSION-linux-x86_64.tar.gz   unpack anywhere, run ./welfare-desk
#   dist/welfare-desk_VERSION_amd64.deb             /opt/welfare-desk + /usr/bin/welfare-desk
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
NAME=welfare-desk
BUNDLE=dist/$NAME
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

echo "== PyInstaller bundle $VERSION"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    installer/welfare_desk.spec

echo "== tarball"
TARDIR=$NAME-$VERSION-linux-x86_64
TARBALL=dist/$TARDIR.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    --transform "s,^$NAME,$TARDIR," -C dist -cf - "$NAME" | gzip -9n > "$TARBALL"

echo "== .deb"
ROOT=build/deb/root
rm -rf build/deb && mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" \
    "$ROOT/usr/share/applications" "$ROOT/usr/share/doc/$NAME"
cp -a "$BUNDLE" "$ROOT/opt/$NAME"
install -m 755 installer/linux/welfare-desk.sh "$ROOT/usr/bin/$NAME"
install -m 644 installer/linux/welfare-desk.desktop "$ROOT/usr/share/applications/$NAME.desktop"
install -m 644 installer/linux/copyright "$ROOT/usr/share/doc/$NAME/copyright"
for size in 16 24 32 48 64 128 256; do
    install -D -m 644 "resources/icons/$NAME-$size.png" \
        "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
install -D -m 644 "resources/icons/$NAME.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
# The newest glibc symbol version any bundled binary asks for is the package's libc6.
GLIBC=$(find "$ROOT/opt" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" -e "s/@GLIBC@/$GLIBC/" \
    installer/linux/control.in > "$ROOT/DEBIAN/control"
find "$ROOT" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
DEB=dist/${NAME}_${VERSION}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null

echo "== sizes"
printf '%-44s %s\n' "bundle (installed, du -sh)" "$(du -sh "$BUNDLE" | cut -f1)" \
    "$(basename "$TARBALL")" "$(du -h "$TARBALL" | cut -f1)" \
    "$(basename "$DEB")" "$(du -h "$DEB" | cut -f1)" \
    ".deb Installed-Size" "$((INSTALLED_KB / 1024)) MB (libc6 >= $GLIBC)"
