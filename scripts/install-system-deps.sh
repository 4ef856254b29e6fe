#!/bin/sh
# The Debian libraries Qt needs to start (offscreen for tests, on X for people),
# the fonts it draws with, and the PostgreSQL server programs the tests start a
# private server with (scripts/test-postgres.sh). Installs only what is missing,
# and only as root on Debian/Ubuntu; elsewhere it says what to install and carries on.
set -eu
PACKAGES="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core xvfb poppler-utils postgresql"

command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for pkg in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The app and its tests may need these Debian packages:$missing (install them as root)" >&2
    exit 0
fi
echo "Installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
