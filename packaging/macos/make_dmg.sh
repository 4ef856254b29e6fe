#!/usr/bin/env bash
# Put dist/Factcheck.app into a compressed disk image with an Applications link.
set -euo pipefail
VERSION="${1:?usage: make_dmg.sh VERSION}"
STAGING="$(mktemp -d)"
cp -R dist/Factcheck.app "$STAGING/"
ln -s /Applications "$STAGING/Applications"
mkdir -p dist/installer
hdiutil create -volname "Factcheck $VERSION" -srcfolder "$STAGING" -ov -format UDZO \
    "dist/installer/Factcheck-$VERSION-macos.dmg"
rm -rf "$STAGING"
