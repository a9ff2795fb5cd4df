import Foundation
import KoloDiagnostics
import KoloOutput

/// The site's search index: Pagefind (an external program, `pip install pagefind-bin`) run over a
/// finished folder, its output made reproducible.
public enum Pagefind {
    /// Runs Pagefind over the finished pages (in the staging folder, so a failure leaves the last
    /// good site). Pagefind splits its index by each page's `<html lang>`, so a reader finds only
    /// pages of their own language. `configPath` is where `search: true` was asked for.
    public static func index(_ folder: OutputFolder, configPath: String) throws(DiagnosticError) {
        guard let command = pagefindCommand() else {
            throw DiagnosticError(.error(.config, at: SourceLocation(path: configPath),
                                         "'search: true' needs Pagefind, which is not installed: pip install pagefind-bin"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + ["--site", folder.staging, "--silent"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DiagnosticError(.error(.io, at: nil, "Pagefind could not be started: \(error.localizedDescription)"))
        }
        // Stopped with the build (Ctrl-C), so that it cannot write into the folder being removed.
        Interruption.registerChild(process.processIdentifier)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        Interruption.forgetChild(process.processIdentifier)
        guard process.terminationStatus == 0 else {
            throw DiagnosticError(.error(.io, at: nil, "Pagefind failed (exit \(process.terminationStatus)): \(message.trimmingWhitespace)"))
        }
        try sortKeys(ofJSON: folder.staging + "/pagefind/pagefind-entry.json")
    }

    /// Pagefind writes its entry file's languages in hash-map order, which changes from run to run;
    /// sorted keys keep two builds byte-identical (the other index files are named by content).
    /// Left unsorted, two builds of the same site would differ: a file that cannot be read or is not
    /// JSON (another Pagefind version) is an error, not a quietly different build.
    public static func sortKeys(ofJSON path: String) throws(DiagnosticError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(.error(.io, at: nil, "Pagefind wrote no readable \(path); is the installed Pagefind 1.x?"))
        }
        let sorted: Data
        do {
            let object = try JSONSerialization.jsonObject(with: data)
            sorted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        } catch {
            throw DiagnosticError(.error(.io, at: nil, "Pagefind's \(path) is not JSON Kolo can read (\(error)); is the installed Pagefind 1.x?"))
        }
        guard FileManager.default.createFile(atPath: path, contents: sorted) else {
            throw DiagnosticError(.error(.io, at: nil, "cannot rewrite \(path) with sorted keys"))
        }
    }

    /// `pagefind` on the PATH, else the binary the `pagefind-bin` Python package ships.
    static func pagefindCommand() -> [String]? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["pagefind", "pagefind_extended"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return [candidate] }
            }
        }
        for folder in path.split(separator: ":") {
            let python = "\(folder)/python3"
            guard FileManager.default.isExecutableFile(atPath: python) else { continue }
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: python)
            probe.arguments = ["-c", "import pagefind_bin, os; print(os.path.join(os.path.dirname(pagefind_bin.__file__), 'pagefind'))"]
            let output = Pipe()
            probe.standardOutput = output
            probe.standardError = FileHandle.nullDevice
            do {
                try probe.run()
            } catch {
                continue // a python3 that cannot be started is not the one with Pagefind: try the next
            }
            let binary = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingWhitespace
            probe.waitUntilExit()
            if probe.terminationStatus == 0, FileManager.default.isExecutableFile(atPath: binary) { return [binary] }
        }
        return nil
    }
}
