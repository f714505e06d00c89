#!/usr/bin/env python3
"""package.macos_plist: the macOS bundle's Info.plist (as CMake configures it) and the hardened-runtime
entitlements carry what macOS needs: bundle id, version from CMake, executable, camera usage text (without it the
app is killed on first camera use), and the camera entitlement; no entitlement that weakens the hardened runtime.
  check_macos.py BUILD_DIR SOURCE_DIR VERSION
"""
import os
import plistlib
import sys

build, source, version = sys.argv[1:4]
problems = []


def need(ok, what):
    if not ok:
        problems.append(what)


with open(os.path.join(build, "installer", "macos", "Info.plist"), "rb") as f:
    info = plistlib.load(f)
need(info.get("CFBundleIdentifier") == "org.voucherdesk.VoucherDesk", f"bundle id: {info.get('CFBundleIdentifier')}")
need(info.get("CFBundleShortVersionString") == version, f"short version {info.get('CFBundleShortVersionString')} != {version}")
need(info.get("CFBundleVersion") == version, f"version {info.get('CFBundleVersion')} != {version}")
need(info.get("CFBundleExecutable") == "voucherdesk", f"executable: {info.get('CFBundleExecutable')}")
need(info.get("CFBundlePackageType") == "APPL", "package type")
need(info.get("NSHighResolutionCapable") is True, "NSHighResolutionCapable")
camera = info.get("NSCameraUsageDescription", "")
need(isinstance(camera, str) and len(camera) > 20 and "camera" in camera.lower(), f"NSCameraUsageDescription: {camera!r}")
need(set(info.get("CFBundleLocalizations", [])) >= {"en", "fr", "sw"}, "CFBundleLocalizations en, fr, sw")
need(all("${" not in str(v) and "@" not in str(v)[:1] for v in info.values()), "an unconfigured ${...} is left")
need(os.path.getsize(os.path.join(source, "installer", "macos", info.get("CFBundleIconFile", "missing"))) > 0,
     "the icon file named in Info.plist exists")

with open(os.path.join(source, "installer", "macos", "entitlements.plist"), "rb") as f:
    ent = plistlib.load(f)
need(ent.get("com.apple.security.device.camera") is True, "camera entitlement")
for weak in ("com.apple.security.cs.allow-jit", "com.apple.security.cs.allow-unsigned-executable-memory",
             "com.apple.security.cs.disable-library-validation", "com.apple.security.get-task-allow",
             "com.apple.security.cs.allow-dyld-environment-variables"):
    need(ent.get(weak, False) is False, f"{weak} must not be granted")

with open(os.path.join(source, "installer", "macos", "voucherdesk.icns"), "rb") as f:
    need(f.read(4) == b"icns", "voucherdesk.icns is an icns file")

for p in problems:
    print("FAIL:", p)
print(f"Info.plist: {len(info)} keys, entitlements: {len(ent)} keys; {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
