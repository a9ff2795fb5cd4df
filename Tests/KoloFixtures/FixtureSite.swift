import Foundation
import KoloBuild
import KoloDiagnostics

/// A site written inline, Hugo-style: `-- path --` lines start each file. Built into a fresh
/// temporary folder, read back by path. Shared by every test target that builds sites.
public struct FixtureSite: Sendable {
    public let root: URL
    public var output: URL { root.appendingPathComponent("public") }

    /// 2025-01-01: fixed, so "future" items are the same in every run.
    public static let now: Int64 = 1_735_689_600

    public init(_ files: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write(files)
    }

    public func write(_ files: String) throws {
        var path: String?
        var lines: [Substring] = []
        func flush() throws {
            guard let path else { return }
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        for line in files.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") {
                try flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        try flush()
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    @discardableResult
    public func build(drafts: Bool = false, future: Bool = false, expired: Bool = false, baseURL: String? = nil, output: String? = nil,
                      force: Bool = false, now: Int64 = Self.now) async throws(DiagnosticError) -> BuildReport {
        var options = BuildOptions(source: root.path, output: output ?? self.output.path, baseURL: baseURL,
                                   includeDrafts: drafts, includeFuture: future, now: now, force: force)
        options.includeExpired = expired
        return try await Build.run(options)
    }

    /// The error messages of a build that must fail, with the fixture's folder removed from paths.
    public func buildErrors() async -> [String] {
        do {
            try await build()
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map { $0.description.replacing(root.path + "/", with: "") }
        }
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file of the output, by relative path.
    public func allFiles(in folder: URL? = nil) throws -> [String: Data] {
        let base = folder ?? output
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.path.dropFirst(base.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    public func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// The smallest site there is: one language, no content.
public let oneLanguageSite = """
-- site.yaml --
title: Hub
baseURL: https://example.org/
languages:
  - {code: en, name: English, locale: en-GB}
"""

/// Two languages, translations, references, tags: the smallest site that exercises everything.
public let twoLanguageSite = """
-- site.yaml --
title: Hub
baseURL: https://example.org/hub/
defaultLanguage: en
paginate: 2
timeZone: Europe/Skopje
languages:
  - code: mk
    name: Македонски
    locale: mk-MK
    title: Хаб
    menu:
      - {name: Вести, url: news/}
  - code: en
    name: English
    locale: en-GB
    title: Hub
    menu:
      - {name: News, url: news/}
-- content/en/news/2016-07-22-fusion-lab.md --
---
title: Fusion Lab opens <script>alert(1)</script>
date: 2016-07-22
tags: [social-enterprise]
projects: [fusion-lab]
members: [forum-16]
---
FORUM 16 opens a "lab". See [the project](../projects/fusion-lab.md#goals) and [home](/en/).

## Goals
Text.
-- content/mk/news/2016-07-22-fusion-lab.md --
---
title: Лабораторија за фузија
tags: [social-enterprise]
projects: [fusion-lab]
---
ФОРУМ 16 отвора "лабораторија". Видете [проектот](../projects/fusion-lab.md).
-- content/en/news/2017-01-05-second.md --
---
title: Second item
date: 2017-01-05T10:00:00+01:00
description: The second one.
---
Body two.
-- content/en/news/2018-03-01-third.md --
---
title: Third item
date: 2018-03-01
---
Body three.
-- content/en/news/2019-03-01-draft.md --
---
title: Draft item
date: 2019-03-01
draft: true
---
Draft.
-- content/en/news/2030-01-01-future.md --
---
title: Future item
date: 2030-01-01
---
Not yet.
-- content/en/projects/fusion-lab.md --
---
title: Fusion Lab
status: active
startDate: 2016-07-01
funder: European Union
partners: [forum-16]
---
The lab.
-- content/mk/projects/fusion-lab.md --
---
title: Лабораторија за фузија
---
Лабораторијата.
-- content/en/members/forum-16.md --
---
title: FORUM 16
city: Bitola
country: mk
kind: organisation
---
An association.
-- content/en/about.md --
---
title: About
---
About us.
-- content/en/news/_index.md --
---
title: All the news
description: What happens.
---
-- i18n/mk.yaml --
tags:
  social-enterprise: Социјално претприемништво
-- i18n/en.yaml --
tags:
  social-enterprise: Social enterprise
"""

/// Three languages, one of them right-to-left; untranslated pages fall back; section names translated.
public let fallbackSite = """
-- site.yaml --
title: Hub
baseURL: https://example.org/
defaultLanguage: pl
defaultLanguageInSubdir: false
untranslated: fallback
sections: {news: {pl: aktualnosci, ar: akhbar}}
languages:
  - code: pl
    name: Polski
    locale: pl-PL
  - code: mk
    name: Македонски
    locale: mk-MK
  - code: ar
    name: العربية
    locale: ar
-- content/pl/news/2017-04-24-grant.md --
---
title: Wiedza → współpraca → rozwój
date: 2017-04-24
members: [bialystok]
tags: [grants]
---
Projekt "Wiedza" dostał dotację.
-- content/mk/news/2016-07-22-lab.md --
---
title: Лабораторија
date: 2016-07-22
---
Само на македонски.
-- content/pl/members/bialystok.md --
---
title: Łódzkie Stowarzyszenie
---
-- content/pl/members/a.md --
---
title: Lubelska Fundacja
---
-- content/pl/members/s.md --
---
title: Śląskie Forum
---
-- content/pl/members/z.md --
---
title: Sądecka Grupa
---
-- content/mk/members/bialystok.md --
---
title: Здружение Бјалисток
---
-- i18n/pl.yaml --
membersCount:
  one: "{count} organizacja"
  few: "{count} organizacje"
  other: "{count} organizacji"
"""
