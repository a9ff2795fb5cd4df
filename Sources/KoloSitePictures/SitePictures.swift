import Foundation
import KoloContent
import KoloOutput
import KoloDiagnostics
import KoloMarkdown
import KoloOutput
import KoloPictures
import KoloSite
import KoloTemplates

/// What the picture step gives both build paths (`Build.run` and `BuildSession`).
public struct SitePictures: Sendable, Equatable {
    /// Every picture a page names, as published.
    public var catalog: PictureCatalog = [:]
    /// Output path → the file to publish there (a processed copy in the cache, or an item folder's
    /// file as it is), for every picture and item-folder file.
    var files: [String: String] = [:]
    /// Static files the step publishes instead of copying them (raster pictures).
    var replacedStaticFiles: Set<String> = []
    /// The values of `files` that are processed copies in the cache (never changed once written).
    var processedCopies: Set<String> = []
    public var summary = PictureSummary()
    /// The cache entries and copies this build used: after a successful build, all the cache keeps.
    var usedEntries: Set<String> = []
    var usedCopies: Set<String> = []

    /// The same pictures published the same way (how much work it took does not count).
    public static func == (a: SitePictures, b: SitePictures) -> Bool {
        a.catalog == b.catalog && a.files == b.files && a.replacedStaticFiles == b.replacedStaticFiles
    }
}

/// The one line a build prints about its pictures.
public struct PictureSummary: Sendable, Equatable {
    public var processed = 0
    public var fromCache = 0
    /// The sources' bytes, and the bytes of the copies a 2400-px-wide screen downloads at most.
    public var sourceBytes = 0
    public var publishedBytes = 0
    /// Files the cache no longer needed, deleted after the build.
    public var pruned = 0

    public init() {}

    public var line: String? {
        guard processed + fromCache > 0 else { return nil }
        let saved = sourceBytes > 0 ? " (\(100 - publishedBytes * 100 / max(sourceBytes, 1)) % smaller than the originals)" : ""
        let removed = pruned > 0 ? ", \(pruned) unused \(pruned == 1 ? "file" : "files") removed from the cache" : ""
        return "pictures: \(processed) processed, \(fromCache) from the cache\(saved)\(removed)"
    }
}

/// A page body's links and pictures, parsed with the site's Markdown settings.
public typealias MarkdownLinks = @Sendable (Page) -> [RenderedMarkdown.Link]

