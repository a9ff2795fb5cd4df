import Foundation
import KoloContent
import KoloDiagnostics
import KoloOutput
import KoloSite
import KoloTemplates

extension BuildSession {
    /// Keeps each rendered output's record and the inverted index up to date; collects the report.
    static func record(_ results: [WriteResult], outputs: [OutputPage], records: inout [OutputRecord], dependents: inout [Int: [Int]],
                       incremental: Bool, report: inout RebuildReport) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        // A one-off build keeps no records (the caller passes none).
        let keepsRecords = !records.isEmpty
        for result in results {
            let file = outputs[result.index].file
            if incremental {
                for page in records[result.index].dependencies { dependents[page]?.removeAll { $0 == result.index } }
                for page in result.record.dependencies { dependents[page, default: []].append(result.index) }
            }
            if keepsRecords { records[result.index] = result.record }
            if result.rendered { report.rendered.append(file) }
            if result.written { report.written.append(file) }
            errors += result.errors
        }
        if !incremental {
            for (index, record) in records.enumerated() {
                for page in record.dependencies { dependents[page, default: []].append(index) }
            }
        }
        return errors
    }

    /// Copies the static files that are new or changed; deletes the files the site no longer has.
    static func copyStatic(_ staticFiles: [String: StaticFile], previous: [String: StaticFile], outputs: [OutputPage],
                           previousOutputs: [OutputPage], everything: Bool, folder: OutputFolder,
                           report: inout RebuildReport) async -> [Diagnostic] {
        let changed = staticFiles.sorted(by: { $0.key < $1.key }).filter { previous[$0.key] != $0.value }
        // On every core, in runs of files: a site's pictures are hundreds of files, each a system
        // call or two (a link from the picture cache) that waits on the file system.
        let runs = stride(from: 0, to: changed.count, by: 64).map { Array(changed[$0..<min($0 + 64, changed.count)]) }
        let copied = await parallelMap(runs) { run -> (written: [String], errors: [Diagnostic]) in
            var created: Set<String> = []
            var written: [String] = []
            var errors: [Diagnostic] = []
            for (file, entry) in run {
                do throws(DiagnosticError) {
                    guard try folder.put(copying: entry.source, at: file, createdFolders: &created) else { continue }
                } catch {
                    errors += error.diagnostics
                }
                written.append(file)
            }
            return (written, errors)
        }
        var errors: [Diagnostic] = []
        for run in copied {
            report.written += run.written
            errors += run.errors
        }
        if !previousOutputs.isEmpty && (everything || previous != staticFiles) {
            let now = Set(outputs.map(\.file)).union(staticFiles.keys)
            let before = Set(previousOutputs.map(\.file)).union(previous.keys)
            for file in before.subtracting(now).sorted() {
                folder.remove(file)
                report.deleted.append(file)
            }
        }
        return errors
    }

    /// Creates the folder, or checks that it is empty; after a failed write, empties it.
    func prepare(_ folder: OutputFolder) throws(DiagnosticError) {
        let path = folder.destination
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error(.io, at: nil, "cannot create \(path): \(error.localizedDescription)"))
        }
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw DiagnosticError(.error(.io, at: nil, "cannot list \(path): \(OutputFolder.reason(of: error))"))
        }
        guard !files.isEmpty else { return }
        guard ownsFolder else {
            throw DiagnosticError(.error(.io, at: nil, "\(path) is not empty; a build session writes only into a folder of its own"))
        }
        for name in files {
            do {
                try FileManager.default.removeItem(atPath: path + "/" + name)
            } catch {
                throw DiagnosticError(.error(.io, at: nil, "cannot empty \(path) after a failed build: \(OutputFolder.reason(of: error))"))
            }
        }
    }
}
