"""The .ics files, read by a real iCalendar parser (the `icalendar` package from PyPI).

A fixture site in four languages is built with a fixed --now; every event must come back from the
parser at the instants its front matter gives, long Macedonian and Polish titles must unfold to the
same text, and an event must keep its UID in every language. The example site's calendars must parse too.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from conftest import LANGUAGES, kolo_binary

LONG_MK = "Иновативни соработки — тридневна обука во Лион за социјални претпријатија, задруги и граѓански организации од целиот регион"
LONG_PL = "Innowacyjne współprace — trzydniowe szkolenie w Lyonie dla przedsiębiorstw społecznych, spółdzielni; organizacji, grup"

FILES = {
    "site.yaml": """title: Hub
baseURL: https://example.org/
defaultLanguage: en
timeZone: Europe/Skopje
languages:
  - {code: mk, name: Македонски, locale: mk-MK}
  - {code: bg, name: Български, locale: bg-BG}
  - {code: pl, name: Polski, locale: pl-PL}
  - {code: en, name: English, locale: en-GB}
""",
    "content/en/events/lyon.md": "---\ntitle: Training in Lyon\nstart: 2025-02-10T09:00\nend: 2025-02-12T17:30\ntimeZone: Europe/Paris\nlocation: Arobase, Lyon\n---\nThree days.\n",
    "content/mk/events/lyon.md": f"---\ntitle: \"{LONG_MK}\"\n---\n",
    "content/pl/events/lyon.md": f"---\ntitle: \"{LONG_PL}\"\n---\n",
    "content/bg/events/lyon.md": "---\ntitle: Обучение в Лион\n---\n",
    "content/en/events/workshops.md": "---\ntitle: Workshops\nstart: 2025-03-30\nend: 2025-04-02\n---\n",
    "content/en/events/meeting.md": "---\ntitle: General meeting\nstart: 2025-03-30T01:30\nend: 2025-03-30T04:00\n---\n",
    "content/en/events/online.md": "---\ntitle: Online\nstart: 2025-01-20T18:00Z\nend: 2025-01-20T19:00Z\ntimeZone: UTC\nonline: https://meet.example.org/x\n---\n",
    "content/en/events/old.md": "---\ntitle: Long ago\nstart: 2019-05-01\n---\n",
}

PARIS = ZoneInfo("Europe/Paris")
SKOPJE = ZoneInfo("Europe/Skopje")
EXPECTED = {
    "Training in Lyon": (dt.datetime(2025, 2, 10, 9, 0, tzinfo=PARIS), dt.datetime(2025, 2, 12, 17, 30, tzinfo=PARIS)),
    "Workshops": (dt.date(2025, 3, 30), dt.date(2025, 4, 3)),
    # Across the change to summer time in Skopje (02:00 → 03:00 on 30 March 2025).
    "General meeting": (dt.datetime(2025, 3, 30, 1, 30, tzinfo=SKOPJE), dt.datetime(2025, 3, 30, 4, 0, tzinfo=SKOPJE)),
    "Online": (dt.datetime(2025, 1, 20, 18, 0, tzinfo=dt.timezone.utc), dt.datetime(2025, 1, 20, 19, 0, tzinfo=dt.timezone.utc)),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("calendar-site")
    for path, text in FILES.items():
        (source / path).parent.mkdir(parents=True, exist_ok=True)
        (source / path).write_text(text, encoding="utf-8")
    output = source / "public"
    result = subprocess.run([str(kolo_binary()), "build", "--source", str(source), "--output", str(output),
                             "--now", "2025-01-01T00:00:00Z"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "now 2025-01-01T00:00:00Z (--now)" in result.stdout
    return output


def events(path: Path) -> list:
    data = path.read_bytes()
    # CRLF everywhere, and no physical line over 75 octets.
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    return [component for component in calendar.walk("VEVENT")]


def instant(value):
    return value.astimezone(dt.timezone.utc) if isinstance(value, dt.datetime) else value


def test_every_event_round_trips_with_the_right_instants(built):
    found = {str(event["SUMMARY"]): event for event in events(built / "en" / "events.ics")}
    # Upcoming ones only: "Long ago" ended years before --now.
    assert set(found) == set(EXPECTED)
    for title, (start, end) in EXPECTED.items():
        assert instant(found[title].decoded("DTSTART")) == instant(start), title
        assert instant(found[title].decoded("DTEND")) == instant(end), title
    assert found["Workshops"]["DTSTART"].params["VALUE"] == "DATE"
    assert found["Training in Lyon"]["DTSTART"].params["TZID"] == "Europe/Paris"
    assert str(found["Training in Lyon"]["LOCATION"]) == "Arobase, Lyon"


def test_the_files_describe_the_zones_they_name(built):
    calendar = icalendar.Calendar.from_ical((built / "en" / "events.ics").read_bytes())
    zones = {str(zone["TZID"]): zone for zone in calendar.walk("VTIMEZONE")}
    assert set(zones) == {"Europe/Paris", "Europe/Skopje"}
    # The VTIMEZONE alone gives the right offset: summer time in Skopje starts 30 March 2025 at 02:00.
    skopje = zones["Europe/Skopje"].to_tz()
    assert dt.datetime(2025, 3, 30, 1, 30, tzinfo=skopje).utcoffset() == dt.timedelta(hours=1)
    assert dt.datetime(2025, 3, 30, 4, 0, tzinfo=skopje).utcoffset() == dt.timedelta(hours=2)


@pytest.mark.parametrize("language, title", [("mk", LONG_MK), ("pl", LONG_PL)])
def test_long_titles_fold_and_unfold_to_the_same_text(built, language, title):
    raw = (built / language / "events" / "lyon.ics").read_bytes()
    assert len(f"SUMMARY:{title}".encode()) > 75
    (event,) = events(built / language / "events" / "lyon.ics")
    assert str(event["SUMMARY"]) == title
    assert b"SUMMARY:" in raw and b"\r\n " in raw


def test_an_event_has_one_uid_in_every_language(built):
    uids = {language: str(events(built / language / "events" / "lyon.ics")[0]["UID"]) for language in LANGUAGES}
    assert len(set(uids.values())) == 1, uids


def test_the_example_sites_calendars_parse(site):
    files = sorted(Path(site.root).rglob("*.ics"))
    assert files, "the example site has events"
    for path in files:
        for event in events(path):
            assert event.decoded("DTSTART") is not None
            assert str(event["UID"]).startswith("events/") and ":" not in str(event["UID"]).split("@")[1]
