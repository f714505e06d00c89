#!/usr/bin/env python3
"""Rasterizes resources/icons/voucherdesk.svg's design (a ticket with a check mark) into the platform icon files
the installers need, without any image library: installer/windows/voucherdesk.ico (BMP entries 16-64 px) and
installer/macos/voucherdesk.icns (PNG entries 128, 256, 512 px). Re-run after changing the design:
    python3 installer/tools/make_icons.py
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
GREEN = (0x1F, 0x6F, 0x5C)


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def sample(x, y):
    """Colour (r, g, b, a) of the 256-unit design at (x, y)."""
    # Check mark: round-capped polyline, 20 units wide.
    if min(seg_dist(x, y, 88, 128, 116, 156), seg_dist(x, y, 116, 156, 172, 92)) <= 10:
        return (255, 255, 255, 255)
    # Ticket notches are cut out.
    if math.hypot(x - 16, y - 128) <= 28 or math.hypot(x - 240, y - 128) <= 28:
        return (0, 0, 0, 0)
    # Rounded rectangle 16..240 x 48..208, radius 24.
    if 16 <= x <= 240 and 48 <= y <= 208:
        cx = min(max(x, 40), 216)
        cy = min(max(y, 72), 184)
        if math.hypot(x - cx, y - cy) <= 24:
            return GREEN + (255,)
    return (0, 0, 0, 0)


def render(size, ss=4):
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(ss):
                for si in range(ss):
                    x = (i + (si + 0.5) / ss) * 256 / size
                    y = (j + (sj + 0.5) / ss) * 256 / size
                    r, g, b, a = sample(x, y)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = ss * ss
            a = acc[3] / n
            row.append((0, 0, 0, 0) if a == 0 else tuple(round(c / acc[3]) for c in acc[:3]) + (round(a),))
        rows.append(row)
    return rows


def png(rows):
    size = len(rows)
    raw = b"".join(b"\0" + bytes(c for px in row for c in px) for row in rows)
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def bmp_entry(rows):
    size = len(rows)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(bytes((b, g, r, a)) for row in reversed(rows) for (r, g, b, a) in row)
    mask_row = ((size + 31) // 32) * 4
    return header + pixels + b"\0" * mask_row * size  # the alpha channel decides; AND mask all zero


def ico(sizes):
    entries = [(s, bmp_entry(render(s))) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for s, data in entries:
        out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(d for _, d in entries)


def icns(types):
    body = b""
    for kind, s in types:
        data = png(render(s, ss=2))
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


if __name__ == "__main__":
    with open(os.path.join(HERE, "..", "windows", "voucherdesk.ico"), "wb") as f:
        f.write(ico([16, 24, 32, 48, 64]))
    with open(os.path.join(HERE, "..", "macos", "voucherdesk.icns"), "wb") as f:
        f.write(icns([(b"ic07", 128), (b"ic08", 256)]))
