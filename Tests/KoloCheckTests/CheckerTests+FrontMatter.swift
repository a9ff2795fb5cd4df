import Testing

/// What `kolo check` finds in front matter (Checker+FrontMatter.swift): unsafe addresses, pictures,
/// their descriptions, misspelt keys and aliases.
extension CheckerTests {
    @Test func frontMatterLinksAndPicturesThatRunScriptAreReported() async throws {
        try await expectFindings("""
        -- content/en/members/forum-16.md --
        ---
        title: FORUM 16
        kind: organisation
        website: javascript:alert(1)
        logo: "data:text/html;base64,PHNjcmlwdD4="
        ---
        """, [
            "content/en/members/forum-16.md:4:10: warning: 'website' javascript:alert(1) is left out of the page: javascript: links can run script in a reader's browser (markdown.unsafe is off)",
            "content/en/members/forum-16.md:5:7: warning: 'logo' data:text/html;base64,PHNjcmlwdD4= is left out of the page: data: links can run script in a reader's browser (markdown.unsafe is off)",
        ])
    }

    @Test func frontMatterPicturesMustExistAndBeDescribed() async throws {
        try await expectFindings("""
        -- content/en/members/forum-16.md --
        ---
        title: FORUM 16
        kind: organisation
        logo: /images/logos/forum-16.png
        image: images/lab.jpg
        ---
        """, [
            "content/en/members/forum-16.md:4:7: error: 'logo' /images/logos/forum-16.png is missing: no page has that address and there is no static/images/logos/forum-16.png",
            "content/en/members/forum-16.md:5:8: warning: 'image' has no 'imageAlt': describe it for people who cannot see it",
            "content/en/members/forum-16.md:5:8: warning: 'image' images/lab.jpg is relative, so it means another place on every page that shows it: write it from the site's root, like /images/lab.jpg",
        ])
    }

    @Test func aTranslationUsesTheOriginalsPicturesFromItsItemFolder() async throws {
        try await expectFindings("""
        -- content/en/news/2021-12-17-lyon/index.md --
        ---
        title: Lyon
        date: 2021-12-17
        image: lyon.jpg
        imageAlt: Participants
        ---
        ![The hall](hall.jpg) and the [report](report.pdf).
        -- content/en/news/2021-12-17-lyon/lyon.jpg --
        a photo
        -- content/en/news/2021-12-17-lyon/hall.jpg --
        a photo
        -- content/en/news/2021-12-17-lyon/report.pdf --
        a report
        -- content/mk/news/2021-12-17-lyon/index.md --
        ---
        title: Лион
        image: lyon.jpg
        imageAlt: Учесници
        logo: stage.jpg
        ---
        ![Салата](hall.jpg), ![бината](stage.jpg) и [извештајот](report.pdf).
        """, [
            "content/mk/news/2021-12-17-lyon/index.md:5:7: warning: 'logo' stage.jpg is not in the item's folder (content/mk/news/2021-12-17-lyon/) nor its translations' (content/en/news/2021-12-17-lyon/)",
            "content/mk/news/2021-12-17-lyon/index.md:7:32: error: image stage.jpg is missing: it is not in the item's folder (content/mk/news/2021-12-17-lyon/) nor its translations' (content/en/news/2021-12-17-lyon/)",
            "content/mk/news/2021-12-17-lyon/index.md:7:58: error: link to report.pdf goes nowhere: it is not in the item's folder (content/mk/news/2021-12-17-lyon/)",
        ])
    }

    @Test func aPictureMissingFromTheItemFolderIsNamed() async throws {
        try await expectFindings("""
        -- content/en/news/2021-12-17-lyon/index.md --
        ---
        title: Lyon
        date: 2021-12-17
        image: lyon.jpg
        imageAlt: Participants
        ---
        ![The hall](hall.jpg)
        """, [
            "content/en/news/2021-12-17-lyon/index.md:4:8: warning: 'image' lyon.jpg is not in the item's folder (content/en/news/2021-12-17-lyon/)",
            "content/en/news/2021-12-17-lyon/index.md:7:13: error: image hall.jpg is missing: it is not in the item's folder (content/en/news/2021-12-17-lyon/)",
        ])
    }

    @Test func aTranslationNeedsItsOwnImageDescription() async throws {
        try await expectFindings("""
        -- content/mk/news/2016-07-22-fusion-lab.md --
        ---
        title: Лабораторија за фузија
        ---
        """, [
            "content/mk/news/2016-07-22-fusion-lab.md:1:1: warning: this translation takes 'image' and its 'imageAlt' from the original, in another language: write 'imageAlt' in mk",
        ])
    }

    @Test func misspeltKeysGetADidYouMean() async throws {
        try await expectFindings("""
        -- content/en/projects/fusion-lab.md --
        ---
        title: Fusion Lab
        status: active
        partners: [forum-16]
        descripton: A lab.
        Tags: [lab]
        funding: EU
        ---
        ## Goals
        """, [
            "content/en/projects/fusion-lab.md:5:1: warning: unknown key 'descripton': did you mean 'description'?",
            "content/en/projects/fusion-lab.md:6:1: warning: unknown key 'Tags': did you mean 'tags'?",
        ])
    }

    @Test func aMisspeltRequiredKeyIsNamedInTheError() async throws {
        try await expectFindings("""
        -- content/en/about.md --
        ---
        tittle: About
        ---
        -- content/en/news/2017-01-01-second.md --
        ---
        title: Second
        dat: 2017-01-01
        ---
        """, [
            "content/en/about.md:2:1: error: a page needs 'title' (is 'tittle' a misspelling of it?)",
        ])
        try await expectFindings("""
        -- content/en/news/2017-01-01-second.md --
        ---
        title: Second
        dat: 2017-01-01
        ---
        """, [
            "content/en/news/2017-01-01-second.md:3:1: error: a news item needs 'date' (is 'dat' a misspelling of it?)",
        ])
    }

    @Test func anAliasThatCollidesWithAPageIsAnError() async throws {
        try await expectFindings("""
        -- content/en/members/forum-16.md --
        ---
        title: FORUM 16
        kind: organisation
        aliases: [/en/about/]
        ---
        """, [
            "content/en/members/forum-16.md:1:1: error: alias \"/en/about/\" in content/en/members/forum-16.md and content/en/about.md would both write en/about/index.html; change a slug or a file name",
        ])
    }

    @Test func anAliasThatIsNoSitePathIsAWarning() async throws {
        try await expectFindings("""
        -- content/en/members/forum-16.md --
        ---
        title: FORUM 16
        kind: organisation
        aliases: [/old/forum/, /../../outside/, "https://example.com/x"]
        ---
        """, [
            "content/en/members/forum-16.md:4:24: warning: alias \"/../../outside/\" is not a site path such as /old/address/ (no \"..\", no control characters): no redirect is written for it",
            "content/en/members/forum-16.md:4:41: warning: alias \"https://example.com/x\" is not a site path such as /old/address/ (no \"..\", no control characters): no redirect is written for it",
        ])
    }

    @Test func aDisguisedSchemeIsNamedAsBrowsersReadIt() async throws {
        try await expectFindings("""
        -- content/en/members/forum-16.md --
        ---
        title: FORUM 16
        kind: organisation
        website: " JaVa\\tScript:alert(1)"
        ---
        """, [
            "content/en/members/forum-16.md:4:10: warning: 'website'  JaVa\tScript:alert(1) is left out of the page: javascript: links can run script in a reader's browser (markdown.unsafe is off)",
        ])
    }
}
