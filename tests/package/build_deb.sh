#!/usr/bin/env bash
# Builds the .deb from BUILD_DIR with CPack (the build must be current) and prints its path.
set -Eeuo pipefail
build=$(cd "${1:?usage: build_deb.sh BUILD_DIR}" && pwd)
cmake --build "$build" --target voucherdesk vd_package_docs >&2
rm -f "$build"/packages/voucherdesk_*.deb
(cd "$build" && cpack -G DEB -C RelWithDebInfo >&2) || { echo "cpack failed" >&2; exit 1; }
ls "$build"/packages/voucherdesk_*.deb
