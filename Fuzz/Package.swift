// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets over Kolo's libraries, kept out of the main package so that `swift build`,
// `swift test` and CI never see them. Build them (docs/publishing.md, "Fuzzing", says why each flag):
//   swift build -c release --scratch-path .build-fuzz --sanitize=fuzzer \
//     -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address [--product FuzzPage]
// or build them all and run each over its corpus: `make fuzz` at the repository's top.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "KoloFuzz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "FuzzFrontMatter", targets: ["FuzzFrontMatter"]),
        .executable(name: "FuzzPageDecode", targets: ["FuzzPageDecode"]),
        .executable(name: "FuzzSlugger", targets: ["FuzzSlugger"]),
        .executable(name: "FuzzPage", targets: ["FuzzPage"]),
        .executable(name: "FuzzMustache", targets: ["FuzzMustache"]),
    ],
    dependencies: [
        .package(name: "Kolo", path: ".."),
    ],
    targets: [
        // What every target checks: slugs, HTML and URLs, written independently of the code under test.
        .target(name: "FuzzSupport", dependencies: [
            .product(name: "KoloText", package: "Kolo"),
        ]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: [
            "FuzzSupport", .product(name: "KoloContent", package: "Kolo"), .product(name: "KoloDiagnostics", package: "Kolo"),
        ], swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzPageDecode", dependencies: [
            "FuzzSupport", .product(name: "KoloContent", package: "Kolo"), .product(name: "KoloDiagnostics", package: "Kolo"),
        ], swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzSlugger", dependencies: [
            "FuzzSupport", .product(name: "KoloText", package: "Kolo"),
        ], swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzPage", dependencies: [
            "FuzzSupport",
            .product(name: "KoloContent", package: "Kolo"), .product(name: "KoloDiagnostics", package: "Kolo"),
            .product(name: "KoloMarkdown", package: "Kolo"), .product(name: "KoloText", package: "Kolo"),
            .product(name: "KoloLocalization", package: "Kolo"), .product(name: "KoloSite", package: "Kolo"),
            .product(name: "KoloTemplates", package: "Kolo"),
        ], swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzMustache", dependencies: [
            "FuzzSupport", .product(name: "KoloMustache", package: "Kolo"), .product(name: "MustacheReference", package: "Kolo"),
        ], swiftSettings: fuzzTarget),
    ],
    swiftLanguageModes: [.v6]
)