extension SitePictures {
    /// Finds every picture (static folders, item folders), processes the raster ones that the cache
    /// does not have yet (all cores, each decoded once), checks SVGs, and says what each page's
    /// `image:`, `logo:`, Markdown picture and funder logo becomes. A bad picture fails the build,
    /// named at every place a page names it.
    public static func process(site: Site, root: String, displayRoot: String, staticFiles: [String: StaticFile],
                               progress: PictureProgress? = nil, markdownLinks: @escaping MarkdownLinks) async throws(DiagnosticError) -> SitePictures {
        let sources = PictureSources.find(site: site, root: root, displayRoot: displayRoot, staticFiles: staticFiles)
        let uses = await collectUses(site: site, sources: sources, root: root, markdownLinks: markdownLinks)
        let settings = site.config.images.pictureSettings
        let cache = PictureCache(folder: RealPath.of(ContentTree.join(root, site.config.images.cache)))
        var digests = SourceDigests(cache: cache)

        var all = sources.staticFiles.values.sorted { $0.outputPath < $1.outputPath }
        for folder in sources.bundleFiles.keys.sorted() { all += sources.bundleFiles[folder]! }
        var focus: [String: PictureFocus] = [:]
        for use in uses where use.isCardImage {
            if focus[use.file.source] == nil { focus[use.file.source] = use.focus }
        }
        let rasters = all.filter { if case .raster? = $0.kind { return true } else { return false } }
        var seen: Set<String> = []
        // A file every use shows as a logo gets the logo ladder; one also shown as a picture, the photos'.
        var logoOnly: [String: Bool] = [:]
        for use in uses { logoOnly[use.file.source] = (logoOnly[use.file.source] ?? true) && use.isLogo }
        let jobs = rasters.filter { seen.insert($0.source).inserted }.map { file in
            PictureJob(path: file.source, focus: focus[file.source] ?? .auto, kind: logoOnly[file.source] == true ? .logo : .photo)
        }
        if !jobs.isEmpty {
            do throws(PictureError) {
                try cache.prepare()
            } catch {
                throw DiagnosticError(.error(.io, at: nil, error.reason))
            }
        }
        progress?.start(total: jobs.count)
        let knownDigests = digests
        let outcomes = await parallelMap(jobs) { job in
            let outcome = PictureProcessor.run(job, settings: settings, cache: cache, digests: knownDigests)
            progress?.advance(fromCache: outcome.fromCache)
            return outcome
        }
        progress?.finish()

        var result = SitePictures()
        var failures: [String: PictureError] = [:]
        var processed: [String: ProcessedPicture] = [:]
        for outcome in outcomes {
            digests.remember(outcome)
            switch outcome.result {
            case .success(let picture):
                processed[outcome.job.path] = picture
                if let key = outcome.cacheKey { result.usedEntries.insert(key) }
                result.usedCopies.formUnion(picture.copies.map(\.digest))
                if outcome.fromCache { result.summary.fromCache += 1 } else { result.summary.processed += 1 }
                result.summary.sourceBytes += picture.sourceBytes
                result.summary.publishedBytes += picture.copies(.ladder, picture.fallback).last.map { Self.size(of: cache.path(of: $0)) } ?? 0
            case .failure(let error):
                failures[outcome.job.path] = error
            }
        }

        var published: [String: PublishedPicture] = [:]
        for file in all {
            let urlPrefix = site.config.baseURL.relative("/" + (file.folder.isEmpty ? "" : file.folder + "/"))
            switch file.kind {
            case .raster?:
                guard let picture = processed[file.source] else { continue }
                if file.keepsName { result.replacedStaticFiles.insert(file.outputPath) }
                for (path, copy) in picture.publishedFiles(folder: file.folder, stem: file.stem, keepName: file.keepsName ? file.name : nil) {
                    result.files[path] = cache.path(of: copy)
                    result.processedCopies.insert(cache.path(of: copy))
                }
                // A logo's `src` (for browsers without `srcset`) is the copy for screens of two pixels a point.
                published[file.source] = picture.published(urlPrefix: urlPrefix, stem: file.stem, shownWidth: logoOnly[file.source] == true ? 256 : 800)
            case .svg?, .gif?:
                do throws(DiagnosticError) {
                    let bytes = try readFile(file.source, displayPath: file.display, limit: 64 << 20)
                    if file.kind == .svg, let problem = SVGSafety.problem(in: bytes) {
                        failures[file.source] = PictureError("\(problem); an SVG opened on its own would run it on the site's address. Remove the script, or publish the drawing as PNG")
                        continue
                    }
                    if let size = ImageSize.parse(bytes) {
                        published[file.source] = PublishedPicture(src: urlPrefix + file.name, width: size.width, height: size.height)
                    }
                } catch {
                    throw error
                }
                if !file.keepsName { result.files[file.outputPath] = file.source }
            case nil:
                if !file.keepsName { result.files[file.outputPath] = file.source }
            }
        }

        var log = DiagnosticLog()
        var reported: Set<String> = []
        for use in uses {
            if let error = failures[use.file.source] {
                reported.insert(use.file.source)
                log.error(.picture, at: use.location, "picture \"\(use.written)\" (\(use.file.display)): \(error.reason)")
            } else if let picture = published[use.file.source] {
                result.catalog[use.key] = picture
            }
        }
        for file in all where failures[file.source] != nil && !reported.contains(file.source) {
            reported.insert(file.source)
            log.error(.picture, at: SourceLocation(path: file.display), failures[file.source]!.reason)
        }
        try log.throwIfErrors()
        do throws(PictureError) {
            try digests.save(to: cache, keeping: Set(jobs.map(\.path)))
        } catch {
            throw DiagnosticError(.error(.io, at: nil, error.reason))
        }
        return result
    }

    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}

extension SitePictures {
    /// Deletes what the cache holds that this build did not use. Only after a successful full build:
    /// a failed one may not have looked at every picture.
    public func pruneCache(site: Site, root: String) -> Int {
        PictureCache(folder: RealPath.of(ContentTree.join(root, site.config.images.cache))).prune(keepingEntries: usedEntries, copies: usedCopies)
    }
}

extension SharedFiles {
    /// The processed copies in the picture cache of the site at `root`, which a build links into its
    /// output where the file system allows.
    public static func pictureCache(_ config: SiteConfig, root: String) -> SharedFiles {
        SharedFiles(folder: PictureCache(folder: RealPath.of(ContentTree.join(root, config.images.cache))).files, isOwn: PictureCache.isCopyName)
    }
}

extension Diagnostic.Code {
    static let picture = Diagnostic.Code(rawValue: "picture")
}

extension ImagesConfig {
    var pictureSettings: PictureSettings {
        PictureSettings(widths: widths, maxSize: maxSize, webpQuality: webpQuality, jpegQuality: jpegQuality, pngCompression: pngCompression,
                        keep: keep.compactMap(PictureSettings.KeptField.init(rawValue:)), pixelLimit: pixelLimit)
    }
}

extension SitePictures {
    /// The static files a build session copies, with the pictures' published files in place of the
    /// raster originals (so the session's copying, change detection and deletion cover them too).
    /// A processed copy is named by its bytes' digest, so its path alone says whether it changed:
    /// it is not `stat`ed (hundreds of system calls a build).
    public func publishing(_ staticFiles: [String: StaticFile]) -> [String: StaticFile] {
        var files = staticFiles.filter { !replacedStaticFiles.contains($0.key) }
        for (path, source) in self.files {
            files[path] = processedCopies.contains(source) ? StaticFile(source: source, size: 0, modifiedNanoseconds: 0, inode: 0) : StaticFile(at: source)
        }
        return files
    }
}
