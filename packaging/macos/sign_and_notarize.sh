#!/usr/bin/env bash
# Sign dist/Factcheck.app with a Developer ID and notarise it when the credentials
# are present; otherwise say so and succeed (an unsigned build is still produced).
#   MACOS_CERT_P12_BASE64, MACOS_CERT_PASSWORD, MACOS_SIGN_IDENTITY,
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
set -euo pipefail
APP="${1:-dist/Factcheck.app}"
if [ -z "${MACOS_CERT_P12_BASE64:-}" ] || [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "Code signing skipped: MACOS_CERT_P12_BASE64 / MACOS_SIGN_IDENTITY are not set."
    exit 0
fi
KEYCHAIN="$RUNNER_TEMP/factcheck.keychain-db"
KEYCHAIN_PASSWORD="$(uuidgen)"
echo "$MACOS_CERT_P12_BASE64" | base64 --decode > "$RUNNER_TEMP/cert.p12"
security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security set-keychain-settings -lut 21600 "$KEYCHAIN"
security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security import "$RUNNER_TEMP/cert.p12" -P "$MACOS_CERT_PASSWORD" -A -t cert -f pkcs12 -k "$KEYCHAIN"
security list-keychain -d user -s "$KEYCHAIN"
codesign --force --deep --options runtime --timestamp \
    --entitlements "$(dirname "$0")/entitlements.plist" \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"
if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
    echo "Notarisation skipped: APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD are not set."
    exit 0
fi
ditto -c -k --keepParent "$APP" "$RUNNER_TEMP/Factcheck.zip"
xcrun notarytool submit "$RUNNER_TEMP/Factcheck.zip" --apple-id "$APPLE_ID" \
    --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$APP"
