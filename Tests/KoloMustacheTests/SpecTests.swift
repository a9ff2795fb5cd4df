import Foundation
import KoloMustache
import MustacheReference
import Testing

/// The Mustache specification (github.com/mustache/spec), read from ../shared/conformance/mustache:
/// every test of every file but lambdas (Kolo's templates receive no code). swift-mustache 2.1.1 runs
/// alongside: Kolo must pass every case it passes. Both miss the same two inheritance cases, where
/// a block's override would be re-indented to the block tag's own indentation; Kolo keeps swift-mustache's
/// output there, since themes written for it rely on it.
struct SpecTests {
    static let knownFailures: Set<String> = ["Intrinsic indentation", "Nested block reindentation"]

    struct SpecFile: Decodable {
        struct Case: Decodable {
            var name: String
            var data: JSONValue
            var template: String
            var partials: [String: String]?
            var expected: String
        }
        var tests: [Case]
    }

    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance", "~dynamic-names"]

    /// A case fails when its output differs; returns the failures' names.
    static func run(_ file: String, reference: Bool = false) throws -> (passed: Int, failed: [String])? {
        guard let folder = Conformance.folder("mustache") else { return nil }
        let url = folder.appendingPathComponent(file + ".json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let spec = try JSONDecoder().decode(SpecFile.self, from: Data(contentsOf: url))
        var passed = 0
        var failed: [String] = []
        for test in spec.tests {
            var sources = test.partials ?? [:]
            sources["__spec__"] = test.template
            let value = test.data.templateValue ?? .bool(false)
            let output: String?
            if reference {
                output = (try? ReferenceEngine(sources))?.render("__spec__", value)
            } else {
                let (library, errors) = TemplateLibrary.compile(sources)
                output = errors.isEmpty ? library.renderText("__spec__", value) : nil
            }
            if output == test.expected { passed += 1 } else { failed.append(test.name) }
        }
        return (passed, failed)
    }

    @Test(arguments: files)
    func specFile(_ file: String) throws {
        guard let result = try Self.run(file) else {
            print("mustache spec: \(file).json not found (../shared/conformance/mustache)")
            #expect(!Conformance.inCI, "the Mustache spec file \(file).json is missing")
            return
        }
        let swiftMustache = try #require(try Self.run(file, reference: true))
        print("mustache spec \(file).json: \(result.passed)/\(result.passed + result.failed.count) passed"
              + (result.failed.isEmpty ? "" : ", failing: \(result.failed.joined(separator: "; "))")
              + " (swift-mustache 2.1.1: \(swiftMustache.passed))")
        #expect(Set(result.failed).isSubset(of: Set(swiftMustache.failed)), "\(file).json: Kolo fails cases swift-mustache passes")
        #expect(Set(result.failed).isSubset(of: Self.knownFailures), "\(file).json: \(result.failed)")
    }
}
