#!/usr/bin/env bash
# Installs the Debian libraries Qt's windows need (the PySide6 wheel carries Qt
# itself, not the X11/EGL libraries it links to), and Xvfb for screenshots.
# Used by `make run`, `make test` and `make screenshots`; does nothing when all are there.
set -u
packages=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
          libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 xvfb xauth)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian: the user knows their system
echo "Installing the libraries Qt needs: ${missing[*]} ..."
if [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") \
    >/dev/null 2>&1
elif command -v sudo >/dev/null 2>&1; then
  (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") \
    >/dev/null 2>&1
fi || echo "*** Could not install ${missing[*]}; install them with: sudo apt-get install ${missing[*]} ***"
exit 0
