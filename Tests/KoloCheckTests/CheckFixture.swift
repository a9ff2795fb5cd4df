import Foundation
import KoloBuild
import KoloCheck
import KoloDiagnostics
import KoloFixtures

/// A site written inline, Hugo-style (`-- path --` starts each file), in a fresh temporary folder,
/// checked with a fixed "now".
struct CheckFixture {
    let root: URL

    /// 2025-01-01.
    static let now: Int64 = 1_735_689_600

    init(_ files: String) throws {
        root = try FixtureSite(files).root
    }

    func report(drafts: Bool = false) async -> CheckReport {
        await Checker.run(BuildOptions(source: root.path, includeDrafts: drafts, now: Self.now))
    }

    /// Every finding as printed, with the fixture's folder removed from paths.
    func findings(drafts: Bool = false) async -> [String] {
        await report(drafts: drafts).diagnostics.map { $0.description.replacing(root.path + "/", with: "") }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Two languages, a news item with a heading, a project, a member, an about page and a picture.
let hubSite = """
-- site.yaml --
title: Hub
baseURL: https://example.org/
defaultLanguage: en
languages:
  - {code: en, name: English, locale: en-GB, title: Hub}
  - {code: mk, name: Македонски, locale: mk-MK, title: Хаб}
-- static/images/lab.jpg --
not really a picture
-- content/en/news/2016-07-22-fusion-lab.md --
---
title: Fusion Lab opens
date: 2016-07-22
projects: [fusion-lab]
image: /images/lab.jpg
imageAlt: The lab's workshop
---
The [project](../projects/fusion-lab.md#goals), its [partner](../members/forum-16.md) and [us](/en/about/).

## What happens next
Text.
-- content/mk/news/2016-07-22-fusion-lab.md --
---
title: Лабораторија за фузија
imageAlt: Работилницата
---
Видете го [проектот](../../en/projects/fusion-lab.md).
-- content/en/projects/fusion-lab.md --
---
title: Fusion Lab
status: active
partners: [forum-16]
---
## Goals
Read [what happens next](../news/2016-07-22-fusion-lab.md#what-happens-next).
-- content/en/members/forum-16.md --
---
title: FORUM 16
kind: organisation
---
An association.
-- content/en/about.md --
---
title: About
---
![Our office](/images/lab.jpg) [News](/en/news/) [Feed](/en/atom.xml) [top](#main)
"""
