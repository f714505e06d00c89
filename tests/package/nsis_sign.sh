#!/usr/bin/env bash
# package.nsis_sign: what Linux can check of the Windows installer.
#  1. the CPack NSIS script (CPack's template + installer/CMakeLists.txt settings: Start menu, uninstall,
#     upgrade by registry key) compiles with Debian's makensis; the payload is this Linux build (a dummy here);
#  2. the signing flow of installer/windows/sign.cmake, rehearsed with osslsigncode and a throwaway self-signed
#     certificate: CPack's post-build script signs the installer, the signature verifies against that certificate,
#     and a tampered copy no longer verifies.
#   nsis_sign.sh BUILD_DIR
set -Eeuo pipefail
build=$(cd "${1:?usage: nsis_sign.sh BUILD_DIR}" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack makensis osslsigncode openssl; do
    command -v "$tool" >/dev/null || fail "$tool is missing (./run deps installs it)"
done
work=$(mktemp -d "${TMPDIR:-/tmp}/vd-nsis.XXXXXX")
trap '[[ -n ${VD_KEEP:-} ]] || rm -rf "$work"' EXIT

# A throwaway code-signing certificate, valid for a day.
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 1 -subj "/CN=VoucherDesk throwaway test signer" \
    -addext "extendedKeyUsage=codeSigning" -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out "$work/signer.pfx" -passout pass:rehearsal

export VD_SIGN_BACKEND=osslsigncode VD_SIGN_PFX=$work/signer.pfx VD_SIGN_PASSWORD=rehearsal
cmake --build "$build" --target voucherdesk >/dev/null
start=$SECONDS
(cd "$build" && cpack -G NSIS -B "$work/out" -C RelWithDebInfo) > "$work/cpack.log" 2>&1 ||
    { tail -30 "$work/cpack.log"; [[ -f $work/out/_CPack_Packages/Linux/NSIS/NSISOutput.log ]] &&
      tail -30 "$work/out/_CPack_Packages/Linux/NSIS/NSISOutput.log"; fail "cpack -G NSIS failed"; }
installer=$(ls "$work"/out/voucherdesk-*.exe)
echo "built $(basename "$installer") ($(du -h "$installer" | cut -f1)) in $((SECONDS - start)) s"
nsi=$work/out/_CPack_Packages/Linux/NSIS/project.nsi
for want in 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\VoucherDesk.lnk"' 'WriteUninstaller' \
            'Software\Microsoft\Windows\CurrentVersion\Uninstall\VoucherDesk' 'Software\VoucherDesk\VoucherDesk'; do
    grep -qF "$want" "$nsi" || fail "the NSIS script lacks: $want"
done
grep -Eq "signing .*/$(basename "$installer") \(osslsigncode\)" "$work/cpack.log" || fail "the post-build script did not sign the installer"

osslsigncode verify -CAfile "$work/cert.pem" -in "$installer" > "$work/verify.log" 2>&1 ||
    { cat "$work/verify.log"; fail "the signature of the installer does not verify"; }
grep -q "Signature verification: ok" "$work/verify.log" || { cat "$work/verify.log"; fail "no 'Signature verification: ok'"; }
grep -q "VoucherDesk throwaway test signer" "$work/verify.log" || fail "signed by someone else?"

# Tampering with one byte of the payload must break the signature.
cp "$installer" "$work/tampered.exe"
size=$(stat -c %s "$work/tampered.exe")
printf '\xff' | dd of="$work/tampered.exe" bs=1 seek=$((size / 2)) conv=notrunc status=none
if osslsigncode verify -CAfile "$work/cert.pem" -in "$work/tampered.exe" >/dev/null 2>&1; then
    fail "a tampered installer still verifies"
fi
echo "package.nsis_sign passed"
