#!/usr/bin/env bash
# package.deb_chroot: builds the .deb with CPack, lints it, installs it into a clean Debian 12 chroot with apt
# resolving its Depends (no Recommends: the Depends alone must be enough), then runs `voucherdesk --version` and
# `voucherdesk check` there offscreen. Needs root (chroot, mounts) and the Debian mirror.
#   deb_chroot.sh BUILD_DIR
# The bookworm base (mmdebstrap --variant=apt) is cached as BUILD_DIR/package-cache/bookworm-apt.tar, downloaded
# .debs in BUILD_DIR/package-cache/archives; delete that directory to start from nothing.
# VD_DEBIAN_MIRROR (default http://deb.debian.org) chooses the mirror.
set -Eeuo pipefail
build=$(cd "${1:?usage: deb_chroot.sh BUILD_DIR}" && pwd)
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mirror=${VD_DEBIAN_MIRROR:-http://deb.debian.org}
cache=$build/package-cache
t0=$SECONDS
step() { printf '[%4ds] %s\n' $((SECONDS - t0)) "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || fail "needs root (chroot and bind mounts); run it as root or with sudo"
for tool in cpack mmdebstrap lintian unshare; do
    command -v "$tool" >/dev/null || fail "$tool is missing (./run deps installs it)"
done

step "cpack -G DEB"
deb=$("$src/tests/package/build_deb.sh" "$build")
step "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

step "lintian"
# Errors and warnings fail; every tag we keep is explained in installer/linux/lintian-overrides.
lintian --fail-on error,warning --tag-display-limit 0 "$deb"

mkdir -p "$cache/archives/partial"
base=$cache/bookworm-apt.tar
if [[ ! -s $base ]]; then
    step "creating the cached bookworm base with mmdebstrap (first run only)"
    mmdebstrap --variant=apt --quiet bookworm "$base.tmp" \
        "deb $mirror/debian bookworm main" "deb $mirror/debian bookworm-updates main" \
        "deb $mirror/debian-security bookworm-security main"
    mv "$base.tmp" "$base"
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/vd-chroot.XXXXXX")
cleanup() { rm -rf --one-file-system "$root"; }
trap cleanup EXIT
step "unpacking the base into $root"
tar -C "$root" -xf "$base"
cp "$deb" "$root/tmp/voucherdesk.deb"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
: > "$root/tmp/empty.ini"

# Everything that mounts runs in a private mount namespace: the mounts vanish with it, even on failure.
step "apt-get install ./voucherdesk.deb in the chroot"
unshare --mount --fork bash -Eeuo pipefail -c '
    root=$1 archives=$2
    mount --make-rprivate /
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --bind "$archives" "$root/var/cache/apt/archives"
    export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
    chroot "$root" apt-get update -qq
    chroot "$root" apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 \
        -o APT::Keep-Downloaded-Packages=true /tmp/voucherdesk.deb >/tmp/vd-apt.log 2>&1 ||
        { tail -40 /tmp/vd-apt.log; exit 1; }
' _ "$root" "$cache/archives"

step "voucherdesk --version"
run_in() { chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
version=$(run_in voucherdesk --version) || fail "voucherdesk --version exited $?"
echo "$version"
for lib in Qt ZXing-C++ OpenSSL libpq QtKeychain libsecp256k1; do
    grep -q "^  $lib [0-9]" <<<"$version" || fail "--version has no '$lib <version>' line"
done
grep -Eq '^voucherdesk [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{7,}|unknown\)' <<<"$version" ||
    fail "--version's first line is not 'voucherdesk X.Y.Z (commit ...)'"

step "voucherdesk check (no database, no chain, no keychain here: those must FAIL, the plugins must be ok)"
set +e
report=$(run_in voucherdesk check --config /tmp/empty.ini 2>&1)
rc=$?
set -e
echo "$report"
[[ $rc -eq 1 ]] || fail "check exited $rc; documented: 0 all passed, 1 some failed"
for ok in "Qt SQL driver" "Qt platform plugins" "Qt multimedia"; do
    grep -Eq "^ok +$ok" <<<"$report" || fail "check did not report '$ok' as ok (a missing Depends?)"
done
grep -Eq '^FAIL +Database' <<<"$report" || fail "check did not report the unreachable database"
grep -Eq 'check\(s\) failed' <<<"$report" || fail "check did not end with its summary line"

step "dpkg --purge leaves nothing behind"
chroot "$root" dpkg --purge voucherdesk >/dev/null
left=$(chroot "$root" sh -c 'ls /usr/bin/voucherdesk /usr/share/doc/voucherdesk /lib/systemd/system/voucherdesk-listener.service 2>/dev/null' || true)
[[ -z $left ]] || fail "left after purge: $left"
step "package.deb_chroot passed"
