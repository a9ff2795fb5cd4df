#!/usr/bin/env python3
"""Draws the example site's pictures (no third-party photos): news "photos" rendered as flat
illustrations of the scenes the articles describe, and the members' logos. Deterministic: run it again
and the files are the same. The photos carry a made-up camera and GPS position in their EXIF, as a
phone's would, so that the example site shows Kolo removing them.
usage: python3 docs/example-site/draw_pictures.py (from the repository root; needs Pillow)
"""
import math, os, random
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
W, H = 2400, 1600


def backdrop(rnd, top, bottom):
    img = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(img)
    for y in range(H):
        t = y / H
        d.line([(0, y), (W, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    return img, d


def grain(img, rnd):
    # A little sensor noise and softness, so the encoders see a photo rather than flat colour.
    noise = Image.effect_noise((W, H), 18).convert("RGB")
    return Image.blend(img, noise, 0.06).filter(ImageFilter.GaussianBlur(1.2))


def person(d, x, y, scale, colour, skin):
    d.ellipse([x - 38 * scale, y - 150 * scale, x + 38 * scale, y - 74 * scale], fill=skin)
    d.rounded_rectangle([x - 60 * scale, y - 70 * scale, x + 60 * scale, y + 120 * scale], radius=40 * scale, fill=colour)


def meeting(rnd):
    """People around a long table under a window: a training or a network meeting."""
    img, d = backdrop(rnd, (236, 226, 208), (196, 180, 160))
    d.rectangle([300, 180, 2100, 760], fill=(170, 205, 226))
    for x in range(300, 2101, 450):
        d.rectangle([x - 12, 180, x + 12, 760], fill=(120, 96, 80))
    d.rectangle([0, 1040, W, H], fill=(150, 118, 92))
    skins = [(241, 198, 160), (198, 140, 102), (141, 95, 70), (224, 172, 130)]
    colours = [(11, 79, 75), (179, 61, 0), (38, 55, 138), (22, 90, 44), (120, 40, 90), (200, 150, 30)]
    for i in range(7):
        x = 330 + i * 290 + rnd.randint(-30, 30)
        person(d, x, 900, 1.5, colours[(i + rnd.randint(0, 5)) % len(colours)], skins[rnd.randint(0, 3)])
    d.rounded_rectangle([180, 980, 2220, 1180], radius=30, fill=(92, 64, 44))
    for i in range(9):
        x = 300 + i * 210
        d.rectangle([x, 1010, x + 120, 1060], fill=(248, 248, 240))
    return img


def city(rnd):
    """Rooftops and a square: the places the hub's members work in."""
    img, d = backdrop(rnd, (120, 170, 215), (250, 214, 170))
    d.ellipse([1700, 200, 1980, 480], fill=(255, 236, 180))
    for layer, base in ((0, 900), (1, 1050)):
        x = -50
        while x < W:
            w = rnd.randint(180, 340)
            h = rnd.randint(250, 520) - layer * 120
            shade = 150 - layer * 50 + rnd.randint(-20, 20)
            d.rectangle([x, base - h, x + w, H], fill=(shade, shade - 30, shade - 50))
            d.polygon([(x - 20, base - h), (x + w / 2, base - h - 120), (x + w + 20, base - h)], fill=(160 - layer * 40, 60, 40))
            for wy in range(base - h + 60, base - 40, 110):
                for wx in range(x + 30, x + w - 50, 90):
                    d.rectangle([wx, wy, wx + 40, wy + 60], fill=(250, 226, 150) if rnd.random() < .4 else (70, 80, 96))
            x += w + rnd.randint(0, 30)
    d.rectangle([0, 1350, W, H], fill=(140, 130, 120))
    return img


def workshop(rnd):
    """A coworking space: desks, laptops, plants, a board full of notes."""
    img, d = backdrop(rnd, (245, 242, 236), (222, 216, 206))
    d.rectangle([200, 160, 1300, 820], fill=(250, 250, 250), outline=(90, 90, 90), width=10)
    notes = [(255, 214, 90), (140, 210, 190), (250, 160, 140), (180, 200, 250)]
    for i in range(18):
        x, y = 260 + (i % 6) * 170 + rnd.randint(-10, 10), 220 + (i // 6) * 190 + rnd.randint(-10, 10)
        d.rectangle([x, y, x + 130, y + 130], fill=notes[rnd.randint(0, 3)])
    for x in (1500, 1900):
        d.rectangle([x, 700, x + 40, 1100], fill=(110, 80, 60))
        for i in range(9):
            a = i / 9 * math.pi
            d.ellipse([x + 20 + math.cos(a) * 160 - 70, 600 - math.sin(a) * 200 - 50, x + 20 + math.cos(a) * 160 + 70, 600 - math.sin(a) * 200 + 50], fill=(40, 120 + i * 8, 60))
    d.rectangle([0, 1120, W, 1220], fill=(170, 130, 90))
    for x in (300, 900, 1500):
        d.polygon([(x, 1110), (x + 300, 1110), (x + 330, 1050), (x + 30, 1050)], fill=(60, 60, 70))
        d.rectangle([x + 40, 880, x + 290, 1050], fill=(80, 84, 96))
        d.rectangle([x + 55, 895, x + 275, 1035], fill=(130, 190, 220))
    return img


SCENES = {"meeting": meeting, "city": city, "workshop": workshop}


def save_photo(img, path, seed):
    from PIL import Image as _  # noqa: F401  (Pillow writes EXIF from a dict-like Exif object)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 12 Pro"
    exif[0x8825] = {1: "N", 2: (41.0, 1.0, float(seed % 60)), 3: "E", 4: (21.0, 20.0, 4.0)}
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path, "JPEG", quality=90, exif=exif)


def logo(path, text, colour, shape, seed):
    rnd = random.Random(seed)
    img = Image.new("RGBA", (480, 480), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if shape == "circle":
        d.ellipse([16, 16, 464, 464], fill=colour)
    elif shape == "diamond":
        d.polygon([(240, 8), (472, 240), (240, 472), (8, 240)], fill=colour)
    else:
        d.rounded_rectangle([16, 16, 464, 464], radius=96, fill=colour)
    for i in range(3):
        r = 150 - i * 40
        d.arc([240 - r, 240 - r, 240 + r, 240 + r], 200 + rnd.randint(0, 60), 340 + rnd.randint(0, 60), fill=(255, 255, 255, 230), width=22)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 120)
    except OSError:
        font = ImageFont.load_default()
    box = d.textbbox((0, 0), text, font=font)
    d.text((240 - (box[2] - box[0]) / 2, 250 - (box[3] - box[1]) / 2 - box[1]), text, font=font, fill=(255, 255, 255, 255))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path, "PNG")


PHOTOS = [
    ("static/images/news/fusion-lab.jpg", "workshop", 1),
    ("static/images/news/grant.jpg", "city", 2),
    ("static/images/news/network-synergy.jpg", "meeting", 3),
    ("content/en/news/2021-11-15-fuse/fuse.jpg", "city", 4),
    ("static/images/news/lyon-training.jpg", "meeting", 5),
]
LOGOS = [
    ("static/images/members/bcause.png", "B", (38, 55, 138, 255), "circle"),
    ("static/images/members/bialystok.png", "BN", (22, 90, 44, 255), "square"),
    ("static/images/members/forum-16.png", "16", (11, 79, 75, 255), "square"),
    ("static/images/members/osc-stara-zagora.png", "OS", (179, 61, 0, 255), "diamond"),
    ("static/images/members/poznan.png", "PS", (120, 40, 90, 255), "circle"),
]

if __name__ == "__main__":
    for path, scene, seed in PHOTOS:
        rnd = random.Random(seed)
        save_photo(grain(SCENES[scene](rnd), rnd), os.path.join(ROOT, path), seed)
    for i, (path, text, colour, shape) in enumerate(LOGOS):
        logo(os.path.join(ROOT, path), text, colour, shape, i)
    print(f"{len(PHOTOS)} photos and {len(LOGOS)} logos drawn")
