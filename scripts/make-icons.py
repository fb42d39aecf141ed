#!/usr/bin/env python3
"""Draws the toolbar icons (public/icons/*.png) with no image library: a lens over lines of text on
a rounded square; blue when off, amber when reader mode is on. Run: python3 scripts/make-icons.py"""
import math, struct, zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'public' / 'icons'


def png(w, h, rgba):
    raw = b''.join(b'\x00' + bytes(rgba[y * w * 4:(y + 1) * w * 4]) for y in range(h))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def draw(size, bg):
    ss = 4
    n = size * ss
    acc = [[0.0] * 4 for _ in range(size * size)]
    r = 0.22 * n
    for y in range(n):
        for x in range(n):
            u, v = (x + 0.5) / n, (y + 0.5) / n
            # rounded square
            dx = max(abs(x + 0.5 - n / 2) - (n / 2 - r), 0)
            dy = max(abs(y + 0.5 - n / 2) - (n / 2 - r), 0)
            if dx * dx + dy * dy > r * r:
                continue
            col = bg
            # three text lines
            for ly, lw in ((0.30, 0.56), (0.46, 0.40), (0.62, 0.30)):
                if abs(v - ly) < 0.045 and 0.18 < u < 0.18 + lw:
                    col = (255, 255, 255)
            # lens ring and handle
            cx, cy, rad = 0.60, 0.58, 0.17
            d = math.hypot(u - cx, v - cy)
            if rad - 0.055 < d < rad + 0.03:
                col = (255, 255, 255)
            elif d <= rad - 0.055:
                col = tuple(min(255, int(c * 0.55 + 255 * 0.45)) for c in bg)
            t = ((u - cx) + (v - cy)) / 2
            if t > rad * 0.7 and t < rad * 0.7 + 0.16 and abs((u - cx) - (v - cy)) < 0.07:
                col = (255, 255, 255)
            a = acc[(y // ss) * size + x // ss]
            a[0] += col[0]; a[1] += col[1]; a[2] += col[2]; a[3] += 255
    out = []
    for a in acc:
        k = a[3] / 255 or 1
        out += [int(a[0] / k), int(a[1] / k), int(a[2] / k), int(a[3] / (ss * ss))]
    return png(size, size, out)


OUT.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 128):
    (OUT / f'icon-{size}.png').write_bytes(draw(size, (26, 115, 232)))
for size in (16, 32):
    (OUT / f'icon-on-{size}.png').write_bytes(draw(size, (227, 116, 0)))
print('icons written to', OUT)
