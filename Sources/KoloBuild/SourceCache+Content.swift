import KoloContent
import KoloDiagnostics

extension SourceCache {
    /// Scans `content/` again when files or folders came or went; reads again the files that changed.
    mutating func loadContent(config: SiteConfig, root: String, displayRoot: String, changes: SourceChanges) async -> Set<String> {
        let key = "\(config.slugStyle.rawValue)|\(config.timeZone)|\(config.timeZoneIsWritten)"
        var everything = changes.everything || tree == nil
        if key != decodingSettings {
            files = [:]
            failedPaths = []
            decodingSettings = key
            everything = true
        }
        let rescan = everything || changes.content.contains { path in
            if SourceChanges.isHidden(path) { return false }
            if path.hasSuffix(".md") { return files[path] == nil || !FileStatus.isRegularFile(path) }
            // Not Markdown: a folder that appeared, or one that held pages and went away (an
            // editor's temporary file, gone or not, changes nothing).
            if FileStatus.isDirectory(path) { return true }
            let folder = Array((path + "/").utf8)
            return files.keys.contains { $0.utf8.starts(with: folder) }
        }
        if rescan {
            tree = ContentTree.scan(root: root, displayRoot: displayRoot, languages: config.languages.map(\.code))
        }
        let entries = tree?.entries ?? []
        // Without a rescan every changed path is a known Markdown file (or an ignorable one).
        let toRead = !rescan ? changes.content.sorted().compactMap { files[$0]?.entry } : entries.filter { entry in
            guard !everything, let cached = files[entry.absolutePath] else { return true }
            return changes.content.contains(entry.absolutePath) || cached.entry.modified != entry.modified
        }
        let context = PageDecodingContext(config: config)
        var previous: [String: CachedFile] = [:]
        for entry in toRead { previous[entry.absolutePath] = files[entry.absolutePath] }
        let remembers = remembers
        let read: [(String, CachedFile)] = await parallelMap(toRead) { [previous] entry in
            let cached = previous[entry.absolutePath]
            do throws(DiagnosticError) {
                var entry = entry
                // What the next load compares with: the time of the text read now, not of the scan.
                if remembers { entry.modified = FileStatus.modificationTime(entry.absolutePath) }
                let file = try entry.read()
                if let cached, cached.text == file.text, case .success(var page) = cached.page {
                    page.fileModified = file.modified
                    return (entry.absolutePath, CachedFile(entry: entry, text: file.text, page: .success(page)))
                }
                let page: Result<Page, DiagnosticError>
                do throws(DiagnosticError) { page = .success(try Page.decode(file, context: context)) } catch { page = .failure(error) }
                return (entry.absolutePath, CachedFile(entry: entry, text: remembers ? file.text : nil, page: page))
            } catch {
                return (entry.absolutePath, CachedFile(entry: entry, text: nil, page: .failure(error)))
            }
        }
        previous = [:]
        if !remembers { return keepPagesOnly(read) }
        var changedIDs: Set<String> = []
        func id(_ file: CachedFile) -> String {
            file.entry.language + "/" + String(file.entry.pathInLanguage.dropLast(3))
        }
        var listIsStale = rescan
        for (path, file) in read {
            if files[path]?.text != file.text || file.text == nil { changedIDs.insert(id(file)) }
            files[path] = file
            switch file.page {
            case .success(let page):
                failedPaths.remove(path)
                if let position = positions[path] { pages[position] = page } else { listIsStale = true }
            case .failure:
                failedPaths.insert(path)
                if positions[path] != nil { listIsStale = true }
            }
        }
        if rescan {
            let present = Set(entries.map(\.absolutePath))
            for (path, file) in files where !present.contains(path) {
                changedIDs.insert(id(file))
                files[path] = nil
                failedPaths.remove(path)
            }
        }
        if listIsStale {
            pages = []
            positions = [:]
            pathOfID = [:]
            for entry in entries {
                guard let file = files[entry.absolutePath] else { continue }
                pathOfID[id(file)] = entry.absolutePath
                if case .success(let page) = file.page {
                    positions[entry.absolutePath] = pages.count
                    pages.append(page)
                }
            }
        }
        return changedIDs
    }

    /// A one-off load: the pages in the tree's order and the files that failed, nothing else (the
    /// file map would hold a second copy of every page for a rebuild that never comes).
    private mutating func keepPagesOnly(_ read: [(String, CachedFile)]) -> Set<String> {
        pages = []
        pages.reserveCapacity(read.count)
        for (path, file) in read {
            switch file.page {
            case .success(let page): pages.append(page)
            case .failure:
                files[path] = file
                failedPaths.insert(path)
            }
        }
        return []
    }
}
