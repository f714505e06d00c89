#!/usr/bin/env bash
# Signing and notarization of VoucherDesk for macOS (CI: .github/workflows/macos.yml).
#   sign-and-notarize.sh sign APP        codesign every nested binary innermost first, then the app with the
#                                        hardened runtime, secure timestamps and installer/macos/entitlements.plist
#   sign-and-notarize.sh notarize DMG    codesign the DMG, notarytool submit --wait, stapler staple, verify
# Environment: VD_MACOS_SIGN_IDENTITY ("Developer ID Application: ... (TEAMID)"), and for notarize either
# VD_NOTARY_KEY (path to the App Store Connect .p8), VD_NOTARY_KEY_ID, VD_NOTARY_ISSUER, or VD_NOTARY_PROFILE
# (a keychain profile made with `xcrun notarytool store-credentials`).
set -Eeuo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
identity=${VD_MACOS_SIGN_IDENTITY:?set VD_MACOS_SIGN_IDENTITY}
sign() { codesign --force --timestamp --options runtime --sign "$identity" "$@"; }

case ${1:-} in
sign)
    app=${2:?app bundle}
    # Innermost first: dylibs and plugins, then frameworks (their versioned bundle), then helpers, then the app.
    find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) -print0 | sort -z | while IFS= read -r -d '' f; do sign "$f"; done
    find "$app/Contents/Frameworks" -depth -type d -name '*.framework' -print0 2>/dev/null |
        while IFS= read -r -d '' fw; do sign "$fw"; done
    find "$app/Contents/MacOS" -type f -perm -u+x ! -name voucherdesk -print0 |
        while IFS= read -r -d '' f; do sign "$f"; done
    sign --entitlements "$here/entitlements.plist" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
    ;;
notarize)
    dmg=${2:?dmg}
    codesign --force --timestamp --sign "$identity" "$dmg"
    if [[ -n ${VD_NOTARY_PROFILE:-} ]]; then
        auth=(--keychain-profile "$VD_NOTARY_PROFILE")
    else
        auth=(--key "${VD_NOTARY_KEY:?}" --key-id "${VD_NOTARY_KEY_ID:?}" --issuer "${VD_NOTARY_ISSUER:?}")
    fi
    xcrun notarytool submit "$dmg" "${auth[@]}" --wait --timeout 30m
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    ;;
*)
    echo "usage: $0 sign APP | notarize DMG" >&2
    exit 2
    ;;
esac
