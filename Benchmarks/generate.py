#!/usr/bin/env python3
"""Writes a deterministic multilingual NGO-hub site for benchmarking Kolo.

    generate.py --files N [--seed S] [--events PERCENT] --out DIR

N content files (news ~70 %, projects ~20 %, members ~10 %) in mk, bg, pl and en, joined into
translation groups by file name, cross-referenced (projects:, members:, partners:), tagged with
language-neutral keys, with Markdown bodies of 2-7 KB (headings, lists, quotes, links to other
pages of the site, images). The same N and seed always give byte-identical files.
Events come on top, PERCENT % of N (5 by default): all-day, multi-day and timed, some in another time
zone, some online, around 2025, each with organisers and a project. They draw on a random generator of
their own, so the other files are the same with or without them (--events 0 gives the older corpus).
"""
import argparse
import os
import random

LANGS = ["mk", "bg", "pl", "en"]
WORDS = {
    "mk": "заедница развој поддршка соработка граѓани млади општина проект мрежа обука знаење иницијатива партнери средства транспарентност права жени култура животна средина".split(),
    "bg": "общност развитие подкрепа сътрудничество граждани младежи община проект мрежа обучение знание инициатива партньори средства прозрачност права жени култура околна среда".split(),
    "pl": "społeczność rozwój wsparcie współpraca mieszkańcy młodzież gmina projekt sieć szkolenie wiedza inicjatywa partnerzy środki przejrzystość prawa kobiety kultura środowisko".split(),
    "en": "community development support cooperation citizens youth municipality project network training knowledge initiative partners funding transparency rights women culture environment".split(),
}
NAMES = {"mk": "Македонски", "bg": "Български", "pl": "Polski", "en": "English"}
LOCALES = {"mk": "mk-MK", "bg": "bg-BG", "pl": "pl-PL", "en": "en-GB"}
TAGS = ["youth", "climate", "human-rights", "education", "culture", "open-data", "volunteering", "health",
        "energy", "media-literacy", "democracy", "social-inclusion", "heritage", "research", "advocacy"]
STATUSES = ["planned", "active", "completed"]


