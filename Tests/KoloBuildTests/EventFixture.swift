import Foundation
import KoloFixtures

/// Events in four languages around FixtureSite.now (2025-01-01T00:00Z): all-day, multi-day,
/// cross-month, cross-year (under way at "now"), timed in the site's zone and in another, online
/// only, and one long past. English is the original; the others inherit its dates.
let eventSite = """
-- site.yaml --
title: Hub
baseURL: https://example.org/
defaultLanguage: en
timeZone: Europe/Skopje
languages:
  - {code: mk, name: Македонски, locale: mk-MK}
  - {code: bg, name: Български, locale: bg-BG}
  - {code: pl, name: Polski, locale: pl-PL}
  - {code: en, name: English, locale: en-GB}
-- content/en/members/arobase.md --
---
title: Arobase
website: https://arobase.example.org/
---
-- content/en/projects/collab.md --
---
title: Innovative Collaborations
---
-- content/en/events/lyon.md --
---
title: Training in Lyon
start: 2021-12-15
end: 2021-12-17
timeZone: Europe/Paris
location: Arobase
city: Lyon
country: fr
registration: https://example.org/register-lyon
organisers: [arobase]
projects: [collab]
---
Three days in Lyon.
-- content/mk/events/lyon.md --
---
title: Иновативни соработки — обука во Лион за социјални претпријатија, задруги и граѓански организации од целиот регион
location: Аробаз
---
Три дена во Лион.
-- content/pl/events/lyon.md --
---
title: Innowacyjne współprace — szkolenie w Lyonie dla przedsiębiorstw społecznych, spółdzielni i organizacji pozarządowych
---
Trzy dni w Lyonie.
-- content/bg/events/lyon.md --
---
title: Обучение в Лион
---
-- content/en/events/day.md --
---
title: One day
start: 2025-01-10
registration: https://example.org/register-day
---
-- content/en/events/cross-month.md --
---
title: Cross month
start: 2025-01-30
end: 2025-02-02
---
-- content/en/events/cross-year.md --
---
title: Cross year
start: 2024-12-30
end: 2025-01-02
---
-- content/en/events/timed.md --
---
title: Timed here
start: 2025-03-05T10:00
end: 2025-03-05T12:30
location: Dom na kultura
city: Bitola
country: mk
---
-- content/en/events/paris.md --
---
title: Timed in Paris
start: 2025-02-10T09:00
end: 2025-02-11T17:00
timeZone: Europe/Paris
location: Arobase
---
-- content/en/events/online.md --
---
title: Online meeting
start: 2025-01-20T18:00
online: https://meet.example.org/kolo
---
-- content/pl/events/cross-month.md --
---
title: Na przełomie miesięcy
---
-- content/mk/events/cross-year.md --
---
title: Преку нова година
---
-- content/bg/events/day.md --
---
title: Един ден
---
-- content/pl/events/timed.md --
---
title: O godzinie
---
-- content/en/news/2024-11-01-call.md --
---
title: Call for applications
date: 2024-11-01
expiryDate: 2024-12-01
---
Apply by December.
-- content/en/news/2024-11-02-results.md --
---
title: Results
date: 2024-11-02
---
See the [call](2024-11-01-call.md).
"""

func eventFixture() throws -> FixtureSite {
    try FixtureSite(eventSite)
}
