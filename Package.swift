// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way:
// kolo → KoloBuild → (KoloTemplates, KoloMarkdown, KoloOutput, KoloSearch) → KoloSite → KoloLocalization → KoloContent → (KoloText, KoloDiagnostics)
// KoloTemplates → (KoloMustache, KoloCalendar) (the template engine and the .ics writer: they know no Kolo target)
// KoloOutput → KoloContent (the folder a build writes, safely: knows no site, theme or picture); KoloSearch → KoloOutput
// KoloBuild → KoloSitePictures → (KoloTemplates, KoloPictures, KoloOutput)
// kolo → KoloCheck (check, i18n) → KoloBuild;  kolo → KoloScaffold → KoloContent;  kolo → KoloServe (knows no Kolo target)
let package = Package(
    name: "Kolo",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kolo", targets: ["kolo"]),
        // The libraries, for packages built over Kolo's (Fuzz/, the libFuzzer targets).
        .library(name: "KoloDiagnostics", targets: ["KoloDiagnostics"]),
        .library(name: "KoloText", targets: ["KoloText"]),
        .library(name: "KoloContent", targets: ["KoloContent"]),
        .library(name: "KoloMarkdown", targets: ["KoloMarkdown"]),
        .library(name: "KoloLocalization", targets: ["KoloLocalization"]),
        .library(name: "KoloSite", targets: ["KoloSite"]),
        .library(name: "KoloTemplates", targets: ["KoloTemplates"]),
        .library(name: "KoloMustache", targets: ["KoloMustache"]),
        .library(name: "MustacheReference", targets: ["MustacheReference"]),
        .library(name: "KoloCalendar", targets: ["KoloCalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Test-only: the reference the differential tests and the fuzz target hold KoloMustache to.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CKoloFiles"),
        // libvips (Debian's libvips-dev) is opened with dlopen the first time a picture is processed,
        // so it is compiled against but not linked: only vips.h's GLib include folders are needed
        // (pkg-config would also put -lvips on kolo's link line). Debian's multiarch paths.
        .target(name: "CKoloVips", cSettings: [.unsafeFlags([
            "-I/usr/include/glib-2.0",
            "-I/usr/lib/x86_64-linux-gnu/glib-2.0/include", "-I/usr/lib/aarch64-linux-gnu/glib-2.0/include",
        ])], linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CKoloICU", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),
        .target(name: "KoloDiagnostics"),
        // Pictures: libvips behind CKoloVips; typed settings in, files and typed errors out.
        .target(name: "KoloPictures", dependencies: ["CKoloVips", "KoloText"]),
        .target(name: "KoloText"),
        .target(name: "KoloMustache"),
        // iCalendar (RFC 5545) files: events in, folded CRLF text out; knows nothing of sites.
        .target(name: "KoloCalendar"),
        .target(name: "KoloLocalization", dependencies: ["CKoloICU", "KoloText", "KoloDiagnostics", "KoloContent"]),
        .target(name: "KoloMarkdown", dependencies: ["CCmark", "KoloText"]),
        .target(name: "KoloContent", dependencies: [
            "CKoloICU", "KoloDiagnostics", "KoloText", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "KoloSite", dependencies: ["KoloContent", "KoloLocalization", "KoloText"]),
        .target(name: "KoloTemplates", dependencies: [
            "KoloCalendar", "KoloContent", "KoloDiagnostics", "KoloLocalization", "KoloMustache", "KoloPictures", "KoloSite", "KoloText",
        ]),
        // A folder Kolo writes safely: refuses sources and foreign folders, stages, swaps in atomically, cleans only its own leftovers.
        .target(name: "KoloOutput", dependencies: ["CKoloFiles", "KoloContent", "KoloDiagnostics"]),
        // The search index: Pagefind run over a finished folder, its entry file made reproducible.
        .target(name: "KoloSearch", dependencies: ["KoloDiagnostics", "KoloOutput"]),
        // Which pictures a site names (front matter, Markdown, logos) and publishing them through KoloPictures and its cache.
        .target(name: "KoloSitePictures", dependencies: [
            "KoloContent", "KoloDiagnostics", "KoloMarkdown", "KoloOutput", "KoloPictures", "KoloSite", "KoloTemplates",
        ]),
        .target(name: "KoloBuild", dependencies: [
            "CKoloFiles", "KoloContent", "KoloOutput", "KoloSearch", "KoloSitePictures", "KoloSite", "KoloMarkdown", "KoloMustache", "KoloPictures", "KoloTemplates", "KoloLocalization", "KoloText",
        ]),
        .target(name: "KoloCheck", dependencies: ["KoloBuild", "KoloSite", "KoloMarkdown", "KoloContent", "KoloText", "KoloDiagnostics"]),
        .target(name: "KoloScaffold", dependencies: ["KoloContent", "KoloText", "KoloDiagnostics"]),
        .target(name: "KoloServe", dependencies: ["KoloText", .product(name: "Hummingbird", package: "hummingbird")]),
        .executableTarget(name: "kolo", dependencies: [
            "KoloBuild", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            "KoloCheck", "KoloScaffold", "KoloServe",
        ]),
        .testTarget(name: "KoloTextTests", dependencies: ["KoloText"]),
        .testTarget(name: "KoloMustacheTests", dependencies: ["KoloMustache", "MustacheReference"]),
        // swift-mustache as Kolo used it, for the differential tests and Fuzz/ (never linked into kolo).
        .target(name: "MustacheReference", dependencies: [
            "KoloMustache", "KoloText", .product(name: "Mustache", package: "swift-mustache"),
        ], path: "Tests/MustacheReference"),
        .testTarget(name: "KoloCalendarTests", dependencies: ["KoloCalendar"]),
        .testTarget(name: "KoloMarkdownTests", dependencies: ["KoloMarkdown", "KoloText"]),
        .testTarget(name: "KoloContentTests", dependencies: ["KoloContent", "KoloDiagnostics"]),
        .testTarget(name: "KoloLocalizationTests", dependencies: ["KoloLocalization"]),
        .testTarget(name: "KoloSiteTests", dependencies: ["KoloSite", "KoloContent", "KoloDiagnostics"]),
        .testTarget(name: "KoloTemplatesTests", dependencies: ["KoloTemplates", "KoloSite", "KoloContent", "KoloLocalization", "KoloMustache", "KoloDiagnostics"]),
        // Fixture sites written inline and built into temporary folders, for every test target that builds.
        .target(name: "KoloFixtures", dependencies: ["KoloBuild", "KoloDiagnostics"], path: "Tests/KoloFixtures"),
        .testTarget(name: "KoloOutputTests", dependencies: ["KoloOutput", "KoloDiagnostics"]),
        .testTarget(name: "KoloSearchTests", dependencies: ["KoloSearch", "KoloDiagnostics"]),
        .testTarget(name: "KoloSitePicturesTests", dependencies: ["KoloSitePictures"]),
        .testTarget(name: "KoloBuildTests", dependencies: ["KoloBuild", "KoloDiagnostics", "KoloFixtures", "KoloMustache", "KoloOutput", "KoloTemplates", "MustacheReference"]),
        .testTarget(name: "KoloCheckTests", dependencies: ["KoloCheck", "KoloBuild", "KoloDiagnostics", "KoloFixtures"]),
        .testTarget(name: "KoloScaffoldTests", dependencies: ["KoloScaffold", "KoloContent", "KoloDiagnostics"]),
        .testTarget(name: "KoloServeTests", dependencies: ["KoloServe", "KoloBuild", "KoloDiagnostics", "KoloFixtures"]),
        // Runs the built `kolo` binary: exit statuses and output as CI sees them.
        .testTarget(name: "KoloCommandTests"),
    ],
    swiftLanguageModes: [.v6]
)