def sentence(rng, lang, links):
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(8, 18))]
    if links and rng.random() < 0.3:
        kind, slug = rng.choice(links)
        i = rng.randrange(len(words))
        words[i] = "[%s](/%s/%s/%s/)" % (words[i], lang, kind, slug)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def body(rng, lang, links, size):
    parts, total = [], 0
    while total < size:
        r = rng.random()
        if r < 0.55:
            block = " ".join(sentence(rng, lang, links) for _ in range(rng.randint(2, 5)))
        elif r < 0.7:
            block = "## " + " ".join(rng.choice(WORDS[lang]) for _ in range(3)).capitalize()
        elif r < 0.85:
            block = "\n".join("- " + sentence(rng, lang, links) for _ in range(rng.randint(2, 5)))
        elif r < 0.95:
            block = "> " + sentence(rng, lang, []) + '\n>\n> — "' + rng.choice(WORDS[lang]) + '"'
        else:
            block = "![%s](/images/%d.jpg)" % (rng.choice(WORDS[lang]), rng.randrange(100))
        parts.append(block)
        total += len(block.encode())
    return "\n\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--events", type=float, default=5.0, help="events, as a percentage of --files, written on top")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random("kolo-bench/%d" % a.seed)
    counts = {"members": max(1, a.files // 10), "projects": max(1, a.files // 5)}
    counts["news"] = a.files - counts["members"] - counts["projects"]
    items = {k: [] for k in counts}
    for kind in ("members", "projects", "news"):
        written = 0
        while written < counts[kind]:
            n = min(rng.randint(1, 4), counts[kind] - written)
            langs = ["en"] + rng.sample(LANGS[:3], n - 1) if kind != "news" else rng.sample(LANGS, n)
            slug = "%s-%d" % (kind[:-1] if kind != "news" else "item", len(items[kind]) + 1)
            items[kind].append((slug, sorted(langs, key=LANGS.index)))
            written += n
    links = [(k, s) for k in items for s, _ in items[k]]
    for lang in LANGS:
        for kind in ("news", "projects", "members"):
            os.makedirs(os.path.join(a.out, "content", lang, kind), exist_ok=True)
    for kind in ("members", "projects", "news"):
        for index, (slug, langs) in enumerate(items[kind]):
            item_rng = random.Random("%d/%s/%s" % (a.seed, kind, slug))
            year = 2012 + item_rng.randrange(13)
            date = "%d-%02d-%02d" % (year, item_rng.randint(1, 12), item_rng.randint(1, 28))
            for lang in langs:
                local = [(k, s) for k, s in links if k != kind or s != slug][:50]
                fm = ["---", 'title: "%s %s %d"' % (rng.choice(WORDS[lang]).capitalize(), rng.choice(WORDS[lang]), index + 1)]
                if kind == "news":
                    fm.append("date: %sT10:00:00+01:00" % date)
                    fm.append("tags: [%s]" % ", ".join(item_rng.sample(TAGS, 2)))
                    fm.append("projects: [%s]" % rng.choice(items["projects"])[0])
                elif kind == "projects":
                    fm.append("status: %s" % rng.choice(STATUSES))
                    fm.append("startDate: %s" % date)
                    fm.append("funder: European Union")
                    fm.append("partners: [%s]" % rng.choice(items["members"])[0])
                    fm.append("tags: [%s]" % item_rng.choice(TAGS))
                else:
                    fm.append("city: Bitola")
                    fm.append("country: mk")
                fm.append("---")
                text = "\n".join(fm) + "\n\n" + body(item_rng, lang, [(k, s) for k, s in local], item_rng.randint(2048, 7000))
                with open(os.path.join(a.out, "content", lang, kind, slug + ".md"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
    write_events(a, items, links)
    with open(os.path.join(a.out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write('title: "Bench"\nbaseURL: "https://bench.example.org/"\ndefaultLanguage: en\npaginate: 10\nlanguages:\n')
        for lang in LANGS:
            f.write('  - {code: %s, name: "%s", locale: %s, title: "Bench %s"}\n' % (lang, NAMES[lang], LOCALES[lang], lang))


def write_events(a, items, links):
    """About a.events % of a.files event files, in translation groups like the other items."""
    count = int(a.files * a.events / 100)
    rng = random.Random("kolo-bench-events/%d" % a.seed)
    zones = ["", "", "", "Europe/Paris", "Europe/Warsaw", "Europe/Sofia"]
    written = 0
    index = 0
    while written < count:
        index += 1
        n = min(rng.randint(1, 4), count - written)
        langs = sorted(["en"] + rng.sample(LANGS[:3], n - 1), key=LANGS.index)
        slug = "event-%d" % index
        year, month, day = 2024 + rng.randrange(3), rng.randint(1, 12), rng.randint(1, 28)
        shape = rng.randrange(4)
        zone = rng.choice(zones)
        if shape == 0:
            when = ["start: %d-%02d-%02d" % (year, month, day)]
        elif shape == 1:
            when = ["start: %d-%02d-%02d" % (year, month, day), "end: %d-%02d-%02d" % (year, month, min(28, day + rng.randint(1, 3)))]
        else:
            hour = rng.randint(8, 16)
            when = ["start: %d-%02d-%02dT%02d:00" % (year, month, day, hour), "end: %d-%02d-%02dT%02d:30" % (year, month, day, hour + 2)]
        # The corpus's site.yaml names no zone, so a time needs the event's own.
        if shape >= 2 and not zone:
            zone = "Europe/Skopje"
        facts = when + (["timeZone: %s" % zone] if zone else [])
        facts.append("organisers: [%s]" % rng.choice(items["members"])[0])
        facts.append("projects: [%s]" % rng.choice(items["projects"])[0])
        facts.append("tags: [%s]" % ", ".join(rng.sample(TAGS, 2)))
        if shape == 3:
            facts.append("online: https://meet.example.org/%s" % slug)
        else:
            facts.append("city: Bitola")
            facts.append("country: mk")
        facts.append("registration: https://example.org/register/%s" % slug)
        for lang in langs:
            folder = os.path.join(a.out, "content", lang, "events")
            os.makedirs(folder, exist_ok=True)
            fm = ["---", 'title: "%s %s %d"' % (rng.choice(WORDS[lang]).capitalize(), rng.choice(WORDS[lang]), index)]
            if lang == "en":
                fm += facts
            fm += ['location: "%s %s"' % (rng.choice(WORDS[lang]).capitalize(), index), "---"]
            text = "\n".join(fm) + "\n\n" + body(rng, lang, links[:50], rng.randint(1024, 3000))
            with open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        written += n


if __name__ == "__main__":
    main()
