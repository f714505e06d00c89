#!/usr/bin/env bash
# package.metadata: the files the Debian package installs for the desktop and the system are valid:
# desktop entry (desktop-file-validate), AppStream metainfo (appstreamcli, no network), man page (groff warnings),
# systemd unit (the keys the brief requires; systemd-analyze verify when systemd is present), maintainer scripts (sh -n).
set -Eeuo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
linux=$src/installer/linux
fail() { echo "FAIL: $*" >&2; exit 1; }
desktop-file-validate "$linux/org.voucherdesk.VoucherDesk.desktop" || fail "desktop entry"
appstreamcli validate --no-net --explain "$linux/org.voucherdesk.VoucherDesk.metainfo.xml" || fail "metainfo"
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$linux/voucherdesk.1" 2>&1 >/dev/null)
[[ -z $warnings ]] || fail "man page: $warnings"
unit=$linux/voucherdesk-listener.service
for key in 'Type=simple' 'Restart=on-failure' 'DynamicUser=yes' 'ExecStart=/usr/bin/voucherdesk listen --config /etc/voucherdesk/listener.ini' \
           'EnvironmentFile=-/etc/voucherdesk/listener.env' 'WantedBy=multi-user.target'; do
    grep -q "^$key" "$unit" || fail "systemd unit lacks $key"
done
if command -v systemd-analyze >/dev/null; then
    # Offline verification of the unit's syntax; the executable itself is only there once the package is installed.
    problems=$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no "$unit" 2>&1 |
               grep -v "Command /usr/bin/voucherdesk is not executable" || true)
    [[ -z $problems ]] || fail "systemd-analyze verify: $problems"
fi
for s in postinst prerm postrm; do sh -n "$linux/$s" || fail "$s"; done
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$linux/copyright" ||
    fail "copyright is not DEP-5"
echo "package.metadata passed"
