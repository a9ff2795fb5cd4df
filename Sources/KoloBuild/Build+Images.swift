import KoloContent
import KoloSite
import KoloTemplates

extension Build {
    /// Pixel sizes of the images that pages and funders name, when the files are in the site's or the
    /// theme's `static/` folder (the site's own file wins, as it does when copying).
    static func measureImages(site: Site, theme: Theme) async -> [String: ImageSize] {
        var written: Set<String> = []
        for page in site.pages {
            if let image = page.image { written.insert(image) }
            if let logo = page.logo { written.insert(logo) }
        }
        for funder in site.config.funders { if let logo = funder.logo { written.insert(logo) } }
        let folders = theme.staticFolders.reversed()
        let candidates = written.filter { $0.hasPrefix("/") && !$0.hasPrefix("//") && !$0.contains("..") }.sorted()
        let sizes = await parallelMap(candidates) { path -> (String, ImageSize)? in
            for folder in folders {
                if let size = ImageSize.read(path: folder + path) { return (path, size) }
            }
            return nil
        }
        return Dictionary(sizes.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }
}
